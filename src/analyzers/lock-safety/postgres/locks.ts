/**
 * The lock a PostgreSQL statement takes, as the timeout rules name it. "Possibly slow" statements are the DDL and
 * maintenance commands (squawk's reading): they queue behind a long query, and everything else queues behind them.
 */
import type { PgStatement } from './migration.js'
import { child, columnConstraints, list, options } from './tree.js'

export type LockMode = 'ACCESS EXCLUSIVE' | 'EXCLUSIVE' | 'SHARE ROW EXCLUSIVE' | 'SHARE' | 'SHARE UPDATE EXCLUSIVE' | 'ROW EXCLUSIVE' | 'ROW SHARE' | 'ACCESS SHARE'

const NOT_DDL = new Set([
  'SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'TransactionStmt', 'VariableSetStmt', 'VariableShowStmt',
  'GrantStmt', 'GrantRoleStmt', 'DoStmt', 'CopyStmt', 'ExplainStmt', 'CallStmt', 'NotifyStmt', 'ListenStmt', 'UnlistenStmt',
  'PrepareStmt', 'ExecuteStmt', 'DeallocateStmt', 'DeclareCursorStmt', 'FetchStmt', 'ClosePortalStmt', 'CheckPointStmt',
  'DiscardStmt', 'LoadStmt', 'ConstraintsSetStmt', 'CreateStmt'
])

function hasForeignKey(s: PgStatement): boolean {
  for (const element of list(s.node.tableElts)) {
    const column = child(element, 'ColumnDef')
    if (column !== undefined && columnConstraints(column).some((c) => c.contype === 'CONSTR_FOREIGN')) return true
    if (child(element, 'Constraint')?.contype === 'CONSTR_FOREIGN') return true
  }
  return false
}

export function possiblySlow(s: PgStatement): boolean {
  if (s.slow !== undefined) return s.slow
  if (s.kind === 'CreateStmt') return hasForeignKey(s)
  if (s.kind === 'VacuumStmt') return s.node.is_vacuumcmd === true
  return !NOT_DDL.has(s.kind)
}

const LOCK_MODES: Record<string, LockMode> = {
  '1': 'ACCESS SHARE', '2': 'ROW SHARE', '3': 'ROW EXCLUSIVE', '4': 'SHARE UPDATE EXCLUSIVE', '5': 'SHARE', '6': 'SHARE ROW EXCLUSIVE', '7': 'EXCLUSIVE', '8': 'ACCESS EXCLUSIVE'
}

const WEAKER_ALTERS: Record<string, LockMode> = {
  AT_ValidateConstraint: 'SHARE UPDATE EXCLUSIVE', AT_SetStatistics: 'SHARE UPDATE EXCLUSIVE', AT_SetOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ResetOptions: 'SHARE UPDATE EXCLUSIVE', AT_SetRelOptions: 'SHARE UPDATE EXCLUSIVE', AT_ResetRelOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ClusterOn: 'SHARE UPDATE EXCLUSIVE', AT_DropCluster: 'SHARE UPDATE EXCLUSIVE', AT_EnableTrig: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrig: 'SHARE ROW EXCLUSIVE', AT_EnableAlwaysTrig: 'SHARE ROW EXCLUSIVE', AT_EnableReplicaTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableTrigAll: 'SHARE ROW EXCLUSIVE', AT_DisableTrigAll: 'SHARE ROW EXCLUSIVE', AT_EnableTrigUser: 'SHARE ROW EXCLUSIVE', AT_DisableTrigUser: 'SHARE ROW EXCLUSIVE'
}

const RANK: LockMode[] = ['ACCESS SHARE', 'ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE']

/** The strongest lock the statement takes on a table, when known. */
export function lockOf(s: PgStatement): LockMode | undefined {
  if (s.lock !== undefined || s.slow !== undefined) return s.lock
  switch (s.kind) {
    case 'AlterTableStmt': {
      let strongest: LockMode | undefined
      for (const action of s.actions) {
        let mode: LockMode = WEAKER_ALTERS[action.subtype] ?? 'ACCESS EXCLUSIVE'
        if (action.subtype === 'AT_AddConstraint' && child(action.cmd.def, 'Constraint')?.contype === 'CONSTR_FOREIGN') mode = 'SHARE ROW EXCLUSIVE'
        if (strongest === undefined || RANK.indexOf(mode) > RANK.indexOf(strongest)) strongest = mode
      }
      return strongest ?? 'ACCESS EXCLUSIVE'
    }
    case 'IndexStmt':
      return s.node.concurrent === true ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE'
    case 'DropStmt':
      return s.node.removeType === 'OBJECT_INDEX' && s.node.concurrent === true ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE'
    case 'ReindexStmt':
      return options(s.node.params).get('concurrently') === true ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE'
    case 'VacuumStmt':
      return options(s.node.options).get('full') === true ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE'
    case 'RefreshMatViewStmt':
      return s.node.concurrent === true ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE'
    case 'LockStmt':
      return LOCK_MODES[String(s.node.mode ?? 8)] ?? 'ACCESS EXCLUSIVE'
    case 'CommentStmt':
      return 'SHARE UPDATE EXCLUSIVE'
    case 'ClusterStmt':
    case 'TruncateStmt':
    case 'RenameStmt':
      return 'ACCESS EXCLUSIVE'
    case 'CreateStmt':
      return 'SHARE ROW EXCLUSIVE'
    default:
      return undefined
  }
}
