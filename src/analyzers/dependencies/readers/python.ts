/**
 * Python manifests: requirements files (PEP 508 lines with extras, markers, hashes, includes), pyproject.toml
 * (PEP 621, PEP 735 groups and Poetry), poetry.lock and Pipfile.lock.
 */
import { parse as parseToml } from 'smol-toml'
import { ManifestError, type Dependency, type Scope } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'
import { parseJsonObject } from './package-json.js'

type Table = Record<string, unknown>

function table(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : undefined
}

/** `name[extra1,extra2] (>=1.0, <2) ; python_version < "3.8"` -> name and specifier; undefined for URLs and paths. */
export function parsePep508(requirement: string): { name: string; specifier: string } | undefined {
  const withoutMarker = requirement.split(';')[0]!.trim()
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(withoutMarker)
  if (!m) return undefined
  const rest = m[2]!.trim()
  if (rest.startsWith('@')) return undefined
  return { name: m[1]!, specifier: rest.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, '') }
}

function pythonDependency(lines: SourceLines, name: string, specifier: string, scope: Scope, direct: boolean, line: number): Dependency {
  const exact = /^===?([^,;]+)$/.exec(specifier)
  return {
    ecosystem: 'pypi',
    name,
    ...(exact && !exact[1]!.includes('*') ? { version: exact[1]! } : { range: specifier }),
    scope,
    direct,
    line,
    evidence: lines.lineText(line)
  }
}

/**
 * pip-compile and `uv pip compile` write where each pin comes from under it: `# via google-auth` (a transitive pin)
 * or `# via -r requirements.in` / `# via app (pyproject.toml)` (what the project asked for).
 */
function viaSources(raw: string[], from: number): { sources: string[]; next: number } | undefined {
  let i = from
  const sources: string[] = []
  let seen = false
  while (i < raw.length) {
    const l = raw[i]!.replace(/\r$/, '')
    const via = /^\s*#\s*via\b\s*(.*)$/.exec(l)
    if (via && !seen) {
      seen = true
      if (via[1]!.trim() !== '') sources.push(via[1]!.trim())
      i++
      continue
    }
    const more = seen ? /^\s*#\s{2,}(\S.*)$/.exec(l) : null
    if (more) {
      sources.push(more[1]!.trim())
      i++
      continue
    }
    break
  }
  return seen ? { sources, next: i } : undefined
}

function viaIsDirect(source: string): boolean {
  return /^-[rc]\s/.test(source) || /\((pyproject\.toml|setup\.py|setup\.cfg)\)/.test(source) || /\.(in|txt)$/.test(source) || /^--?constraint/.test(source)
}

