/**
 * ALTER COLUMN ... SET NOT NULL scans the whole table under ACCESS EXCLUSIVE. From PostgreSQL 12 the scan is skipped
 * when a validated `CHECK (col IS NOT NULL)` already proves it: add that NOT VALID, validate it, then SET NOT NULL.
 */
import type { LockFinding, PgRule } from '../rule.js'
import { framed } from '../rule.js'
import { atLeast } from '../../version.js'
import { child, relationName, str, strings, type PgNode } from '../tree.js'

/** `col IS NOT NULL` -> col. */
function notNullColumn(expr: unknown): string | undefined {
  const test = child(expr, 'NullTest')
  if (test === undefined || test.nulltesttype !== 'IS_NOT_NULL') return undefined
  const ref = child(test.arg, 'ColumnRef')
  const names = strings(ref?.fields)
  return names.length === 1 ? names[0] : undefined
}

export const setNotNull: PgRule = {
  id: 'lock-safety/set-not-null',
  check(migration) {
    let pg12Known: boolean | undefined
    const pg12 = (): boolean => (pg12Known ??= atLeast(migration.version, 12))
    const checks = new Map<string, string>() // constraint -> table.column it proves NOT NULL
    const validated = new Set<string>() // table.column
    const validatedElsewhere = new Set<string>() // tables with a VALIDATE of a constraint added in an earlier migration
    const out: LockFinding[] = []
    for (const s of migration.statements) {
      if (s.kind !== 'AlterTableStmt') continue
      const table = relationName(s.node.relation) ?? '?'
      for (const action of s.actions) {
        const cmd: PgNode = action.cmd
        if (action.subtype === 'AT_AddConstraint') {
          // the version is asked only when it decides something (a probe notes every version a rule asks about)
          const constraint = child(cmd.def, 'Constraint')
          const column = constraint?.contype === 'CONSTR_CHECK' && constraint.skip_validation === true ? notNullColumn(constraint.raw_expr) : undefined
          const name = str(constraint?.conname)
          if (column !== undefined && name !== undefined && pg12()) checks.set(name, `${table}.${column}`)
        } else if (action.subtype === 'AT_ValidateConstraint' && pg12()) {
          const proven = checks.get(str(cmd.name) ?? '')
          if (proven !== undefined && proven.startsWith(`${table}.`)) validated.add(proven)
          else if (proven === undefined) validatedElsewhere.add(table)
        } else if (action.subtype === 'AT_SetNotNull') {
          const column = str(cmd.name) ?? '?'
          if (pg12() && (validated.has(`${table}.${column}`) || validatedElsewhere.has(table))) continue
          if (migration.createdBefore(table, s.order)) continue
          const keyword = /\bSET\s+NOT\s+NULL\b/i.exec(s.text.slice(action.offset))
          out.push({
            ruleId: this.id,
            statement: s,
            at: keyword === null ? action.at : s.position(action.offset + keyword.index),
            message: framed(s, `SET NOT NULL on "${table}"."${column}" scans every row under an ACCESS EXCLUSIVE lock: reads and writes wait until it is done.`),
            hint: pg12()
              ? 'Add CHECK ("col" IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later transaction, then SET NOT NULL (it skips the scan) and drop the check.'
              : 'Before PostgreSQL 12 a validated CHECK does not spare the scan: keep the column nullable with a validated CHECK (col IS NOT NULL) constraint instead.',
            part: String(action.offset)
          })
        }
      }
    }
    return out
  }
}
