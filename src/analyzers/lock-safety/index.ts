/**
 * The lock-safety family: migrations that stop production without destroying data (locks held on hot tables,
 * rewrites, NOT NULL columns without defaults, no lock_timeout), in PostgreSQL and MySQL SQL files and in the
 * framework migrations the migrations family reads. The server version a rule depends on is declared in other files
 * (compose, Terraform, a Dockerfile) when `postgres.version` is not set, so each file is read once, when the scan
 * reaches it, into findings for each range of versions (conditional.ts); the end of the scan settles them. No file
 * text is kept.
 */
import type { Analyzer, AnalyzerContext, Detection, FileSummary, SourceText } from '../analyzer.js'
import { sqlAnalyzer } from '../sql/index.js'
import { detectDialect, DIALECT_SNIFF_CHARS } from '../sql/dialect.js'
import { fileShape } from '../sql/file-shapes.js'
import { migrationsAnalyzer } from '../migrations/index.js'
import { readFrameworkMigration } from './frameworks.js'
import { checkPostgres, postgresSqlMigration } from './postgres/analyze.js'
import { checkMySql, readMySqlMigration } from './mysql/analyze.js'
import { declaredVersions, DECLARING_FILE, type Engine } from './server-version.js'
import { byVersion, holds, settle, type Conditional } from './conditional.js'
import { HeldTexts } from '../../findings/held-texts.js'
import { ASSUMED_MYSQL, ASSUMED_POSTGRES, atLeast, parseVersion, type ServerVersion, type Triple } from './version.js'

export type ServerVersions = Record<Engine, ServerVersion>

/** What the family keeps of a file until the end of the scan. */
export interface LockSummary {
  declared?: Array<[Engine, ServerVersion]>
  findings?: Conditional[]
}

const COCKROACH = /(?:^|[/._-])cockroach(?:db)?(?:[/._-]|$)/i

/**
 * ory/pop splits one migration over several files (`20191100000001000000_identities.postgres.up.sql`, `...000001_...`):
 * its timeouts are asked once, in the first file of the version that needs them.
 */
const POP_FILE = /^(.*\/)?(\d{14})\d{6}_[^/]*?\.(?:(\w+)\.)?(up|down)\.sql$/

function unitOf(path: string): string {
  const m = POP_FILE.exec(path)
  return m === null ? path : `${m[1] ?? ''}${m[2]}.${m[3] ?? ''}.${m[4]}`
}

const TIMEOUT_RULES = new Set(['lock-safety/missing-lock-timeout', 'lock-safety/missing-statement-timeout'])

function setting(engine: Engine, ctx: AnalyzerContext): ServerVersion | undefined {
  const value = engine === 'postgres' ? ctx.settings.postgres.version : ctx.settings.mysql.version
  return value === undefined ? undefined : parseVersion(String(value), `${engine}.version`)
}

const ASSUMED: Record<Engine, ServerVersion> = { postgres: parseVersion(ASSUMED_POSTGRES, 'assumed')!, mysql: parseVersion(ASSUMED_MYSQL, 'assumed')! }

function triple(v: ServerVersion): Triple {
  return [v.major, v.minor, v.patch]
}

async function findingsOf(file: SourceText, ctx: AnalyzerContext): Promise<Conditional[]> {
  if (!sqlAnalyzer.claims(file.path, ctx)) {
    if (!migrationsAnalyzer.claims(file.path, ctx)) return []
    const reading = await readFrameworkMigration(file, ASSUMED.postgres, ctx)
    if (reading === undefined) return []
    const out: Conditional[] = reading.operations.map((detection) => ({ detection, engine: 'postgres', framework: true }))
    const sql = reading.sql
    if (sql !== undefined) out.push(...byVersion('postgres', setting('postgres', ctx), triple(ASSUMED.postgres), (version) => checkPostgres({ ...sql, version }), true))
    return out
  }
  const head = file.text.length > DIALECT_SNIFF_CHARS ? file.text.slice(0, DIALECT_SNIFF_CHARS) : file.text
  const dialect = detectDialect(file.path, head, ctx.settings.sql.dialect)
  if (dialect === 'postgresql') {
    // CockroachDB speaks PostgreSQL but changes schemas online, in the background: none of these locks are taken
    if (COCKROACH.test(file.path)) return []
    const migration = await postgresSqlMigration(file, ASSUMED.postgres, ctx)
    return migration === undefined ? [] : byVersion('postgres', setting('postgres', ctx), triple(ASSUMED.postgres), (version) => checkPostgres({ ...migration, version }))
  }
  if (dialect === 'mysql' || dialect === 'mariadb') {
    if (fileShape(file.path, head).initialSection === 'down') return []
    const migration = readMySqlMigration(file.path, file.text, dialect, ASSUMED.mysql)
    return byVersion('mysql', setting('mysql', ctx), triple(ASSUMED.mysql), (version) => checkMySql({ ...migration, version }))
  }
  return []
}

