/**
 * VACUUM FULL rewrites the table under ACCESS EXCLUSIVE. From PostgreSQL 19, `REPACK (CONCURRENTLY)` does the same
 * without blocking; before that there is no concurrent form in core (pg_repack is the extension that does it).
 */
import type { PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { atLeast } from '../../version.js'
import { options } from '../tree.js'

export const vacuumFull: PgRule = {
  id: 'lock-safety/vacuum-full',
  check(migration) {
    const found = migration.statements.filter((s) => s.kind === 'VacuumStmt' && s.node.is_vacuumcmd === true && options(s.node.options).get('full') === true)
    if (found.length === 0 || !atLeast(migration.version, 19)) return []
    return found
      .map((s) => ({
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: framed(s, 'VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole rewrite.')
      }))
  }
}
