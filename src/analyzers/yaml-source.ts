/**
 * YAML read with positions kept (every finding points at its key), through the `yaml` library. CloudFormation's
 * short-form intrinsic functions (`!Ref`, `!Sub`, `!GetAtt`, ...) are registered as tags, so templates parse cleanly
 * and a tagged value is recognisably "computed".
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair, type Tags } from 'yaml'
import type { Detection } from './analyzer.js'

export interface YamlFile {
  documents: Document.Parsed[]
  /**
   * The first syntax error, when the text is not YAML; `tooLarge` when the text or what its aliases expand to is over
   * a bound (a file that is refused, not read: `documents` is then empty).
   */
  error?: { line: number; message: string; tooLarge?: boolean }
  lines: LineCounter
  /** Each alias's target node (set when the file parsed without error). */
  aliases?: Map<Node, Node | undefined>
}

/**
 * Bounds on one YAML (or JSON read as YAML) document. The parser holds ~100 bytes of nodes per byte of text, so a
 * structured file is read whole only up to `MAX_YAML_CHARS`; aliases may add at most `MAX_ALIAS_NODES` nodes to what
 * the text itself holds (a "billion laughs" file is 600 bytes); nesting stops at `MAX_YAML_DEPTH` levels, and
 * indentation past `MAX_INDENT` columns (the parser's own limits break down around 1,000) is refused before parsing.
 */