/** The setting, else the lowest version the files declare, else the current release. */
function settledVersions(declared: Map<Engine, ServerVersion>, ctx: AnalyzerContext): ServerVersions {
  return {
    postgres: setting('postgres', ctx) ?? declared.get('postgres') ?? ASSUMED.postgres,
    mysql: setting('mysql', ctx) ?? declared.get('mysql') ?? ASSUMED.mysql
  }
}

/**
 * Which engine framework migrations run on: `sql.dialect` when set, else MySQL when the repository declares only a
 * MySQL server, else PostgreSQL. (On MySQL, an index build is online already: the PostgreSQL rules do not apply.)
 */
function frameworkEngine(declared: Map<Engine, ServerVersion>, ctx: AnalyzerContext): Engine {
  const dialect = ctx.settings.sql.dialect
  if (dialect === 'mysql' || dialect === 'mariadb') return 'mysql'
  if (dialect !== 'auto') return 'postgres'
  return declared.has('mysql') && !declared.has('postgres') ? 'mysql' : 'postgres'
}

/** The lowest version each engine is declared at. */
function lowest(summaries: FileSummary[]): Map<Engine, ServerVersion> {
  const found = new Map<Engine, ServerVersion>()
  for (const { summary } of summaries) {
    for (const [engine, version] of (summary as LockSummary).declared ?? []) {
      const current = found.get(engine)
      if (current === undefined || !atLeast(version, current.major, current.minor, current.patch)) found.set(engine, version)
    }
  }
  return found
}

/** One pool of held texts per run (its context): the same messages repeat in every migration. */
const pools = new WeakMap<AnalyzerContext, HeldTexts>()
function heldTexts(ctx: AnalyzerContext): HeldTexts {
  let pool = pools.get(ctx)
  if (pool === undefined) {
    pool = new HeldTexts()
    pools.set(ctx, pool)
  }
  return pool
}

export const lockSafetyAnalyzer: Analyzer = {
  name: 'lock-safety',
  claims(path: string, ctx: AnalyzerContext): boolean {
    return sqlAnalyzer.claims(path, ctx) || migrationsAnalyzer.claims(path, ctx) || DECLARING_FILE.test(path)
  },
  // everything is settled at the end: a rule's verdict depends on the server version other files declare
  analyze(): Detection[] {
    return []
  },
  async summarize(file: SourceText, ctx: AnalyzerContext): Promise<LockSummary> {
    const summary: LockSummary = {}
    if (DECLARING_FILE.test(file.path)) {
      const declared = [...declaredVersions([file])]
      if (declared.length > 0) summary.declared = declared
    }
    const findings = await findingsOf(file, ctx)
    // kept until the end of the scan: the detections' own copies of their texts, not the statements they were cut from
    if (findings.length > 0) summary.findings = findings.map((c) => ({ ...c, detection: heldTexts(ctx).detection(c.detection) }))
    return summary
  },
  analyzeSummaries(summaries: FileSummary[], ctx: AnalyzerContext): Detection[] {
    const declared = lowest(summaries)
    const versions = settledVersions(declared, ctx)
    const frameworks = frameworkEngine(declared, ctx)
    const out: Detection[] = []
    const timedUnits = new Set<string>()
    // path order is the order a multi-file migration runs in
    for (const { path, summary } of [...summaries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const unit = unitOf(path)
      let timed = false
      for (const c of (summary as LockSummary).findings ?? []) {
        if (c.framework === true && frameworks !== 'postgres') continue
        const version = versions[c.engine]
        if (!holds(c, version)) continue
        if (TIMEOUT_RULES.has(c.detection.ruleId)) {
          if (timedUnits.has(unit)) continue
          timed = true
        }
        out.push({ ...settle(c.detection, version), file: path })
      }
      if (timed) timedUnits.add(unit)
    }
    return out
  }
}

/** The family over a set of files in hand, as the pipeline runs it (benches, tests of one file). */
export async function lockSafetyOf(files: SourceText[], ctx: AnalyzerContext): Promise<Detection[]> {
  const summaries: FileSummary[] = []
  for (const file of files) if (lockSafetyAnalyzer.claims(file.path, ctx)) summaries.push({ path: file.path, summary: await lockSafetyAnalyzer.summarize!(file, ctx) })
  return lockSafetyAnalyzer.analyzeSummaries!(summaries, ctx) as Detection[]
}

export const lockSafetyAnalyzers: Analyzer[] = [lockSafetyAnalyzer]
