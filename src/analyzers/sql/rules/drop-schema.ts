import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const dropSchema: SqlRule = {
  id: 'destructive-sql/drop-schema',
  check: (e) =>
    e.kind === 'drop' && e.object === 'schema'
      ? `DROP SCHEMA ${q(e.name.display)} deletes the schema${e.cascade ? ' and every table, view and function in it' : ' (and, in MySQL, every table in it)'}`
      : undefined
}
