/**
 * A MySQL (or MariaDB) migration as the lock rules see it: its ALTER TABLE and CREATE INDEX statements, each split
 * into its clauses at top-level commas, read as keywords (the sql family's splitter and tokenizer; MySQL's ALTER TABLE
 * is a flat list of clauses, so words are enough to tell what each one asks of InnoDB).
 */
import { lexicalProfile, type SqlDialect } from '../../sql/dialect.js'
import { StatementSplitter } from '../../sql/splitter.js'
import { tokenize, type Token } from '../../sql/tokens.js'
import { LineIndex } from '../../line-index.js'
import type { Position } from '../postgres/migration.js'
import type { ServerVersion } from '../version.js'

export interface MySqlClause {
  /** Upper-case words and punctuation of the clause, identifiers as `<id>`. */
  words: string[]
  text: string
  at: Position
}

export interface MySqlAlter {
  /** `alter` for ALTER TABLE, `index` for CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX. */
  kind: 'alter' | 'index'
  table: string
  text: string
  at: Position
  clauses: MySqlClause[]
  /** `SET foreign_key_checks = 0` ran before it in the file (InnoDB then adds foreign keys in place). */
  foreignKeyChecksOff: boolean
}

export interface MySqlMigration {
  path: string
  version: ServerVersion
  dialect: 'mysql' | 'mariadb'
  statements: MySqlAlter[]
}

function name(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined
  return token.type === 'ident' ? token.value : token.type === 'word' ? (token.raw ?? token.value) : undefined
}

/** `db.t` / `` `db`.`t` `` starting at k: the bare table name and the index after it. */
function tableAt(tokens: Token[], k: number): [string | undefined, number] {
  let table = name(tokens[k])
  k++
  while (tokens[k]?.value === '.' && tokens[k]?.type === 'punct') {
    table = name(tokens[k + 1])
    k += 2
  }
  return [table?.toLowerCase(), k]
}

export function readMySql(path: string, text: string, dialect: SqlDialect, version: ServerVersion): MySqlMigration {
  const profile = lexicalProfile(dialect)
  const statements: MySqlAlter[] = []
  const created = new Set<string>()
  let foreignKeyChecksOff = false
  const lines = new LineIndex(text)
  for (const statement of StatementSplitter.split(text, profile)) {
    if (statement.section !== 'up') continue
    const head = statement.text.slice(0, 80).toUpperCase()
    if (/^SET\b/.test(head) && /FOREIGN_KEY_CHECKS\s*=\s*(0|OFF|FALSE)\b/i.test(statement.text)) foreignKeyChecksOff = true
    else if (/^SET\b/.test(head) && /FOREIGN_KEY_CHECKS\s*=\s*(1|ON|TRUE)\b/i.test(statement.text)) foreignKeyChecksOff = false
    const isCreate = /^CREATE\s+(?:TEMPORARY\s+)?TABLE\b/.test(head)
    const isAlter = /^ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\b/.test(head)
    const isIndex = /^CREATE\s+(?:ONLINE\s+)?(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\b/.test(head)
    if (!isCreate && !isAlter && !isIndex) continue
    const { tokens } = tokenize(statement.text, profile)
    const at = (offset: number): Position => lines.position(statement.offset + offset)
    if (isCreate) {
      let k = tokens.findIndex((t) => t.value === 'TABLE') + 1
      if (tokens[k]?.value === 'IF') k += 3
      const [table] = tableAt(tokens, k)
      if (table !== undefined) created.add(table)
      continue
    }
    let k: number
    let table: string | undefined
    const clauses: MySqlClause[] = []
    if (isAlter) {
      k = tokens.findIndex((t) => t.value === 'TABLE') + 1
      ;[table, k] = tableAt(tokens, k)
      let start = k
      for (let i = k; i <= tokens.length; i++) {
        const t = tokens[i]
        if (t !== undefined && !(t.type === 'punct' && t.value === ',' && t.depth === 0)) continue
        const part = tokens.slice(start, i)
        if (part.length > 0) clauses.push(clause(part, statement.text, at))
        start = i + 1
      }
    } else {
      const on = tokens.findIndex((t) => t.type === 'word' && t.value === 'ON')
      ;[table] = tableAt(tokens, on + 1)
      clauses.push(clause(tokens, statement.text, at))
    }
    if (table === undefined || created.has(table)) continue
    statements.push({ kind: isAlter ? 'alter' : 'index', table, text: statement.text, at: at(0), clauses, foreignKeyChecksOff })
  }
  return { path, version, dialect: dialect === 'mariadb' ? 'mariadb' : 'mysql', statements }
}

function clause(tokens: Token[], text: string, at: (offset: number) => Position): MySqlClause {
  const first = tokens[0]!
  const last = tokens[tokens.length - 1]!
  return {
    words: tokens.map((t) => (t.type === 'word' || t.type === 'punct' ? t.value : t.type === 'ident' ? '<id>' : `<${t.type}>`)),
    text: text.slice(first.start, last.end),
    at: at(first.start)
  }
}
