/** REINDEX without CONCURRENTLY (PostgreSQL 12+) blocks writes to the table and reads that would use the index. */
import type { PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { atLeast } from '../../version.js'
import { options } from '../tree.js'

export const reindexNonConcurrently: PgRule = {
  id: 'lock-safety/reindex-non-concurrently',
  check(migration) {
    // system catalogs cannot be reindexed concurrently
    const found = migration.statements.filter((s) => s.kind === 'ReindexStmt' && s.node.kind !== 'REINDEX_OBJECT_SYSTEM' && options(s.node.params).get('concurrently') !== true)
    if (found.length === 0 || !atLeast(migration.version, 12)) return []
    return found
      .map((s) => ({
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: framed(s, 'REINDEX without CONCURRENTLY locks out writes to the table (ACCESS EXCLUSIVE on the index) until every index is rebuilt.')
      }))
  }
}