export const MAX_YAML_CHARS = 4 * 2 ** 20
const MAX_ALIAS_NODES = 200_000
const MAX_YAML_DEPTH = 256
const MAX_INDENT = 512
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_INDENT + 1}}`, 'm')

const CLOUDFORMATION_FUNCTIONS = [
  'Ref', 'Sub', 'GetAtt', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'Base64', 'Cidr',
  'GetAZs', 'ImportValue', 'Condition', 'Transform', 'ToJsonString', 'Length', 'ForEach'
]

/** Tagged values stay as the node they are; callers see `node.tag === '!Ref'`. */
const CLOUDFORMATION_TAGS: Tags = CLOUDFORMATION_FUNCTIONS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: Node) => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: Node) => value }
])

/**
 * Several analyzers read the same YAML file (compose, Kubernetes, Helm values, Ansible, images): parse it once. The
 * cache is bounded by the text it holds, so a run over many large files keeps at most a few parsed trees.
 */
const recent = new Map<string, YamlFile>()
const RECENT_CHARS = 2 * MAX_YAML_CHARS
let recentChars = 0

export function parseYamlFile(text: string, options: { cloudFormation?: boolean } = {}): YamlFile {
  const key = `${options.cloudFormation ? 'cfn' : 'yaml'}\0${text}`
  const hit = recent.get(key)
  if (hit !== undefined) return hit
  const parsed = parseYamlText(text, options)
  recent.set(key, parsed)
  recentChars += key.length
  while (recent.size > 8 || (recentChars > RECENT_CHARS && recent.size > 1)) {
    const oldest = recent.keys().next().value!
    recent.delete(oldest)
    recentChars -= oldest.length
  }
  return parsed
}

function parseYamlText(text: string, options: { cloudFormation?: boolean }): YamlFile {
  const lines = new LineCounter()
  const refused = (line: number, message: string): YamlFile => ({ documents: [], lines, error: { line, message, tooLarge: true } })
  if (text.length > MAX_YAML_CHARS) return refused(1, `${text.length} characters is over the ${MAX_YAML_CHARS / 2 ** 20} MiB limit for a YAML or JSON document`)
  const deep = DEEP_INDENT.exec(text)
  if (deep !== null) return refused(lineAt(text, deep.index), `indented more than ${MAX_INDENT} columns`)
  // The parser's warnings (and errors) stay on the documents; nothing is printed. Its errors are built as `Error`s;
  // a broken file yields one per bad token, and capturing a stack trace for each was a third of the time on such
  // files: none is captured while parsing (the messages and positions are all that is read).
  const stackTraceLimit = Error.stackTraceLimit
  let documents: ReturnType<typeof parseAllDocuments>
  try {
    Error.stackTraceLimit = 0
    documents = parseAllDocuments(text, {
      lineCounter: lines,
      merge: true,
      // Keys given twice are checked below, in one pass: the parser's own check compares each key with every key
      // before it in its map, quadratic in a map's size (1.5 s on a 90 KB JSON object of 4,000 keys).
      uniqueKeys: false,
      prettyErrors: false,
      logLevel: 'silent',
      ...(options.cloudFormation ? { customTags: CLOUDFORMATION_TAGS } : {})
    })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  const list = (Array.isArray(documents) ? documents : [documents]) as Document.Parsed[]
  const file: YamlFile = { documents: list, lines }
  // One walk per document finds its repeated keys, counts its nodes, indexes its aliases and, for a file without
  // aliases (most), checks nesting and merge keys too; only aliases need the expansion measured on its own.
  const targets = new Map<Node, Node | undefined>()
  let nodes = 0
  let structural: StructuralProblem | undefined
  for (const doc of list) {
    const walked = walkDocument(doc.contents, targets)
    nodes += walked.count
    // A key given twice is read differently by different tools (first wins, last wins, refused): fail closed. The
    // first problem by position is reported, as the parser would when checking keys itself.
    const error = doc.errors[0]
    const duplicate = walked.duplicate
    if (duplicate !== undefined && (error === undefined || duplicate < error.pos[0])) {
      file.error = { line: lines.linePos(duplicate).line, message: 'Map keys must be unique' }
      break
    }
    if (error !== undefined) {
      file.error = { line: lines.linePos(error.pos[0]).line, message: error.message.split('\n')[0]! }
      break
    }
    structural ??= walked.problem
  }
  if (file.error === undefined) {
    file.aliases = targets
    const problem = targets.size === 0 ? structural : measureExpansion(list, targets, nodes)
    if (problem !== undefined) return { documents: [], lines, error: { line: positionOf(file, problem.node).line, message: problem.message, tooLarge: problem.tooLarge } }
  }
  return file
}

interface StructuralProblem {
  node: Node
  message: string
  tooLarge: boolean
}

function measureExpansion(documents: Document.Parsed[], targets: Map<Node, Node | undefined>, nodes: number): StructuralProblem | undefined {
  const bound = new ExpansionBound(targets, nodes)
  for (const doc of documents) {
    const problem = bound.measure(doc.contents)
    if (problem !== undefined) return problem
  }
  return undefined
}

/**
 * What the documents would be with every alias expanded: counted, never built. An anchor's expanded size is
 * computed once, so measuring is linear in the text even when the expansion is exponential; an alias that refers
 * to a node it is inside (a cycle) counts as unbounded.
 */
class ExpansionBound {
  private readonly sizes = new Map<Node, number>()
  private readonly open = new Set<Node>()
  private readonly limit: number
  private problem: StructuralProblem | undefined

  /** `targets`: each alias's anchor, found in one pass (the library's `resolve` walks the whole document per alias). */
  constructor(
    private readonly targets: Map<Node, Node | undefined>,
    nodes: number
  ) {
    this.limit = nodes + MAX_ALIAS_NODES
  }

  measure(root: unknown): StructuralProblem | undefined {
    this.size(root, 0)
    return this.problem
  }

  private size(node: unknown, depth: number): number {
    if (this.problem !== undefined || node === null || node === undefined || typeof node !== 'object') return 0
    const n = node as Node
    if (depth > MAX_YAML_DEPTH) return this.fail(n, `nested more than ${MAX_YAML_DEPTH} levels deep`)
    if (isAlias(n)) {
      const target = this.target(n)
      if (target === undefined) return this.fail(n, `the alias *${n.source} has no anchor before it`, false)
      if (this.open.has(target)) return this.fail(n, `the alias *${n.source} refers to a node it is inside`)
      const known = this.sizes.get(target)
      return known ?? this.size(target, depth + 1)
    }
    if (isScalar(n)) return 1
    if (!isMap(n) && !isSeq(n)) return 1
    this.open.add(n)
    let total = 1
    for (const item of n.items as unknown[]) {
      if (isPair(item) && isMergeKey(item.key) && !this.mergeable(item.value)) return this.fail(item.key as Node, 'a merge key (`<<`) whose value is not a map or a list of maps', false)
      if (isPair(item)) total += this.size(item.key, depth + 1) + this.size(item.value, depth + 1)
      else total += this.size(item, depth + 1)
      if (total > this.limit) break
    }
    this.open.delete(n)
    this.sizes.set(n, total)
    if (total > this.limit && this.problem === undefined) return this.fail(n, `its aliases expand to more than ${this.limit} nodes`)
    return total
  }

  /** What YAML's merge key accepts: a map, an alias to one, or a list of those. */
  private mergeable(value: unknown): boolean {
    const resolved = isAlias(value) ? this.target(value as Node) : value
    if (isMap(resolved)) return true
    if (!isSeq(resolved)) return resolved === null || resolved === undefined
    return resolved.items.every((item) => isMap(isAlias(item) ? this.target(item as Node) : item))
  }

  private target(alias: Node): Node | undefined {
    return this.targets.get(alias)
  }

  private fail(node: Node, message: string, tooLarge = true): number {
    this.problem ??= { node, message, tooLarge }
    return Number.POSITIVE_INFINITY
  }
}

/** `<<` as a merge key (the library reads it as a symbol when `merge` is on). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.value === '<<' || (typeof key.value === 'symbol' && key.source === '<<'))
}

/**
 * One document as written (aliases not followed), iteratively, so nesting cannot overflow the stack here:
 * - the offset of the first key that repeats an earlier key of its map. Keys are equal as the parser's own check has
 *   them: scalars of the same value (`NaN` never equals itself), other keys only when they are the same node;
 * - its nodes, counted, and each alias's target: the last node before it that holds its anchor, as YAML (and the
 *   library's `resolve`) has it;
 * - the first node nested past `MAX_YAML_DEPTH`, or merge key whose value is not a map or a list of maps, in document
 *   order, as `ExpansionBound` finds them when there is no alias to follow.
 */
function walkDocument(root: unknown, targets: Map<Node, Node | undefined>): { count: number; duplicate?: number; problem?: StructuralProblem } {
  let count = 0
  let duplicate: number | undefined
  let problem: StructuralProblem | undefined
  const anchors = new Map<string, Node>()
  // Pre-order: children pushed last-first; a pair's key and value sit at the depth its collection gave the pair.
  const stack: unknown[] = [root]
  const depths: number[] = [0]
  while (stack.length > 0) {
    const node = stack.pop()
    const depth = depths.pop()!
    if (node === null || node === undefined || typeof node !== 'object') continue
    count++
    if (isPair(node)) {
      if (problem === undefined && isMergeKey(node.key) && !isMergeable(node.value)) {
        problem = { node: node.key as Node, message: 'a merge key (`<<`) whose value is not a map or a list of maps', tooLarge: false }
      }
      stack.push(node.value, node.key)
      depths.push(depth, depth)
      continue
    }
    if (problem === undefined && depth > MAX_YAML_DEPTH) problem = { node: node as Node, message: `nested more than ${MAX_YAML_DEPTH} levels deep`, tooLarge: true }
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source))
      continue
    }
    const anchor = (node as { anchor?: string }).anchor
    if (anchor !== undefined) anchors.set(anchor, node as Node)
    if (!isMap(node) && !isSeq(node)) continue
    const items = node.items as unknown[]
    if (isMap(node)) {
      const seen = new Set<unknown>()
      for (const item of items) {
        if (!isPair(item)) continue
        const key = item.key
        const identity = isScalar(key) ? key.value : key
        if (typeof identity === 'number' && Number.isNaN(identity)) continue
        if (!seen.has(identity)) {
          seen.add(identity)
          continue
        }
        const at = (key as Node | null)?.range?.[0] ?? (item.value as Node | null)?.range?.[0]
        if (at !== undefined && (duplicate === undefined || at < duplicate)) duplicate = at
      }
    }
    for (let i = items.length - 1; i >= 0; i--) {
      stack.push(items[i])
      depths.push(depth + 1)
    }
  }
  return { count, ...(duplicate !== undefined ? { duplicate } : {}), ...(problem !== undefined ? { problem } : {}) }
}

/** What YAML's merge key accepts, in a document without aliases: a map, or a list of maps (or nothing). */
function isMergeable(value: unknown): boolean {
  if (isMap(value)) return true
  if (!isSeq(value)) return value === null || value === undefined
  return value.items.every((item) => isMap(item))
}

/** An alias's target, from the one-pass index made when the file was parsed. */
export function aliasTarget(file: YamlFile, alias: Node): Node | undefined {
  return file.aliases?.get(alias)
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * The finding for a claimed YAML file that could not be read as YAML: `unanalyzable/too-large` past a bound,
 * `unanalyzable/parse-error` for a syntax error. Every analyzer that claims the file reports the same one, and the
 * pipeline keeps one per file.
 */
export function yamlProblem(path: string, yaml: YamlFile): Detection | undefined {
  const error = yaml.error
  if (error === undefined) return undefined
  return error.tooLarge
    ? { ruleId: 'unanalyzable/too-large', line: error.line, message: `${path} is too large to analyze: ${error.message}.`, evidence: '', identity: `too-large:${error.message}` }
    : { ruleId: 'unanalyzable/parse-error', line: error.line, message: `Could not parse ${path}: ${error.message}. prodguard cannot vouch for what it cannot read.`, evidence: '', identity: `parse-error:${error.message}` }
}

export function positionOf(file: YamlFile, node: Node | Pair | null | undefined): { line: number; column: number } {
  const range = node && 'range' in node ? node.range : node && 'key' in node ? (node.key as Node | null)?.range : undefined
  if (!range) return { line: 1, column: 1 }
  const { line, col } = file.lines.linePos(range[0])
  return { line, column: col }
}

/** The value node under `key` in a map node. */
export function child(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined
  for (const pair of node.items) {
    if (keyText(pair) === key) return (pair.value ?? undefined) as Node | undefined
  }
  return undefined
}

/** The pair under `key` (its position is the key's). */
export function pairOf(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined
  return node.items.find((pair) => keyText(pair) === key) as Pair | undefined
}

export function pathOf(node: unknown, path: string[]): Node | undefined {
  let current: unknown = node
  for (const key of path) {
    current = child(current, key)
    if (current === undefined) return undefined
  }
  return current as Node
}

export function keyText(pair: Pair): string | undefined {
  const key = pair.key
  if (isScalar(key)) return key.value === null ? undefined : String(key.value)
  return typeof key === 'string' ? key : undefined
}

export function entriesOf(node: unknown): { key: string; value: Node | undefined; pair: Pair }[] {
  if (!isMap(node)) return []
  const out: { key: string; value: Node | undefined; pair: Pair }[] = []
  for (const pair of node.items) {
    const key = keyText(pair as Pair)
    if (key !== undefined) out.push({ key, value: (pair.value ?? undefined) as Node | undefined, pair: pair as Pair })
  }
  return out
}

export function itemsOf(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : []
}

/** A scalar's value as text (numbers and booleans too); undefined for collections, nulls and tagged values. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined
  if (node.tag !== undefined && node.tag.startsWith('!') && !node.tag.startsWith('!!')) return undefined
  const v = node.value
  if (v === null || v === undefined) return undefined
  return typeof v === 'object' ? undefined : String(v)
}

/** True for `true`, `"true"`, `yes` (YAML 1.1 habits in Helm and Ansible). */
export function isTruthy(node: unknown): boolean | undefined {
  const text = scalarText(node)
  if (text === undefined) return undefined
  if (/^(true|yes|on|1)$/i.test(text)) return true
  if (/^(false|no|off|0)$/i.test(text)) return false
  return undefined
}

/** A snippet of the source for evidence: the line the node starts on, trimmed. */
export function lineText(text: string, line: number): string {
  const start = nthLineStart(text, line)
  const end = text.indexOf('\n', start)
  const raw = text.slice(start, end === -1 ? undefined : end).trim()
  return raw.length > 160 ? `${raw.slice(0, 157)}...` : raw
}

function nthLineStart(text: string, line: number): number {
  let at = 0
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', at)
    if (next === -1) return text.length
    at = next + 1
  }
  return at
}
