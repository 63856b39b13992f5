/** ALTER TABLE ... ALGORITHM=COPY: the table is copied row by row while writes wait, whatever the change. */
import type { MySqlRule } from '../rule.js'

export const mysqlCopyAlgorithm: MySqlRule = {
  id: 'lock-safety/mysql-copy-algorithm',
  check(migration) {
    const out = []
    for (const statement of migration.statements) {
      const clause = statement.clauses.find((c) => c.words[0] === 'ALGORITHM' && c.words.includes('COPY'))
      if (clause === undefined) continue
      out.push({
        ruleId: this.id,
        statement,
        at: clause.at,
        message: `ALTER TABLE ${statement.table} asks for ALGORITHM=COPY: the table is rebuilt row by row and writes to it wait until the copy ends.`
      })
    }
    return out
  }
}
