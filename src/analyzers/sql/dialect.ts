/**
 * SQL dialects: what the lexer must know about each (quotes, comments, batch separators), and how a file's dialect
 * is told when the configuration says `auto`: path hints first, then syntax hints in the file's head.
 */
import type { SqlDialectSetting } from '../../config/settings.js'

export type SqlDialect = Exclude<SqlDialectSetting, 'auto'>

/** The lexical rules that decide where a statement ends. */
export interface LexicalProfile {
  dialect: SqlDialect
  /** `# comment` (MySQL, BigQuery, Hive). */
  hashComments: boolean
  /** `--x` is a comment only when followed by whitespace (MySQL). */
  dashCommentNeedsSpace: boolean
  /** Backslash escapes inside ordinary quoted strings. */
  backslashEscapes: boolean
  /** `$$ ... $$` and `$tag$ ... $tag$` (PostgreSQL); `$$ ... $$` only (Snowflake). */
  dollarQuotes: 'tagged' | 'plain' | false
  /** `[identifier]` (T-SQL, SQLite). */
  bracketIdentifiers: boolean
  /** `` `identifier` `` (MySQL, SQLite, BigQuery, Hive). */
  backtickIdentifiers: boolean
  /** `"..."` is a string, not an identifier (MySQL without ANSI_QUOTES, BigQuery). */
  doubleQuotedStrings: boolean
  /** Block comments nest (PostgreSQL, T-SQL). */
  nestedBlockComments: boolean
  /** `GO` on its own line ends a batch (T-SQL client tools). */
  batchSeparator: boolean
  /** The `DELIMITER //` client command (mysql client, Flyway, Liquibase). */
  delimiterCommand: boolean
  /** `'''...'''` and `"""..."""` (BigQuery). */
  tripleQuotes: boolean
  /** `END IF`, `END LOOP`, `END WHILE` close procedural blocks (not in T-SQL). */
  endKeywordPairs: boolean
}

const standard: LexicalProfile = {
  dialect: 'postgresql',
  hashComments: false,
  dashCommentNeedsSpace: false,
  backslashEscapes: false,
  dollarQuotes: false,
  bracketIdentifiers: false,
  backtickIdentifiers: false,
  doubleQuotedStrings: false,
  nestedBlockComments: false,
  batchSeparator: false,
  delimiterCommand: false,
  tripleQuotes: false,
  endKeywordPairs: true
}

const PROFILES: Record<SqlDialect, Partial<LexicalProfile>> = {
  postgresql: { dollarQuotes: 'tagged', nestedBlockComments: true },
  redshift: { dollarQuotes: 'tagged', nestedBlockComments: true },
  mysql: { hashComments: true, dashCommentNeedsSpace: true, backslashEscapes: true, backtickIdentifiers: true, doubleQuotedStrings: true, delimiterCommand: true },
  mariadb: { hashComments: true, dashCommentNeedsSpace: true, backslashEscapes: true, backtickIdentifiers: true, doubleQuotedStrings: true, delimiterCommand: true },
  sqlite: { backtickIdentifiers: true, bracketIdentifiers: true },
  tsql: { bracketIdentifiers: true, nestedBlockComments: true, batchSeparator: true, endKeywordPairs: false },
  bigquery: { hashComments: true, backslashEscapes: true, backtickIdentifiers: true, doubleQuotedStrings: true, tripleQuotes: true },
  snowflake: { dollarQuotes: 'plain', backslashEscapes: true },
  db2: {},
  hive: { backslashEscapes: true, backtickIdentifiers: true, doubleQuotedStrings: true },
  athena: { backtickIdentifiers: true },
  trino: {},
  flinksql: { backtickIdentifiers: true },
  noql: { dollarQuotes: 'tagged', nestedBlockComments: true }
}

export function lexicalProfile(dialect: SqlDialect): LexicalProfile {
  return { ...standard, ...PROFILES[dialect], dialect }
}

/** Path segments that name a dialect: `db/mysql/001.sql`, `migrations/postgres/...`, `V1__x.mssql.sql`. */
const PATH_HINTS: Array<[RegExp, SqlDialect]> = [
  [/(?:^|[/._-])(?:postgres(?:ql)?|pg|psql|pgsql|timescale(?:db)?|cockroach(?:db)?|supabase)(?:[/._-]|$)/i, 'postgresql'],
  [/(?:^|[/._-])mariadb(?:[/._-]|$)/i, 'mariadb'],
  [/(?:^|[/._-])(?:mysql|tidb|planetscale)(?:[/._-]|$)/i, 'mysql'],
  [/(?:^|[/._-])(?:sqlite3?|d1|libsql|turso)(?:[/._-]|$)/i, 'sqlite'],
  [/(?:^|[/._-])(?:mssql|sqlserver|sql-server|tsql|t-sql|azuresql)(?:[/._-]|$)/i, 'tsql'],
  [/(?:^|[/._-])(?:bigquery|bq)(?:[/._-]|$)/i, 'bigquery'],
  [/(?:^|[/._-])snowflake(?:[/._-]|$)/i, 'snowflake'],
  [/(?:^|[/._-])redshift(?:[/._-]|$)/i, 'redshift'],
  [/(?:^|[/._-])db2(?:[/._-]|$)/i, 'db2'],
  [/(?:^|[/._-])(?:hive|spark|databricks)(?:[/._-]|$)/i, 'hive'],
  [/(?:^|[/._-])athena(?:[/._-]|$)/i, 'athena'],
  [/(?:^|[/._-])(?:trino|presto)(?:[/._-]|$)/i, 'trino']
]

