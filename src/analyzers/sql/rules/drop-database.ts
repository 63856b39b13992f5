import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const dropDatabase: SqlRule = {
  id: 'destructive-sql/drop-database',
  check: (e) => (e.kind === 'drop' && e.object === 'database' ? `DROP DATABASE ${q(e.name.display)} deletes the database and everything in it` : undefined)
}
