/** A MySQL / MariaDB SQL migration through the lock rules. */
import type { Detection } from '../../analyzer.js'
import { evidenceOf, normalizeStatement } from '../../sql/engine.js'
import type { SqlDialect } from '../../sql/dialect.js'
import type { ServerVersion } from '../version.js'
import { readMySql, type MySqlMigration } from './migration.js'
import type { MySqlRule } from './rule.js'
import { mysqlBlockingAlter } from './rules/blocking-alter.js'
import { mysqlCopyAlgorithm } from './rules/copy-algorithm.js'

const MYSQL_RULES: MySqlRule[] = [mysqlCopyAlgorithm, mysqlBlockingAlter]

export function readMySqlMigration(path: string, text: string, dialect: SqlDialect, version: ServerVersion): MySqlMigration {
  return readMySql(path, text, dialect, version)
}

export function checkMySql(migration: MySqlMigration): Detection[] {
  return MYSQL_RULES.flatMap((rule) => rule.check(migration))
    .map((f) => ({
      ruleId: f.ruleId,
      line: f.at.line,
      column: f.at.column,
      message: f.message,
      evidence: evidenceOf(f.statement.text),
      identity: `mysql:${normalizeStatement(f.statement.text)}${f.part !== undefined ? `#${normalizeStatement(f.part)}` : ''}`
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
}
