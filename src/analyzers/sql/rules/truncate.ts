import type { SqlRule } from './rule.js'
import { q } from './rule.js'

export const truncate: SqlRule = {
  id: 'destructive-sql/truncate',
  check: (e) =>
    e.kind !== 'truncate'
      ? undefined
      : e.partition !== undefined
        ? `Dropping or truncating partition ${q(e.partition)} of ${q(e.name.display)} deletes every row in it`
        : `TRUNCATE ${q(e.name.display)} deletes every row in the table`
}
