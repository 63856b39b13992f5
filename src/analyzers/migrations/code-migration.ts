/**
 * Reads a migration written as code (Ruby, Python, JavaScript/TypeScript, C#, PHP, Elixir, Go): finds its calls,
 * matches them against the framework's operations table, places each in the up or down section, and collects the
 * SQL strings its calls run.
 */
import { CallIndex, nameOf, type Call, type Value } from './calls.js'
import type { CodeFramework } from './frameworks.js'
import type { Token, TokenStream } from './lexers/token.js'
import { evidenceOf, placeholdersAsNames, type MigrationOperation, type MigrationScan, type OpaqueSql, type Section } from './migration-scan.js'
import { OperationMatcher, type FrameworkOperations } from './operations.js'
import { functionDefinitions, type FunctionDefinition, type Sections, type TokenRange } from './sections.js'

/** Calls that wrap a SQL string without changing it: `sa.text("...")`, `DB::raw('...')`, `fmt.Sprintf("...", x)`. */
const SQL_WRAPPERS = new Set(['text', 'sql', 'SQL', 'DDL', 'raw', 'Raw', 'Sprintf', 'format', 'literal', 'dedent', 'strip_heredoc', 'squish'])
/** The last call of a statement built in code: `select(...)`, `t.update().where(...).values(...)`. */
const STATEMENT_BUILDERS = new Set(['select', 'insert', 'update', 'delete', 'values', 'where', 'returning', 'filter', 'filter_by', 'order_by', 'limit', 'join', 'group_by'])
/** Values that mean "no SQL": Django's `RunSQL.noop`, `None`. */
const NO_SQL = /(^|\.)noop$|^(None|nil|null|undefined)$/

/** `stream`: the file's tokens when the caller already lexed it (to tell its framework). */
export function scanCodeMigration(text: string, framework: CodeFramework, operations: FrameworkOperations, lexed?: TokenStream): MigrationScan {
  const stream = lexed ?? framework.language.lex(text)
  const index = new CallIndex(stream, framework.language.syntax)
  framework.prepare?.(stream, index)
  const sections = framework.sections(stream, index)
  helpersOfDownCode(stream, index, framework, sections)
  const inert = framework.inert?.(stream, index) ?? []
  const constants = stringConstants(index, sections)
  const matcher = new OperationMatcher(index, operations)
  const scan: MigrationScan = { framework: { id: framework.id, label: framework.label }, operations: [], sql: [], opaque: [] }
  const dialect = framework.dialect?.(text)

  // Tables this file creates, per direction: dropping one later loses nothing that existed.
  const created = new Set<string>()
  for (const call of index.calls) {
    if (within(inert, call.nameIndex)) continue
    const section = sections.sectionOf(call.nameIndex)
    const { hits, sql, creates, adds } = matcher.match(call)
    if (adds !== undefined) (scan.added ??= []).push({ offset: stream.tokens[call.nameIndex]!.start, section, ...adds })
    for (const hit of hits) {
      if (hit.table !== undefined && created.has(`${section}:${hit.table.toLowerCase()}`)) continue
      scan.operations.push({
        rule: hit.rule,
        section,
        offset: stream.tokens[call.nameIndex]!.start,
        op: call.name,
        table: hit.table,
        columns: hit.columns,
        evidence: callEvidence(stream, call),
        ...(hit.entry.what !== undefined ? { what: hit.entry.what } : {}),
        ...(hit.entry.message !== undefined ? { message: hit.entry.message } : {})
      })
    }
    if (creates !== undefined) created.add(`${section}:${creates.toLowerCase()}`)
    for (const argument of sql) {
      const argSection: Section = argument.reverse ? 'down' : section
      for (const piece of sqlPieces(argument.value, constants.in(section))) {
        if (piece.kind === 'text') {
          scan.sql.push({ text: placeholdersAsNames(piece.text), offset: piece.offset, section: argSection, context: call.name, ...(dialect !== undefined ? { dialect } : {}) })
        } else {
          scan.opaque.push({ offset: stream.tokens[call.nameIndex]!.start, section: argSection, context: call.name, source: piece.source, evidence: callEvidence(stream, call) })
        }
      }
    }
  }
  if (framework.id === 'rails') {
    scan.operations.push(...revertedCreations(stream, index))
    scan.opaque.push(...revertedMigrations(stream, index, sections))
  }
  return scan
}

/**
 * A helper the file defines and calls only from down code (`def drop_everything` called from `def down`) is down code
 * too. A helper called from anywhere else, or never called, stays forward: code we cannot place runs.
 */
