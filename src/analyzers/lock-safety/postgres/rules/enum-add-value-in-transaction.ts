/** ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12: the migration fails. */
import type { PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { atLeast } from '../../version.js'
import { strings } from '../tree.js'

export const enumAddValueInTransaction: PgRule = {
  id: 'lock-safety/enum-add-value-in-transaction',
  check(migration) {
    const found = migration.statements.filter((s) => s.kind === 'AlterEnumStmt' && s.inTransaction && typeof s.node.newVal === 'string' && s.node.oldVal === undefined)
    if (found.length === 0 || atLeast(migration.version, 12)) return []
    return found
      .map((s) => ({
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: framed(s, `ALTER TYPE ${strings(s.node.typeName).join('.')} ADD VALUE runs inside a transaction block, which PostgreSQL before 12 refuses: the migration fails.`)
      }))
  }
}
