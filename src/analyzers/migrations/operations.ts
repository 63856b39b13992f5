/**
 * The framework operations table (`rules/destructive-sql/migration-operations.yml`) and how a call is matched
 * against it: which rule it breaks, on which table and columns, and which of its arguments hold SQL.
 */
import type { Knowledge } from '../../knowledge/knowledge.js'
import { isEmptyValue, nameOf, namesOf, type Arg, type Call, type CallIndex, type ChainLink, type Value } from './calls.js'

export type ArgRef =
  | number
  | string
  | ArgRef[]
  | { from: number }
  | { enclosing: string[]; arg: ArgRef }
  | { chain: string[] | '*' | number; arg: ArgRef }
  | { link: number | { before: string } }
  | { key: string; arg: ArgRef }
  | { const: string }
  /** An argument of a call given as an argument: the column name in `sa.Column("name", ...)`. */
  | { inner: ArgRef; arg: ArgRef }

export type Condition =
  | { arg: ArgRef; in?: Array<string | boolean | number>; present?: boolean; empty?: boolean; call?: string[]; kind?: Array<Value['kind']>; without?: string[] }
  | { chain: string }
  | { root: string }
  | { rootAssigned: string }
  | { same: [ArgRef, ArgRef] }

export interface OperationEntry {
  call: string | string[]
  receiver?: string[]
  within?: string[]
  rule?: string
  table?: ArgRef
  column?: ArgRef
  columns?: ArgRef
  when?: Condition[]
  unless?: Condition[]
  sql?: ArgRef
  sqlDown?: ArgRef
  what?: string
  message?: string
  creates?: ArgRef
  /** This call adds a column (table, column): a backfill or drop of it later in the same direction loses nothing. */
  adds?: { table: ArgRef; column: ArgRef }
}

export type OperationsTable = Record<string, OperationEntry[]>

export const OPERATIONS_FILE = 'destructive-sql/migration-operations.yml'

const indexed = new WeakMap<Knowledge, Map<string, FrameworkOperations>>()

/** The entries of one framework, by method name. */
export class FrameworkOperations {
  private readonly byName = new Map<string, OperationEntry[]>()

  constructor(entries: OperationEntry[]) {
    for (const entry of entries) {
      for (const name of Array.isArray(entry.call) ? entry.call : [entry.call]) {
        const list = this.byName.get(name) ?? []
        list.push(entry)
        this.byName.set(name, list)
      }
    }
  }

  static load(knowledge: Knowledge, framework: string): FrameworkOperations {
    // Indexed once per knowledge source and framework: the table is the same for every file of a run.
    let byFramework = indexed.get(knowledge)
    if (byFramework === undefined) indexed.set(knowledge, (byFramework = new Map()))
    let operations = byFramework.get(framework)
    if (operations === undefined) {
      const entries = knowledge.load<OperationsTable>(OPERATIONS_FILE)[framework]
      if (!Array.isArray(entries)) throw new Error(`rules/${OPERATIONS_FILE} has no "${framework}" section`)
      byFramework.set(framework, (operations = new FrameworkOperations(entries)))
    }
    return operations
  }

  entriesFor(name: string): OperationEntry[] {
    return this.byName.get(name) ?? []
  }
}

/** A destructive operation found in the code. */
export interface OperationHit {
  rule: string
  call: Call
  table: string | undefined
  columns: string[]
  entry: OperationEntry
}

/** An argument that holds SQL (or should, but is not a literal we can read). */
export interface SqlArgument {
  call: Call
  value: Value
  /** `sqlDown` arguments are the reverse step whatever section the call is in. */
  reverse: boolean
}

/** A marker that an argument could not be found (a `chain`/`link`/`enclosing` reference that is not there). */
const MISSING = Symbol('missing')
type Resolved = Value | undefined | typeof MISSING

export class OperationMatcher {
  constructor(
    private readonly index: CallIndex,
    private readonly operations: FrameworkOperations
  ) {}

