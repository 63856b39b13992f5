/**
 * CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY cannot run inside a
 * transaction block: PostgreSQL refuses them, and the deploy stops halfway. Frameworks that wrap every migration in
 * a transaction (Rails, Django, Alembic, goose, Knex) do that unless the migration opts out.
 */
import type { PgStatement } from '../migration.js'
import type { PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { options } from '../tree.js'

function concurrentForm(s: PgStatement): string | undefined {
  if (s.kind === 'IndexStmt' && s.node.concurrent === true) return 'CREATE INDEX CONCURRENTLY'
  if (s.kind === 'DropStmt' && s.node.removeType === 'OBJECT_INDEX' && s.node.concurrent === true) return 'DROP INDEX CONCURRENTLY'
  if (s.kind === 'ReindexStmt' && options(s.node.params).get('concurrently') === true) return 'REINDEX CONCURRENTLY'
  if (s.kind === 'AlterTableStmt' && s.actions.some((a) => a.subtype === 'AT_DetachPartition' && (a.cmd.def as { PartitionCmd?: { concurrent?: boolean } } | undefined)?.PartitionCmd?.concurrent === true)) return 'DETACH PARTITION CONCURRENTLY'
  return undefined
}

export const concurrentlyInTransaction: PgRule = {
  id: 'lock-safety/concurrently-in-transaction',
  check(migration) {
    // the transaction is only assumed (a runner we do not know): a file of that one statement is how such a runner
    // is usually told to leave it alone (squawk reads it the same way)
    if (migration.assumedTransaction && migration.statements.length <= 1) return []
    const out = []
    for (const s of migration.statements) {
      if (!s.inTransaction) continue
      const form = concurrentForm(s)
      if (form === undefined) continue
      out.push({
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: framed(s, `${form} cannot run inside a transaction block, and this migration runs it in one: PostgreSQL refuses it and the migration fails halfway.`)
      })
    }
    return out
  }
}