export function readRequirements(text: string, path: string): Dependency[] {
  const lines = new SourceLines(text)
  const scope: Scope = /(^|[/_.-])(dev|test|tests|testing|lint|docs|ci)([/_.-]|$)/i.test(path) ? 'dev' : 'runtime'
  const out: Dependency[] = []
  const raw = text.split('\n')
  for (let i = 0; i < raw.length; i++) {
    const lineNo = i + 1
    let content = raw[i]!.replace(/\r$/, '')
    // Backslash continuations (hashes) belong to the requirement that starts the run.
    while (content.endsWith('\\') && i + 1 < raw.length) content = content.slice(0, -1) + ' ' + raw[++i]!.replace(/\r$/, '')
    content = content.replace(/(^|\s)#.*$/, '').trim()
    if (content === '' || content.startsWith('-') || /^[a-z+]+:\/\//i.test(content) || content.startsWith('.') || content.startsWith('/')) continue
    content = content.replace(/\s--hash[= ]\S+/g, '').trim()
    const req = parsePep508(content)
    if (req === undefined) continue
    const via = viaSources(raw, i + 1)
    const direct = via === undefined || via.sources.length === 0 || via.sources.some(viaIsDirect)
    out.push(pythonDependency(lines, req.name, req.specifier, scope, direct, lineNo))
  }
  return out
}

function tomlTable(text: string, file: string): Table {
  try {
    return parseToml(text) as Table
  } catch (error) {
    const line = (error as { line?: number }).line ?? 1
    throw new ManifestError(`${file} is not valid TOML: ${(error as Error).message.split('\n')[0]}`, line)
  }
}

/** Poetry's `^2.2` and `~2.2` as PEP 440. */
export function poetryToPep440(constraint: string): string {
  const c = constraint.trim()
  const caret = /^\^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(c)
  if (caret) {
    const [major, minor, patch] = [Number(caret[1]), caret[2], caret[3]]
    const floor = [caret[1], minor ?? '0', patch].filter((p) => p !== undefined).join('.')
    if (major > 0 || minor === undefined) return `>=${floor},<${major + 1}`
    return `>=${floor},<0.${Number(minor) + 1}`
  }
  const tilde = /^~(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(c)
  if (tilde) {
    const floor = [tilde[1], tilde[2] ?? '0', tilde[3]].filter((p) => p !== undefined).join('.')
    return tilde[2] === undefined ? `>=${floor},<${Number(tilde[1]) + 1}` : `>=${floor},<${tilde[1]}.${Number(tilde[2]) + 1}`
  }
  if (/^\d/.test(c)) return `==${c}`
  return c.replace(/\s+/g, '')
}

const DEV_GROUP = /^(dev|develop|development|test|tests|testing|lint|linting|docs|typing|ci|bench)$/i

export function readPyproject(text: string): Dependency[] {
  const doc = tomlTable(text, 'pyproject.toml')
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  const find = (name: string, from: number) => lines.lineOf(new RegExp(`["']?${escapeRegExp(name)}\\b`, 'i'), from)
  const project = table(doc.project)
  if (project) {
    const requiresPython = project['requires-python']
    if (typeof requiresPython === 'string') {
      const line = lines.lineOf(/requires-python/)
      out.push({ ecosystem: 'runtime', name: 'python', range: requiresPython.replace(/\s+/g, ''), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
    }
    const groups: [unknown, Scope, number][] = [[project.dependencies, 'runtime', Math.max(0, lines.search(/^[ \t]*dependencies\s*=/m))]]
    for (const [group, reqs] of Object.entries(table(project['optional-dependencies']) ?? {})) {
      groups.push([reqs, DEV_GROUP.test(group) ? 'dev' : 'runtime', Math.max(0, lines.search(new RegExp(`^\\s*${escapeRegExp(group)}\\s*=`, 'm')))])
    }
    for (const [group, reqs] of Object.entries(table(doc['dependency-groups']) ?? {})) {
      groups.push([reqs, 'dev', Math.max(0, lines.search(new RegExp(`^\\s*${escapeRegExp(group)}\\s*=`, 'm')))])
    }
    for (const [reqs, scope, from] of groups) {
      if (!Array.isArray(reqs)) continue
      for (const r of reqs) {
        if (typeof r !== 'string') continue
        const req = parsePep508(r)
        if (req) out.push(pythonDependency(lines, req.name, req.specifier, scope, true, find(req.name, from)))
      }
    }
  }
  const poetry = table(table(doc.tool)?.poetry)
  if (poetry) {
    const sections: [unknown, Scope, string][] = [
      [poetry.dependencies, 'runtime', 'tool.poetry.dependencies'],
      [poetry['dev-dependencies'], 'dev', 'tool.poetry.dev-dependencies']
    ]
    for (const [group, body] of Object.entries(table(poetry.group) ?? {})) sections.push([table(body)?.dependencies, DEV_GROUP.test(group) || group !== 'main' ? 'dev' : 'runtime', `tool.poetry.group.${group}.dependencies`])
    for (const [deps, scope, header] of sections) {
      const from = Math.max(0, lines.search(new RegExp(`^\\[${escapeRegExp(header)}\\]`, 'm')))
      for (const [name, spec] of Object.entries(table(deps) ?? {})) {
        const constraint = typeof spec === 'string' ? spec : typeof table(spec)?.version === 'string' ? (table(spec)!.version as string) : undefined
        if (constraint === undefined) continue
        const line = lines.lineOf(new RegExp(`^\\s*["']?${escapeRegExp(name)}["']?\\s*=`, 'm'), from)
        if (name.toLowerCase() === 'python') {
          out.push({ ecosystem: 'runtime', name: 'python', range: poetryToPep440(constraint), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
          continue
        }
        out.push(pythonDependency(lines, name, poetryToPep440(constraint), scope, true, line))
      }
    }
  }
  return out
}

/** poetry.lock: every locked package; direct ones are those no other locked package depends on. */
export function readPoetryLock(text: string): Dependency[] {
  const doc = tomlTable(text, 'poetry.lock')
  const lines = new SourceLines(text)
  const packages = Array.isArray(doc.package) ? (doc.package as Table[]) : []
  const required = new Set<string>()
  for (const pkg of packages) for (const dep of Object.keys(table(pkg.dependencies) ?? {})) required.add(dep.toLowerCase().replace(/[-_.]+/g, '-'))
  const out: Dependency[] = []
  let from = 0
  for (const pkg of packages) {
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') continue
    const at = lines.search(new RegExp(`^name\\s*=\\s*"${escapeRegExp(pkg.name)}"`, 'm'), from)
    if (at !== -1) from = at
    const line = at === -1 ? 1 : lines.lineAt(at)
    const groups = Array.isArray(pkg.groups) ? (pkg.groups as string[]) : [typeof pkg.category === 'string' ? pkg.category : 'main']
    const scope: Scope = groups.includes('main') ? 'runtime' : 'dev'
    const direct = !required.has(pkg.name.toLowerCase().replace(/[-_.]+/g, '-'))
    out.push({ ecosystem: 'pypi', name: pkg.name, version: pkg.version, scope, direct, line, evidence: `${pkg.name} ${pkg.version}` })
  }
  return out
}

/**
 * Pipenv's Python: `python_version = "3.8"` (a line: pipenv refuses another) or `python_full_version = "3.8.10"`, in
 * Pipfile's `[requires]` or Pipfile.lock's `_meta.requires`.
 */
function pipenvPython(requires: Table | undefined, lines: SourceLines): Dependency[] {
  const version = requires?.python_full_version ?? requires?.python_version
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,2}$/.test(version.trim())) return []
  const line = lines.lineOf(/python_(full_)?version/)
  return [{ ecosystem: 'runtime', name: 'python', version: version.trim(), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) }]
}

/** Pipfile: `[packages]` (runtime) and `[dev-packages]` (dev) with their specifiers (`"==3.2.25"`, `{ version = ">=2" }`), and `[requires]`. */
export function readPipfile(text: string): Dependency[] {
  const doc = tomlTable(text, 'Pipfile')
  const lines = new SourceLines(text)
  const out: Dependency[] = pipenvPython(table(doc.requires), lines)
  for (const [section, scope] of [['packages', 'runtime'], ['dev-packages', 'dev']] as const) {
    const from = Math.max(0, lines.search(new RegExp(`^\\[${section}\\]`, 'm')))
    for (const [name, raw] of Object.entries(table(doc[section]) ?? {})) {
      const spec = typeof raw === 'string' ? raw : typeof table(raw)?.version === 'string' ? (table(raw)!.version as string) : undefined
      if (spec === undefined || spec.trim() === '*') continue
      const line = lines.lineOf(new RegExp(`^\\s*["']?${escapeRegExp(name)}["']?\\s*=`, 'm'), from)
      out.push(pythonDependency(lines, name, spec.replace(/\s+/g, ''), scope, true, line))
    }
  }
  return out
}

/** Pipfile.lock: `default` (runtime) and `develop` (dev), each pinned with `==`, and `_meta.requires`. */
export function readPipfileLock(text: string): Dependency[] {
  const json = parseJsonObject(text, 'Pipfile.lock')
  const lines = new SourceLines(text)
  const out: Dependency[] = pipenvPython(table(table(json._meta)?.requires), lines)
  for (const [section, scope] of [['default', 'runtime'], ['develop', 'dev']] as const) {
    const from = Math.max(0, lines.search(new RegExp(`"${section}"\\s*:`)))
    for (const [name, raw] of Object.entries(table(json[section]) ?? {})) {
      const version = table(raw)?.version
      if (typeof version !== 'string') continue
      const line = lines.lineOf(new RegExp(`"${escapeRegExp(name)}"\\s*:`), from)
      out.push(pythonDependency(lines, name, version.replace(/\s+/g, ''), scope, true, line))
    }
  }
  return out
}

/**
 * uv.lock: every locked package; direct ones are what the project's own packages (the workspace members, whose
 * source is `editable` or `virtual`) depend on, with the groups they list under `dev-dependencies` as dev scope.
 */
export function readUvLock(text: string): Dependency[] {
  const doc = tomlTable(text, 'uv.lock')
  const lines = new SourceLines(text)
  const packages = Array.isArray(doc.package) ? (doc.package as Table[]) : []
  const norm = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-')
  const direct = new Map<string, Scope>()
  const members = new Set<string>()
  for (const pkg of packages) {
    const source = table(pkg.source)
    if (typeof pkg.name !== 'string' || source === undefined || (source.editable === undefined && source.virtual === undefined)) continue
    members.add(norm(pkg.name))
    const names = (list: unknown) => (Array.isArray(list) ? list.map((d) => table(d)?.name).filter((n): n is string => typeof n === 'string') : [])
    for (const n of names(pkg.dependencies)) direct.set(norm(n), 'runtime')
    for (const group of Object.values(table(pkg['optional-dependencies']) ?? {})) for (const n of names(group)) if (!direct.has(norm(n))) direct.set(norm(n), 'runtime')
    for (const group of Object.values(table(pkg['dev-dependencies']) ?? {})) for (const n of names(group)) if (!direct.has(norm(n))) direct.set(norm(n), 'dev')
  }
  const out: Dependency[] = []
  let from = 0
  for (const pkg of packages) {
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string' || members.has(norm(pkg.name))) continue
    const at = lines.search(new RegExp(`^name\\s*=\\s*"${escapeRegExp(pkg.name)}"`, 'm'), from)
    if (at !== -1) from = at
    const line = at === -1 ? 1 : lines.lineAt(at)
    const scope = direct.get(norm(pkg.name))
    out.push({ ecosystem: 'pypi', name: pkg.name, version: pkg.version, scope: scope ?? 'runtime', direct: scope !== undefined, line, evidence: `${pkg.name} ${pkg.version}` })
  }
  return out
}
