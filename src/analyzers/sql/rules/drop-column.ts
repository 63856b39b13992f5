import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const dropColumn: SqlRule = {
  id: 'destructive-sql/drop-column',
  check: (e) => (e.kind === 'drop-column' ? `DROP COLUMN ${q(e.column)} on ${q(e.table.display)} deletes the column and its value in every row` : undefined)
}
