import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const alterColumnType: SqlRule = {
  id: 'destructive-sql/alter-column-type',
  check: (e) =>
    e.kind === 'alter-column-type'
      ? `Changing the type of ${q(e.table.display)}.${q(e.column)}${e.type ? ` to ${e.type}` : ''} rewrites the table under a lock and can truncate or reject existing values`
      : undefined
}
