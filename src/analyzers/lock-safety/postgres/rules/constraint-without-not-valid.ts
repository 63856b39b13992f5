/**
 * A foreign key or CHECK constraint added without NOT VALID scans the whole table under a lock that blocks writes
 * (and, for a foreign key, the referenced table too). Adding it NOT VALID and validating it in a later transaction
 * takes only SHARE UPDATE EXCLUSIVE for the scan.
 */
import type { PgStatement } from '../migration.js'
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { child, columnConstraints, relationName, str } from '../tree.js'

const KINDS: Record<string, string> = { CONSTR_FOREIGN: 'foreign key', CONSTR_CHECK: 'CHECK constraint' }

export const constraintWithoutNotValid: PgRule = {
  id: 'lock-safety/constraint-without-not-valid',
  check(migration) {
    const out: LockFinding[] = []
    for (const s of migration.statements) {
      if (s.kind !== 'AlterTableStmt') continue
      const table = relationName(s.node.relation)
      const fresh = migration.createdBefore(table, s.order)
      for (const action of s.actions) {
        if (action.subtype === 'AT_AddConstraint') {
          const constraint = child(action.cmd.def, 'Constraint')
          const kind = KINDS[String(constraint?.contype)]
          if (constraint === undefined || kind === undefined) continue
          if (constraint.skip_validation === true || fresh) continue
          out.push(finding(this.id, s, action.at, `Adding a ${kind} to "${table ?? '?'}" without NOT VALID checks every existing row while holding a lock that blocks writes${kind === 'foreign key' ? ' on both tables' : ''}.`, action.offset))
        } else if (action.subtype === 'AT_AddColumn' && !fresh) {
          const column = child(action.cmd.def, 'ColumnDef')
          if (column === undefined || !columnConstraints(column).some((c) => c.contype === 'CONSTR_FOREIGN')) continue
          out.push(finding(this.id, s, action.at, `Adding column "${str(column.colname) ?? '?'}" with REFERENCES validates the foreign key at once, holding SHARE ROW EXCLUSIVE locks on both tables while it scans.`, action.offset))
        }
      }
    }
    return out
  }
}

function finding(ruleId: string, s: PgStatement, at: LockFinding['at'], message: string, offset: number): LockFinding {
  return { ruleId, statement: s, at, message: framed(s, message), part: String(offset) }
}
