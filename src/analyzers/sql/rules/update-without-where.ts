import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const updateWithoutWhere: SqlRule = {
  id: 'destructive-sql/update-without-where',
  check: (e) => {
    if (e.kind !== 'update' || e.where === 'present') return undefined
    const columns = e.columns.length > 0 ? ` ${e.columns.map(q).join(', ')}` : ''
    const why = e.where === 'none' ? 'has no WHERE clause' : `has a WHERE clause that is always true${e.condition ? ` (${e.condition.slice(0, 40)})` : ''}`
    return `UPDATE ${q(e.name.display)} ${why}: it overwrites${columns || ' the columns'} in every row`
  }
}
