/** ALTER TABLE clauses that InnoDB cannot run INSTANT or INPLACE with LOCK=NONE on the declared server version. */
import type { MySqlRule } from '../rule.js'
import { describe } from '../../version.js'
import { blockingReason, demandsOnline } from '../online-ddl.js'

export const mysqlBlockingAlter: MySqlRule = {
  id: 'lock-safety/mysql-blocking-alter',
  check(migration) {
    const out = []
    for (const statement of migration.statements) {
      if (demandsOnline(statement)) continue
      for (const clause of statement.clauses) {
        const reason = blockingReason(clause, statement, migration.version)
        if (reason === undefined) continue
        out.push({
          ruleId: this.id,
          statement,
          at: clause.at,
          message: `${statement.kind === 'index' ? 'CREATE INDEX' : 'ALTER TABLE'} ${statement.table} cannot run online on MySQL ${describe(migration.version)}: ${reason}.`,
          part: clause.text
        })
      }
    }
    return out
  }
}
