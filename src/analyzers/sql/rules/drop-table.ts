import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const dropTable: SqlRule = {
  id: 'destructive-sql/drop-table',
  check: (e) =>
    e.kind !== 'drop' || e.object !== 'table'
      ? undefined
      : e.via !== undefined
        ? `${e.via} ${q(e.name.display)} drops the existing table and every row in it`
        : `DROP TABLE ${q(e.name.display)} deletes the table and every row in it`
}
