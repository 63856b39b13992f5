/**
 * Framework migrations (Rails, Django, Alembic, Knex, TypeORM, Sequelize, EF Core, Laravel, Ecto, goose) through the
 * lock rules. The migrations family's readers find the calls and the SQL strings; this file matches the calls
 * against rules/lock-safety/migration-operations.yml and sends the SQL strings through the PostgreSQL rules, inside
 * the transaction the framework opens around a migration unless the file opts out.
 */
import type { AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import type { Knowledge } from '../../knowledge/knowledge.js'
import { codeFramework } from '../migrations/index.js'
import { scanCodeMigration } from '../migrations/code-migration.js'
import { javascript } from '../migrations/languages.js'
import { SyntaxProblem } from '../migrations/lexers/token.js'
import { FrameworkOperations, type OperationEntry } from '../migrations/operations.js'
import { migrationLanguage } from '../migrations/recognize.js'
import type { MigrationOperation, MigrationScan } from '../migrations/migration-scan.js'
import { LineIndex } from '../line-index.js'
import { normalizeStatement } from '../sql/engine.js'
import { MigrationBuilder, type PgMigration } from './postgres/migration.js'
import { stableFunctions } from './knowledge.js'
import type { ServerVersion } from './version.js'

interface TransactionEntry {
  wraps: boolean
  optOut?: string
  concurrently?: string
}

interface OperationsFile {
  transactions: Record<string, TransactionEntry>
  [framework: string]: unknown
}

const FILE = 'lock-safety/migration-operations.yml'
const tables = new WeakMap<Knowledge, { file: OperationsFile; byFramework: Map<string, FrameworkOperations> }>()

function operationsFor(knowledge: Knowledge, framework: string): { operations: FrameworkOperations | undefined; transactions: TransactionEntry | undefined } {
  let loaded = tables.get(knowledge)
  if (loaded === undefined) {
    loaded = { file: knowledge.load<OperationsFile>(FILE), byFramework: new Map() }
    tables.set(knowledge, loaded)
  }
  let operations = loaded.byFramework.get(framework)
  const entries = loaded.file[framework]
  if (operations === undefined && Array.isArray(entries)) {
    operations = new FrameworkOperations(entries as OperationEntry[])
    loaded.byFramework.set(framework, operations)
  }
  return { operations, transactions: loaded.file.transactions[framework] }
}

const MESSAGES: Record<string, string> = {
  'create-index-non-concurrently': '`{op}` builds an index on {table} without CONCURRENTLY: a SHARE lock blocks every write to the table until the build ends.',
  'drop-index-non-concurrently': '`{op}` drops an index of {table} without CONCURRENTLY: an ACCESS EXCLUSIVE lock, reads included, that queues behind any long query.',
  'constraint-without-not-valid': '`{op}` adds a constraint to {table} that is validated at once: every row is checked while a lock blocks writes.',
  'add-constraint-without-index': '`{op}` adds a PRIMARY KEY or UNIQUE constraint to {table}, building its index under an ACCESS EXCLUSIVE lock.',
  'set-not-null': '`{op}` makes {table}.{column} NOT NULL: a scan of every row under an ACCESS EXCLUSIVE lock.',
  'column-type-change': '`{op}` changes the type of {table}.{column}, which can rewrite the table under an ACCESS EXCLUSIVE lock.',
  'add-column-not-null-without-default': '`{op}` adds NOT NULL column {table}.{column} without a default: it fails as soon as the table has a row.',
  concurrent: '`{op}` runs CONCURRENTLY inside the transaction {framework} opens around every migration: PostgreSQL refuses it and the migration fails.'
}

const RULE_OF: Record<string, string> = { concurrent: 'lock-safety/concurrently-in-transaction' }

function message(op: MigrationOperation, framework: string): string {
  const template = MESSAGES[op.rule] ?? '`{op}` on {table}'
  return template
    .replace('{op}', op.op)
    .replace('{table}', op.table ?? '?')
    .replace('{column}', op.columns[0] ?? '?')
    .replace('{framework}', framework)
}

/** The file opens no transaction around its operations (or tells the framework not to). */
function optsOut(text: string, transactions: TransactionEntry | undefined): boolean {
  if (transactions === undefined || !transactions.wraps) return true
  return transactions.optOut !== undefined && new RegExp(transactions.optOut, 'm').test(text)
}

/** Npgsql's `.Annotation("Npgsql:CreatedConcurrently", true)` on a CreateIndex: concurrent, and run outside a transaction. */
function efcoreConcurrent(text: string, op: MigrationOperation): boolean {
  const end = text.indexOf(';', op.offset)
  return /CreatedConcurrently"\s*,\s*true/.test(text.slice(op.offset, end === -1 ? undefined : end))
}

function readScan(file: SourceText, ctx: AnalyzerContext): { scan: MigrationScan; transactions: TransactionEntry | undefined } | undefined {
  const language = migrationLanguage(file.path, ctx.settings)
  if (language === undefined || language === 'changelog' || language === 'java') return undefined
  try {
    const stream = language === 'javascript' ? javascript.lex(file.text) : undefined
    const framework = codeFramework(language, file, stream)
    const { operations, transactions } = operationsFor(ctx.knowledge, framework.id)
    if (operations === undefined) return undefined
    return { scan: scanCodeMigration(file.text, framework, operations, stream), transactions }
  } catch (error) {
    // the migrations family reports a file it cannot read; nothing more to say here
    if (error instanceof SyntaxProblem) return undefined
    throw error
  }
}

/** A framework migration read once: its operations' findings (no version involved) and the PostgreSQL its SQL strings run. */
export interface FrameworkReading {
  operations: Detection[]
  sql?: PgMigration
}

export async function readFrameworkMigration(file: SourceText, version: ServerVersion, ctx: AnalyzerContext): Promise<FrameworkReading | undefined> {
  const read = readScan(file, ctx)
  if (read === undefined) return undefined
  const { scan, transactions } = read
  const lines = new LineIndex(file.text)
  const wrapped = !optsOut(file.text, transactions)
  const out: Detection[] = []
  for (const op of scan.operations) {
    if (op.section !== 'up' || MESSAGES[op.rule] === undefined) continue
    if (scan.framework.id === 'efcore' && op.rule === 'create-index-non-concurrently' && efcoreConcurrent(file.text, op)) continue
    if (op.rule === 'concurrent' && !wrapped) continue
    const at = lines.position(op.offset)
    const ruleId = RULE_OF[op.rule] ?? `lock-safety/${op.rule}`
    const index = op.rule === 'create-index-non-concurrently' || op.rule === 'drop-index-non-concurrently' || op.rule === 'concurrent'
    out.push({
      ruleId,
      line: at.line,
      column: at.column,
      message: message(op, scan.framework.label),
      evidence: op.evidence,
      identity: `${scan.framework.id}:${op.op}:${op.table ?? ''}:${op.columns.join(',')}:${normalizeStatement(op.evidence)}`,
      ...(index && transactions?.concurrently !== undefined ? { hint: `Use ${transactions.concurrently}.` } : {})
    })
  }
  const sql = scan.sql.filter((piece) => piece.section === 'up' && (piece.dialect === undefined || /postgres|npgsql/i.test(piece.dialect)))
  if (sql.length === 0) return { operations: out }
  const builder = new MigrationBuilder({ path: file.path, version, wrapped, plainSql: false, stableFunctions: stableFunctions(ctx) })
  for (const piece of sql) await builder.add({ text: piece.text, origin: lines.position(piece.offset), context: `${piece.context} in a ${scan.framework.label} migration` })
  return { operations: out, sql: builder.build() }
}
