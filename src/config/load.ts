/**
 * Reads `.prodguard.yml`, validates it strictly and resolves it over the defaults.
 *
 * Discovery (docs/configuration.md): the repository root's `.prodguard.yml` (else `.prodguard.yaml`), or the file
 * `-c/--config` names. A config file anywhere else in the repository is never read; a notice says so.
 *
 * Strictness: the config accepts nothing it does not apply. Exit 2 (a `ConfigError` naming file, line, column, key
 * path and reason; key paths are quoted, values never) for a file that is not a regular file or is over the size
 * limit, invalid UTF-8, invalid YAML, a duplicate key, a merge key (`<<`), an unsupported or non-core tag (`!!set`,
 * `!!binary`, `!custom`), `.inf`/`.nan`, an alias that cannot be resolved or expands too far, anything the JSON schema
 * rejects (with "did you mean" for keys), an unknown rule id or category, an invalid `secrets.allow` regex, a glob
 * that negates (`!x`).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { isAbsolute, join } from 'node:path'
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { ConfigError } from '../errors.js'
import { CATEGORIES } from '../findings/finding.js'
import { ruleCatalog } from '../knowledge/catalog.js'
import { resolveSettings, type ConfigFile, type Settings } from './settings.js'
import { closest, safeKey } from './words.js'
import { mayBeInGit } from '../git-presence.js'
import { extendsKind, extendsList, fileResolver, MAX_EXTENDS_DEPTH, mergeConfigs, unpinnedRef, type ExtendsResolver } from './extends.js'

export const DEFAULT_CONFIG_FILE = '.prodguard.yml'
const ALTERNATE_CONFIG_FILES = ['.prodguard.yaml']
/** A config file is small; anything bigger is not one (and is not read into memory). */
export const CONFIG_MAX_BYTES = 1 << 20
const MAX_ALIASES = 100
/** Tags of YAML's core schema; anything else (`!!set`, `!!binary`, `!!timestamp`, `!local`) is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`))

export interface LoadedConfig {
  settings: Settings
  /** The raw, validated file (undefined when none was found: zero config). */
  file: ConfigFile | undefined
  /** Where it came from, for messages. */
  source: string | undefined
  /** Things the user should know (another config file present but not used). */
  notices?: string[]
  /** The file with what it extends merged under it (what `settings` were resolved from); absent without `extends`. */
  effective?: ConfigFile
}

export interface ParseOptions {
  /** Reads `extends:` entries. Without one, a config that extends anything is refused (nothing is silently dropped). */
  resolveExtends?: ExtendsResolver
  /** Internal: the chain of entries being resolved, for depth and cycles. */
  chain?: string[]
}

let validator: ValidateFunction | undefined

async function schemaValidator(): Promise<ValidateFunction> {
  validator ??= await (await import('./schema-validator.js')).schemaValidator()
  return validator
}

/** Finds and loads the config for a repository root; an explicit path that does not exist is an error. */
export async function loadConfig(root: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const path = isAbsolute(explicit) ? explicit : join(root, explicit)
    return parseConfig(readConfigBytes(path, explicit), explicit, { resolveExtends: localExtends(root) })
  }
  const present = [DEFAULT_CONFIG_FILE, ...ALTERNATE_CONFIG_FILES].filter((name) => statOrUndefined(join(root, name)) !== undefined)
  const notices: string[] = []
  const used = present[0]
  for (const other of present.slice(1)) notices.push(`${other} is not used: ${used} is read instead (remove one of them).`)
  for (const nested of nestedConfigs(root)) {
    notices.push(`${nested} is not used: prodguard reads only the repository root's ${DEFAULT_CONFIG_FILE} (or the file -c names); see docs/configuration.md.`)
  }
  if (used === undefined) return { settings: resolveSettings(undefined), file: undefined, source: undefined, ...(notices.length > 0 ? { notices } : {}) }
  const loaded = await parseConfig(readConfigBytes(join(root, used), used), used, { resolveExtends: localExtends(root) })
  const all = [...notices, ...(loaded.notices ?? [])]
  return all.length > 0 ? { ...loaded, notices: all } : loaded
}

/** The CLI's `extends:` reader: local files and npm packages under the repository root. */
export function localExtends(root: string): ExtendsResolver {
  return fileResolver(root, (path, label) => readConfigBytes(path, label))
}

