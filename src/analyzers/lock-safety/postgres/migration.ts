/**
 * A PostgreSQL migration as the lock rules see it: its statements parsed once by libpg-query (the parser the sql
 * family uses), each with its place in the file, whether a transaction is open around it, and the tables the
 * migration created before it. Framework migrations come in as the SQL their operations compile to.
 */
import { lexicalProfile } from '../../sql/dialect.js'
import { PARSER_MAX_DEPTH } from '../../sql/parser.js'
import { parsePostgresTree } from '../../sql/postgres-parser.js'
import { StatementSplitter, type SplitterOptions, type SqlStatement } from '../../sql/splitter.js'
import { tokenize } from '../../sql/tokens.js'
import { LineIndex } from '../../line-index.js'
import { child, list, relationName, unwrap, type PgNode } from './tree.js'
import type { ServerVersion } from '../version.js'
import type { StableFunctions } from './volatility.js'
import { lightStatement } from './light.js'
import type { LockMode } from './locks.js'

export interface Position {
  line: number
  column: number
}

/** One `ALTER TABLE` subcommand, with where it starts. */
export interface PgAction {
  cmd: PgNode
  subtype: string
  at: Position
  /** Offset of the action in the statement text. */
  offset: number
}

export interface PgStatement {
  /** libpg-query's node kind: `IndexStmt`, `AlterTableStmt`, `TransactionStmt`, ... */
  kind: string
  node: PgNode
  text: string
  at: Position
  /** A transaction is open around this statement (explicit BEGIN, or the framework wraps the migration). */
  inTransaction: boolean
  /** Place in the migration, for "created earlier". */
  order: number
  /** For ALTER TABLE: its subcommands. */
  actions: PgAction[]
  /** Position of an offset in the statement text. */
  position(offset: number): Position
  /** Shown in messages when the SQL comes from a framework call (`add_index`, `op.create_index`). */
  context?: string
  /** Read without a parse tree (light.ts): whether it is DDL that can wait for a lock, and which lock. */
  slow?: boolean
  lock?: LockMode
  /** Read without a parse tree: the existing tables it waits on, when the words tell. */
  tables?: string[]
}

export interface PgMigration {
  path: string
  version: ServerVersion
  statements: PgStatement[]
  /** True when the SQL is the file's own text (the timeout rules read only that: a framework sets timeouts elsewhere). */
  plainSql: boolean
  /** The transaction around the migration is assumed from `postgres.assumeInTransaction`, not known from its runner. */
  assumedTransaction: boolean
  /** Functions whose result is the same for every row of a statement (rules/lock-safety/functions.yml). */
  stableFunctions: StableFunctions
  /** Which statements need the timeouts set before them (`postgres.timeoutsBefore`). */
  timeoutsBefore: 'blocking' | 'any-ddl'
  /** The table was created by an earlier statement of this migration: it holds no rows yet, and nobody waits on it. */
  createdBefore(table: string | undefined, order: number): boolean
}

/** Where the SQL comes from, and what its runner does around it. */
export interface MigrationSource {
  path: string
  version: ServerVersion
  /** The runner wraps the whole migration in one transaction (Rails, Django, Alembic, goose, Knex ...). */
  wrapped: boolean
  /** The wrapping is only assumed (`postgres.assumeInTransaction`), not known from the runner. */
  assumed?: boolean
  plainSql: boolean
  stableFunctions: StableFunctions
  timeoutsBefore?: 'blocking' | 'any-ddl'
}

/** First words of statements no lock rule reads: DML is skipped without parsing (dumps are mostly INSERTs). */
const SKIP = /^(?:INSERT|UPDATE|DELETE|SELECT|WITH|COPY|VALUES|MERGE|CALL|GRANT|REVOKE|EXPLAIN|ANALYZE|NOTIFY|LISTEN|FETCH|MOVE|CLOSE|DECLARE|DEALLOCATE|PREPARE|EXECUTE|DO)\b/i

