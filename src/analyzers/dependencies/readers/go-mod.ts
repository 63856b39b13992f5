/** go.mod: the `go` and `toolchain` directives (the Go release line) and `require` lines (`// indirect` is transitive). */
import { ManifestError, type Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

export function readGoMod(text: string): Dependency[] {
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  const raw = text.split('\n')
  let inRequire = false
  let sawModule = false
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1
    const full = raw[i]!.replace(/\r$/, '')
    const indirect = /\/\/\s*indirect\b/.test(full)
    const content = full.replace(/\/\/.*$/, '').trim()
    if (content === '') continue
    if (inRequire) {
      if (content === ')') {
        inRequire = false
        continue
      }
      out.push(requirement(content, indirect, line, lines))
      continue
    }
    const directive = /^(\w+)\s*(.*)$/.exec(content)
    if (!directive) throw new ManifestError(`go.mod: cannot read "${content}"`, line)
    const [, verb, rest] = directive
    if (verb === 'module') sawModule = true
    else if (verb === 'go') out.push({ ecosystem: 'runtime', name: 'go', version: rest!.trim(), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
    else if (verb === 'toolchain') {
      const v = /^go(\d+(?:\.\d+)*)/.exec(rest!.trim())
      if (v) out.push({ ecosystem: 'runtime', name: 'go', version: v[1]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
    } else if (verb === 'require') {
      if (rest!.trim() === '(') inRequire = true
      else out.push(requirement(rest!.trim(), indirect, line, lines))
    }
  }
  if (!sawModule && out.length === 0) throw new ManifestError('go.mod has no module directive')
  return out
}

function requirement(content: string, indirect: boolean, line: number, lines: SourceLines): Dependency {
  const m = /^(\S+)\s+(v\S+)$/.exec(content)
  if (!m) throw new ManifestError(`go.mod: cannot read the requirement "${content}"`, line)
  return { ecosystem: 'go', name: m[1]!, version: m[2]!, scope: 'runtime', direct: !indirect, line, evidence: lines.lineText(line) }
}
