/** DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+) locks the parent table ACCESS EXCLUSIVE. */
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { atLeast } from '../../version.js'
import { child, relationName } from '../tree.js'

export const detachPartitionNonConcurrently: PgRule = {
  id: 'lock-safety/detach-partition-non-concurrently',
  check(migration) {
    if (!migration.statements.some((s) => s.actions.some((a) => a.subtype === 'AT_DetachPartition')) || !atLeast(migration.version, 14)) return []
    const out: LockFinding[] = []
    for (const s of migration.statements) {
      for (const action of s.actions) {
        if (action.subtype !== 'AT_DetachPartition' || child(action.cmd.def, 'PartitionCmd')?.concurrent === true) continue
        out.push({
          ruleId: this.id,
          statement: s,
          at: action.at,
          message: framed(s, `DETACH PARTITION without CONCURRENTLY locks "${relationName(s.node.relation) ?? '?'}" ACCESS EXCLUSIVE: every query on the partitioned table waits.`),
          part: String(action.offset)
        })
      }
    }
    return out
  }
}