const SET_CONFIG = /^SELECT\s+(?:pg_catalog\s*\.\s*)?set_config\s*\(\s*'(lock_timeout|statement_timeout)'/i

/** Statements of one SQL text placed at `origin` in the file (embedded SQL starts mid-file). */
export interface SqlPiece {
  text: string
  origin: Position
  context?: string
  /** The file's comment directives (goose, dbmate): statement boundaries and up/down sections. */
  splitter?: SplitterOptions
  initialSection?: 'up' | 'down'
  /** The statements, when the sql family already split this text with the same options. */
  statements?: readonly SqlStatement[]
}

export class MigrationBuilder {
  private readonly statements: PgStatement[] = []
  private readonly created = new Map<string, number>()
  private inTransaction: boolean
  private order = 0

  constructor(private readonly source: MigrationSource) {
    this.inTransaction = source.wrapped
  }

  /** squawk's `-- squawk-disable-assume-in-transaction`, kept by teams that switch: the assumed transaction is not there. */
  static optsOutOfAssumedTransaction(text: string): boolean {
    return /^[ \t]*--[ \t]*squawk-disable-assume-in-transaction\b/m.test(text)
  }

  /** Splits, parses and adds the statements of a SQL text. Unparseable statements are left to the sql family's report. */
  async add(piece: SqlPiece): Promise<void> {
    const splitter = new StatementSplitter(lexicalProfile('postgresql'), piece.splitter ?? {})
    if (piece.initialSection === 'down') splitter.startSection('down')
    // down sections run on a rollback, not in the deploy the lock rules are about
    const statements = piece.statements ?? [...splitter.push(piece.text), ...splitter.end()]
    for (const statement of statements) if (statement.section === 'up') await this.addStatement(statement, piece)
  }

  private async addStatement(statement: SqlStatement, piece: SqlPiece): Promise<void> {
    if (statement.partial === true) return
    if (SKIP.test(statement.text)) {
      // `SELECT set_config('lock_timeout', '2s', false)` sets it as SET does
      const config = SET_CONFIG.exec(statement.text)
      if (config !== null) this.push({ kind: 'VariableSetStmt', node: { name: config[1]!.toLowerCase() }, text: statement.text, at: placed(statement, piece.origin), inTransaction: false, order: 0, actions: [], position: () => placed(statement, piece.origin), slow: false })
      return
    }
    const origin = placed(statement, piece.origin)
    const light = lightStatement(statement.text)
    if (light !== undefined) {
      let index: LineIndex | undefined
      const position = (offset: number): Position => at((index ??= new LineIndex(statement.text)), origin, offset)
      this.push({ kind: light.kind, node: light.node, text: statement.text, at: origin, inTransaction: false, order: 0, actions: [], position, slow: light.slow, ...(light.lock !== undefined ? { lock: light.lock } : {}), ...(light.tables !== undefined ? { tables: light.tables } : {}), ...(piece.context !== undefined ? { context: piece.context } : {}) })
      return
    }
    // hostile input: the parser's recursion is bounded the way the sql family bounds it (its parse error is reported there)
    if (statement.text.length > MAX_PARSED_CHARS || parenDepth(statement.text) > PARSER_MAX_DEPTH) return
    const tree = await parsePostgresTree(statement.text)
    if (tree.ok !== true) return
    const index = new LineIndex(statement.text)
    const ascii = isAscii(statement.text)
    for (const item of tree.stmts) {
      const unwrapped = unwrap(item.stmt)
      if (unwrapped === undefined) continue
      const [kind, node] = unwrapped
      const start = item.stmt_location === undefined ? 0 : charOffset(statement.text, item.stmt_location, ascii)
      const position = (offset: number): Position => at(index, origin, offset)
      this.push({
        kind,
        node,
        text: statement.text,
        at: position(start),
        inTransaction: false,
        order: 0,
        actions: kind === 'AlterTableStmt' ? actionsOf(node, statement.text, ascii, position) : [],
        position,
        ...(piece.context !== undefined ? { context: piece.context } : {})
      })
    }
  }

  /** Places a statement in the migration: its transaction state, its order, the table it creates. */
  private push(stmt: PgStatement): void {
    if (stmt.kind === 'TransactionStmt') this.transaction(stmt.node)
    stmt.inTransaction = this.inTransaction
    stmt.order = this.order++
    this.statements.push(stmt)
    const node = stmt.node
    const table = stmt.kind === 'CreateStmt' || stmt.kind === 'CreateTableAsStmt' ? relationName(node.relation ?? child(node.into, 'IntoClause')?.rel ?? (node.into as PgNode | undefined)?.rel) : undefined
    if (table !== undefined && !this.created.has(table)) this.created.set(table, stmt.order)
  }

  private transaction(node: PgNode): void {
    const kind = String(node.kind)
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') this.inTransaction = true
    else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_COMMIT_PREPARED' || kind === 'TRANS_STMT_PREPARE') this.inTransaction = false
  }

  /** A table an earlier file of the same migration created (ory/pop versions split over several files). */
  createdAlready(table: string): void {
    if (!this.created.has(table)) this.created.set(table, -1)
  }

  /** Framework runners open and close transactions between operations (Alembic's autocommit_block). */
  setTransaction(open: boolean): void {
    this.inTransaction = open
  }

  build(): PgMigration {
    const created = this.created
    return {
      path: this.source.path,
      version: this.source.version,
      statements: this.statements,
      plainSql: this.source.plainSql,
      assumedTransaction: this.source.assumed === true,
      stableFunctions: this.source.stableFunctions,
      timeoutsBefore: this.source.timeoutsBefore ?? 'blocking',
      createdBefore(table, order) {
        if (table === undefined) return false
        const when = created.get(table)
        return when !== undefined && when < order
      }
    }
  }
}

/** Longer ALTER TABLE / CREATE INDEX statements than this are not parsed (a generated schema can list many columns). */
const MAX_PARSED_CHARS = 256 * 1024

/** Deepest parenthesis nesting, quotes ignored (an over-estimate is harmless: it only skips the parse). */
function parenDepth(text: string): number {
  let depth = 0
  let max = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 40) max = Math.max(max, ++depth)
    else if (c === 41 && depth > 0) depth--
  }
  return max
}

