/**
 * Statements the lock rules need no parse tree for, read from their first words: transaction control, SET, CREATE
 * TABLE (its name, and whether it has a foreign key), and the DDL that matters only to the timeout rules (COMMENT,
 * CREATE FUNCTION, GRANT ...). Parsing is the expensive step; only ALTER TABLE / TYPE, index and maintenance
 * commands are parsed.
 */
import type { LockMode } from './locks.js'
import type { PgNode } from './tree.js'

/** Statements whose parse tree some rule reads (a CREATE INDEX or ALTER TABLE the regular expressions below cannot settle is parsed). */
export const NEEDS_TREE = /^(?:ALTER\s+(?:TABLE|TYPE)\b|CREATE\s+(?:UNIQUE\s+)?INDEX\b|DROP\s+INDEX\b|REINDEX\b|VACUUM\b|CLUSTER\b)/i

export interface LightStatement {
  kind: string
  node: PgNode
  /** For the timeout rules: DDL that can wait for a lock, and the lock it takes when known. */
  slow: boolean
  lock?: LockMode
  /** The existing tables it waits on, when the words tell (its own, or those its foreign keys reference). */
  tables?: string[]
}

/**
 * An ALTER TABLE with none of these words is one no rule but the timeouts reads (ADD COLUMN of a plain nullable
 * column, DROP COLUMN, RENAME, OWNER ...): it takes ACCESS EXCLUSIVE, and its table is all the timeouts need. The words
 * are what the rules on ALTER TABLE look for, and what takes a weaker lock (triggers, statistics, storage options).
 */
const ALTER_NEEDS_TREE = /\b(?:REFERENCES|FOREIGN|CHECK|VALIDATE|NULL|DEFAULT|\w*SERIAL\d?|IDENTITY|GENERATED|PRIMARY|UNIQUE|TYPE|DETACH|ATTACH|CONCURRENTLY|TRIGGER|STATISTICS|CLUSTER|SET|RESET|ALL|EXCLUDE|CONSTRAINT|PARTITION)\b/i

const NAME = String.raw`(?:"(?:[^"]|"")+"|[\w$]+)`
const CREATE_TABLE = new RegExp(String.raw`^CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:${NAME}\s*\.\s*)*${NAME})`, 'i')
const ALTER_TABLE = new RegExp(String.raw`^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?((?:${NAME}\s*\.\s*)*${NAME})\s`, 'i')
const CREATE_MATVIEW = new RegExp(String.raw`^CREATE\s+MATERIALIZED\s+VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:${NAME}\s*\.\s*)*${NAME})`, 'i')
const REFERENCED = new RegExp(String.raw`\bREFERENCES\s+((?:${NAME}\s*\.\s*)*${NAME})`, 'gi')
const DDL = /^(?:ALTER|CREATE|DROP|COMMENT|LOCK|REFRESH|TRUNCATE|SECURITY\s+LABEL|IMPORT\s+FOREIGN)\b/i

function bare(name: string): string {
  const last = name.split('.').pop()!.trim()
  return last.startsWith('"') ? last.slice(1, -1).replace(/""/g, '"') : last.toLowerCase()
}

const LOCK_MODES: Array<[RegExp, LockMode]> = [
  [/\bIN\s+ACCESS\s+SHARE\s+MODE\b/i, 'ACCESS SHARE'],
  [/\bIN\s+ROW\s+SHARE\s+MODE\b/i, 'ROW SHARE'],
  [/\bIN\s+ROW\s+EXCLUSIVE\s+MODE\b/i, 'ROW EXCLUSIVE'],
  [/\bIN\s+SHARE\s+UPDATE\s+EXCLUSIVE\s+MODE\b/i, 'SHARE UPDATE EXCLUSIVE'],
  [/\bIN\s+SHARE\s+ROW\s+EXCLUSIVE\s+MODE\b/i, 'SHARE ROW EXCLUSIVE'],
  [/\bIN\s+SHARE\s+MODE\b/i, 'SHARE'],
  [/\bIN\s+EXCLUSIVE\s+MODE\b/i, 'EXCLUSIVE']
]

