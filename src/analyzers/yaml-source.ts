/**
 * YAML read with positions kept (every finding points at its key), through the `yaml` library. CloudFormation's
 * short-form intrinsic functions (`!Ref`, `!Sub`, `!GetAtt`, ...) are registered as tags, so templates parse cleanly
 * and a tagged value is recognisably "computed".
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair, type Tags } from 'yaml'

export interface YamlFile {
  documents: Document.Parsed[]
  /** The first syntax error, when the text is not YAML. */
  error?: { line: number; message: string }
  lines: LineCounter
}

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

/** Several analyzers read the same YAML file (compose, Kubernetes, Helm values, Ansible, images): parse it once. */
const recent = new Map<string, YamlFile>()

export function parseYamlFile(text: string, options: { cloudFormation?: boolean } = {}): YamlFile {
  const key = `${options.cloudFormation ? 'cfn' : 'yaml'}\0${text}`
  const hit = recent.get(key)
  if (hit !== undefined) return hit
  const parsed = parseYamlText(text, options)
  recent.set(key, parsed)
  if (recent.size > 8) recent.delete(recent.keys().next().value!)
  return parsed
}

function parseYamlText(text: string, options: { cloudFormation?: boolean }): YamlFile {
  const lines = new LineCounter()
  const documents = parseAllDocuments(text, {
    lineCounter: lines,
    merge: true,
    uniqueKeys: false,
    prettyErrors: false,
    ...(options.cloudFormation ? { customTags: CLOUDFORMATION_TAGS } : {})
  })
  const list = Array.isArray(documents) ? documents : [documents]
  const file: YamlFile = { documents: list as Document.Parsed[], lines }
  for (const doc of list) {
    const error = doc.errors[0]
    if (error !== undefined) {
      file.error = { line: lines.linePos(error.pos[0]).line, message: error.message.split('\n')[0]! }
      break
    }
  }
  return file
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
