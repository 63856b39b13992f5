/**
 * What InnoDB's online DDL can do with one ALTER TABLE clause, by server version (MySQL 8.0/8.4 reference, "Online
 * DDL Operations"): undefined when the clause runs INSTANT or INPLACE with concurrent DML; else why it cannot.
 */
import { atLeast, type ServerVersion } from '../version.js'
import type { MySqlAlter, MySqlClause } from './migration.js'

function has(words: string[], ...sequence: string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (words[i + j] !== sequence[j]) continue outer
    return true
  }
  return false
}

export function blockingReason(clause: MySqlClause, statement: MySqlAlter, version: ServerVersion): string | undefined {
  const w = clause.words
  const first = w[0]
  if (!atLeast(version, 5, 6)) return first === 'RENAME' ? undefined : 'before MySQL 5.6 every ALTER TABLE copies the table and blocks writes'
  if (first === 'LOCK' && (w.includes('SHARED') || w.includes('EXCLUSIVE'))) return `LOCK=${w.includes('SHARED') ? 'SHARED' : 'EXCLUSIVE'} blocks ${w.includes('SHARED') ? 'writes' : 'reads and writes'} for the whole operation`
  if (statement.kind === 'index') return w.includes('FULLTEXT') || w.includes('SPATIAL') ? `a ${w.includes('FULLTEXT') ? 'FULLTEXT' : 'SPATIAL'} index is built under LOCK=SHARED: writes wait` : undefined
  if (first === 'ADD') {
    if (w[1] === 'FULLTEXT' || w[1] === 'SPATIAL') return `adding a ${w[1]} index takes LOCK=SHARED: writes wait for the build`
    if (has(w, 'FOREIGN', 'KEY') && !statement.foreignKeyChecksOff) return 'adding a foreign key with foreign_key_checks on copies the table (ALGORITHM=COPY): writes wait'
    if (w[1] === 'PRIMARY' || w[1] === 'INDEX' || w[1] === 'KEY' || w[1] === 'UNIQUE' || (w[1] === 'CONSTRAINT' && !w.includes('CHECK'))) return undefined
    if (w.includes('AUTO_INCREMENT')) return 'adding an AUTO_INCREMENT column rebuilds the table without concurrent DML'
    if (has(w, 'STORED') && w.includes('AS')) return 'adding a STORED generated column copies the table (ALGORITHM=COPY)'
    return undefined
  }
  if (first === 'MODIFY' || first === 'CHANGE') {
    return 'MODIFY/CHANGE of a column definition copies the table when the data type changes (ALGORITHM=COPY; only renames, defaults, nullability and VARCHAR growth within the same length byte run online)'
  }
  if (first === 'DROP' && w[1] === 'PRIMARY' && !statement.clauses.some((c) => c.words[0] === 'ADD' && c.words.includes('PRIMARY'))) return 'dropping the primary key without adding another copies the table (ALGORITHM=COPY)'
  if (first === 'CONVERT') return 'CONVERT TO CHARACTER SET copies the table (ALGORITHM=COPY): writes wait'
  if ((first === 'DEFAULT' && (w[1] === 'CHARACTER' || w[1] === 'CHARSET' || w[1] === 'COLLATE')) || first === 'CHARACTER' || first === 'CHARSET' || first === 'COLLATE') return 'changing the table character set rebuilds it without concurrent DML'
  if (first === 'PARTITION' || has(w, 'REMOVE', 'PARTITIONING') || first === 'REORGANIZE' || first === 'COALESCE') return 'repartitioning copies the table (ALGORITHM=COPY)'
  if (first === 'ORDER') return 'ORDER BY copies the table (ALGORITHM=COPY)'
  return undefined
}

/** ALGORITHM=INSTANT/INPLACE or LOCK=NONE spelled out: the server refuses a blocking path instead of taking it. */
export function demandsOnline(statement: MySqlAlter): boolean {
  return statement.clauses.some((c) => (c.words[0] === 'ALGORITHM' && (c.words.includes('INSTANT') || c.words.includes('INPLACE'))) || (c.words[0] === 'LOCK' && c.words.includes('NONE')))
}