function placed(statement: SqlStatement, origin: Position): Position {
  return {
    line: origin.line + statement.line - 1,
    column: statement.line === 1 ? origin.column + statement.column - 1 : statement.column
  }
}

function at(index: LineIndex, origin: Position, offset: number): Position {
  const { line, column } = index.position(Math.max(0, Math.min(offset, index.text.length)))
  return { line: origin.line + line - 1, column: line === 1 ? origin.column + column - 1 : column }
}

function isAscii(text: string): boolean {
   
  return /^[\x00-\x7f]*$/.test(text)
}

/** libpg-query's locations are byte offsets into the UTF-8 text. */
function charOffset(text: string, bytes: number, ascii: boolean): number {
  if (ascii) return bytes
  return Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8').length
}

/**
 * Where each ALTER TABLE subcommand starts: after the table name, then after each top-level comma. The parser gives
 * no location for a subcommand, and a finding belongs on its line (a long ALTER TABLE lists many).
 */
function actionsOf(node: PgNode, text: string, ascii: boolean, position: (offset: number) => Position): PgAction[] {
  const cmds = list(node.cmds)
    .map((c) => child(c, 'AlterTableCmd'))
    .filter((c): c is PgNode => c !== undefined)
  const relation = child(node, 'relation') ?? (node.relation as PgNode | undefined)
  const relationAt = typeof relation?.location === 'number' ? charOffset(text, relation.location, ascii) : 0
  const { tokens } = tokenize(text, lexicalProfile('postgresql'))
  const starts: number[] = []
  let k = tokens.findIndex((t) => t.start >= relationAt)
  // skip the (qualified) name
  while (k !== -1 && k < tokens.length && (tokens[k]!.type === 'word' || tokens[k]!.type === 'ident')) {
    k++
    if (tokens[k]?.value === '.') k++
    else break
  }
  if (k !== -1 && k < tokens.length) starts.push(tokens[k]!.start)
  for (const token of tokens) if (token.type === 'punct' && token.value === ',' && token.depth === 0 && token.start > (starts[0] ?? 0)) starts.push(token.end)
  const aligned = starts.length === cmds.length
  return cmds.map((cmd, i) => {
    let offset = aligned ? starts[i]! : (starts[0] ?? 0)
    while (offset < text.length && /\s/.test(text[offset]!)) offset++
    return { cmd, subtype: String(cmd.subtype), offset, at: position(offset) }
  })
}
