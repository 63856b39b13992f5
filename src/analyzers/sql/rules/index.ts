/** Every destructive-sql rule, in the order their findings are reported for one statement. */
import { alterColumnType } from './alter-column-type.js'
import { cascade } from './cascade.js'
import { deleteWithoutWhere } from './delete-without-where.js'
import { dropColumn } from './drop-column.js'
import { dropConstraint } from './drop-constraint.js'
import { dropDatabase } from './drop-database.js'
import { dropNotNull } from './drop-not-null.js'
import { dropObject } from './drop-object.js'
import { dropSchema } from './drop-schema.js'
import { dropTable } from './drop-table.js'
import { renameColumn } from './rename-column.js'
import { renameTable } from './rename-table.js'
import { truncate } from './truncate.js'
import { updateWithoutWhere } from './update-without-where.js'
import type { SqlRule } from './rule.js'

export type { SqlRule } from './rule.js'

export const SQL_RULES: SqlRule[] = [
  dropDatabase,
  dropSchema,
  dropTable,
  dropColumn,
  truncate,
  deleteWithoutWhere,
  updateWithoutWhere,
  cascade,
  dropObject,
  dropConstraint,
  dropNotNull,
  alterColumnType,
  renameTable,
  renameColumn
]