  match(call: Call): { hits: OperationHit[]; sql: SqlArgument[]; creates?: string; adds?: { table: string; column: string } } {
    const hits: OperationHit[] = []
    const sql: SqlArgument[] = []
    const rulesSeen = new Set<string>()
    let creates: string | undefined
    let adds: { table: string; column: string } | undefined
    for (const entry of this.operations.entriesFor(call.name)) {
      if (!this.applies(entry, call)) continue
      if (entry.creates !== undefined) {
        const created = this.resolve(entry.creates, call)
        if (created !== MISSING) creates ??= nameOf(created)
      }
      if (entry.adds !== undefined) {
        const table = this.resolve(entry.adds.table, call)
        const column = this.resolve(entry.adds.column, call)
        const t = table === MISSING ? undefined : nameOf(table)
        const c = column === MISSING ? undefined : nameOf(column)
        if (t !== undefined && c !== undefined) adds ??= { table: t, column: c }
      }
      if (entry.sql !== undefined) {
        const value = this.resolve(entry.sql, call)
        if (value !== undefined && value !== MISSING) sql.push({ call, value, reverse: false })
        if (entry.sqlDown !== undefined) {
          const down = this.resolve(entry.sqlDown, call)
          if (down !== undefined && down !== MISSING) sql.push({ call, value: down, reverse: true })
        }
      }
      if (entry.rule === undefined || rulesSeen.has(entry.rule)) continue
      const table = entry.table === undefined ? undefined : this.resolve(entry.table, call)
      if (table === MISSING) continue
      const columns = this.columns(entry, call)
      if (columns === MISSING) continue
      rulesSeen.add(entry.rule)
      hits.push({ rule: entry.rule, call, table: nameOf(table) ?? (table === undefined ? undefined : '?'), columns, entry })
    }
    return { hits, sql, ...(creates !== undefined ? { creates } : {}), ...(adds !== undefined ? { adds } : {}) }
  }

  private columns(entry: OperationEntry, call: Call): string[] | typeof MISSING {
    if (entry.columns !== undefined) {
      const value = this.resolve(entry.columns, call)
      if (value === MISSING) return MISSING
      const names = namesOf(value)
      return names.length > 0 ? names : ['?']
    }
    if (entry.column !== undefined) {
      const value = this.resolve(entry.column, call)
      if (value === MISSING) return MISSING
      return [nameOf(value) ?? '?']
    }
    return []
  }

  private applies(entry: OperationEntry, call: Call): boolean {
    if (entry.receiver && !entry.receiver.some((r) => receiverMatches(r, call))) return false
    if (entry.within && this.index.enclosing(call.nameIndex, entry.within).length === 0) return false
    if (entry.when && !entry.when.every((c) => this.holds(c, call))) return false
    if (entry.unless && entry.unless.some((c) => this.holds(c, call))) return false
    return true
  }

  private holds(condition: Condition, call: Call): boolean {
    if ('chain' in condition) {
      const pattern = new RegExp(condition.chain, 'i')
      return [...call.receiver, ...call.following].some((link) => pattern.test(link.name))
    }
    if ('root' in condition) {
      const root = call.receiver[0]
      return root !== undefined && new RegExp(condition.root).test(root.name)
    }
    if ('rootAssigned' in condition) {
      // `klass = "Session".constantize` ... `klass.delete_all`: the variable holds a model class, not a scope
      const root = call.receiver[0]
      if (root === undefined) return false
      const pattern = new RegExp(condition.rootAssigned)
      return this.assignments().get(root.name)?.some((text) => pattern.test(text)) ?? false
    }
    if ('same' in condition) {
      const a = this.resolve(condition.same[0], call)
      const b = this.resolve(condition.same[1], call)
      return a !== undefined && a !== MISSING && b !== undefined && b !== MISSING && valueText(a) !== undefined && valueText(a) === valueText(b)
    }
    const value = this.resolve(condition.arg, call)
    const v = value === MISSING ? undefined : value
    if (condition.present !== undefined && (v !== undefined) !== condition.present) return false
    if (condition.empty !== undefined && isEmptyValue(v) !== condition.empty) return false
    if (condition.in !== undefined) {
      const text = v === undefined ? undefined : valueText(v)?.toLowerCase()
      if (text === undefined || !condition.in.some((x) => String(x).toLowerCase() === text)) return false
    }
    if (condition.call !== undefined && !(v?.kind === 'call' && condition.call.includes(v.call.name))) return false
    if (condition.kind !== undefined && !(v !== undefined && condition.kind.includes(v.kind))) return false
    if (condition.without !== undefined && v?.kind === 'call' && v.call.args.some((a) => a.name !== undefined && condition.without!.includes(a.name))) return false
    return true
  }

