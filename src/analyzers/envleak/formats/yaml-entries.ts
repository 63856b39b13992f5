/**
 * Entries of YAML and JSON files (JSON is read as YAML, comments blanked first, so every value keeps its line).
 * Knows the shapes that carry environment variables (compose `environment:` lists, Kubernetes `env: [{name, value}]`),
 * merge keys (`<<: *default`, so a production section inherits what it really gets), and environment sections.
 */
import { LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml'
import { parseTree, printParseErrorCode, visit, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { MAX_YAML_CHARS, aliasTarget, parseYamlFile, type YamlFile } from '../../yaml-source.js'
import type { ConfigEntry } from '../entries.js'
import { canonicalKey } from '../entries.js'
import type { Environment } from '../environment.js'
import { envOfName, narrowEnv, sectionEnvOfKey, type SectionNames } from '../sections.js'

export interface StructuredOptions {
  env: Environment
  names: SectionNames
  /** A CI definition: jobs with `environment: production` are production. */
  ci: boolean
  /** A file where a lone `production:` key is a section (Rails `config/*.yml`). */
  lenientSections: boolean
}

export type ParseResult = { entries: ConfigEntry[] } | { error: { line: number; message: string; tooLarge?: boolean } }

const MAX_DEPTH = 64

export function yamlEntries(text: string, options: StructuredOptions): ParseResult {
  // The parse other analyzers of the same file already made, when they did (merge keys are walked below).
  const parsed = parseYamlFile(text)
  const lineCounter = parsed.lines
  if (parsed.error !== undefined) return { error: parsed.error }
  const entries: ConfigEntry[] = []
  for (const doc of parsed.documents) {
    // A CustomResourceDefinition is a schema (descriptions, enums, defaults of fields), not an environment's
    // configuration; walking its entries was a quarter of the time on CRDs of hundreds of KB. The document is still
    // parsed, so a syntax error or a bound still fails closed; the secret scan reads the text as before.
    if (isCustomResourceDefinition(doc.contents)) continue
    const docEntries: ConfigEntry[] = []
    new Walker(parsed, lineCounter, options, docEntries).walk(doc.contents, [], options.env, 0)
    applySpringProfile(docEntries, options)
    entries.push(...docEntries)
  }
  return { entries }
}

function isCustomResourceDefinition(root: unknown): boolean {
  if (!isMap(root)) return false
  let kind: unknown
  let apiVersion: unknown
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined
    if (key === 'kind' && isScalar(pair.value)) kind = pair.value.value
    else if (key === 'apiVersion' && isScalar(pair.value)) apiVersion = pair.value.value
  }
  return kind === 'CustomResourceDefinition' && typeof apiVersion === 'string' && apiVersion.startsWith('apiextensions.k8s.io/')
}

/**
 * JSON (and JSONC: appsettings.json allows comments), read by the JSON reader into the nodes the YAML walker knows, with
 * the same positions: the YAML parser is ten times slower on JSON (0.2 MB/s on a 400 KB map of countries) and reads
 * much that is not JSON (`{a: 1}`, a stray `#`). A key given twice fails closed, as in YAML; so does nesting past the
 * YAML bound. Over the size bound, the YAML reader refuses the file as too large.
 */
export function jsonEntries(text: string, options: StructuredOptions): ParseResult {
  if (text.length > MAX_YAML_CHARS) return yamlEntries(blankJsonComments(text), options)
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false })
  const first = errors[0]
  if (first !== undefined) return { error: { line: lineOfOffset(text, first.offset), message: `not JSON: ${printParseErrorCode(first.error)} at offset ${first.offset}` } }
  const lines = new LineCounter()
  lines.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1)
  const problem: { offset?: number; message?: string; tooLarge?: boolean } = {}
  const root = tree === undefined ? undefined : toYamlNode(tree, text, 0, problem)
  if (problem.offset !== undefined) {
    return { error: { line: lines.linePos(problem.offset).line, message: problem.message!, ...(problem.tooLarge ? { tooLarge: true } : {}) } }
  }
  const entries: ConfigEntry[] = []
  new Walker(undefined, lines, options, entries).walk(root, [], options.env, 0)
  applySpringProfile(entries, options)
  return { entries }
}

const MAX_JSON_DEPTH = 256

type SyntaxProblem = { line: number; message: string; tooLarge?: boolean }

/**
 * What `yamlEntries` would refuse, without walking the entries: for a file no check reads, only whether it parses
 * (a claimed structured file that does not parse fails closed, relevant or not).
 */
export function yamlSyntaxProblem(text: string): SyntaxProblem | undefined {
  return parseYamlFile(text).error
}

/**
 * What `jsonEntries` would refuse (the same message, line and precedence: a syntax error anywhere first, then the first
 * repeated key or nesting past the bound in document order), read with the JSON visitor: no tree is built.
 */
