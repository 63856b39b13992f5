import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const deleteWithoutWhere: SqlRule = {
  id: 'destructive-sql/delete-without-where',
  check: (e) =>
    e.kind !== 'delete' || e.where === 'present'
      ? undefined
      : e.where === 'none'
        ? `DELETE FROM ${q(e.name.display)} has no WHERE clause: it deletes every row`
        : `DELETE FROM ${q(e.name.display)} has a WHERE clause that is always true${e.condition ? ` (${e.condition.slice(0, 40)})` : ''}: it deletes every row`
}
