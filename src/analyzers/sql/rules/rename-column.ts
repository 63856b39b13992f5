import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const renameColumn: SqlRule = {
  id: 'destructive-sql/rename-column',
  check: (e) =>
    e.kind === 'rename-column'
      ? `Renaming column ${q(e.table.display)}.${q(e.column)} to ${q(e.to)} breaks the running application, which still uses the old name`
      : undefined
}
