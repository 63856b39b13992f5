/**
 * ALTER COLUMN ... TYPE rewrites the table (and rebuilds its indexes) under ACCESS EXCLUSIVE, unless the old type
 * converts to the new one without a rewrite (varchar(n) to a longer varchar or to text), which the migration alone
 * cannot show.
 */
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { child, relationName, str, typeNames } from '../tree.js'

export const columnTypeChange: PgRule = {
  id: 'lock-safety/column-type-change',
  check(migration) {
    const out: LockFinding[] = []
    for (const s of migration.statements) {
      if (s.kind !== 'AlterTableStmt') continue
      const table = relationName(s.node.relation)
      if (migration.createdBefore(table, s.order)) continue
      for (const action of s.actions) {
        if (action.subtype !== 'AT_AlterColumnType') continue
        const column = child(action.cmd.def, 'ColumnDef')
        const type = column === undefined ? undefined : typeNames(column).at(-1)
        out.push({
          ruleId: this.id,
          statement: s,
          at: action.at,
          message: framed(s, `Changing the type of "${table ?? '?'}"."${str(action.cmd.name) ?? '?'}"${type ? ` to ${type}` : ''} can rewrite the whole table and its indexes under an ACCESS EXCLUSIVE lock.`),
          part: String(action.offset)
        })
      }
    }
    return out
  }
}