function helpersOfDownCode(stream: TokenStream, index: CallIndex, framework: CodeFramework, sections: Sections): void {
  const local = (call: Call): boolean => call.receiver.length === 0 || (call.receiver.length === 1 && ['this', 'self', '$this'].includes(call.receiver[0]!.name))
  const called = new Set(index.calls.filter(local).map((c) => c.name))
  const definitions = functionDefinitions(stream, framework.language.name, called)
  const settled = new Set<FunctionDefinition>()
  for (let changed = true; changed; ) {
    changed = false
    for (const definition of definitions) {
      if (settled.has(definition)) continue
      const sites = index.calls.filter(
        (c) => c.name === definition.name && local(c) && c.nameIndex !== definition.nameIndex && !within([definition.body], c.nameIndex)
      )
      if (sites.length > 0 && sites.every((c) => sections.sectionOf(c.nameIndex) === 'down')) {
        sections.addDown(definition.body)
        settled.add(definition)
        changed = true
      }
    }
  }
}

function within(ranges: TokenRange[], index: number): boolean {
  return ranges.some((r) => index >= r.start && index < r.end)
}

function callEvidence(stream: TokenStream, call: Call): string {
  const from = stream.tokens[call.start]!.start
  const to = stream.tokens[call.argsEnd]!.end
  return evidenceOf(stream.text.slice(from, to))
}

type SqlPiece = { kind: 'text'; text: string; offset: number } | { kind: 'opaque'; source: string }

/** The SQL texts a value stands for: a literal, a list of them (Django RunSQL), a wrapper call, a constant of the file. */
function sqlPieces(value: Value, constants: Map<string, Token[]>): SqlPiece[] {
  switch (value.kind) {
    case 'string':
      return [{ kind: 'text', text: value.text, offset: value.token.contentStart ?? value.token.start }]
    case 'list':
      // Django accepts [sql, (sql, params), ...]: a nested list's first item is the SQL.
      return value.items.flatMap((item) => (item.kind === 'list' ? (item.items[0] ? sqlPieces(item.items[0], constants) : []) : sqlPieces(item, constants)))
    case 'call': {
      const inner = value.call.args.find((a) => a.name === undefined)
      if (SQL_WRAPPERS.has(value.call.name) && inner) return sqlPieces(inner.value, constants)
      // A statement built in code (SQLAlchemy `t.delete()`, `t.update().where(...).values(...)`): its calls are checked as operations.
      if (STATEMENT_BUILDERS.has(value.call.name)) return []
      return [{ kind: 'opaque', source: `the result of \`${value.call.name}(...)\`` }]
    }
    case 'word': {
      if (NO_SQL.test(value.name)) return []
      const tokens = constants.get(value.name) ?? constants.get(value.name.replace(/^(?:self\.?|this\.?|@|\$)/, ''))
      if (tokens) return tokens.map((t) => ({ kind: 'text', text: t.value, offset: t.contentStart ?? t.start }))
      return [{ kind: 'opaque', source: `\`${value.name}\`` }]
    }
    case 'function':
      return [{ kind: 'opaque', source: 'a function' }]
    case 'symbol':
    case 'number':
    case 'map':
      return []
    case 'other':
      return [{ kind: 'opaque', source: 'an expression' }]
  }
}

/** One assignment of a name: the literal it holds, or undefined when it is computed (a call, an f-string, a join). */
interface Assignment {
  section: Section
  literal: Token | undefined
}

/**
 * The file's string constants, as seen from one section: `upgrade()` never sees a `query` that only `downgrade()`
 * assigns (each function has its own locals). A down section also sees the forward ones (module-level constants
 * are read from both). A name that the section assigns only from a computed value stays unknown.
 */
class StringConstants {
  constructor(private readonly assignments: Map<string, Assignment[]>) {}

  in(section: Section): Map<string, Token[]> {
    const out = new Map<string, Token[]>()
    for (const [name, all] of this.assignments) {
      let visible = all.filter((a) => a.section === section)
      if (visible.length === 0 && section === 'down') visible = all
      const literals = visible.map((a) => a.literal).filter((t): t is Token => t !== undefined)
      if (literals.length > 0) out.set(name, literals)
    }
    return out
  }
}

/**
 * String constants of the file (`SQL = <<~SQL`, `const dropSql = '...'`, `@sql """..."""`, `DROP_SQL = """..."""`):
 * a call given the name runs that text. A constant concatenated from literals keeps only the first literal's token,
 * with the full text as its value.
 */
