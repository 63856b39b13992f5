/**
 * DDL with no `lock_timeout` set before it: when a long query holds the table, the ALTER waits for its lock, and
 * every query that arrives after it waits behind the ALTER. A short lock_timeout makes it give up (and retry) instead.
 * One finding per migration: when statement_timeout is missing too (the usual case), this finding says both, and
 * missing-statement-timeout stays silent.
 */
import type { PgRule } from '../rule.js'
import { firstUnguarded, lockPhrase } from '../timeouts.js'

export const missingLockTimeout: PgRule = {
  id: 'lock-safety/missing-lock-timeout',
  check(migration) {
    const s = firstUnguarded(migration, 'lock_timeout')
    if (s === undefined) return []
    const both = firstUnguarded(migration, 'statement_timeout') === s
    return [
      {
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: both
          ? `Neither lock_timeout nor statement_timeout is set before this statement, which takes ${lockPhrase(s)}: if another session holds the table, it waits without limit and every query after it queues behind it; once it runs, nothing bounds how long it holds the lock.`
          : `No lock_timeout is set before this statement, which takes ${lockPhrase(s)}: if another session holds the table, it waits without limit and every query after it queues behind it.`,
        hint: both
          ? "Start the migration with SET lock_timeout = '2s'; and SET statement_timeout = '15min'; (retry the deploy if the lock is not granted)."
          : "Start the migration with SET lock_timeout = '2s'; (retry the deploy if the lock is not granted)."
      }
    ]
  }
}
