/** CLUSTER rewrites the table in index order under ACCESS EXCLUSIVE; PostgreSQL 19's `REPACK (CONCURRENTLY) ... USING INDEX` does not block. */
import type { PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { atLeast } from '../../version.js'

export const cluster: PgRule = {
  id: 'lock-safety/cluster',
  check(migration) {
    // the version is asked only when there is something to judge (a probe notes every version a rule asks about)
    const found = migration.statements.filter((s) => s.kind === 'ClusterStmt')
    if (found.length === 0 || !atLeast(migration.version, 19)) return []
    return found
      .map((s) => ({
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: framed(s, 'CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole rewrite.')
      }))
  }
}