function stringConstants(index: CallIndex, sections: Sections): StringConstants {
  const { tokens, partner } = index.stream
  const found = new Map<string, Assignment[]>()
  const add = (name: string, valueStart: number, valueEnd: number): void => {
    const section = sections.sectionOf(valueStart)
    const list = found.get(name) ?? []
    found.set(name, list)
    // Only literals can be constants worth following; reading every assignment's value would be wasted work.
    if (!tokens.slice(valueStart, Math.min(valueEnd, valueStart + 3)).some((t) => t.kind === 'string')) {
      list.push({ section, literal: undefined })
      return
    }
    const value = index.value(valueStart, valueEnd)
    if (value.kind !== 'string') {
      list.push({ section, literal: undefined })
      return
    }
    list.push({ section, literal: { ...value.token, value: value.text } })
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind === 'word' && t.value.startsWith('@') && tokens[k + 1]?.kind === 'string' && t.newlineBefore) {
      // Elixir module attribute: `@drop_sql "DROP TABLE ..."`.
      add(t.value.slice(1), k + 1, statementEnd(tokens, partner, k + 1))
      continue
    }
    if (t.kind !== 'punct' || (t.value !== '=' && t.value !== ':=')) continue
    let nameAt = k - 1
    // `const sql: string = ...` (TypeScript), `const string Sql = ...` (C#: the name is right before `=`).
    if (tokens[nameAt]?.kind === 'word' && tokens[nameAt - 1]?.kind === 'punct' && tokens[nameAt - 1]!.value === ':' && tokens[nameAt - 2]?.kind === 'word') nameAt -= 2
    const name = tokens[nameAt]
    if (name?.kind !== 'word') continue
    add(name.value.replace(/^\$/, ''), k + 1, statementEnd(tokens, partner, k + 1))
  }
  return new StringConstants(found)
}

function statementEnd(tokens: Token[], partner: Int32Array, from: number): number {
  let k = from
  while (k < tokens.length) {
    const t = tokens[k]!
    if (k > from && t.newlineBefore && !continues(tokens[k - 1]!) && !(t.kind === 'punct' && (t.value === '+' || t.value === '.' || t.value === '<>'))) break
    if (t.kind === 'punct' && (t.value === ';' || t.value === ',' || t.value === ')' || t.value === ']' || t.value === '}')) break
    k = partner[k]! > k ? partner[k]! + 1 : k + 1
  }
  return k
}

function continues(t: Token): boolean {
  return t.kind === 'punct' && ['+', '.', '<>', '=', '(', '[', '{', ',', '\\'].includes(t.value)
}

/** Rails `revert CreateWidgets`: runs another migration backwards, which can drop whatever it created. */
function revertedMigrations(stream: TokenStream, index: CallIndex, sections: Sections): OpaqueSql[] {
  return index.calls
    .filter((c) => c.name === 'revert' && c.receiver.length === 0 && c.block === undefined && c.args.length > 0)
    .map((c) => ({
      offset: stream.tokens[c.nameIndex]!.start,
      section: sections.sectionOf(c.nameIndex),
      context: 'revert',
      source: `the migration ${c.args.map((a) => `\`${nameOf(a.value) ?? '?'}\``).join(', ')} run backwards`,
      evidence: callEvidence(stream, c)
    }))
}

/** Rails `revert do create_table :x ... end` drops what the block creates, in the forward direction. */
const REVERTED_CREATIONS: Record<string, { rule: string; column?: number | 'timestamps' }> = {
  create_table: { rule: 'drop-table' },
  create_join_table: { rule: 'drop-table' },
  add_column: { rule: 'drop-column', column: 1 },
  add_reference: { rule: 'drop-column', column: 1 },
  add_belongs_to: { rule: 'drop-column', column: 1 },
  add_timestamps: { rule: 'drop-column', column: 'timestamps' }
}

function revertedCreations(stream: TokenStream, index: CallIndex): MigrationOperation[] {
  const out: MigrationOperation[] = []
  for (const revert of index.calls) {
    if (revert.name !== 'revert' || revert.block === undefined || revert.receiver.length > 0) continue
    for (const call of index.calls) {
      const meaning = REVERTED_CREATIONS[call.name]
      if (meaning === undefined || call.nameIndex < revert.block.start || call.nameIndex >= revert.block.end || call.receiver.length > 0) continue
      // Only the block's own statements: a create_table nested in another revert counts for that one.
      if (index.enclosing(call.nameIndex, ['revert'])[0] !== revert) continue
      const positional = call.args.filter((a) => a.name === undefined)
      const column = meaning.column === 'timestamps' ? 'created_at, updated_at' : meaning.column !== undefined ? nameOf(positional[meaning.column]?.value) ?? '?' : undefined
      out.push({
        rule: meaning.rule,
        section: 'up',
        offset: stream.tokens[call.nameIndex]!.start,
        op: `revert ${call.name}`,
        table: nameOf(positional[0]?.value) ?? '?',
        columns: column !== undefined ? [column] : [],
        evidence: callEvidence(stream, call),
        message:
          meaning.rule === 'drop-table'
            ? `\`revert do ... end\` undoes \`${call.name}\`: it drops the table {table} and every row in it.`
            : `\`revert do ... end\` undoes \`${call.name}\`: it drops the column {table}.{column} and its data.`
      })
    }
  }
  return out
}
