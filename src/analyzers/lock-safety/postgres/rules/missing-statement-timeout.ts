/** DDL with no `statement_timeout` set before it: a scan or rewrite that takes far longer than planned holds its lock all along. */
import type { PgRule } from '../rule.js'
import { firstUnguarded, lockPhrase } from '../timeouts.js'

export const missingStatementTimeout: PgRule = {
  id: 'lock-safety/missing-statement-timeout',
  check(migration) {
    const s = firstUnguarded(migration, 'statement_timeout')
    if (s === undefined) return []
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
