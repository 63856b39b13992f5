/** Gemfile.lock: locked gems (GEM specs), the direct ones (DEPENDENCIES) and the Ruby release (RUBY VERSION). */
import { ManifestError, type Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

export function readGemfileLock(text: string): Dependency[] {
  const lines = new SourceLines(text)
  const raw = text.split('\n').map((l) => l.replace(/\r$/, ''))
  const specs: { name: string; version: string; line: number }[] = []
  const direct = new Set<string>()
  let section = ''
  let inSpecs = false
  const out: Dependency[] = []
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!
    if (l.trim() === '') continue
    if (/^[A-Z]/.test(l)) {
      section = l.trim()
      inSpecs = false
      continue
    }
    if (section === '') throw new ManifestError('Gemfile.lock does not start with a section (GEM, PATH, DEPENDENCIES ...)', i + 1)
    if (/^ {2}specs:$/.test(l)) {
      inSpecs = true
      continue
    }
    if (section === 'GEM' && inSpecs) {
      const spec = /^ {4}([^ (]+) \(([^)]+)\)$/.exec(l)
      // Platform gems read `nokogiri (1.15.4-x86_64-linux)`.
      if (spec) specs.push({ name: spec[1]!, version: spec[2]!.replace(/-[a-z].*$/i, ''), line: i + 1 })
    } else if (section === 'DEPENDENCIES') {
      const dep = /^ {2}([^ !(]+)/.exec(l)
      if (dep) direct.add(dep[1]!)
    } else if (section === 'RUBY VERSION') {
      const ruby = /^\s+ruby (\d+(?:\.\d+)*)/.exec(l)
      if (ruby) out.push({ ecosystem: 'runtime', name: 'ruby', version: ruby[1]!, scope: 'runtime', direct: true, line: i + 1, evidence: lines.lineText(i + 1) })
    }
  }
  for (const s of specs) {
    out.push({ ecosystem: 'rubygems', name: s.name, version: s.version, scope: 'runtime', direct: direct.has(s.name), line: s.line, evidence: lines.lineText(s.line) })
  }
  return out
}
