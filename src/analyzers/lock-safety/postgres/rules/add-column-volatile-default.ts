/**
 * ADD COLUMN with a default that must be computed per row (a volatile function, a serial, an identity, a stored
 * generated column) rewrites the whole table under ACCESS EXCLUSIVE. Before PostgreSQL 12, any default is
 * treated as rewriting (PostgreSQL 11 was the first to store constant defaults in the catalog).
 */
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { atLeast } from '../../version.js'
import { child, columnConstraints, relationName, str, typeNames } from '../tree.js'
import { isNonVolatile } from '../volatility.js'

const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2'])

export const addColumnVolatileDefault: PgRule = {
  id: 'lock-safety/add-column-volatile-default',
  check(migration) {
    let fast: boolean | undefined
    const fastDefaults = (): boolean => (fast ??= atLeast(migration.version, 12))
    const out: LockFinding[] = []
    for (const s of migration.statements) {
      if (s.kind !== 'AlterTableStmt') continue
      const table = relationName(s.node.relation)
      if (migration.createdBefore(table, s.order)) continue
      for (const action of s.actions) {
        if (action.subtype !== 'AT_AddColumn') continue
        const column = child(action.cmd.def, 'ColumnDef')
        if (column === undefined) continue
        const name = str(column.colname) ?? '?'
        let why: string | undefined
        const type = typeNames(column).at(-1)
        if (type !== undefined && SERIAL.has(type)) why = `its ${type} type fills every existing row from a sequence`
        for (const c of columnConstraints(column)) {
          if (c.contype === 'CONSTR_GENERATED') why = 'a stored generated column is computed for every existing row'
          else if (c.contype === 'CONSTR_IDENTITY') why = 'an identity column fills every existing row from a sequence'
          else if (c.contype === 'CONSTR_DEFAULT' && (!fastDefaults() || !isNonVolatile(c.raw_expr, migration.stableFunctions))) {
            why = fastDefaults() ? 'its default is volatile (or not known to be stable), so it is computed for every existing row' : 'before PostgreSQL 12 a column default is written into every existing row'
          }
        }
        if (why === undefined) continue
        out.push({
          ruleId: this.id,
          statement: s,
          at: action.at,
          message: framed(s, `Adding column "${name}" to "${table ?? '?'}" rewrites the table under an ACCESS EXCLUSIVE lock: ${why}.`),
          part: String(action.offset)
        })
      }
    }
    return out
  }
}
