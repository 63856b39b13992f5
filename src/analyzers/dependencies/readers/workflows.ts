/**
 * GitHub Actions workflows and composite actions: `uses: owner/repo@ref` pins (a commit SHA with a `# v4.1.1`
 * comment reads as that version), `docker://` steps, and `runs-on:` labels of GitHub-hosted runner images.
 */
import type { Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'
import { imageDependency, parseImageReference } from './image-reference.js'

const USES = /^[ \t-]*uses:[ \t]*["']?([^"'\s#]+)["']?[ \t]*(?:#[ \t]*(.*))?$/gm
const RUNS_ON = /^[ \t]*runs-on:[ \t]*(.+?)[ \t]*(?:#.*)?$/gm
const RUNNER_IMAGE = /^(ubuntu|windows|macos)-(\d[\w.-]*)$/

export function readWorkflow(text: string): Dependency[] {
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  for (let m = USES.exec(text); m !== null; m = USES.exec(text)) {
    const target = m[1]!
    const line = lines.lineAt(m.index)
    const evidence = lines.lineText(line)
    if (target.startsWith('./') || target.startsWith('../')) continue
    if (target.startsWith('docker://')) {
      const ref = parseImageReference(target.slice('docker://'.length))
      if (ref) out.push(imageDependency(ref, line, evidence))
      continue
    }
    const at = target.lastIndexOf('@')
    const name = at === -1 ? target : target.slice(0, at)
    if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?$/.test(name)) continue
    const ref = at === -1 ? undefined : target.slice(at + 1)
    const comment = /\bv?\d+(?:\.\d+)*\b/.exec(m[2] ?? '')?.[0]
    // A full commit SHA does not move; its trailing comment (Dependabot and Renovate write one) tells the version.
    const pinned = ref !== undefined && /^[0-9a-f]{40}$/.test(ref)
    out.push({
      ecosystem: 'actions',
      name,
      ...(pinned ? (comment !== undefined ? { version: comment } : {}) : ref !== undefined ? { version: ref } : {}),
      ...(pinned ? { digest: ref } : {}),
      scope: 'runtime',
      direct: true,
      line,
      evidence
    })
  }
  for (let m = RUNS_ON.exec(text); m !== null; m = RUNS_ON.exec(text)) {
    const labels = m[1]!.replace(/^\[|\]$/g, '').split(',').map((l) => l.trim().replace(/^["']|["']$/g, ''))
    const line = lines.lineAt(m.index)
    for (const label of labels) {
      if (!RUNNER_IMAGE.test(label)) continue
      out.push({ ecosystem: 'runtime', name: 'github-actions-runner-images', version: label, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
    }
  }
  return out
}
