/** A PostgreSQL SQL migration file through the lock rules. */
import type { AnalyzerContext, ChangeContext, Detection, SourceText } from '../../analyzer.js'
import { directiveReader, fileShape } from '../../sql/file-shapes.js'
import { DIALECT_SNIFF_CHARS } from '../../sql/dialect.js'
import { splitOf, versionGroup } from '../../sql/index.js'
import { MigrationBuilder, type PgMigration } from './migration.js'
import { POSTGRES_RULES } from './rules/index.js'
import { detectionsOf } from '../detections.js'
import type { ServerVersion } from '../version.js'
import { stableFunctions } from '../knowledge.js'

/**
 * Runners that wrap each SQL file in a transaction unless the file opts out: goose (`-- +goose NO TRANSACTION`)
 * and dbmate (`-- migrate:up transaction:false`). golang-migrate, sqitch and psql do not; for other files (Flyway, a
 * runner of the team's own) `postgres.assumeInTransaction` says.
 */
function runnerWraps(shape: ReturnType<typeof fileShape>, text: string): boolean | undefined {
  if (shape.name === 'goose') return !/^[ \t]*--[ \t]*\+goose[ \t]+NO[ \t]+TRANSACTION\b/im.test(text)
  if (shape.name === 'dbmate') return !/^[ \t]*--[ \t]*migrate:up\b[^\n]*\btransaction:[ \t]*false\b/im.test(text)
  if (shape.name === 'golang-migrate' || shape.name === 'diesel' || shape.name === 'sqitch') return false
  return undefined
}

export async function postgresSqlMigration(file: SourceText, version: ServerVersion, ctx: AnalyzerContext): Promise<PgMigration | undefined> {
  const head = file.text.length > DIALECT_SNIFF_CHARS ? file.text.slice(0, DIALECT_SNIFF_CHARS) : file.text
  const shape = fileShape(file.path, head)
  if (shape.initialSection === 'down') return undefined
  const reader = shape.hasDirectives ? directiveReader(shape) : undefined
  const known = runnerWraps(shape, file.text)
  const assumed = known === undefined && ctx.settings.postgres.assumeInTransaction === true && !MigrationBuilder.optsOutOfAssumedTransaction(file.text)
  const builder = new MigrationBuilder({ path: file.path, version, wrapped: known ?? assumed, assumed, plainSql: true, stableFunctions: stableFunctions(ctx), timeoutsBefore: ctx.settings.postgres.timeoutsBefore ?? 'blocking' })
  for (const table of await createdEarlierInVersion(file.path, ctx)) builder.createdAlready(table)
  const statements = splitOf(file.path, file.text)
  await builder.add({
    text: file.text,
    ...(statements !== undefined ? { statements } : {}),
    origin: { line: 1, column: 1 },
    ...(reader !== undefined ? { splitter: { onLineComment: reader.onLineComment } } : {})
  })
  return builder.build()
}

/**
 * ory/pop splits one migration over several files (`20191100000001000000_identities.postgres.up.sql`, `...000001_...`)
 * that run one after the other: the tables the earlier files of the version create are new for the later ones. The
 * sql family knows the version's files (`versionGroup`).
 */
const CREATES_TABLE = /^[ \t]*CREATE[ \t]+(?:(?:GLOBAL|LOCAL)[ \t]+)?(?:TEMP(?:ORARY)?[ \t]+|UNLOGGED[ \t]+)?TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?((?:(?:"[^"\n]+"|[\w$]+)[ \t]*\.[ \t]*)*(?:"[^"\n]+"|[\w$]+))/gim

/**
 * Per change: the tables each member of a version group creates, read once per file (not once per later member);
 * kept as the list once read, so the later files of a 90-file version do not wait on a settled promise per member.
 */
const createdPerChange = new WeakMap<ChangeContext, Map<string, string[] | Promise<string[]>>>()

async function createdEarlierInVersion(path: string, ctx: AnalyzerContext): Promise<string[]> {
  const change = ctx.change
  if (change === undefined) return []
  const members = versionGroup(path, ctx)
  if (members === undefined) return []
  let created = createdPerChange.get(change)
  if (created === undefined) {
    created = new Map()
    createdPerChange.set(change, created)
  }
  const tables: string[] = []
  for (const other of members) {
    if (other >= path) continue
    let own = created.get(other)
    if (own === undefined) {
      own = tablesCreatedBy(other, change)
      created.set(other, own)
    }
    if (own instanceof Promise) {
      const read = await own
      created.set(other, read)
      own = read
    }
    tables.push(...own)
  }
  return tables
}

async function tablesCreatedBy(path: string, change: ChangeContext): Promise<string[]> {
  const text = await change.newText(path)
  if (text === undefined) return []
  const tables: string[] = []
  for (const m of text.matchAll(CREATES_TABLE)) {
    const last = m[1]!.split('.').pop()!.trim()
    tables.push(last.startsWith('"') ? last.slice(1, -1) : last.toLowerCase())
  }
  return tables
}

export function checkPostgres(migration: PgMigration): Detection[] {
  return detectionsOf(POSTGRES_RULES.flatMap((rule) => rule.check(migration)))
}
