/**
 * ADD PRIMARY KEY / ADD UNIQUE builds their index under ACCESS EXCLUSIVE, reads included. Build the unique index
 * CONCURRENTLY first, then attach it with `ADD CONSTRAINT ... USING INDEX`, which only takes the lock for a moment.
 */
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { child, columnConstraints, relationName, str } from '../tree.js'

const KINDS: Record<string, string> = { CONSTR_PRIMARY: 'PRIMARY KEY', CONSTR_UNIQUE: 'UNIQUE constraint' }

export const addConstraintWithoutIndex: PgRule = {
  id: 'lock-safety/add-constraint-without-index',
  check(migration) {
    const out: LockFinding[] = []
    for (const s of migration.statements) {
      if (s.kind !== 'AlterTableStmt') continue
      const table = relationName(s.node.relation)
      if (migration.createdBefore(table, s.order)) continue
      for (const action of s.actions) {
        let kind: string | undefined
        if (action.subtype === 'AT_AddConstraint') {
          const constraint = child(action.cmd.def, 'Constraint')
          if (constraint !== undefined && str(constraint.indexname) === undefined) kind = KINDS[String(constraint.contype)]
        } else if (action.subtype === 'AT_AddColumn') {
          const column = child(action.cmd.def, 'ColumnDef')
          const inline = column === undefined ? undefined : columnConstraints(column).find((c) => KINDS[String(c.contype)] !== undefined)
          if (inline !== undefined) kind = `${KINDS[String(inline.contype)]} on the new column`
        }
        if (kind === undefined) continue
        out.push({
          ruleId: this.id,
          statement: s,
          at: action.at,
          message: framed(s, `Adding a ${kind} to "${table ?? '?'}" builds its index under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build.`),
          part: String(action.offset)
        })
      }
    }
    return out
  }
}
