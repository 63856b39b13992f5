/** Dockerfile FROM lines: every stage's base image, with ARG defaults substituted and references to earlier stages skipped. */
import { dockerfileParser } from './lazy-parsers.js'
import type { Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'
import { imageDependency, interpolateDefaults, parseImageReference } from './image-reference.js'

export function readDockerfile(text: string): Dependency[] {
  const dockerfile = dockerfileParser().parse(text)
  const lines = new SourceLines(text)
  const args: Record<string, string> = {}
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty()
    const name = property?.getName()
    const value = property?.getValue()
    if (name && value !== null && value !== undefined) args[name] = value
  }
  const stages = new Set<string>()
  const out: Dependency[] = []
  for (const from of dockerfile.getFROMs()) {
    const raw = from.getImage()
    const stage = from.getBuildStage()
    const line = from.getRange().start.line + 1
    if (raw !== null && raw !== undefined) {
      const image = interpolateDefaults(raw, args)
      if (image.toLowerCase() !== 'scratch' && !stages.has(image.toLowerCase())) {
        const ref = parseImageReference(image)
        if (ref) out.push(imageDependency(ref, line, lines.lineText(line)))
      }
    }
    if (stage) stages.add(stage.toLowerCase())
  }
  return out
}