export function jsonSyntaxProblem(text: string): SyntaxProblem | undefined {
  if (text.length > MAX_YAML_CHARS) return yamlSyntaxProblem(blankJsonComments(text))
  let syntax: { offset: number; message: string } | undefined
  let problem: { offset: number; message: string; tooLarge?: boolean } | undefined
  const keys: Array<Set<string>> = []
  const value = (offset: number): void => {
    if (problem === undefined && keys.length + arrays > MAX_JSON_DEPTH) problem = { offset, message: `nested more than ${MAX_JSON_DEPTH} levels deep`, tooLarge: true }
  }
  // Depth is the number of open containers; objects keep their keys, arrays only count.
  let arrays = 0
  visit(
    text,
    {
      onObjectBegin: (offset) => {
        value(offset)
        keys.push(new Set())
      },
      onObjectEnd: () => keys.pop(),
      onArrayBegin: (offset) => {
        value(offset)
        arrays++
      },
      onArrayEnd: () => arrays--,
      onObjectProperty: (name, offset) => {
        const seen = keys[keys.length - 1]
        if (seen === undefined || problem !== undefined) return
        if (seen.has(name)) problem = { offset, message: 'Map keys must be unique' }
        else seen.add(name)
      },
      onLiteralValue: (_value, offset) => value(offset),
      onError: (error, offset) => {
        syntax ??= { offset, message: `not JSON: ${printParseErrorCode(error)} at offset ${offset}` }
      }
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false }
  )
  const first = syntax ?? problem
  if (first === undefined) return undefined
  return { line: lineOfOffset(text, first.offset), message: first.message, ...(syntax === undefined && problem?.tooLarge ? { tooLarge: true } : {}) }
}

/** A JSON node as the YAML node it reads as (positions kept); the first problem (a repeated key, depth) is recorded. */
function toYamlNode(node: JsonNode, text: string, depth: number, problem: { offset?: number; message?: string; tooLarge?: boolean }): Node | undefined {
  if (problem.offset !== undefined) return undefined
  if (depth > MAX_JSON_DEPTH) {
    Object.assign(problem, { offset: node.offset, message: `nested more than ${MAX_JSON_DEPTH} levels deep`, tooLarge: true })
    return undefined
  }
  const range: [number, number, number] = [node.offset, node.offset + node.length, node.offset + node.length]
  if (node.type === 'object') {
    const map = new YAMLMap()
    map.range = range
    const seen = new Set<string>()
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? []
      if (keyNode === undefined) continue
      const name = String(keyNode.value)
      if (seen.has(name)) {
        Object.assign(problem, { offset: keyNode.offset, message: 'Map keys must be unique' })
        return undefined
      }
      seen.add(name)
      const key = new Scalar(name)
      key.range = [keyNode.offset, keyNode.offset + keyNode.length, keyNode.offset + keyNode.length]
      map.items.push(new Pair(key, valueNode === undefined ? null : toYamlNode(valueNode, text, depth + 1, problem) ?? null))
    }
    return map
  }
  if (node.type === 'array') {
    const seq = new YAMLSeq()
    seq.range = range
    for (const item of node.children ?? []) seq.items.push(toYamlNode(item, text, depth + 1, problem) ?? null)
    return seq
  }
  const scalar = new Scalar(node.value ?? null)
  scalar.range = range
  // As the YAML reader has them: a string's source is its value, a number's or a literal's the text as written.
  scalar.source = node.type === 'string' ? String(node.value) : text.slice(node.offset, node.offset + node.length)
  return scalar
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** A Spring document with `spring.config.activate.on-profile: prod` (or legacy `spring.profiles: prod`) is production. */
function applySpringProfile(entries: ConfigEntry[], options: StructuredOptions): void {
  const profile = entries.find((e) => {
    // Only a key ending in `profile`/`profiles` can be one: a data file of 100,000 entries is not canonicalized twice.
    if (!/profiles?$/i.test(e.path[e.path.length - 1] ?? '')) return false
    const key = canonicalKey(e.path)
    return key === 'spring.config.activate.on.profile' || key === 'spring.profiles'
  })
  if (profile === undefined) return
  const env = narrowEnv(options.env, envOfName(profile.value, options.names))
  for (const e of entries) e.env = env
}

class Walker {
  constructor(
    /** The parsed YAML file, for its aliases; undefined for JSON, which has none. */
    private readonly file: YamlFile | undefined,
    private readonly lines: LineCounter,
    private readonly options: StructuredOptions,
    private readonly out: ConfigEntry[]
  ) {}

