/** Shared by the two timeout rules: the first statement that needs a timeout and runs before `SET <setting>`. */
import { lockOf, possiblySlow, type LockMode } from './locks.js'
import type { PgMigration, PgStatement } from './migration.js'
import { child, columnConstraints, list, relationName } from './tree.js'

/**
 * The existing tables a statement waits for, when the parse tells: a CREATE TABLE waits only on the tables its
 * foreign keys reference; ALTER TABLE, CREATE INDEX and DROP on their own. Undefined when not known.
 */
function tablesWaitedOn(s: PgStatement): string[] | undefined {
  if (s.slow !== undefined) return s.tables
  switch (s.kind) {
    case 'CreateStmt': {
      const referenced: string[] = []
      for (const element of list(s.node.tableElts)) {
        const column = child(element, 'ColumnDef')
        const constraints = column !== undefined ? columnConstraints(column) : [child(element, 'Constraint')]
        for (const c of constraints) if (c?.contype === 'CONSTR_FOREIGN') referenced.push(relationName(c.pktable) ?? '?')
      }
      return referenced
    }
    case 'AlterTableStmt':
    case 'IndexStmt': {
      const table = relationName(s.node.relation)
      return table === undefined ? undefined : [table]
    }
    default:
      return undefined
  }
}

/** Locks that make the application's queries wait, behind the statement that waits for them: writes (SHARE and up) or reads too. */
const BLOCKING = new Set<LockMode>(['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'])

/**
 * Whether a statement needs the timeouts before it. By default only a lock that blocks reads or writes: a SHARE UPDATE
 * EXCLUSIVE (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT, COMMENT) or no table lock at all (CREATE TYPE, CREATE
 * FUNCTION) queues no application query. `postgres.timeoutsBefore: any-ddl` is squawk's reading: every DDL statement.
 */
function needsTimeouts(s: PgStatement, migration: PgMigration): boolean {
  if (!possiblySlow(s)) return false
  if (migration.timeoutsBefore === 'any-ddl') return true
  const lock = lockOf(s)
  return lock !== undefined && BLOCKING.has(lock)
}

export function firstUnguarded(migration: PgMigration, setting: 'lock_timeout' | 'statement_timeout'): PgStatement | undefined {
  // a framework migration's timeouts live in its configuration (database.yml, strong_migrations), not in the file
  if (!migration.plainSql) return undefined
  for (const s of migration.statements) {
    if (s.kind === 'VariableSetStmt' && String(s.node.name ?? '').toLowerCase() === setting) return undefined
    if (!needsTimeouts(s, migration)) continue
    // tables this migration created hold no rows and no one else's locks: nothing queues behind them
    const tables = tablesWaitedOn(s)
    if (tables !== undefined && tables.every((t) => migration.createdBefore(t, s.order))) continue
    return s
  }
  return undefined
}

export function lockPhrase(s: PgStatement): string {
  const lock = lockOf(s)
  if (lock === undefined) return 'locks'
  return `${/^[AEIOU]/.test(lock) ? 'an' : 'a'} ${lock} lock`
}
