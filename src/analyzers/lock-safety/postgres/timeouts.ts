/** Shared by the two timeout rules: the first possibly slow statement that runs before `SET <setting>`. */
import { lockOf, possiblySlow } from './locks.js'
import type { PgMigration, PgStatement } from './migration.js'

export function firstUnguarded(migration: PgMigration, setting: 'lock_timeout' | 'statement_timeout'): PgStatement | undefined {
  // a framework migration's timeouts live in its configuration (database.yml, strong_migrations), not in the file
  if (!migration.plainSql) return undefined
  for (const s of migration.statements) {
    if (s.kind === 'VariableSetStmt' && String(s.node.name ?? '').toLowerCase() === setting) return undefined
    if (possiblySlow(s)) return s
  }
  return undefined
}

export function lockPhrase(s: PgStatement): string {
  const lock = lockOf(s)
  if (lock === undefined) return 'locks'
  return `${/^[AEIOU]/.test(lock) ? 'an' : 'a'} ${lock} lock`
}
