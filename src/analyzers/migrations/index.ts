/**
 * The migrations analyzer family: destructive changes in framework migrations (Rails, Django, Alembic, Knex, TypeORM,
 * Sequelize, MikroORM, Kysely, EF Core, Laravel, Doctrine, Ecto, goose Go, Liquibase XML/YAML/JSON). Plain `.sql`
 * migrations belong to the sql family; the SQL strings found here are handed to its `analyzeEmbeddedSql`.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { scanCodeMigration } from './code-migration.js'
import { migrationDetections } from './detections.js'
import { ecto, efcore, flyway, flywayUndo, goose, javascriptFramework, phpFramework, pythonFramework, rails, type CodeFramework } from './frameworks.js'
import { SyntaxProblem, type TokenStream } from './lexers/token.js'
import { LineIndex } from '../line-index.js'
import { javascript } from './languages.js'
import { scanChangelog } from './liquibase.js'
import { loadXml } from '../xml-parser.js'
import type { MigrationScan } from './migration-scan.js'
import { FrameworkOperations } from './operations.js'
import { migrationLanguage, type MigrationLanguage } from './recognize.js'

/** The framework of a code migration (exported for the lock-safety family, which reads the same files). */
export function codeFramework(language: Exclude<MigrationLanguage, 'changelog'>, file: SourceText, stream: TokenStream | undefined): CodeFramework {
  switch (language) {
    case 'ruby':
      return rails
    case 'python':
      return pythonFramework(file.path, file.text)
    case 'javascript':
      return javascriptFramework(stream ?? javascript.lex(file.text))
    case 'csharp':
      return efcore
    case 'php':
      return phpFramework(file.text)
    case 'elixir':
      return ecto
    case 'go':
      return goose
    case 'java':
      return /(^|\/)U\d[^/]*$/.test(file.path) ? flywayUndo : flyway
  }
}

/** How a migration is named in a message before its framework is known. */
const LANGUAGE_LABELS: Record<MigrationLanguage, string> = {
  ruby: 'Rails',
  python: 'Python',
  javascript: 'JavaScript',
  csharp: 'EF Core',
  php: 'PHP',
  elixir: 'Ecto',
  go: 'Go',
  java: 'Flyway',
  changelog: 'Liquibase'
}

/** Reads one migration file; a file it cannot parse is a finding, never a silent pass. */
async function analyzeMigration(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
  const language = migrationLanguage(file.path, ctx.settings)
  if (language === undefined) return []
  let scan: MigrationScan | undefined
  let label = LANGUAGE_LABELS[language]
  try {
    if (language === 'changelog') {
      await loadXml()
      scan = scanChangelog(file.path, file.text)
    } else {
      // JavaScript files are lexed first: their tokens tell Knex from TypeORM, Sequelize, Kysely...
      const stream = language === 'javascript' ? javascript.lex(file.text) : undefined
      const framework = codeFramework(language, file, stream)
      label = framework.label
      scan = scanCodeMigration(file.text, framework, FrameworkOperations.load(ctx.knowledge, framework.id), stream)
    }
  } catch (error) {
    if (error instanceof SyntaxProblem) return [parseError(file, label, error)]
    throw error
  }
  if (scan === undefined) return []
  return migrationDetections(file.path, file.text, scan, ctx)
}

function parseError(file: SourceText, label: string, problem: SyntaxProblem): Detection {
  const at = new LineIndex(file.text).position(Math.min(problem.offset, file.text.length))
  return {
    ruleId: 'unanalyzable/parse-error',
    line: at.line,
    column: at.column,
    message: `This ${label} migration could not be read: ${problem.message} (line ${at.line}). prodguard cannot vouch for what it cannot read.`,
    evidence: file.text.split('\n')[at.line - 1]?.trim().slice(0, 160) ?? '',
    identity: `migrations:${problem.message}`
  }
}

/**
 * A file over the size limit: a YAML/XML/JSON file that does not start like a changelog is not ours (a data file that
 * happens to sit in `db/`); anything else we claim is too large to vouch for.
 */
function analyzeLarge(path: string, chunks: Iterable<string>, ctx: AnalyzerContext): Detection[] {
  let head = ''
  for (const chunk of chunks) {
    head = chunk.slice(0, 64 * 1024)
    break
  }
  if (migrationLanguage(path, ctx.settings) === 'changelog' && !head.includes('databaseChangeLog')) return []
  return [
    {
      ruleId: 'unanalyzable/too-large',
      line: 1,
      message: `This migration is over the ${ctx.settings.limits.maxFileBytes}-byte limit (limits.maxFileBytes) and was not analyzed.`,
      evidence: '',
      identity: 'migrations:too-large'
    }
  ]
}

export const migrationsAnalyzer: Analyzer = {
  name: 'migrations',
  claims(path: string, ctx: AnalyzerContext): boolean {
    return migrationLanguage(path, ctx.settings) !== undefined
  },
  analyze: analyzeMigration,
  analyzeChunks: analyzeLarge
}

export const migrationsAnalyzers: Analyzer[] = [migrationsAnalyzer]
