import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const dropNotNull: SqlRule = {
  id: 'destructive-sql/drop-not-null',
  check: (e) =>
    e.kind === 'drop-not-null' ? `DROP NOT NULL on ${q(e.table.display)}.${q(e.column)}: readers that expect a value will start getting NULL` : undefined
}
