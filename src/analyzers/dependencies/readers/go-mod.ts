/**
 * go.mod: `require` lines (`// indirect` is transitive) and the Go release line. `toolchain go1.26.5` is what builds
 * the module; `go 1.25.0` is only the minimum it needs, so without a toolchain line it reads as the range `>=1.25.0`
 * (it warns at most while it admits a supported release). Every other directive, one line or a `( ... )` block
 * (`tool`, `replace`, `exclude`, `retract`, `godebug`, `ignore`), is read past.
 */
import { ManifestError, type Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

export function readGoMod(text: string): Dependency[] {
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  const raw = text.split('\n')
  let block: string | undefined
  let sawModule = false
  let go: Dependency | undefined
  let toolchain: Dependency | undefined
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1
    const full = raw[i]!.replace(/\r$/, '')
    const indirect = /\/\/\s*indirect\b/.test(full)
    const content = full.replace(/\/\/.*$/, '').trim()
    if (content === '') continue
    if (block !== undefined) {
      if (content === ')') block = undefined
      else if (block === 'require') out.push(requirement(content, indirect, line, lines))
      continue
    }
    const directive = /^([a-z]+)\b\s*(.*)$/.exec(content)
    if (!directive) throw new ManifestError(`go.mod: cannot read "${content}"`, line)
    const [, verb, restRaw] = directive
    const rest = restRaw!.trim()
    if (rest === '(') {
      block = verb
      continue
    }
    if (verb === 'module') sawModule = true
    else if (verb === 'go') {
      if (!/^\d+(\.\d+)*$/.test(rest)) throw new ManifestError(`go.mod: the go directive "${content}" names no Go version`, line)
      go = { ecosystem: 'runtime', name: 'go', range: `>=${rest}`, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) }
    } else if (verb === 'toolchain') {
      const v = /^go(\d+(?:\.\d+)*)/.exec(rest)
      if (v) toolchain = { ecosystem: 'runtime', name: 'go', version: v[1]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) }
    } else if (verb === 'require') out.push(requirement(rest, indirect, line, lines))
  }
  if (block !== undefined) throw new ManifestError(`go.mod: the ${block} block is not closed`, raw.length)
  if (!sawModule && out.length === 0 && go === undefined) throw new ManifestError('go.mod has no module directive')
  // The toolchain line is what runs; the go line is only its floor.
  const runtime = toolchain ?? go
  if (runtime) out.unshift(runtime)
  return out
}

function requirement(content: string, indirect: boolean, line: number, lines: SourceLines): Dependency {
  const m = /^(\S+)\s+(v\S+)$/.exec(content)
  if (!m) throw new ManifestError(`go.mod: cannot read the requirement "${content}"`, line)
  return { ecosystem: 'go', name: m[1]!.replace(/^"|"$/g, ''), version: m[2]!, scope: 'runtime', direct: !indirect, line, evidence: lines.lineText(line) }
}