  walk(node: unknown, path: string[], env: Environment, depth: number): void {
    if (depth > MAX_DEPTH || node === null || node === undefined) return
    if (isAlias(node)) {
      const target = this.file === undefined ? undefined : aliasTarget(this.file, node)
      if (isScalar(target)) this.scalar(target.source ?? target.value, path, env, node)
      else if (target !== undefined) this.walk(target, path, env, depth + 1)
      return
    }
    if (isScalar(node)) {
      this.scalar(node.source ?? node.value, path, env, node)
      return
    }
    if (isMap(node)) {
      this.map(node, path, env, depth)
      return
    }
    if (isSeq(node)) {
      const parent = path[path.length - 1]?.toLowerCase() ?? ''
      node.items.forEach((item, i) => {
        // compose `environment: [KEY=value]`, Dockerfile-like `args: [KEY=value]`
        if (isScalar(item) && typeof item.value === 'string' && /^(?:environment|env|args|build-args|variables)$/.test(parent)) {
          const m = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s.exec(item.value)
          if (m) {
            this.emit([...path, m[1]!], m[2]!, env, item)
            return
          }
        }
        if (isMap(item)) {
          // Kubernetes `env: [{name: X, value: y}]`
          const name = item.get('name')
          const value = item.get('value', true)
          if (typeof name === 'string' && isScalar(value) && item.items.length <= 3) {
            this.scalar(value.source ?? value.value, [...path, name], env, value)
            return
          }
          const label = typeof name === 'string' ? name : typeof item.get('id') === 'string' ? String(item.get('id')) : `[${i}]`
          this.walk(item, [...path, label], env, depth + 1)
          return
        }
        this.walk(item, [...path, `[${i}]`], env, depth + 1)
      })
    }
  }

  private map(node: YAMLMap, path: string[], env: Environment, depth: number): void {
    const keys = node.items.map((pair) => (isPair(pair) ? keyString(pair.key) : ''))
    let mapEnv = env
    if (this.options.ci) mapEnv = narrowEnv(env, this.ciJobEnv(node))
    const sectioned = this.isEnvKeyed(node, keys)
    const explicit = new Set(keys)
    node.items.forEach((pair, i) => {
      if (!isPair(pair)) return
      const key = keys[i]!
      if (key === '<<') {
        // Merge keys: the inherited values, unless the map overrides them.
        const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
        for (const source of sources) {
          const target = isAlias(source) ? (this.file === undefined ? undefined : aliasTarget(this.file, source)) : source
          if (!isMap(target)) continue
          for (const inherited of target.items) {
            if (!isPair(inherited)) continue
            const inheritedKey = keyString(inherited.key)
            if (explicit.has(inheritedKey)) continue
            this.walk(inherited.value, [...path, inheritedKey], mapEnv, depth + 1)
          }
        }
        return
      }
      const section = sectioned || key.startsWith('when@') ? sectionEnvOfKey(key, this.options.names) : undefined
      const childEnv = isMap(pair.value) || isAlias(pair.value) ? narrowEnv(mapEnv, section) : mapEnv
      this.walk(pair.value, [...path, key], childEnv, depth + 1)
    })
  }

  /** Keys that are environment names with mapping values: a production one, and a non-production one (or lenient). */
  private isEnvKeyed(node: YAMLMap, keys: string[]): boolean {
    let production = false
    let nonProduction = false
    node.items.forEach((pair, i) => {
      if (!isPair(pair) || !(isMap(pair.value) || isAlias(pair.value))) return
      const env = sectionEnvOfKey(keys[i]!, this.options.names)
      if (env === 'production') production = true
      else if (env === 'non-production') nonProduction = true
    })
    return (production && (nonProduction || this.options.lenientSections)) || (nonProduction && this.options.lenientSections)
  }

  /** A CI job's `environment: production` or `environment: { name: production }`. */
  private ciJobEnv(node: YAMLMap): Environment | undefined {
    const environment: unknown = node.get('environment', true)
    let name: unknown
    if (isScalar(environment)) name = environment.value
    else if (isMap(environment)) name = (environment as YAMLMap).get('name')
    if (typeof name !== 'string') return undefined
    // A job map has steps, script or runs-on; a compose service's `environment` is its variables.
    const job = ['steps', 'script', 'runs-on', 'uses', 'stage', 'needs', 'run', 'trigger'].some((k) => node.has(k))
    return job ? envOfName(name, this.options.names) : undefined
  }

  private scalar(value: unknown, path: string[], env: Environment, node: Node): void {
    if (value === null || value === undefined) return
    if (typeof value === 'object') return
    this.emit(path, String(value), env, node)
  }

  private emit(path: string[], value: string, env: Environment, node: Node): void {
    const offset = node.range?.[0] ?? 0
    this.out.push({ path, value, line: this.lines.linePos(offset).line, env })
  }
}

function keyString(key: unknown): string {
  if (isScalar(key)) return String(key.value)
  if (key === null || key === undefined) return ''
  return String(key)
}

/** Replaces `//` and `/* *\/` comments outside strings with spaces, keeping every offset and line. */
export function blankJsonComments(text: string): string {
  if (!text.includes('/')) return text
  let out = ''
  let i = 0
  let inString = false
  while (i < text.length) {
    const c = text[i]!
    if (inString) {
      out += c
      if (c === '\\') {
        out += text[i + 1] ?? ''
        i += 2
        continue
      }
      if (c === '"') inString = false
      i++
      continue
    }
    if (c === '"') {
      inString = true
      out += c
      i++
      continue
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' '
        i++
      }
      continue
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end === -1 ? text.length : end + 2
      out += text.slice(i, stop).replace(/[^\n]/g, ' ')
      i = stop
      continue
    }
    out += c
    i++
  }
  return out
}