  private assigned: Map<string, string[]> | undefined

  /** What each plain variable of the file is assigned (`name = value`, the value's text up to the end of its line). */
  private assignments(): Map<string, string[]> {
    if (this.assigned !== undefined) return this.assigned
    const { tokens, text } = this.index.stream
    const out = new Map<string, string[]>()
    for (let k = 1; k + 1 < tokens.length; k++) {
      const eq = tokens[k]!
      const name = tokens[k - 1]!
      if (eq.kind !== 'punct' || eq.value !== '=' || name.kind !== 'word') continue
      const from = tokens[k + 1]!.start
      const lineEnd = text.indexOf('\n', from)
      out.set(name.value, [...(out.get(name.value) ?? []), text.slice(from, lineEnd === -1 ? text.length : lineEnd).trim()])
    }
    this.assigned = out
    return out
  }

  private resolve(ref: ArgRef, call: Pick<Call, 'args' | 'receiver' | 'following' | 'nameIndex'>): Resolved {
    if (typeof ref === 'number') return positional(call.args)[ref]?.value
    if (typeof ref === 'string') return call.args.find((a) => a.name === ref)?.value
    if (Array.isArray(ref)) {
      for (const alternative of ref) {
        const value = this.resolve(alternative, call)
        if (value !== undefined && value !== MISSING) return value
      }
      return undefined
    }
    if ('const' in ref) return { kind: 'word', name: ref.const }
    if ('inner' in ref) {
      const value = this.resolve(ref.inner, call)
      if (value === MISSING || value === undefined || value.kind !== 'call') return MISSING
      return this.resolve(ref.arg, { args: value.call.args, receiver: [], following: [], nameIndex: value.call.nameIndex })
    }
    if ('key' in ref) {
      // An option of an options object: `{ cascade: true }`, `{ type: 'text' }`.
      const options = this.resolve(ref.arg, call)
      if (options === MISSING || options === undefined || options.kind !== 'map') return undefined
      return options.entries.find((e) => e.key === ref.key)?.value
    }
    if ('from' in ref) {
      const items = positional(call.args)
        .slice(ref.from)
        .flatMap((a) => (a.value.kind === 'list' ? a.value.items : [a.value]))
      return items.length > 0 ? { kind: 'list', items } : undefined
    }
    if ('enclosing' in ref) {
      const outer = this.index.enclosing(call.nameIndex, ref.enclosing)[0]
      return outer ? this.resolve(ref.arg, outer) : MISSING
    }
    if ('chain' in ref) {
      const link = chainLink(call, ref.chain)
      if (link === undefined || link.args === undefined) return MISSING
      return this.resolve(ref.arg, { args: link.args, receiver: [], following: [], nameIndex: link.index })
    }
    const links = call.receiver
    if (typeof ref.link === 'number') {
      const link = links[ref.link]
      return link ? { kind: 'word', name: link.name } : MISSING
    }
    const before = ref.link.before
    const at = links.findIndex((l) => l.name === before)
    const link = at > 0 ? links[at - 1] : undefined
    if (link === undefined) return MISSING
    // `apps.get_model("shop", "Order").objects`: the model is the call's last argument.
    const last = link.args?.[link.args.length - 1]?.value
    return last !== undefined ? last : { kind: 'word', name: link.name }
  }
}

function positional(args: Arg[]): Arg[] {
  return args.filter((a) => a.name === undefined)
}

function receiverMatches(rule: string, call: Call): boolean {
  if (rule === 'none') return call.receiver.length === 0
  if (rule === 'any') return call.receiver.length > 0
  return call.receiver.some((link) => link.name === rule)
}

function chainLink(call: Pick<Call, 'receiver' | 'following'>, which: string[] | '*' | number): ChainLink | undefined {
  if (typeof which === 'number') return call.receiver[which]
  const links = [...call.receiver, ...call.following]
  if (which === '*') return links.find((l) => l.args !== undefined && l.args.length > 0)
  return links.find((l) => which.includes(l.name) && l.args !== undefined)
}

/** The comparable text of a literal value. */
export function valueText(value: Value): string | undefined {
  switch (value.kind) {
    case 'string':
      return value.text
    case 'symbol':
    case 'word':
      return value.name
    case 'number':
      return value.text
    default:
      return undefined
  }
}
