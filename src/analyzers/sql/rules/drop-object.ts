import type { SqlRule } from './rule.js'
import { q } from './rule.js'

/** DROPs of objects other than tables, databases and schemas: code that uses them breaks, data is rebuilt or not at risk. */
export const dropObject: SqlRule = {
  id: 'destructive-sql/drop-object',
  check: (e) => {
    if (e.kind !== 'drop' || e.object === 'table' || e.object === 'database' || e.object === 'schema') return undefined
    if (e.object === 'owned by') return `DROP OWNED BY ${q(e.name.display)} drops every object that role owns`
    return `DROP ${e.object.toUpperCase()} ${q(e.name.display)} removes the ${e.object}; whatever uses it fails`
  }
}
