/**
 * npm-family lockfiles: package-lock.json / npm-shrinkwrap.json (v1-v3), yarn.lock (v1 and berry), pnpm-lock.yaml
 * (v5-v9) and bun.lock. They give the exact version of each direct dependency where the lockfile says which are
 * direct; the rest are transitive (direct: false).
 */
import { parseSyml } from './lazy-parsers.js'
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { parse as parseYaml } from 'yaml'
import { ManifestError, type Dependency, type Scope } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'
import { npmSpec, parseJsonObject } from './package-json.js'

type Json = Record<string, unknown>

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined
}

function entry(lines: SourceLines, name: string, version: string, scope: Scope, direct: boolean, key: RegExp): Dependency {
  const line = lines.lineOf(key)
  return { ecosystem: 'npm', name, version, scope, direct, line, evidence: lines.lineText(line) }
}

export function readPackageLock(text: string, file: string): Dependency[] {
  const json = parseJsonObject(text, file)
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  const packages = obj(json.packages)
  if (packages) {
    const root = obj(packages['']) ?? {}
    const direct = new Map<string, Scope>()
    for (const name of Object.keys(obj(root.dependencies) ?? {})) direct.set(name, 'runtime')
    for (const name of Object.keys(obj(root.optionalDependencies) ?? {})) direct.set(name, 'runtime')
    for (const name of Object.keys(obj(root.devDependencies) ?? {})) direct.set(name, 'dev')
    for (const [path, raw] of Object.entries(packages)) {
      const pkg = obj(raw)
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(path)
      if (!pkg || !m || typeof pkg.version !== 'string' || pkg.link === true) continue
      const name = typeof pkg.name === 'string' ? pkg.name : m[1]!
      const isDirect = path === `node_modules/${m[1]}` && direct.has(m[1]!)
      const scope: Scope = isDirect ? direct.get(m[1]!)! : pkg.dev === true ? 'dev' : 'runtime'
      out.push(entry(lines, name, pkg.version, scope, isDirect, new RegExp(`"${escapeRegExp(path)}"\\s*:`)))
    }
    return out
  }
  // lockfileVersion 1: a nested `dependencies` tree; the top level is what the project asked for (plus hoisted ones).
  for (const [name, raw] of Object.entries(obj(json.dependencies) ?? {})) {
    const pkg = obj(raw)
    if (!pkg || typeof pkg.version !== 'string' || /^(file|git|https?):/.test(pkg.version)) continue
    out.push(entry(lines, name, pkg.version, pkg.dev === true ? 'dev' : 'runtime', false, new RegExp(`"${escapeRegExp(name)}"\\s*:\\s*\\{`)))
  }
  return out
}

export function readYarnLock(text: string): Dependency[] {
  let parsed: Json
  try {
    parsed = parseSyml(text) as Json
  } catch (error) {
    const line = /line (\d+)/i.exec(String(error))
    throw new ManifestError(`yarn.lock could not be parsed: ${(error as Error).message}`, line ? Number(line[1]) : 1)
  }
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  // Berry lists the workspace itself (`app@workspace:.`) with the ranges it asked for: those names are direct.
  const direct = new Set<string>()
  for (const [key, raw] of Object.entries(parsed)) {
    if (!key.includes('@workspace:')) continue
    const pkg = obj(raw)
    for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) for (const name of Object.keys(obj(pkg?.[section]) ?? {})) direct.add(name)
  }
  const seen = new Set<string>()
  for (const [key, raw] of Object.entries(parsed)) {
    const pkg = obj(raw)
    if (key === '__metadata' || !pkg || typeof pkg.version !== 'string' || key.includes('@workspace:')) continue
    const first = key.split(',')[0]!.trim()
    const at = first.lastIndexOf('@')
    if (at <= 0) continue
    const declared = first.slice(0, at)
    const spec = npmSpec(declared, first.slice(at + 1).replace(/^npm:(?=[\^~<>=\d*])/, ''))
    const name = spec?.name ?? declared
    if (seen.has(`${name}@${pkg.version}`)) continue
    seen.add(`${name}@${pkg.version}`)
    out.push(entry(lines, name, pkg.version, 'runtime', direct.has(declared), new RegExp(`^"?${escapeRegExp(first)}`, 'm')))
  }
  return out
}

