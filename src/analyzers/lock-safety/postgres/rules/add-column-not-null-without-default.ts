/** ADD COLUMN ... NOT NULL without a default fails on any table that has rows: the deploy stops halfway. */
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { child, columnConstraints, relationName, str } from '../tree.js'

const FILLS = new Set(['CONSTR_DEFAULT', 'CONSTR_GENERATED', 'CONSTR_IDENTITY'])

export const addColumnNotNullWithoutDefault: PgRule = {
  id: 'lock-safety/add-column-not-null-without-default',
  check(migration) {
    const out: LockFinding[] = []
    for (const s of migration.statements) {
      if (s.kind !== 'AlterTableStmt') continue
      const table = relationName(s.node.relation)
      if (migration.createdBefore(table, s.order)) continue
      for (const action of s.actions) {
        if (action.subtype !== 'AT_AddColumn') continue
        const column = child(action.cmd.def, 'ColumnDef')
        if (column === undefined) continue
        const constraints = columnConstraints(column)
        if (!constraints.some((c) => c.contype === 'CONSTR_NOTNULL') || constraints.some((c) => FILLS.has(String(c.contype)))) continue
        out.push({
          ruleId: this.id,
          statement: s,
          at: action.at,
          message: framed(s, `Adding NOT NULL column "${str(column.colname) ?? '?'}" to "${table ?? '?'}" without a default fails as soon as the table has a row.`),
          part: String(action.offset)
        })
      }
    }
    return out
  }
}
