import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const dropConstraint: SqlRule = {
  id: 'destructive-sql/drop-constraint',
  check: (e) =>
    e.kind === 'drop-constraint' ? `DROP CONSTRAINT ${q(e.constraint)} on ${q(e.table.display)} removes a guarantee the data and the application rely on` : undefined
}