/**
 * For the guardrail: the effective raw config an `extends:` entry stands for (it and what it extends), or undefined
 * when this front door cannot read that entry.
 */
export function extendedConfigReader(resolver: ExtendsResolver): (spec: string) => Promise<ConfigFile | undefined> {
  return async (spec) => {
    const kind = extendsKind(spec)
    if (kind === undefined) return undefined
    const source = await resolver(spec, kind)
    if (source === undefined) return undefined
    const loaded = await parseConfig(source.text, source.label, { resolveExtends: resolver, chain: [spec] })
    return loaded.effective ?? loaded.file
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/** `.prodguard.yml` files below the root that git knows of (tracked or untracked, not ignored). */
function nestedConfigs(root: string): string[] {
  if (!mayBeInGit(root)) return []
  const listed = spawnSync(
    'git',
    ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ':(glob)**/.prodguard.yml', ':(glob)**/.prodguard.yaml'],
    { cwd: root, encoding: 'utf8', timeout: 10_000, maxBuffer: 1 << 24 }
  )
  if (listed.status !== 0 || typeof listed.stdout !== 'string') return []
  return [...new Set(listed.stdout.split('\0'))].filter((p) => p.includes('/')).sort().slice(0, 20)
}

/**
 * The bytes of a config file, read only when it is a regular file under the size limit: a FIFO, a device
 * (`/dev/zero`, `/dev/urandom`), a folder or a huge file is refused at once, before anything is read.
 */
export function readConfigBytes(path: string, label: string, limit = CONFIG_MAX_BYTES): Buffer {
  const stats = statOrError(path, label)
  refuseSpecial(stats, label, limit)
  let fd: number
  try {
    // Non-blocking: a file swapped for a FIFO between stat and open must not hang the run.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new ConfigError(label, '', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  try {
    refuseSpecial(fstatSync(fd), label, limit)
    const buffer = Buffer.alloc(Math.min(limit + 1, Math.max(stats.size, 0) + 1))
    let length = 0
    for (;;) {
      if (length === buffer.length) break
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > limit) throw new ConfigError(label, '', `the file is larger than ${limit} bytes; a prodguard config is a few hundred`)
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(label, '', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  } finally {
    closeSync(fd)
  }
}

function statOrError(path: string, label: string): Stats {
  try {
    return statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ConfigError(label, '', 'file not found', 'check the --config path')
    throw new ConfigError(label, '', `cannot read the file (${code ?? 'error'})`)
  }
}

function refuseSpecial(stats: Stats, label: string, limit: number): void {
  if (!stats.isFile()) {
    const kind = stats.isDirectory()
      ? 'a folder'
      : stats.isFIFO()
        ? 'a FIFO'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'a device'
          : stats.isSocket()
            ? 'a socket'
            : 'not a regular file'
    throw new ConfigError(label, '', `is ${kind}, not a regular file; a config must be a regular file`)
  }
  if (stats.size > limit) throw new ConfigError(label, '', `the file is ${stats.size} bytes, over the ${limit}-byte limit for a config file`)
}

/** Strict UTF-8; the position of the first invalid byte when it is not. */
export function decodeConfig(bytes: Uint8Array, label: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return text.startsWith('\uFEFF') ? text.slice(1) : text
  } catch {
    const lossy = Buffer.from(bytes).toString('utf8')
    const at = lossy.indexOf('\uFFFD')
    const before = lossy.slice(0, Math.max(at, 0)).split('\n')
    throw new ConfigError(label, '', 'the file is not valid UTF-8', 'save it as UTF-8', { line: before.length, column: before[before.length - 1]!.length + 1 })
  }
}

/** Parses and validates config text (or bytes, decoded as strict UTF-8); `label` names the file in messages. */
export async function parseConfig(input: string | Uint8Array, label: string, options: ParseOptions = {}): Promise<LoadedConfig> {
  const text = typeof input === 'string' ? input : decodeConfig(input, label)
  const value = readStrictYaml(text, label)
  if (value.value === null || value.value === undefined) {
    return { settings: resolveSettings(undefined), file: {}, source: label }
  }
  const { doc, lineCounter } = value
  const fail = (path: Array<string | number>, reason: string, suggestion?: string, key = false): never => {
    const node = nodeAt(doc, path, key)
    const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined
    throw new ConfigError(label, keyPath(path), reason, suggestion, position ? { line: position.line, column: position.col } : undefined)
  }
  if (typeof value.value !== 'object' || Array.isArray(value.value)) fail([], 'expected a mapping of settings at the top level')
  const validate = await schemaValidator()
  if (!validate(value.value)) {
    const error = pickError(validate.errors ?? [])
    const path = instancePath(error)
    const [reason, suggestion] = explain(error)
    fail(path, reason, suggestion, error.keyword === 'additionalProperties' || error.keyword === 'propertyNames')
  }
  const file = value.value as ConfigFile
  checkRules(file, fail)
  checkRegexes(file, fail)
  checkGlobs(file, fail)
  const specs = extendsList(file.extends)
  if (specs.length === 0) return { settings: resolveSettings(file), file, source: label }
  const notices: string[] = []
  let base: ConfigFile = {}
  const chain = options.chain ?? []
  for (const [index, spec] of specs.entries()) {
    const kind = extendsKind(spec)
    if (kind === undefined) fail(['extends', index], 'not a local file (`./…`), an npm package or `owner/repo/path@sha`')
    // Refused in every front door, so `prodguard check` tells what the gate would refuse, and a pull request that
    // introduces it is a guardrail finding (the file would not validate once merged).
    const unpinned = kind === 'github' ? unpinnedRef(spec) : undefined
    if (unpinned !== undefined) fail(['extends', index], unpinned, 'pin it to the full 40-character commit SHA (`owner/repo/path.yml@<sha>`, with the tag in a comment); Renovate or Dependabot can keep it current')
    if (chain.includes(spec)) fail(['extends', index], 'extends itself (a cycle)')
    if (chain.length >= MAX_EXTENDS_DEPTH) fail(['extends', index], `extends more than ${MAX_EXTENDS_DEPTH} levels deep`)
    if (options.resolveExtends === undefined) fail(['extends', index], 'extended configs cannot be read here', 'remove `extends`, or run a prodguard version that reads it')
    const source = await options.resolveExtends!(spec, kind!)
    if (source === undefined) {
      notices.push(`${label}: \`extends: ${spec}\` is read only by the GitHub Action; this run applies the rest of the config without it.`)
      continue
    }
    const extended = await parseConfig(source.text, source.label, { ...options, chain: [...chain, spec] })
    base = mergeConfigs(base, extended.effective ?? extended.file ?? {})
    notices.push(...(extended.notices ?? []))
  }
  const own: ConfigFile = { ...file }
  delete own.extends
  const effective = mergeConfigs(base, own)
  return { settings: resolveSettings(effective), file, source: label, effective, ...(notices.length > 0 ? { notices } : {}) }
}

type Fail = (path: Array<string | number>, reason: string, suggestion?: string, key?: boolean) => never

/** YAML read with every construct prodguard would otherwise drop or misread refused, with its position. */
function readStrictYaml(text: string, label: string): { value: unknown; doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false, strict: true })
  // An error at the end of the file (an unclosed `[`) points at its last character, not past it.
  const last = Math.max(0, text.trimEnd().length - 1)
  const at = (offset: number | undefined, reason: string, suggestion?: string, path?: Array<string | number>): never => {
    const pos = offset !== undefined ? lineCounter.linePos(Math.min(offset, last)) : undefined
    const where = path ?? (offset !== undefined ? pathAtOffset(doc, offset) : [])
    throw new ConfigError(label, keyPath(where), reason, suggestion, pos ? { line: pos.line, column: pos.col } : undefined)
  }
  const problem = doc.errors[0] ?? doc.warnings[0]
  if (problem !== undefined) {
    if (problem.code === 'DUPLICATE_KEY') at(problem.pos[0], 'duplicate key: YAML keeps only one of them', 'remove or merge the duplicate')
    if (problem.code === 'TAG_RESOLVE_FAILED') at(problem.pos[0], 'unsupported YAML tag', 'remove the tag')
    // The parser's own words, up to the first colon: they describe the structure, never quote it.
    at(problem.pos[0], `invalid YAML: ${(problem.message.split('\n')[0] ?? 'syntax error').split(': ')[0]!}`)
  }
  let aliases = 0
  visit(doc, {
    Pair(_key, pair, path) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        at(pair.key.range?.[0], 'merge key `<<` is not supported: prodguard would read it as a key named "<<"', 'write the keys out', [...pathOf(path), '<<'])
      }
    },
    Alias(_key, alias) {
      if (++aliases > MAX_ALIASES) at(alias.range?.[0], `more than ${MAX_ALIASES} aliases`)
    },
    Node(_key, node) {
      const tag = (node as Node & { tag?: string }).tag
      if (tag !== undefined && !CORE_TAGS.has(tag)) {
        const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!')
        at(node.range?.[0], `unsupported YAML tag${/^!!?[\w.-]{1,24}$/.test(shown) ? ` \`${shown}\`` : ''}: prodguard reads plain strings, numbers, booleans, lists and mappings`, 'remove the tag')
      }
      if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value)) {
        at(node.range?.[0], 'not a finite number (`.inf` / `.nan`)', 'write a whole number')
      }
    }
  })
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const firstAlias = findFirst(doc, isAlias)
    if (/alias count/i.test(message)) at(firstAlias?.range?.[0], `aliases expand beyond the limit (${MAX_ALIASES}): an alias bomb?`, 'write the values out')
    if (/alias/i.test(message)) at(firstAlias?.range?.[0], 'an alias refers to an anchor that is not defined before it', 'define the anchor (`&name`) before the alias')
    at(undefined, 'the YAML cannot be read as data')
  }
  return { value, doc, lineCounter }
}

function findFirst(doc: Document, test: (node: unknown) => boolean): Node | undefined {
  let found: Node | undefined
  visit(doc, (_key, node) => {
    if (test(node)) {
      found = node as Node
      return visit.BREAK
    }
    return undefined
  })
  return found
}

/** The key path of a visitor's ancestry (`path` holds the document, collections and pairs above the node). */
function pathOf(ancestors: readonly unknown[]): Array<string | number> {
  const out: Array<string | number> = []
  for (let i = 0; i < ancestors.length; i++) {
    const item = ancestors[i]
    if (isPair(item)) out.push(isScalar(item.key) ? String(item.key.value) : '?')
    else if (isSeq(item)) {
      const next = ancestors[i + 1]
      const index = item.items.indexOf(next as never)
      if (index >= 0) out.push(index)
    }
  }
  return out
}

/** The key path of the innermost pair or item whose source contains `offset`. */
function pathAtOffset(doc: Document, offset: number): Array<string | number> {
  const out: Array<string | number> = []
  let node: unknown = doc.contents
  for (let depth = 0; depth < 64 && node; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const start = isNode(p.key) ? p.key.range?.[0] : undefined
        const end = isNode(p.value) ? p.value.range?.[2] : isNode(p.key) ? p.key.range?.[2] : undefined
        return start !== undefined && end !== undefined && offset >= start && offset <= end
      })
      if (pair === undefined) break
      out.push(isScalar(pair.key) ? String(pair.key.value) : '?')
      node = pair.value
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => isNode(item) && item.range != null && offset >= item.range[0] && offset <= item.range[2])
      if (index < 0) break
      out.push(index)
      node = node.items[index]
    } else break
  }
  return out
}

/** The node at a key path: the key's own node when `key` (an unknown key points at itself), else the value. */
function nodeAt(doc: Document, path: Array<string | number>, key: boolean): Node | undefined {
  if (path.length === 0) return isNode(doc.contents) ? doc.contents : undefined
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true)
    const last = path[depth - 1]!
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last))
      if (pair !== undefined) {
        const node = key && depth === path.length ? pair.key : (pair.value ?? pair.key)
        if (isNode(node)) return node
      }
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last]
      if (isNode(item)) return item
    }
  }
  return undefined
}

/** `approvals.users[1]`, `rules.destructive-sql/drop-table`; a key that looks like a secret is not printed. */
export function keyPath(full: ReadonlyArray<string | number>): string {
  const path = full.length > 12 ? [...full.slice(0, 6), '…', ...full.slice(-2)] : full
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${part === '…' ? part : safeKey(part)}`)).join('')
}