/** One pass over the path before the per-dialect patterns: most paths name no dialect. */
const ANY_PATH_HINT = new RegExp(PATH_HINTS.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'i')

/**
 * Syntax that only one family writes, checked in order on the code (not the comments) of the file's head.
 * Each hint has cheap literal gates (on the upper-cased sample) before its regular expression.
 */
const SYNTAX_HINTS: Array<[string[], RegExp, SqlDialect]> = [
  [['GO'], /^[ \t]*GO[ \t]*(?:\d+[ \t]*)?\r?$/im, 'tsql'],
  [['[DBO]', 'NVARCHAR', 'IDENTITY', 'SP_EXECUTESQL', 'SP_RENAME', 'NOCOUNT', 'DATETIME2'], /\[dbo\]|\bN?VARCHAR\s*\(\s*MAX\s*\)|\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)|\bsp_executesql\b|\bsp_rename\b|\bNVARCHAR\b|\bSET\s+NOCOUNT\b|\bDATETIME2\b/i, 'tsql'],
  // a [bracketed] name where a table goes is SQL Server's (PostgreSQL reads `[` there as a syntax error)
  [['['], /\b(?:FROM|TABLE|INTO|UPDATE|JOIN|EXISTS)\s+\[[A-Za-z_#@][^\]\n]*\]/i, 'tsql'],
  // before PostgreSQL's `$$`: `DELIMITER $$` is the mysql client's
  [['DELIMITER'], /^[ \t]*DELIMITER[ \t]+\S+[ \t]*\r?$/im, 'mysql'],
  [['$', 'JSONB', 'SERIAL', '::', 'PLPGSQL', 'EXTENSION', 'TIMESTAMPTZ', 'CONCURRENTLY'], /\$[A-Za-z_]*\$|\bJSONB\b|\bBIGSERIAL\b|\bSERIAL\b|::[a-z]|\bplpgsql\b|\bCREATE\s+EXTENSION\b|\bTIMESTAMPTZ\b|\bCONCURRENTLY\b/i, 'postgresql'],
  [['INNODB', 'AUTO_INCREMENT', 'DELIMITER', 'UNSIGNED', 'LOCK TABLES', '/*!'], /\bENGINE\s*=\s*InnoDB\b|\bAUTO_INCREMENT\b|^[ \t]*DELIMITER[ \t]+\S+|\bUNSIGNED\b|\bLOCK TABLES\b|\/\*!\d{5}/im, 'mysql'],
  [['AUTOINCREMENT', 'PRAGMA', 'ROWID', '`'], /\bAUTOINCREMENT\b|\bPRAGMA\b|\bWITHOUT\s+ROWID\b|`[^`\n]+`\s+(?:integer|text|real|blob)\b/i, 'sqlite'],
  [['`'], /`[^`\n]+`/, 'mysql'],
  [['CLUSTER', 'VARIANT', 'WAREHOUSE'], /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TRANSIENT\s+)?TABLE\b[^;]*\bCLUSTER\s+BY\b|\bVARIANT\b|\bUSE\s+WAREHOUSE\b/i, 'snowflake']
]

/** How far into a file syntax hints are looked for: dialect clues sit in the first statements. */
export const DIALECT_SNIFF_CHARS = 64 * 1024

/**
 * The last few files' answers: the sql and lock-safety families each ask about the file the pipeline is on, and the
 * sniff (comments stripped, upper-cased, hints tried) is the same both times. A pure function of its arguments.
 */
const recentDialects: Array<{ path: string; head: string; setting: SqlDialectSetting; dialect: SqlDialect }> = []

/** The dialect of a file: configured, else path hints, else syntax hints, else PostgreSQL (the common case). */
export function detectDialect(path: string, head: string, setting: SqlDialectSetting): SqlDialect {
  if (setting !== 'auto') return setting
  for (const known of recentDialects) if (known.path === path && known.setting === setting && known.head === head) return known.dialect
  const dialect = sniffDialect(path, head)
  // a head cut from a longer text would keep that whole text alive: only whole small files are remembered
  if (head.length < DIALECT_SNIFF_CHARS) {
    recentDialects.unshift({ path, head, setting, dialect })
    if (recentDialects.length > 4) recentDialects.pop()
  }
  return dialect
}

function sniffDialect(path: string, head: string): SqlDialect {
  if (ANY_PATH_HINT.test(path)) for (const [pattern, dialect] of PATH_HINTS) if (pattern.test(path)) return dialect
  let sample = head.length > DIALECT_SNIFF_CHARS ? head.slice(0, DIALECT_SNIFF_CHARS) : head
  // comments say anything (Prisma's warning header quotes names in backticks): only code is a hint
  if (sample.includes('/*') || sample.includes('--')) sample = sample.replace(/\/\*(?!!)[\s\S]*?\*\/|^[ \t]*--.*$/gm, '')
  const upper = sample.toUpperCase()
  for (const [gates, pattern, dialect] of SYNTAX_HINTS) {
    let gated = false
    for (const gate of gates) {
      if (upper.includes(gate)) {
        gated = true
        break
      }
    }
    if (gated && pattern.test(sample)) return dialect
  }
  return 'postgresql'
}
