/**
 * The lock-safety family: migrations that stop production without destroying data (locks held on hot tables,
 * rewrites, NOT NULL columns without defaults, no lock_timeout), in PostgreSQL and MySQL SQL files and in the
 * framework migrations the migrations family reads. It works on the set of files because the server version a rule
 * depends on is declared in other files (compose, Terraform, a Dockerfile) when `postgres.version` is not set.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { sqlAnalyzer } from '../sql/index.js'
import { detectDialect, DIALECT_SNIFF_CHARS } from '../sql/dialect.js'
import { fileShape } from '../sql/file-shapes.js'
import { migrationsAnalyzer } from '../migrations/index.js'
import { analyzeFrameworkMigration } from './frameworks.js'
import { checkPostgres, postgresSqlMigration } from './postgres/analyze.js'
import { checkMySql } from './mysql/analyze.js'
import { declaredVersions, DECLARING_FILE, type Engine } from './server-version.js'
import { ASSUMED_MYSQL, ASSUMED_POSTGRES, parseVersion, type ServerVersion } from './version.js'

export type ServerVersions = Record<Engine, ServerVersion>

/** The setting, else the lowest version the files declare, else the current release. */
export function serverVersions(files: Iterable<SourceText>, ctx: AnalyzerContext): ServerVersions {
  const declared = declaredVersions(files)
  const pick = (engine: Engine, setting: string | number | undefined, assumed: string): ServerVersion =>
    (setting !== undefined ? parseVersion(String(setting), `${engine}.version`) : undefined) ?? declared.get(engine) ?? parseVersion(assumed, 'assumed')!
  return {
    postgres: pick('postgres', ctx.settings.postgres.version, ASSUMED_POSTGRES),
    mysql: pick('mysql', ctx.settings.mysql.version, ASSUMED_MYSQL)
  }
}

/**
 * Which engine framework migrations run on: `sql.dialect` when set, else MySQL when the repository declares only a
 * MySQL server, else PostgreSQL. (On MySQL, an index build is online already: the PostgreSQL rules do not apply.)
 */
function frameworkEngine(files: SourceText[], ctx: AnalyzerContext): Engine {
  const dialect = ctx.settings.sql.dialect
  if (dialect === 'mysql' || dialect === 'mariadb') return 'mysql'
  if (dialect !== 'auto') return 'postgres'
  const declared = declaredVersions(files)
  return declared.has('mysql') && !declared.has('postgres') ? 'mysql' : 'postgres'
}

async function analyzeFile(file: SourceText, versions: ServerVersions, engine: Engine, ctx: AnalyzerContext): Promise<Detection[]> {
  if (!sqlAnalyzer.claims(file.path, ctx)) {
    if (engine === 'postgres' && migrationsAnalyzer.claims(file.path, ctx)) return analyzeFrameworkMigration(file, versions.postgres, ctx)
    return []
  }
  const head = file.text.length > DIALECT_SNIFF_CHARS ? file.text.slice(0, DIALECT_SNIFF_CHARS) : file.text
  const dialect = detectDialect(file.path, head, ctx.settings.sql.dialect)
  if (dialect === 'postgresql') {
    const migration = await postgresSqlMigration(file, versions.postgres, ctx)
    return migration === undefined ? [] : checkPostgres(migration)
  }
  if (dialect === 'mysql' || dialect === 'mariadb') return fileShape(file.path, head).initialSection === 'down' ? [] : checkMySql(file.path, file.text, dialect, versions.mysql)
  return []
}

export const lockSafetyAnalyzer: Analyzer = {
  name: 'lock-safety',
  claims(path: string, ctx: AnalyzerContext): boolean {
    return sqlAnalyzer.claims(path, ctx) || migrationsAnalyzer.claims(path, ctx) || DECLARING_FILE.test(path)
  },
  // everything happens over the set: a rule's verdict depends on the server version other files declare
  analyze(): Detection[] {
    return []
  },
  async analyzeSet(files: SourceText[], ctx: AnalyzerContext): Promise<Detection[]> {
    const versions = serverVersions(files, ctx)
    const engine = frameworkEngine(files, ctx)
    const out: Detection[] = []
    for (const file of files) for (const detection of await analyzeFile(file, versions, engine, ctx)) out.push({ ...detection, file: file.path })
    return out
  }
}

export const lockSafetyAnalyzers: Analyzer[] = [lockSafetyAnalyzer]