function lockOfText(text: string): LockMode | undefined {
  if (/^COMMENT\b/i.test(text)) return 'SHARE UPDATE EXCLUSIVE'
  if (/^LOCK\b/i.test(text)) return LOCK_MODES.find(([pattern]) => pattern.test(text))?.[1] ?? 'ACCESS EXCLUSIVE'
  if (/^REFRESH\b/i.test(text)) return /\bCONCURRENTLY\b/i.test(text.slice(0, 80)) ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE'
  if (/^(?:TRUNCATE|DROP\s+(?:TABLE|VIEW|MATERIALIZED\s+VIEW))\b/i.test(text)) return 'ACCESS EXCLUSIVE'
  if (/^CREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT\s+)?TRIGGER\b/i.test(text)) return 'SHARE ROW EXCLUSIVE'
  return undefined
}

const CREATE_INDEX = new RegExp(String.raw`^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:(?!ON\b)${NAME}\s+)?ON\s+(?:ONLY\s+)?((?:${NAME}\s*\.\s*)*${NAME})[\s(]`, 'i')

/** The statement without a parse, or undefined when a rule needs its tree. */
export function lightStatement(text: string): LightStatement | undefined {
  // CREATE INDEX: the rules read only CONCURRENTLY and the table, and it is the commonest statement of a migration
  const index = CREATE_INDEX.exec(text)
  if (index !== null) {
    const concurrent = index[1] !== undefined
    const table = bare(index[2]!)
    return { kind: 'IndexStmt', node: { concurrent, relation: { relname: table } }, slow: true, lock: concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE', tables: [table] }
  }
  const alter = ALTER_TABLE.exec(text)
  if (alter !== null && !ALTER_NEEDS_TREE.test(text.slice(alter[0].length))) {
    const table = bare(alter[1]!)
    return { kind: 'AlterTableStmt', node: { relation: { relname: table } }, slow: true, lock: 'ACCESS EXCLUSIVE', tables: [table] }
  }
  if (NEEDS_TREE.test(text)) return undefined
  const tx = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|PREPARE\s+TRANSACTION)\b/i.exec(text)
  if (tx !== null) {
    const word = tx[1]!.toUpperCase()
    // ROLLBACK TO SAVEPOINT stays in the transaction
    if (word === 'ROLLBACK' && /^ROLLBACK\s+(?:WORK\s+|TRANSACTION\s+)?TO\b/i.test(text)) return { kind: 'TransactionStmt', node: { kind: 'TRANS_STMT_ROLLBACK_TO' }, slow: false }
    const kind = word === 'BEGIN' || word.startsWith('START') ? 'TRANS_STMT_BEGIN' : word === 'COMMIT' || word === 'END' ? 'TRANS_STMT_COMMIT' : word.startsWith('PREPARE') ? 'TRANS_STMT_PREPARE' : 'TRANS_STMT_ROLLBACK'
    return { kind: 'TransactionStmt', node: { kind }, slow: false }
  }
  const set = /^SET\s+(?:SESSION\s+|LOCAL\s+)?([\w.]+|"[^"]+")/i.exec(text)
  if (set !== null) return { kind: 'VariableSetStmt', node: { name: set[1]!.replace(/^"|"$/g, '') }, slow: false }
  const table = CREATE_TABLE.exec(text)
  if (table !== null) {
    const asSelect = /^\s*AS\s+(?:SELECT|WITH|VALUES|TABLE)\b/i.test(text.slice(table[0].length))
    const foreignKey = /\bREFERENCES\b|\bFOREIGN\s+KEY\b/i.test(text)
    const referenced = [...text.matchAll(REFERENCED)].map((m) => bare(m[1]!))
    return {
      kind: asSelect ? 'CreateTableAsStmt' : 'CreateStmt',
      node: { relation: { relname: bare(table[1]!) } },
      slow: asSelect || foreignKey,
      lock: 'SHARE ROW EXCLUSIVE',
      // a foreign key whose REFERENCES the words do not show (`FOREIGN KEY` spelled oddly) waits on a table not known
      ...(asSelect ? {} : { tables: foreignKey && referenced.length === 0 ? ['?'] : referenced })
    }
  }
  // a materialized view the migration creates is as new as a table: indexes on it lock nothing anyone waits on
  const matview = CREATE_MATVIEW.exec(text)
  if (matview !== null) return { kind: 'CreateTableAsStmt', node: { relation: { relname: bare(matview[1]!) } }, slow: false }
  const slow = DDL.test(text)
  return { kind: 'LightStmt', node: {}, slow, ...(slow ? { lock: lockOfText(text) } : {}) }
}
