/**
 * DDL with no `statement_timeout` set before it: a scan or rewrite that takes far longer than planned holds its lock
 * all along. Reported on its own only when lock_timeout is set (else missing-lock-timeout says both, once).
 */
import type { PgRule } from '../rule.js'
import { firstUnguarded, lockPhrase } from '../timeouts.js'

export const missingStatementTimeout: PgRule = {
  id: 'lock-safety/missing-statement-timeout',
  check(migration) {
    const s = firstUnguarded(migration, 'statement_timeout')
    if (s === undefined || firstUnguarded(migration, 'lock_timeout') === s) return []
    return [
      {
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: `No statement_timeout is set before this statement, which takes ${lockPhrase(s)}: if it runs far longer than planned, it holds that lock all along.`
      }
    ]
  }
}
