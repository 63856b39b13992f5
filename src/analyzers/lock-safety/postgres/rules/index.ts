/** Every PostgreSQL lock rule, one per file, in the order their findings are listed. */
import type { PgRule } from '../rule.js'
import { addColumnNotNullWithoutDefault } from './add-column-not-null-without-default.js'
import { addColumnVolatileDefault } from './add-column-volatile-default.js'
import { addConstraintWithoutIndex } from './add-constraint-without-index.js'
import { cluster } from './cluster.js'
import { columnTypeChange } from './column-type-change.js'
import { concurrentlyInTransaction } from './concurrently-in-transaction.js'
import { constraintWithoutNotValid } from './constraint-without-not-valid.js'
import { createIndexNonConcurrently } from './create-index-non-concurrently.js'
import { detachPartitionNonConcurrently } from './detach-partition-non-concurrently.js'
import { dropIndexNonConcurrently } from './drop-index-non-concurrently.js'
import { enumAddValueInTransaction } from './enum-add-value-in-transaction.js'
import { missingLockTimeout } from './missing-lock-timeout.js'
import { missingStatementTimeout } from './missing-statement-timeout.js'
import { reindexNonConcurrently } from './reindex-non-concurrently.js'
import { setNotNull } from './set-not-null.js'
import { vacuumFull } from './vacuum-full.js'
import { validateInSameTransaction } from './validate-in-same-transaction.js'

export const POSTGRES_RULES: PgRule[] = [
  createIndexNonConcurrently,
  dropIndexNonConcurrently,
  concurrentlyInTransaction,
  constraintWithoutNotValid,
  validateInSameTransaction,
  setNotNull,
  addColumnVolatileDefault,
  addColumnNotNullWithoutDefault,
  addConstraintWithoutIndex,
  columnTypeChange,
  detachPartitionNonConcurrently,
  reindexNonConcurrently,
  vacuumFull,
  cluster,
  enumAddValueInTransaction,
  missingLockTimeout,
  missingStatementTimeout
]
