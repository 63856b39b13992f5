/**
 * What reading one migration file yields, whatever its framework: destructive operations of the framework's own
 * API, SQL texts to hand to the SQL engine, and SQL that cannot be read (a variable, a separate file).
 */

export type Section = 'up' | 'down'

export interface FrameworkName {
  /** Stable id used in identities (`rails`, `liquibase`). */
  id: string
  /** How users call it (`Rails`, `Liquibase`). */
  label: string
}

/** A destructive operation written in the framework's API: `drop_table :users`, `<dropColumn .../>`. */
export interface MigrationOperation {
  /** A destructive-sql rule, without the category: `drop-table`. */
  rule: string
  section: Section
  /** Where the operation is named (its method or element), for the line and column. */
  offset: number
  /** The operation's name as written: `drop_table`, `dropColumn`, `DeleteModel`. */
  op: string
  table: string | undefined
  /** One detection per column (empty when the rule is not about columns). */
  columns: string[]
  evidence: string
  /** What is dropped, for rules about objects ("an index of", "the view"). */
  what?: string
  /** A message template from the operations table ({table}, {column}, {op}). */
  message?: string
}

/** SQL text inside the migration, for the SQL engine. */
export interface MigrationSql {
  text: string
  /** File offset of the text's first character. */
  offset: number
  section: Section
  /** The construct that runs it (`execute`, `RunSQL`, `<sql>`), shown in messages. */
  context: string
  dialect?: string
}

/** SQL the migration runs that prodguard cannot read. */
export interface OpaqueSql {
  offset: number
  section: Section
  context: string
  /** What it is instead: "the variable `sql`", "the file `drop.sql`". */
  source: string
  evidence: string
}

/** A column a framework call adds (`add_column :users, :role`): later SQL of the same direction may backfill it. */
export interface AddedColumn {
  offset: number
  section: Section
  table: string
  column: string
}

export interface MigrationScan {
  framework: FrameworkName
  operations: MigrationOperation[]
  sql: MigrationSql[]
  opaque: OpaqueSql[]
  added?: AddedColumn[]
}

/** One line of source for evidence: whitespace collapsed, at most `max` characters. */
export function evidenceOf(source: string, max = 160): string {
  const flat = source.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * Format placeholders (`%s`, `%(name)s`, `{}`, `{0}`, Liquibase `${schema}`) as identifiers of the same length, so
 * `"DROP TABLE %s" % name` still parses as a DROP TABLE and every later character keeps its column.
 */
export function placeholdersAsNames(sql: string): string {
  return sql
    .replace(/\$\{(\w+)\}/g, (_, w: string) => `_${w}__`)
    .replace(/%\((\w+)\)[sdr]/g, (_, w: string) => `_${w}___`)
    .replace(/%[sdvqfr]/g, (m) => `_${m[1]}`)
    .replace(/\{(\w*)\}/g, (_, w: string) => `_${w}_`)
}
