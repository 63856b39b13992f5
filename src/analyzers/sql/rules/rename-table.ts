import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const renameTable: SqlRule = {
  id: 'destructive-sql/rename-table',
  check: (e) =>
    e.kind === 'rename-table' ? `Renaming table ${q(e.name.display)} to ${q(e.to.display)} breaks the running application, which still uses the old name` : undefined
}
