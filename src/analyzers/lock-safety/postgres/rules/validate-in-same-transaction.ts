/**
 * ADD CONSTRAINT ... NOT VALID followed by VALIDATE CONSTRAINT in the same transaction: the ADD's lock is held until
 * COMMIT, so the validating scan blocks writes exactly as a plain ADD CONSTRAINT would.
 */
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { child, str } from '../tree.js'

export const validateInSameTransaction: PgRule = {
  id: 'lock-safety/validate-in-same-transaction',
  check(migration) {
    const out: LockFinding[] = []
    const notValid = new Set<string>() // constraints added NOT VALID in the transaction that is open
    let open = false
    for (const s of migration.statements) {
      if (s.kind === 'TransactionStmt') {
        if (!open) notValid.clear()
        open = s.inTransaction
        continue
      }
      if (s.kind !== 'AlterTableStmt') continue
      for (const action of s.actions) {
        if (action.subtype === 'AT_AddConstraint') {
          const constraint = child(action.cmd.def, 'Constraint')
          const name = str(constraint?.conname)
          if (constraint?.skip_validation === true && name !== undefined && s.inTransaction) notValid.add(name)
        } else if (action.subtype === 'AT_ValidateConstraint' && s.inTransaction) {
          const name = str(action.cmd.name)
          if (name === undefined || !notValid.has(name)) continue
          out.push({
            ruleId: this.id,
            statement: s,
            at: action.at,
            message: framed(s, `VALIDATE CONSTRAINT "${name}" runs in the transaction that added it NOT VALID: the lock the ADD took is still held, so the scan blocks writes anyway.`),
            part: String(action.offset)
          })
        }
      }
    }
    return out
  }
}