/** The most specific error: an unknown key or a wrong value beats "must match a schema in anyOf". */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject): number => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' || e.keyword === 'type' ? 1 : 2)
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0]!
}

function instancePath(error: ErrorObject): Array<string | number> {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
  if (error.keyword === 'additionalProperties') parts.push(String(error.params['additionalProperty']))
  if (error.keyword === 'propertyNames') parts.push(String(error.params['propertyName']))
  return parts
}

function explain(error: ErrorObject): [string, string | undefined] {
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty'])
      const known = Object.keys(record(record(error.parentSchema)['properties']))
      const near = closest(key, known)
      return [`unknown key${known.length > 0 ? ` (expected one of ${known.map((k) => `\`${k}\``).join(', ')})` : ''}`, near !== undefined ? `did you mean \`${near}\`?` : undefined]
    }
    case 'enum':
      return [`expected one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, undefined]
    case 'const':
      return [`must be ${JSON.stringify(error.params['allowedValue'])}`, undefined]
    case 'type':
      return [`expected ${String(error.params['type'])}, found ${typeName(error.data)}`, undefined]
    case 'propertyNames':
      return ['is not a rule id (`category/rule`) or a category name', undefined]
    case 'pattern':
      return ['is not in the expected form', undefined]
    case 'minimum':
    case 'maximum':
      return [`must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params['limit'])}`, undefined]
    case 'minLength':
      return ['must not be empty', undefined]
    case 'required':
      return [`needs \`${String(error.params['missingProperty'])}\``, undefined]
    default:
      return ['invalid value', undefined]
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number'
  return `a ${typeof value}`
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** Every key of `rules` is a rule id of the catalog or a category. */
function checkRules(file: ConfigFile, fail: Fail): void {
  const rules = Object.keys(file.rules ?? {})
  if (rules.length === 0) return
  const catalog = ruleCatalog()
  const known = [...catalog.all().map((r) => r.id), ...CATEGORIES]
  for (const id of rules) {
    if (catalog.get(id) !== undefined || (CATEGORIES as readonly string[]).includes(id)) continue
    const near = closest(id, known)
    fail(['rules', id], id.includes('/') ? 'unknown rule id' : 'unknown category', near !== undefined ? `did you mean \`${near}\`?` : 'see `prodguard explain` for the rule ids', true)
  }
}

