/** The contract of a PostgreSQL lock rule: one function over the parsed migration, squawk's shape. */
import type { PgMigration, PgStatement, Position } from './migration.js'

export interface LockFinding {
  ruleId: string
  statement: PgStatement
  at: Position
  message: string
  /** Overrides the catalog hint when the rule knows the safe sequence for this case. */
  hint?: string
  /** Tells two findings of one rule on one statement apart (the subcommand). */
  part?: string
}

export interface PgRule {
  id: string
  check(migration: PgMigration): LockFinding[]
}

/** "(in add_index)" when the SQL was compiled from a framework operation. */
export function framed(statement: PgStatement, message: string): string {
  return statement.context === undefined ? message : `${message} (in ${statement.context})`
}
