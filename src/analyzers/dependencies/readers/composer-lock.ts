/** composer.lock: `packages` (runtime) and `packages-dev`; direct ones are those no other locked package requires. */
import type { Dependency, Scope } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'
import { parseJsonObject } from './package-json.js'

interface ComposerPackage {
  name?: unknown
  version?: unknown
  require?: unknown
}

export function readComposerLock(text: string): Dependency[] {
  const json = parseJsonObject(text, 'composer.lock')
  const lines = new SourceLines(text)
  const sections: [ComposerPackage[], Scope][] = [
    [Array.isArray(json.packages) ? json.packages : [], 'runtime'],
    [Array.isArray(json['packages-dev']) ? json['packages-dev'] : [], 'dev']
  ]
  const required = new Set<string>()
  for (const [pkgs] of sections) for (const p of pkgs) for (const r of Object.keys(typeof p.require === 'object' && p.require !== null ? p.require : {})) required.add(r.toLowerCase())
  const out: Dependency[] = []
  for (const [pkgs, scope] of sections) {
    for (const p of pkgs) {
      if (typeof p.name !== 'string' || typeof p.version !== 'string' || !/^v?\d/.test(p.version)) continue
      const line = lines.lineOf(new RegExp(`"name"\\s*:\\s*"${escapeRegExp(p.name)}"`))
      out.push({ ecosystem: 'composer', name: p.name, version: p.version.replace(/^v/, ''), scope, direct: !required.has(p.name.toLowerCase()), line, evidence: lines.lineText(line) })
    }
  }
  return out
}
