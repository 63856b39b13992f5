/** The contract of a MySQL lock rule: one function over the read migration. */
import type { Position } from '../postgres/migration.js'
import type { MySqlAlter, MySqlMigration } from './migration.js'

export interface MySqlFinding {
  ruleId: string
  statement: MySqlAlter
  at: Position
  message: string
  part?: string
}

export interface MySqlRule {
  id: string
  check(migration: MySqlMigration): MySqlFinding[]
}
