/** CREATE INDEX without CONCURRENTLY: a SHARE lock that blocks every write to the table while the index builds. */
import type { PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { relationName } from '../tree.js'

export const createIndexNonConcurrently: PgRule = {
  id: 'lock-safety/create-index-non-concurrently',
  check(migration) {
    return migration.statements
      .filter((s) => s.kind === 'IndexStmt' && s.node.concurrent !== true && !migration.createdBefore(relationName(s.node.relation), s.order))
      .map((s) => ({
        ruleId: this.id,
        statement: s,
        at: s.at,
        message: framed(s, `Building index on "${relationName(s.node.relation) ?? '?'}" without CONCURRENTLY takes a SHARE lock: every INSERT, UPDATE and DELETE on the table waits until the build ends.`)
      }))
  }
}
