/**
 * DDL with no `lock_timeout` set before it: when a long query holds the table, the ALTER waits for its lock, and
 * every query that arrives after it waits behind the ALTER. A short lock_timeout makes it give up (and retry) instead.
 */
import type { PgRule } from '../rule.js'
import { firstUnguarded, lockPhrase } from '../timeouts.js'

export const missingLockTimeout: PgRule = {
  id: 'lock-safety/missing-lock-timeout',
  check(migration) {
    const s = firstUnguarded(migration, 'lock_timeout')
    if (s === undefined) return []
    return [
      {
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: `No lock_timeout is set before this statement, which takes ${lockPhrase(s)}: if another session holds the table, it waits without limit and every query after it queues behind it.`
      }
    ]
  }
}
