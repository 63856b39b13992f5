/** DROP INDEX without CONCURRENTLY: an ACCESS EXCLUSIVE lock on the index's table, reads included. */
import type { PgRule } from '../rule.js'
import { framed } from '../rule.js'

export const dropIndexNonConcurrently: PgRule = {
  id: 'lock-safety/drop-index-non-concurrently',
  check(migration) {
    return migration.statements
      .filter((s) => s.kind === 'DropStmt' && s.node.removeType === 'OBJECT_INDEX' && s.node.concurrent !== true)
      .map((s) => ({
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: framed(s, 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table: reads and writes wait behind it, and behind any long query that holds the table.')
      }))
  }
}