/** `secrets.allow` entries are regular expressions: one that does not compile would silently allow nothing (or too much). */
function checkRegexes(file: ConfigFile, fail: Fail): void {
  ;(file.secrets?.allow ?? []).forEach((source, index) => {
    try {
      new RegExp(source)
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split(': ').pop() ?? 'invalid') : 'invalid'
      fail(['secrets', 'allow', index], `not a valid regular expression (${reason.replace(/\/.*\//, '')})`, 'escape special characters with `\\`')
    }
  })
}

/** Globs are gitignore-like; a negation would match every other path, so it is refused rather than misapplied. */
function checkGlobs(file: ConfigFile, fail: Fail): void {
  const lists: Array<[Array<string | number>, string[] | undefined]> = [
    [['ignore'], file.ignore],
    [['paths', 'migrations'], file.paths?.migrations],
    [['paths', 'production'], file.paths?.production],
    [['paths', 'nonProduction'], file.paths?.nonProduction]
  ]
  for (const [path, globs] of lists) {
    ;(globs ?? []).forEach((glob, index) => {
      if (glob.startsWith('!')) fail([...path, index], 'negated globs (`!…`) are not supported here', 'list only what the setting applies to')
    })
  }
}

/**
 * For the guardrail in a staged change (no project tree): a root config file as the index holds it, which is what the
 * commit will hold; undefined when the index has no such file or this is not a git repository.
 */
export function stagedConfigReader(root: string): (path: string) => Promise<string | undefined> {
  return (path) => {
    if (!mayBeInGit(root) || path.includes('..')) return Promise.resolve(undefined)
    const shown = spawnSync('git', ['show', `:${path}`], { cwd: root, encoding: 'utf8', timeout: 10_000, maxBuffer: CONFIG_MAX_BYTES + 1 })
    return Promise.resolve(shown.status === 0 && typeof shown.stdout === 'string' ? shown.stdout : undefined)
  }
}