/** `1.2.3(react@18.2.0)` and `1.2.3_react@18.2.0` carry peer suffixes. */
function pnpmVersion(value: unknown): string | undefined {
  const v = typeof value === 'string' ? value : typeof obj(value)?.version === 'string' ? (obj(value)!.version as string) : undefined
  if (v === undefined || /^(link:|file:|workspace:)/.test(v)) return undefined
  return v.replace(/[(_].*$/, '')
}

/** A top-level block section the reader never reads: every package's resolution (most of a lockfile's text). */
const UNREAD_SECTION = /^(?:packages|snapshots):[ \t]*(?:#.*)?\r?$/
/** A line inside such a section's body: indented, blank, or a comment. */
const BODY_LINE = /^(?:[ \t]*\r?$|[ #])/

/**
 * The lockfile with the bodies of `packages:` and `snapshots:` blanked (their lines kept empty, so every line number
 * stays), when they are written as block sections. The reader only reads the importers (or, before v6, the root's
 * dependency sections); parsing the per-package sections was 95% of the time on a 375 KB lockfile. The rest of the
 * document is parsed as written: a syntax error there, or a top-level key given twice, still fails closed.
 */
function withoutUnreadSections(text: string): string {
  const lines = text.split('\n')
  let blanked = false
  for (let i = 0; i < lines.length; i++) {
    if (!UNREAD_SECTION.test(lines[i]!)) continue
    for (i++; i < lines.length && BODY_LINE.test(lines[i]!); i++) {
      lines[i] = ''
      blanked = true
    }
    i--
  }
  return blanked ? lines.join('\n') : text
}

export function readPnpmLock(text: string): Dependency[] {
  let doc: unknown
  try {
    doc = parseYaml(withoutUnreadSections(text), { logLevel: 'error' }) // warnings quote source lines: kept, never printed
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1
    throw new ManifestError(`pnpm-lock.yaml is not valid YAML: ${(error as Error).message.split('\n')[0]}`, line)
  }
  const root = obj(doc)
  if (!root) throw new ManifestError('pnpm-lock.yaml is not a YAML mapping')
  const lines = new SourceLines(text)
  const importers = obj(root.importers) ?? { '.': root }
  const out: Dependency[] = []
  for (const [importer, raw] of Object.entries(importers)) {
    const imp = obj(raw)
    if (!imp) continue
    const at = Math.max(0, lines.search(new RegExp(`^\\s*['"]?${escapeRegExp(importer)}['"]?:`, 'm')))
    for (const [section, scope] of [['dependencies', 'runtime'], ['optionalDependencies', 'runtime'], ['devDependencies', 'dev']] as const) {
      for (const [name, value] of Object.entries(obj(imp[section]) ?? {})) {
        const version = pnpmVersion(value)
        if (version === undefined) continue
        const line = lines.lineOf(new RegExp(`^\\s*['"]?${escapeRegExp(name)}['"]?:`, 'm'), at)
        out.push({ ecosystem: 'npm', name, version, scope, direct: true, line, evidence: lines.lineText(line) })
      }
    }
  }
  return out
}

export function readBunLock(text: string): Dependency[] {
  const errors: ParseError[] = []
  const json = obj(parseJsonc(text, errors, { allowTrailingComma: true }))
  if (errors.length > 0 || !json) {
    const first = errors[0]
    const line = first ? new SourceLines(text).lineAt(first.offset) : 1
    throw new ManifestError(`bun.lock could not be parsed: ${first ? printParseErrorCode(first.error) : 'not an object'}`, line)
  }
  const lines = new SourceLines(text)
  const root = obj(obj(json.workspaces)?.['']) ?? {}
  const direct = new Map<string, Scope>()
  for (const name of Object.keys(obj(root.dependencies) ?? {})) direct.set(name, 'runtime')
  for (const name of Object.keys(obj(root.optionalDependencies) ?? {})) direct.set(name, 'runtime')
  for (const name of Object.keys(obj(root.devDependencies) ?? {})) direct.set(name, 'dev')
  const out: Dependency[] = []
  for (const [key, raw] of Object.entries(obj(json.packages) ?? {})) {
    const ident = Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : undefined
    const at = ident?.lastIndexOf('@') ?? -1
    if (ident === undefined || at <= 0) continue
    const name = ident.slice(0, at)
    const version = ident.slice(at + 1)
    if (!/^\d/.test(version)) continue
    const isDirect = key === name && direct.has(name)
    out.push(entry(lines, name, version, isDirect ? direct.get(name)! : 'runtime', isDirect, new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*\\[`)))
  }
  return out
}
