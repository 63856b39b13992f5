import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const cascade: SqlRule = {
  id: 'destructive-sql/cascade',
  check: (e) => {
    if (!('cascade' in e) || !e.cascade) return undefined
    switch (e.kind) {
      case 'drop':
        return `DROP ${e.object.toUpperCase()} ${q(e.name.display)} CASCADE also drops every object that depends on it (views, foreign keys, and in a schema every table)`
      case 'truncate':
        return `TRUNCATE ${q(e.name.display)} CASCADE also empties every table that references it through a foreign key`
      case 'drop-column':
        return `DROP COLUMN ${q(e.column)} CASCADE on ${q(e.table.display)} also drops the views, indexes and constraints that use the column`
      case 'drop-constraint':
        return `DROP CONSTRAINT ${q(e.constraint)} CASCADE on ${q(e.table.display)} also drops the foreign keys that depend on it`
    }
  }
}
