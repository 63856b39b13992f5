/** package.json: dependencies by section (dev vs runtime), `engines.node` and Corepack's `packageManager`. */
import semver from 'semver'
import { ManifestError, type Dependency, type Scope } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'

const SECTIONS: [string, Scope][] = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'runtime'],
  ['devDependencies', 'dev']
]

/** Specs that are not registry versions: local paths, git, URLs, workspaces, catalogs. */
const NOT_REGISTRY = /^(file:|link:|portal:|workspace:|catalog:|git\+|git:|github:|gitlab:|bitbucket:|https?:|[\w.-]+\/[\w.-]+(#.*)?$)/

export function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))
    const line = position ? new SourceLines(text).lineAt(Number(position[1])) : 1
    throw new ManifestError(`${what} is not valid JSON: ${(error as Error).message}`, line)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ManifestError(`${what} is not a JSON object`)
  return value as Record<string, unknown>
}

/** A name and spec as npm reads them, through `npm:` aliases. */
export function npmSpec(name: string, spec: string): { name: string; spec: string } | undefined {
  let realName = name
  let s = spec.trim()
  const alias = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(s)
  if (alias) {
    realName = alias[1]!
    s = alias[2] ?? '*'
  }
  if (NOT_REGISTRY.test(s)) return undefined
  return { name: realName, spec: s }
}

export function readPackageJson(text: string): Dependency[] {
  const json = parseJsonObject(text, 'package.json')
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  for (const [section, scope] of SECTIONS) {
    const deps = json[section]
    if (typeof deps !== 'object' || deps === null) continue
    const sectionAt = Math.max(0, lines.search(new RegExp(`"${section}"\\s*:`)))
    for (const [name, raw] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof raw !== 'string') continue
      const spec = npmSpec(name, raw)
      if (spec === undefined) continue
      const line = lines.lineOf(new RegExp(`"${escapeRegExp(name)}"\\s*:`), sectionAt)
      const exact = semver.valid(spec.spec, { loose: true })
      out.push({
        ecosystem: 'npm',
        name: spec.name,
        ...(exact !== null ? { version: exact } : { range: spec.spec }),
        scope,
        direct: true,
        line,
        evidence: lines.lineText(line)
      })
    }
  }
  const engines = json.engines
  if (typeof engines === 'object' && engines !== null && typeof (engines as Record<string, unknown>).node === 'string') {
    const range = (engines as Record<string, string>).node!
    const line = lines.lineOf(/"node"\s*:/, Math.max(0, lines.search(/"engines"\s*:/)))
    out.push({ ecosystem: 'runtime', name: 'nodejs', range, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  // Corepack's `packageManager: "pnpm@9.15.4+sha512..."`: the package manager that runs installs (dev tooling).
  const manager = typeof json.packageManager === 'string' ? /^(pnpm|yarn|npm)@(\d+\.\d+\.\d+[\w.-]*?)(?:\+.*)?$/.exec(json.packageManager.trim()) : null
  if (manager && manager[1] !== 'npm') {
    const line = lines.lineOf(/"packageManager"\s*:/)
    out.push({ ecosystem: 'runtime', name: manager[1]!, version: manager[2]!, scope: 'dev', direct: true, line, evidence: lines.lineText(line) })
  }
  return out
}
