/**
 * `image:` in YAML: docker-compose services, Kubernetes pod specs, Helm values (`image: {repository, tag}`) and
 * workflow containers. Templates that are not YAML (Helm's `templates/`) are read line by line instead.
 */
import { isMap, isScalar, isSeq } from 'yaml'
import { parseYamlFile } from '../../yaml-source.js'
import type { Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'
import { imageDependency, interpolateDefaults, parseImageReference } from './image-reference.js'

export function readContainerImages(text: string): Dependency[] {
  if (!/image/i.test(text)) return []
  const lines = new SourceLines(text)
  // The parse other analyzers of the same file (compose, Kubernetes, Helm) already made, when they did.
  const parsed = parseYamlFile(text)
  const docs = parsed.documents
  // A document refused for its size is reported by the analyzers that own the file; it is not scanned again here.
  if (parsed.error?.tooLarge) return []
  if (parsed.error !== undefined || docs.some((d) => d.errors.length > 0)) return scanLines(text, lines)
  const out: Dependency[] = []
  const visit = (node: unknown): void => {
    if (isSeq(node)) for (const item of node.items) visit(item)
    if (!isMap(node)) return
    const repository = node.get('repository', true)
    if (isScalar(repository) && typeof repository.value === 'string') {
      // Helm values: { registry, repository, tag }.
      const registry = node.get('registry')
      const tag = node.get('tag') ?? node.get('version')
      const reference = `${typeof registry === 'string' && registry !== '' ? `${registry}/` : ''}${repository.value}${tag !== undefined && tag !== null && tag !== '' ? `:${String(tag)}` : ''}`
      const ref = parseImageReference(reference)
      if (ref && tag !== undefined && tag !== null && tag !== '') {
        const line = lines.lineAt(repository.range?.[0] ?? 0)
        out.push({ ...imageDependency(ref, line, lines.lineText(line)), evidence: reference })
      }
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined
      if (key === 'image' && isScalar(pair.value) && typeof pair.value.value === 'string') {
        const ref = parseImageReference(interpolateDefaults(pair.value.value))
        const line = lines.lineAt(pair.value.range?.[0] ?? 0)
        if (ref) out.push(imageDependency(ref, line, lines.lineText(line)))
      } else {
        visit(pair.value)
      }
    }
  }
  for (const doc of docs) visit(doc.contents)
  return out
}

/** For text that is not YAML: `image: repo:tag` lines. */
function scanLines(text: string, lines: SourceLines): Dependency[] {
  const out: Dependency[] = []
  const re = /^[ \t-]*image:[ \t]*["']?([^"'\s#]+)["']?[ \t]*(?:#.*)?$/gm
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const ref = parseImageReference(interpolateDefaults(m[1]!))
    const line = lines.lineAt(m.index)
    if (ref) out.push(imageDependency(ref, line, lines.lineText(line)))
  }
  return out
}
