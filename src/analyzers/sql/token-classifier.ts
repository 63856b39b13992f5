/**
 * The token-level classifier: reads destructive forms from tokens alone, so that a statement no parser accepts
 * (PL/pgSQL, a T-SQL batch without semicolons, a dialect extension) still has every DROP, TRUNCATE, DELETE and
 * UPDATE found. It looks at every position where a statement can start, not only at the first token: bodies of
 * procedures and triggers, `IF ... BEGIN ... END` batches and CTEs are read the same way.
 */
import { objectName, type Effect, type ObjectName, type WhereState } from './effects.js'
import type { Token } from './tokens.js'

/** One destructive (or bookkeeping) construct found in a statement, with the token range it covers. */
export interface Clause {
  effects: Effect[]
  /**
   * Whether node-sql-parser's reading can change the outcome (its effects only ever make the token reading more
   * destructive): true for ALTER TABLE (several actions, dialect forms) and for a DELETE/UPDATE whose WHERE holds
   * only constants; false where the tokens' reading is already the most destructive one (a DROP, a TRUNCATE, a DELETE
   * without WHERE) or where no evaluator could call the condition always true (it names columns). Parsing only where
   * it can matter keeps the parser, and its start-up, off the hot path.
   */
  askParser: boolean
  /** Offsets in the statement text of the clause's first and last characters. */
  start: number
  end: number
}

/** SQL held in a string that runs: an `EXECUTE '...'` argument, a `DO` block or a function body. */
export interface NestedSql {
  text: string
  /** Set for the body of a function or procedure: it runs when called, not when the statement runs. */
  routine?: string
  /** Offset in the statement text where the nested text's first character sits (approximate for assembled strings). */
  offset: number
  context: string
}

export interface Classification {
  clauses: Clause[]
  nested: NestedSql[]
}

/** Variables assigned SQL text in this file (`SET @sql = 'DROP ...'`, `v := 'DROP ...'`), for dynamic SQL. */
export type SqlVariables = Map<string, string>

/** Words that can start a destructive or relevant statement. */
const STARTERS = new Set(['DROP', 'TRUNCATE', 'DELETE', 'UPDATE', 'ALTER', 'RENAME', 'EXEC', 'EXECUTE', 'PREPARE', 'DO', 'CREATE', 'SP_RENAME', 'SP_EXECUTESQL'])

/** A starter right after one of these words is part of another construct (`ON DELETE`, `FOR UPDATE`, `GRANT DROP`). */
const NOT_AFTER = new Set(['ON', 'FOR', 'OF', 'BEFORE', 'AFTER', 'OR', 'GRANT', 'REVOKE', 'INSTEAD', 'KEY', 'DO', 'NO', 'SHARE', 'ALL', 'TO', 'ALSO', 'IS', 'NOT', 'PRIVILEGES'])
/** ... or right before one of these. */
const NOT_BEFORE = new Set(['ON', 'TO', 'ANY', 'PRIVILEGES'])

/** Statement words that end a DELETE/UPDATE in a batch without semicolons (T-SQL). */
const STATEMENT_WORDS = new Set([
  'DROP', 'TRUNCATE', 'DELETE', 'UPDATE', 'ALTER', 'CREATE', 'INSERT', 'MERGE', 'EXEC', 'EXECUTE', 'DECLARE', 'IF', 'BEGIN', 'END',
  'PRINT', 'RETURN', 'COMMIT', 'ROLLBACK', 'GRANT', 'REVOKE', 'SELECT', 'WHILE', 'RAISERROR', 'THROW', 'USE', 'ELSE', 'CALL', 'PERFORM', 'GO'
])

/** Object kinds that can follow DROP, alone or combined (`MATERIALIZED VIEW`, `TEXT SEARCH CONFIGURATION`). */
const KIND_WORDS = new Set([
  'TABLE', 'TEMPORARY', 'TEMP', 'FOREIGN', 'EXTERNAL', 'VIEW', 'MATERIALIZED', 'DATABASE', 'SCHEMA', 'FUNCTION', 'PROCEDURE', 'TRIGGER',
  'EVENT', 'TYPE', 'SEQUENCE', 'EXTENSION', 'ROLE', 'USER', 'GROUP', 'INDEX', 'DOMAIN', 'AGGREGATE', 'OPERATOR', 'CLASS', 'FAMILY', 'POLICY',
  'RULE', 'SERVER', 'PUBLICATION', 'SUBSCRIPTION', 'TABLESPACE', 'COLLATION', 'CONVERSION', 'CAST', 'LANGUAGE', 'STATISTICS', 'TEXT', 'SEARCH',
  'CONFIGURATION', 'DICTIONARY', 'PARSER', 'TEMPLATE', 'ACCESS', 'METHOD', 'OWNED', 'ROUTINE', 'SYNONYM', 'PACKAGE', 'BODY', 'LOGIN', 'STAGE',
  'WAREHOUSE', 'STREAM', 'TASK', 'PIPE', 'FILE', 'FORMAT', 'ASSEMBLY', 'PARTITION', 'SCHEME', 'FULLTEXT', 'CATALOG', 'UNIQUE', 'CLUSTERED',
  'NONCLUSTERED', 'SPATIAL', 'DATA', 'WRAPPER', 'MAPPING', 'TRANSFORM', 'PROCEDURAL', 'TRUSTED', 'SNAPSHOT', 'DYNAMIC', 'TRANSIENT', 'ICEBERG',
  'HYBRID', 'SECURE', 'RECURSIVE', 'KEYSPACE', 'MACRO', 'MODEL', 'CONNECTION', 'SECRET', 'SHARE', 'INTEGRATION', 'NETWORK', 'ALIAS', 'NICKNAME',
  'VARIABLE', 'MASK', 'PERMISSION', 'MODULE', 'TABLES', 'SYNONYMS', 'LIBRARY', 'TRIGGERS', 'CONTEXT', 'DIRECTORY', 'PROFILE', 'OUTLINE',
  'DEFAULT', 'CERTIFICATE', 'KEY', 'SYMMETRIC', 'ASYMMETRIC', 'CREDENTIAL', 'QUEUE', 'CONTRACT', 'MESSAGE', 'ENDPOINT', 'XML', 'COLLECTION',
  'RESOURCE', 'POOL', 'WORKLOAD', 'SECURITY', 'AUDIT', 'SPECIFICATION', 'COLUMN', 'ENCRYPTION', 'MASTER', 'BROKER', 'PRIORITY', 'ROW', 'ROWS'
])

/** ALTER TABLE action words: a comma followed by one of these starts the next action. */
/** Words after an action verb that keep an ALTER TABLE going (`DROP NOT NULL`, `DROP COLUMN`, `ALTER COLUMN`). */
const ALTER_CONTINUATION = new Set(['NOT', 'DEFAULT', 'IDENTITY', 'EXPRESSION', 'COLUMN', 'CONSTRAINT', 'PRIMARY', 'FOREIGN', 'INDEX', 'KEY', 'CHECK', 'PARTITION', 'IF', 'DATA', 'NULL', 'UNIQUE'])

const ALTER_ACTIONS = new Set(['ADD', 'DROP', 'ALTER', 'MODIFY', 'CHANGE', 'RENAME', 'SET', 'RESET', 'OWNER', 'ENABLE', 'DISABLE', 'VALIDATE', 'ATTACH', 'DETACH', 'INHERIT', 'NO', 'CLUSTER', 'REPLICA', 'FORCE', 'ALGORITHM', 'LOCK', 'ORDER', 'CONVERT', 'DEFAULT', 'CHARACTER', 'COLLATE', 'ENGINE', 'AUTO_INCREMENT', 'COMMENT', 'TRUNCATE', 'COALESCE', 'REORGANIZE', 'EXCHANGE', 'ANALYZE', 'CHECK', 'OPTIMIZE', 'REBUILD', 'REPAIR', 'REMOVE', 'UPGRADE', 'IMPORT', 'DISCARD', 'OF', 'NOT', 'WITH', 'SWITCH', 'SPLIT', 'MERGE', 'CLUSTERING', 'SWAP', 'SUSPEND', 'RESUME', 'UNSET', 'ROW', 'PARTITION'])

/** `DROP <word>` inside ALTER TABLE that is not a column. */
const DROP_NON_COLUMN = new Set(['CONSTRAINT', 'PRIMARY', 'FOREIGN', 'INDEX', 'KEY', 'CHECK', 'PARTITION', 'DEFAULT', 'NOT', 'IDENTITY', 'EXPRESSION', 'PERIOD', 'SYSTEM', 'UNIQUE', 'FULLTEXT', 'SPATIAL', 'TRIGGER', 'ROW', 'CLUSTERING', 'SEARCH', 'MASKING', 'ROW_ACCESS', 'TAG', 'CONSTRAINTS', 'SUBPARTITION', 'STATISTICS', 'PROJECTION', 'FOREIGN_KEY'])

/** Words a WHERE made only of constants can hold: the parser may settle such a condition, a column never. */
const CONSTANT_WORDS = new Set(['TRUE', 'FALSE', 'NULL', 'NOT', 'AND', 'OR', 'IS', 'IN', 'BETWEEN', 'LIKE', 'ILIKE', 'CAST', 'AS', 'INT', 'INTEGER', 'TEXT', 'BOOLEAN', 'UNKNOWN', 'DISTINCT', 'FROM'])

/** Unquoted words that end a name list rather than being a name. */
const NOT_A_NAME = new Set([...[...STARTERS].filter((w) => !w.startsWith('SP_')), ...STATEMENT_WORDS, 'CASCADE', 'RESTRICT', 'SET', 'WHERE', 'WHEN', 'FROM', 'OUTPUT', 'USING', 'VALUES', 'DEFAULT'])

const DEFINED_KINDS = new Set(['PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT', 'VIEW', 'TABLE', 'SQL', 'ALGORITHM', 'AGGREGATE'])

/** Stands for a part of dynamic SQL that is only known at run time (a variable, a function call). */
export const DYNAMIC_PLACEHOLDER = '__dynamic__'
const PLACEHOLDER = ` ${DYNAMIC_PLACEHOLDER} `

/** Classifies one statement (or a body or batch holding several) from its tokens. */
export function classifyTokens(tokens: Token[], text: string, variables: SqlVariables): Classification {
  const reader = new TokenReader(tokens, text, variables)
  return reader.run()
}

class TokenReader {
  private readonly clauses: Clause[] = []
  private readonly nested: NestedSql[] = []

  constructor(
    private readonly t: Token[],
    private readonly text: string,
    private readonly variables: SqlVariables
  ) {}

  run(): Classification {
    const t = this.t
    let i = 0
    while (i < t.length) {
      const tok = t[i]!
      if (tok.type === 'variable' || (tok.type === 'word' && this.isWord(i + 1, ':='))) this.noteAssignment(i)
      if (tok.type === 'word' && STARTERS.has(tok.value) && this.startsHere(i)) {
        const next = this.handle(i)
        i = next > i ? next : i + 1
        continue
      }
      i++
    }
    return { clauses: this.clauses, nested: this.nested }
  }

  // --- token helpers -------------------------------------------------------

  private isWord(i: number, value: string): boolean {
    const tok = this.t[i]
    return tok !== undefined && (tok.type === 'word' || tok.type === 'punct') && tok.value === value
  }

  private wordAt(i: number): string | undefined {
    const tok = this.t[i]
    return tok?.type === 'word' ? tok.value : undefined
  }

  private startsHere(i: number): boolean {
    const prev = this.t[i - 1]
    const next = this.t[i + 1]
    if (prev !== undefined) {
      if (prev.type === 'punct' && (prev.value === ',' || prev.value === '.' || prev.value === '=')) return false
      if (prev.type === 'word' && NOT_AFTER.has(prev.value) && !this.endsSetOption(i - 1)) return false
    }
    if (next === undefined) return false
    if (next.type === 'punct' && (next.value === ',' || next.value === ')' || next.value === '.' || next.value === '=')) return false
    if (next.type === 'word' && NOT_BEFORE.has(next.value)) return false
    return true
  }

  /**
   * True when the `ON` at `at` is the value of a T-SQL session option (`SET NOCOUNT ON`, `SET IDENTITY_INSERT t ON`,
   * `SET ANSI_NULLS, QUOTED_IDENTIFIER ON`): then the next word starts a statement, unlike `ON DELETE` in a foreign key.
   */
  private endsSetOption(at: number): boolean {
    const t = this.t
    if (t[at]?.value !== 'ON' || t[at]!.type !== 'word') return false
    for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
      const tok = t[k]!
      if (tok.depth !== t[at]!.depth || (tok.type === 'punct' && tok.value !== ',' && tok.value !== '.')) return false
      if (tok.type === 'word' && tok.value === 'SET') return k < at - 1
    }
    return false
  }

  /** Reads `a.b.c` (words or quoted identifiers); returns the parts and the index after the name. */
  private readName(i: number): { parts: string[]; next: number } | undefined {
    const t = this.t
    const first = t[i]
    if (first === undefined || !(first.type === 'word' || first.type === 'ident' || first.type === 'variable')) return undefined
    if (first.type === 'word' && NOT_A_NAME.has(first.value)) return undefined
    const parts = [first.type === 'word' ? first.raw! : first.value]
    let j = i + 1
    while (t[j]?.type === 'punct' && t[j]!.value === '.' && t[j + 1] !== undefined && (t[j + 1]!.type === 'word' || t[j + 1]!.type === 'ident')) {
      const part = t[j + 1]!
      parts.push(part.type === 'word' ? part.raw! : part.value)
      j += 2
    }
    // T-SQL `db..table`
    while (t[j]?.value === '.' && t[j + 1]?.value === '.') j++
    return { parts, next: j }
  }

  /** The name of a cast, `(text AS foo)`, or of an operator, `===` or `public.@@`: what `DROP CAST|OPERATOR` names. */
  private symbolName(i: number): { parts: string[]; next: number } | undefined {
    const t = this.t
    if (t[i]?.value === '(' && t[i]!.type === 'punct') {
      const next = this.skipParens(i)
      const inner = this.text.slice(t[i]!.end, t[next - 1]!.start).replace(/\s+/g, ' ').trim()
      return inner === '' ? undefined : { parts: [inner], next }
    }
    let j = i
    let symbol = ''
    if ((t[j]?.type === 'word' || t[j]?.type === 'ident') && t[j + 1]?.value === '.') {
      symbol = `${t[j]!.type === 'word' ? t[j]!.raw! : t[j]!.value}.`
      j += 2
    }
    while (t[j]?.type === 'punct' && t[j]!.value !== '(' && t[j]!.value !== ',' && t[j]!.value !== ';' && t[j]!.value !== ')') symbol += t[j++]!.value
    if (symbol === '' || symbol.endsWith('.')) return this.readName(i)
    return { parts: [symbol], next: j }
  }

  private skipParens(i: number): number {
    const t = this.t
    if (t[i]?.value !== '(') return i
    const depth = t[i]!.depth
    let j = i + 1
    while (j < t.length && !(t[j]!.value === ')' && t[j]!.type === 'punct' && t[j]!.depth === depth)) j++
    return Math.min(j + 1, t.length)
  }

  /**
   * Index of the end of the statement that starts at `from` (exclusive): `;`, the closing paren of its depth, or
   * (in a batch without semicolons) a word that starts a new statement. In `alter` mode action words (DROP, ALTER,
   * SET ...) continue the statement unless they open a line outside an action position.
   */
  private statementEnd(from: number, mode: 'dml' | 'dml-set' | 'alter' | 'none', firstAction = -1): number {
    const t = this.t
    const base = t[from]!.depth
    let caseDepth = 0
    for (let j = from + 1; j < t.length; j++) {
      // `ALTER TABLE t` newline `DROP foo;`: the first action may open a line of its own
      if (j === firstAction) continue
      const tok = t[j]!
      if (tok.depth < base) return j
      if (tok.depth > base) continue
      if (tok.type === 'punct') {
        if (tok.value === ';') return j
        continue
      }
      if (tok.type !== 'word' || mode === 'none') continue
      if (tok.value === 'CASE') caseDepth++
      else if (tok.value === 'END' && caseDepth > 0) caseDepth--
      else if (caseDepth === 0 && (STATEMENT_WORDS.has(tok.value) || (tok.value === 'SET' && mode === 'dml')) && this.startsNewStatement(j)) {
        if (mode !== 'alter' || (this.opensLine(j) && t[j - 1]?.value !== ',' && !ALTER_CONTINUATION.has(t[j + 1]?.value ?? ''))) return j
      }
    }
    return t.length
  }

  /** True when the token is the first on its line. */
  private opensLine(j: number): boolean {
    const prev = this.t[j - 1]
    if (prev === undefined) return true
    return this.text.slice(prev.end, this.t[j]!.start).includes('\n')
  }

  /** Whether a statement word at j begins a new statement (in a batch without semicolons) rather than a clause. */
  private startsNewStatement(j: number): boolean {
    const tok = this.t[j]!
    const prev = this.t[j - 1]
    if (prev?.type === 'word' && NOT_AFTER.has(prev.value) && !this.endsSetOption(j - 1)) return false
    // after `=`, `,`, `(` ... it is an operand; after `)` (the end of a condition) a statement can begin
    if (prev?.type === 'punct' && prev.value !== ')') return false
    const next = this.t[j + 1]
    if (tok.value === 'IF' && next?.value === '(') return false // MySQL IF() function
    if (next?.type === 'punct' && (next.value === ',' || next.value === ')' || next.value === '.')) return false
    return true
  }

  private clause(from: number, to: number, effects: Effect[], askParser = false): void {
    if (effects.length === 0) return
    const last = this.t[Math.max(from, Math.min(to, this.t.length) - 1)]!
    this.clauses.push({ effects, start: this.t[from]!.start, end: last.end, askParser })
  }

  // --- handlers --------------------------------------------------------------

  private handle(i: number): number {
    switch (this.t[i]!.value) {
      case 'DROP':
        return this.drop(i)
      case 'TRUNCATE':
        return this.truncate(i)
      case 'DELETE':
        return this.deleteOrUpdate(i, 'delete')
      case 'UPDATE':
        return this.deleteOrUpdate(i, 'update')
      case 'ALTER':
        return this.alter(i)
      case 'RENAME':
        return this.renameTables(i)
      case 'EXEC':
      case 'EXECUTE':
        return this.execute(i)
      case 'SP_RENAME':
      case 'SP_EXECUTESQL':
        return this.procedureCall(i, i)
      case 'PREPARE':
        return this.prepare(i)
      case 'DO':
        return this.doBlock(i)
      case 'CREATE':
        return this.create(i)
      default:
        return i + 1
    }
  }

  private drop(i: number): number {
    const t = this.t
    const kind: string[] = []
    let j = i + 1
    while (j < t.length && t[j]!.type === 'word' && KIND_WORDS.has(t[j]!.value) && kind.length < 4) {
      // `DROP TABLE table` would be odd, but a kind word is a name when a name-ending token follows
      const after = t[j + 1]
      if (kind.length > 0 && (after === undefined || after.value === ';' || after.value === ',' || after.value === '(' || after.value === '.' || after.value === 'CASCADE')) break
      kind.push(t[j]!.value)
      j++
    }
    // `DROP TABLE user`: the last kind word was the name
    if (kind.length > 1 && this.readName(j) === undefined && !this.isWord(j, 'IF') && !this.isWord(j, 'CONCURRENTLY')) {
      kind.pop()
      j--
    }
    if (kind.length === 0) return i + 1
    let object = kind.filter((w) => w !== 'TEMPORARY' && w !== 'TEMP' && w !== 'UNIQUE' && w !== 'CLUSTERED' && w !== 'NONCLUSTERED' && w !== 'SECURE' && w !== 'TRANSIENT').join(' ').toLowerCase()
    const temporary = kind.includes('TEMPORARY') || kind.includes('TEMP')
    if (object === 'owned') {
      if (this.isWord(j, 'BY')) j++
      object = 'owned by'
    }
    if (this.isWord(j, 'CONCURRENTLY')) j++
    let ifExists = false
    if (this.isWord(j, 'IF') && this.isWord(j + 1, 'EXISTS')) {
      ifExists = true
      j += 2
    }
    const names: ObjectName[] = []
    while (j < t.length) {
      const name = object === 'cast' || object === 'operator' ? this.symbolName(j) : this.readName(j)
      if (name === undefined) break
      j = name.next
      // CockroachDB `DROP INDEX sessions@sessions_token_idx` (tokenized as a name and an `@variable`): the index
      const at = t[j]
      if (object === 'index' && at?.type === 'variable' && at.raw !== undefined && at.raw.startsWith('@') && at.start === t[j - 1]!.end && at.raw.length > 1) {
        names.push(objectName([at.raw.slice(1)]))
        j++
      } else {
        names.push(objectName(name.parts))
      }
      if (t[j]?.value === '(') j = this.skipParens(j) // function signature
      // `DROP OPERATOR CLASS c USING btree`
      if (this.isWord(j, 'USING') && this.readName(j + 1) !== undefined) j = this.readName(j + 1)!.next
      if (t[j]?.value === '*') j++
      if (this.isWord(j, 'ON')) {
        const table = this.readName(j + 1) // DROP INDEX ix ON t / DROP TRIGGER tr ON t
        if (table !== undefined) j = table.next
      }
      if (t[j]?.value === ',') {
        j++
        continue
      }
      break
    }
    if (names.length === 0) return i + 1
    let cascade = false
    while (j < t.length && t[j]!.type === 'word' && ['CASCADE', 'RESTRICT', 'PURGE', 'FORCE', 'CONSTRAINTS', 'SYNC', 'NOWAIT'].includes(t[j]!.value)) {
      if (t[j]!.value === 'CASCADE') cascade = true
      j++
    }
    if (temporary && object === 'table') return j
    if (object === 'column' || object === 'row' || object === 'rows' || object === 'default') return j
    this.clause(i, j, names.map((name) => ({ kind: 'drop', object, name, cascade, ifExists })))
    return j
  }

  private truncate(i: number): number {
    const t = this.t
    let j = i + 1
    if (this.isWord(j, 'TABLE')) j++
    if (this.isWord(j, 'ONLY')) j++
    if (this.isWord(j, 'IF') && this.isWord(j + 1, 'EXISTS')) j += 2
    const names: ObjectName[] = []
    while (j < t.length) {
      if (this.isWord(j, 'ONLY')) j++
      const name = this.readName(j)
      if (name === undefined) break
      names.push(objectName(name.parts))
      j = name.next
      if (t[j]?.value === '*') j++
      if (t[j]?.value === ',') {
        j++
        continue
      }
      break
    }
    if (names.length === 0) return i + 1
    let cascade = false
    const end = this.statementEnd(i, 'dml')
    for (let k = j; k < end; k++) if (t[k]!.type === 'word' && t[k]!.value === 'CASCADE' && t[k]!.depth === t[i]!.depth) cascade = true
    this.clause(i, end, names.map((name) => ({ kind: 'truncate', name, cascade })))
    return end
  }

  private deleteOrUpdate(i: number, kind: 'delete' | 'update'): number {
    const t = this.t
    const base = t[i]!.depth
    let j = i + 1
    if (kind === 'update' && (this.isWord(j, 'STATISTICS') || this.isWord(j, 'STATISTIC'))) return i + 1
    while (t[j]?.type === 'word' && ['LOW_PRIORITY', 'QUICK', 'IGNORE', 'ONLY', 'OR'].includes(t[j]!.value)) {
      j++
      if (t[j - 1]!.value === 'OR') j++ // SQLite `UPDATE OR REPLACE`
    }
    if (this.isWord(j, 'TOP')) {
      j = this.skipParens(j + 1)
      if (t[j]?.type === 'number') j++
      if (this.isWord(j, 'PERCENT')) j++
    }
    if (kind === 'delete' && this.isWord(j, 'FROM')) j++
    if (this.isWord(j, 'ONLY')) j++
    const target = this.readName(j)
    // MERGE's `THEN DELETE` / `THEN UPDATE SET` have no target of their own
    if (target === undefined) return i + 1
    const end = this.statementEnd(i, kind === 'update' ? 'dml-set' : 'dml')
    let setAt = -1
    let whereAt = -1
    let whereEnd = end
    for (let k = target.next; k < end; k++) {
      const tok = t[k]!
      if (tok.depth !== base || tok.type !== 'word') continue
      if (tok.value === 'SET' && setAt === -1) setAt = k
      else if (tok.value === 'WHERE' && whereAt === -1) whereAt = k
      else if (whereAt !== -1 && whereEnd === end && ['RETURNING', 'ORDER', 'LIMIT', 'OUTPUT', 'OPTION'].includes(tok.value)) whereEnd = k
    }
    if (kind === 'update' && setAt === -1) return i + 1
    const name = objectName(target.parts)
    // T-SQL `;WITH [CTE] AS (SELECT TOP (@n) * FROM t WHERE ...) UPDATE [CTE] SET ...`: the rows are the CTE's, filtered there
    if (whereAt === -1 && this.filteredCte(i, name.key)) return end
    let where: WhereState = 'none'
    let condition: string | undefined
    let askParser = false
    if (whereAt !== -1) {
      condition = this.text.slice(t[whereAt + 1]?.start ?? t[whereAt]!.end, t[whereEnd - 1]!.end).trim()
      const conditionTokens = t.slice(whereAt + 1, whereEnd)
      where = isTautology(conditionTokens) ? 'tautology' : 'present'
      askParser = where === 'present' && conditionTokens.every((tok) => tok.type !== 'ident' && tok.type !== 'variable' && (tok.type !== 'word' || CONSTANT_WORDS.has(tok.value)))
    }
    const effect: Effect =
      kind === 'delete'
        ? { kind: 'delete', name, where, ...(condition !== undefined ? { condition } : {}) }
        : { kind: 'update', name, where, ...(condition !== undefined ? { condition } : {}), columns: this.setColumns(setAt, whereAt === -1 ? end : whereAt, base) }
    this.clause(i, end, [effect], askParser)
    return end
  }

  /** Whether the statement defines the CTE `key` (before token i) with a WHERE, TOP or LIMIT of its own. */
  private filteredCte(i: number, key: string): boolean {
    const cte = (this.ctes ??= this.readCtes()).get(key)
    return cte !== undefined && cte.at < i && cte.filtered
  }

  private ctes: Map<string, { at: number; filtered: boolean }> | undefined

  /** The statement's `name AS (...)` definitions, read once (a T-SQL batch can hold thousands of UPDATEs). */
  private readCtes(): Map<string, { at: number; filtered: boolean }> {
    const t = this.t
    const out = new Map<string, { at: number; filtered: boolean }>()
    if (!t.some((tok) => tok.type === 'word' && tok.value === 'WITH')) return out
    for (let k = 0; k + 2 < t.length; k++) {
      const tok = t[k]!
      if ((tok.type !== 'word' && tok.type !== 'ident') || !this.isWord(k + 1, 'AS') || t[k + 2]?.value !== '(') continue
      const key = objectName([tok.type === 'word' ? tok.raw! : tok.value]).key
      const open = k + 2
      const close = this.skipParens(open)
      const depth = t[open + 1]?.depth
      let filtered = false
      for (let m = open + 1; m < close; m++) {
        if (t[m]!.depth === depth && t[m]!.type === 'word' && (t[m]!.value === 'WHERE' || t[m]!.value === 'TOP' || t[m]!.value === 'LIMIT')) {
          filtered = true
          break
        }
      }
      if (!out.has(key)) out.set(key, { at: k, filtered })
      k = close - 1
    }
    return out
  }

  /** Column names assigned in an UPDATE's SET list. */
  private setColumns(setAt: number, end: number, base: number): string[] {
    const t = this.t
    const columns: string[] = []
    let expectColumn = true
    for (let k = setAt + 1; k < end; k++) {
      const tok = t[k]!
      if (tok.depth !== base) continue
      if (tok.value === 'FROM' && tok.type === 'word') break
      if (expectColumn && (tok.type === 'word' || tok.type === 'ident')) {
        let last = tok.type === 'word' ? tok.raw! : tok.value
        let m = k
        while (t[m + 1]?.value === '.' && t[m + 2] !== undefined) {
          m += 2
          last = t[m]!.type === 'word' ? t[m]!.raw! : t[m]!.value
        }
        columns.push(last)
        expectColumn = false
        k = m
      } else if (tok.value === '(' && expectColumn) {
        // (a, b) = (...)
        for (let m = k + 1; m < end && t[m]!.depth > base; m++) if (t[m]!.type === 'word' || t[m]!.type === 'ident') columns.push(t[m]!.type === 'word' ? t[m]!.raw! : t[m]!.value)
        expectColumn = false
      } else if (tok.value === ',') expectColumn = true
    }
    return columns.slice(0, 8)
  }

  private alter(i: number): number {
    const t = this.t
    let j = i + 1
    const kind = this.wordAt(j)
    if (kind === 'FOREIGN' && this.isWord(j + 1, 'TABLE')) j++
    const what = this.wordAt(j)
    if (what === 'FUNCTION' || what === 'PROCEDURE' || what === 'TRIGGER' || what === 'EVENT' || what === 'PACKAGE') {
      // a body follows (T-SQL, MySQL): let the scan go on inside it
      const name = this.readName(j + 1)
      return name?.next ?? j + 1
    }
    if (what !== 'TABLE' && what !== 'DOMAIN') return this.statementEnd(i, 'alter')
    j++
    if (this.isWord(j, 'IF') && this.isWord(j + 1, 'EXISTS')) j += 2
    if (this.isWord(j, 'ONLY')) j++
    const name = this.readName(j)
    if (name === undefined) return this.statementEnd(i, 'alter')
    const table = objectName(name.parts)
    j = name.next
    if (t[j]?.value === '*') j++
    // ClickHouse `ALTER TABLE t ON CLUSTER c ...`
    if (this.isWord(j, 'ON') && this.isWord(j + 1, 'CLUSTER') && t[j + 2] !== undefined) j += 3
    const end = this.statementEnd(i, 'alter', j)
    const base = t[i]!.depth
    const effects: Effect[] = []
    while (j < end) {
      const actionEnd = this.actionEnd(j, end, base)
      this.alterAction(j, actionEnd, table, what === 'DOMAIN', effects)
      j = actionEnd + 1
    }
    // a column added is bookkeeping: the parser can only matter when the statement does something else too
    this.clause(i, end, effects, what === 'TABLE' && effects.some((e) => e.kind !== 'add-column'))
    return end
  }

  /** The index of the comma that ends the ALTER TABLE action starting at `from`, or `end`. */
  private actionEnd(from: number, end: number, base: number): number {
    const t = this.t
    for (let k = from; k < end; k++) {
      const tok = t[k]!
      if (tok.depth === base && tok.value === ',' && tok.type === 'punct') {
        const next = t[k + 1]
        // T-SQL `DROP COLUMN a, b`: a comma followed by a plain name continues the list
        if (next !== undefined && (next.type === 'word' || next.type === 'ident') && !ALTER_ACTIONS.has(next.value) && (t[from]!.value === 'DROP' || t[from]!.value === 'TRUNCATE')) continue
        return k
      }
    }
    return end
  }

  private alterAction(from: number, to: number, table: ObjectName, domain: boolean, effects: Effect[]): void {
    const t = this.t
    const action = this.wordAt(from)
    let j = from + 1
    const cascadeIn = (): boolean => {
      for (let k = from; k < to; k++) if (t[k]!.type === 'word' && t[k]!.value === 'CASCADE') return true
      return false
    }
    if (action === 'DROP') {
      const what = this.wordAt(j)
      if (what === 'NOT' && this.isWord(j + 1, 'NULL') && domain) {
        effects.push({ kind: 'drop-not-null', table, column: '(domain)' })
        return
      }
      if (what === 'CONSTRAINT' || what === 'FOREIGN' || what === 'PRIMARY' || what === 'CHECK' || what === 'UNIQUE') {
        j++
        if (what === 'FOREIGN' || what === 'PRIMARY') {
          if (this.isWord(j, 'KEY')) j++
        }
        if (this.isWord(j, 'IF') && this.isWord(j + 1, 'EXISTS')) j += 2
        const name = this.readName(j)
        const cascade = cascadeIn()
        const label = name !== undefined && !(name.parts.length === 1 && ['CASCADE', 'RESTRICT'].includes(name.parts[0]!.toUpperCase())) ? name.parts.join('.') : what === 'PRIMARY' ? 'PRIMARY KEY' : what.toLowerCase()
        effects.push({ kind: 'drop-constraint', table, constraint: label, cascade })
        // T-SQL `DROP CONSTRAINT a, b`
        for (let k = name?.next ?? j; k < to; k++) if (t[k]!.value === ',' && (t[k + 1]?.type === 'word' || t[k + 1]?.type === 'ident')) effects.push({ kind: 'drop-constraint', table, constraint: t[k + 1]!.type === 'word' ? t[k + 1]!.raw! : t[k + 1]!.value, cascade })
        return
      }
      if (what === 'INDEX' || what === 'KEY') {
        const name = this.readName(j + 1)
        if (name !== undefined) effects.push({ kind: 'drop', object: 'index', name: objectName(name.parts), cascade: false, ifExists: false })
        return
      }
      if (what === 'PARTITION') {
        for (let k = j + 1; k < to; k++) {
          const tok = t[k]!
          if (tok.type === 'word' || tok.type === 'ident') effects.push({ kind: 'truncate', name: table, cascade: false, partition: tok.type === 'word' ? tok.raw! : tok.value })
        }
        return
      }
      if (what !== undefined && DROP_NON_COLUMN.has(what)) return
      if (what === 'COLUMN') j++
      if (this.isWord(j, 'IF') && this.isWord(j + 1, 'EXISTS')) j += 2
      const cascade = cascadeIn()
      // `DROP COLUMN a, b` (T-SQL) and `DROP (a, b)` (Oracle)
      for (let k = j; k < to; k++) {
        const tok = t[k]!
        if (tok.type === 'word' && (tok.value === 'CASCADE' || tok.value === 'RESTRICT' || tok.value === 'IF' || tok.value === 'EXISTS' || tok.value === 'COLUMN')) continue
        if (tok.type === 'word' || tok.type === 'ident') {
          const prev = t[k - 1]!
          if (k === j || prev.value === ',' || prev.value === '(' || prev.value === 'EXISTS' || prev.value === 'COLUMN') {
            effects.push({ kind: 'drop-column', table, column: tok.type === 'word' ? tok.raw! : tok.value, cascade })
          }
        }
      }
      return
    }
    if ((action === 'DELETE' || action === 'UPDATE') && !domain) {
      // ClickHouse mutations: `ALTER TABLE t DELETE WHERE ...`, `ALTER TABLE t UPDATE c = v WHERE ...`
      let whereAt = -1
      for (let k = j; k < to; k++) if (t[k]!.type === 'word' && t[k]!.value === 'WHERE' && t[k]!.depth === t[from]!.depth) whereAt = k
      const conditionTokens = whereAt === -1 ? [] : t.slice(whereAt + 1, to)
      const where: WhereState = whereAt === -1 ? 'none' : isTautology(conditionTokens) ? 'tautology' : 'present'
      const condition = conditionTokens.length > 0 ? this.text.slice(conditionTokens[0]!.start, conditionTokens[conditionTokens.length - 1]!.end).trim() : undefined
      const extra = condition !== undefined ? { condition } : {}
      if (action === 'DELETE') effects.push({ kind: 'delete', name: table, where, ...extra })
      else effects.push({ kind: 'update', name: table, where, ...extra, columns: this.setColumns(j - 1, whereAt === -1 ? to : whereAt, t[from]!.depth) })
      return
    }
    if (action === 'ADD' && !domain) {
      if (this.isWord(j, 'COLUMN')) j++
      if (this.isWord(j, 'IF') && this.isWord(j + 1, 'NOT') && this.isWord(j + 2, 'EXISTS')) return // the column may have been there, with data
      const first = t[j]
      if (first === undefined || (first.type === 'word' && ['CONSTRAINT', 'PRIMARY', 'FOREIGN', 'UNIQUE', 'CHECK', 'INDEX', 'KEY', 'PARTITION', 'FULLTEXT', 'SPATIAL', 'EXCLUDE'].includes(first.value))) return
      if (first.value === '(') {
        // MySQL/Oracle `ADD (a int, b int)`
        const depth = first.depth
        let expectName = true
        for (let k = j + 1; k < to && t[k]!.depth > depth; k++) {
          const tok = t[k]!
          if (expectName && tok.depth === depth + 1 && (tok.type === 'word' || tok.type === 'ident')) effects.push({ kind: 'add-column', table, column: tok.type === 'word' ? tok.raw! : tok.value })
          expectName = tok.value === ',' && tok.depth === depth + 1
        }
        return
      }
      const column = this.readName(j)
      if (column !== undefined) effects.push({ kind: 'add-column', table, column: column.parts[column.parts.length - 1]! })
      return
    }
    if (action === 'ALTER') {
      if (this.isWord(j, 'COLUMN')) j++
      const column = this.readName(j)
      if (column === undefined) return
      const name = column.parts[column.parts.length - 1]!
      j = column.next
      const verb = this.wordAt(j)
      if (verb === 'DROP' && this.isWord(j + 1, 'NOT') && this.isWord(j + 2, 'NULL')) {
        effects.push({ kind: 'drop-not-null', table, column: name })
        return
      }
      if (verb === 'TYPE' || (verb === 'SET' && this.isWord(j + 1, 'DATA') && this.isWord(j + 2, 'TYPE'))) {
        const typeStart = verb === 'TYPE' ? j + 1 : j + 3
        effects.push({ kind: 'alter-column-type', table, column: name, type: this.typeText(typeStart, to) })
        return
      }
      if (verb !== undefined && !['SET', 'DROP', 'ADD', 'RESTART', 'RESET', 'OPTIONS', 'COLLATE', 'COMMENT', 'UNSET', 'VISIBLE', 'INVISIBLE', 'NULL', 'NOT'].includes(verb)) {
        // T-SQL `ALTER COLUMN c nvarchar(100) NOT NULL`
        effects.push({ kind: 'alter-column-type', table, column: name, type: this.typeText(j, to) })
      }
      return
    }
    if (action === 'MODIFY') {
      if (this.isWord(j, 'COLUMN')) j++
      if (t[j]?.value === '(') j++
      const column = this.readName(j)
      if (column === undefined) return
      effects.push({ kind: 'alter-column-type', table, column: column.parts[column.parts.length - 1]!, type: this.typeText(column.next, to) })
      return
    }
    if (action === 'CHANGE') {
      if (this.isWord(j, 'COLUMN')) j++
      const from1 = this.readName(j)
      const to1 = from1 === undefined ? undefined : this.readName(from1.next)
      if (from1 === undefined || to1 === undefined) return
      const oldName = from1.parts[from1.parts.length - 1]!
      const newName = to1.parts[to1.parts.length - 1]!
      if (oldName.toLowerCase() !== newName.toLowerCase()) effects.push({ kind: 'rename-column', table, column: oldName, to: newName })
      else effects.push({ kind: 'alter-column-type', table, column: oldName, type: this.typeText(to1.next, to) })
      return
    }
    if (action === 'TRUNCATE' && this.isWord(j, 'PARTITION')) {
      for (let k = j + 1; k < to; k++) {
        const tok = t[k]!
        if (tok.type === 'word' || tok.type === 'ident') effects.push({ kind: 'truncate', name: table, cascade: false, partition: tok.type === 'word' ? tok.raw! : tok.value })
      }
      return
    }
    if (action === 'RENAME') {
      const what = this.wordAt(j)
      if (what === 'TO' || what === 'AS') {
        const name = this.readName(j + 1)
        if (name !== undefined) effects.push({ kind: 'rename-table', name: table, to: objectName(name.parts) })
        return
      }
      if (what === 'CONSTRAINT' || what === 'INDEX' || what === 'KEY') return
      if (what === 'COLUMN') j++
      const column = this.readName(j)
      if (column === undefined) return
      if (this.isWord(column.next, 'TO')) {
        const target = this.readName(column.next + 1)
        if (target !== undefined) effects.push({ kind: 'rename-column', table, column: column.parts[column.parts.length - 1]!, to: target.parts[target.parts.length - 1]! })
      } else if (what !== 'COLUMN') {
        // MySQL `ALTER TABLE a RENAME b`
        effects.push({ kind: 'rename-table', name: table, to: objectName(column.parts) })
      }
    }
  }

  private typeText(from: number, to: number): string {
    if (from >= to || this.t[from] === undefined) return ''
    const stopWords = new Set(['USING', 'NOT', 'NULL', 'DEFAULT', 'COLLATE', 'FIRST', 'AFTER', 'COMMENT', 'CONSTRAINT', 'PRIMARY', 'UNIQUE', 'REFERENCES', 'CHECK', 'AUTO_INCREMENT', 'GENERATED', 'CHARACTER', 'CHARSET', 'ON'])
    let end = from
    while (end < to) {
      const tok = this.t[end]!
      if (tok.type === 'word' && stopWords.has(tok.value) && tok.depth === this.t[from]!.depth && end > from) break
      end++
    }
    if (end === from) return ''
    return this.text.slice(this.t[from]!.start, this.t[end - 1]!.end).replace(/\s+/g, ' ').trim().slice(0, 60)
  }

  /** MySQL `RENAME TABLE a TO b, c TO d`. */
  private renameTables(i: number): number {
    if (!this.isWord(i + 1, 'TABLE') && !this.isWord(i + 1, 'TABLES')) return i + 1
    const end = this.statementEnd(i, 'dml')
    const effects: Effect[] = []
    let j = i + 2
    while (j < end) {
      const from = this.readName(j)
      if (from === undefined || !this.isWord(from.next, 'TO')) break
      const to = this.readName(from.next + 1)
      if (to === undefined) break
      effects.push({ kind: 'rename-table', name: objectName(from.parts), to: objectName(to.parts) })
      j = to.next
      if (this.t[j]?.value === ',') j++
    }
    this.clause(i, end, effects)
    return end
  }

  /** `EXECUTE 'sql'`, `EXECUTE format(...)`, `EXEC('...')`, `EXEC sp_executesql N'...'`, `EXECUTE IMMEDIATE v`. */
  private execute(i: number): number {
    const t = this.t
    let j = i + 1
    const next = t[j]
    if (next === undefined) return i + 1
    if (next.type === 'word' && (next.value === 'FUNCTION' || next.value === 'PROCEDURE')) return j + 1 // trigger: EXECUTE FUNCTION f()
    if (this.isWord(j, 'IMMEDIATE')) j++
    // `EXEC @rc = proc ...`
    if (t[j]?.type === 'variable' && t[j + 1]?.value === '=') j += 2
    const tok = t[j]
    if (tok === undefined) return i + 1
    if (tok.type === 'word' || tok.type === 'ident') {
      const name = this.readName(j)
      const last = name?.parts[name.parts.length - 1]?.toUpperCase()
      if (name !== undefined && (last === 'SP_EXECUTESQL' || last === 'SP_RENAME')) return this.procedureCall(i, j)
      if (tok.type === 'word' && tok.value !== 'FORMAT' && tok.value !== 'CONCAT' && name !== undefined && t[name.next]?.value !== '(' && t[name.next]?.value !== '||') {
        // PL/pgSQL `EXECUTE stmt;`, Snowflake `EXECUTE IMMEDIATE v`: a variable holding SQL
        const known = this.variables.get(tok.value)
        if (known !== undefined) this.nested.push({ text: known, offset: tok.start, context: `EXECUTE ${tok.raw}` })
        return name.next
      }
    }
    const end = this.expressionEnd(j)
    const assembled = this.assemble(j, end)
    if (assembled !== undefined) this.nested.push({ text: assembled.text, offset: assembled.offset, context: 'EXECUTE' })
    return end
  }

  /** `sp_executesql N'...'` or `sp_rename 'old', 'new' [, 'COLUMN']`, with `at` pointing at the procedure name. */
  private procedureCall(i: number, at: number): number {
    const t = this.t
    const name = this.readName(at)
    if (name === undefined) return i + 1
    const proc = name.parts[name.parts.length - 1]!.toUpperCase()
    let j = name.next
    if (t[j]?.value === '(') j++
    // named argument: `@stmt = N'...'`
    if (t[j]?.type === 'variable' && t[j + 1]?.value === '=') j += 2
    const end = this.expressionEnd(j, true)
    if (proc === 'SP_EXECUTESQL') {
      const assembled = this.assemble(j, this.argumentEnd(j, end))
      if (assembled !== undefined) this.nested.push({ text: assembled.text, offset: assembled.offset, context: 'sp_executesql' })
      return end
    }
    // sp_rename
    const args: string[] = []
    for (let k = j; k < end && args.length < 3; k++) {
      const tok = t[k]!
      if (tok.type === 'string') args.push(tok.value)
      else if (tok.type === 'variable' && t[k + 1]?.value === '=') k++
    }
    if (args.length >= 2) {
      const objectParts = args[0]!.split('.').map((p) => p.replace(/^\[|\]$/g, ''))
      const kind = (args[2] ?? 'OBJECT').toUpperCase()
      if (kind === 'COLUMN' && objectParts.length >= 2) {
        const column = objectParts.pop()!
        this.clause(i, end, [{ kind: 'rename-column', table: objectName(objectParts), column, to: args[1]! }])
      } else if (kind === 'OBJECT') {
        this.clause(i, end, [{ kind: 'rename-table', name: objectName(objectParts), to: objectName([args[1]!]) }])
      }
    }
    return end
  }

  /** MySQL `PREPARE s FROM '...'` or `FROM @sql`. */
  private prepare(i: number): number {
    const t = this.t
    if (!this.isWord(i + 2, 'FROM')) return i + 1
    const j = i + 3
    const end = this.expressionEnd(j)
    const assembled = this.assemble(j, end)
    if (assembled !== undefined) this.nested.push({ text: assembled.text, offset: assembled.offset, context: `PREPARE ${t[i + 1]?.raw ?? ''}`.trim() })
    return end
  }

  /** PostgreSQL `DO [LANGUAGE plpgsql] $$ ... $$`. */
  private doBlock(i: number): number {
    const t = this.t
    let j = i + 1
    let language = 'plpgsql'
    if (this.isWord(j, 'LANGUAGE')) {
      language = (t[j + 1]?.value ?? '').toLowerCase()
      j += 2
    }
    const body = t[j]
    if (body?.type !== 'string') return i + 1
    if (this.isWord(j + 1, 'LANGUAGE')) language = (t[j + 2]?.value ?? '').toLowerCase()
    if (language === 'plpgsql' || language === 'sql') this.nested.push({ text: body.value, offset: body.contentStart ?? body.start, context: 'DO block' })
    return j + 1
  }

  /** CREATE TABLE (remembered, for drops of tables the same file created) and function bodies written as strings. */
  private create(i: number): number {
    const t = this.t
    let j = i + 1
    let temporary = false
    const replaces = this.isWord(j, 'OR') && this.isWord(j + 1, 'REPLACE')
    while (t[j]?.type === 'word' && ['OR', 'REPLACE', 'ALTER', 'GLOBAL', 'LOCAL', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'TRANSIENT', 'VOLATILE', 'MULTISET', 'SET', 'EXTERNAL', 'DEFINER', 'SECURE', 'CONSTRAINT', 'VIRTUAL', 'DEFINITION', 'NONEDITIONABLE', 'EDITIONABLE', 'AGGREGATE'].includes(t[j]!.value)) {
      if (t[j]!.value === 'TEMP' || t[j]!.value === 'TEMPORARY') temporary = true
      if (t[j]!.value === 'DEFINER' && t[j + 1]?.value === '=') {
        // MySQL `DEFINER = `root`@`%``: skip to the object kind
        j += 2
        for (let guard = 0; guard < 12 && t[j] !== undefined && !(t[j]!.type === 'word' && DEFINED_KINDS.has(t[j]!.value)); guard++) j++
        continue
      }
      j++
    }
    const what = this.wordAt(j)
    if (what === 'TABLE') {
      j++
      // IF NOT EXISTS: the table may already hold data, so it does not count as created by this file
      const conditional = this.isWord(j, 'IF') && this.isWord(j + 1, 'NOT') && this.isWord(j + 2, 'EXISTS')
      if (conditional) j += 3
      const name = this.readName(j)
      if (name === undefined) return j
      const table = objectName(name.parts)
      const effects: Effect[] = []
      // Snowflake/BigQuery `CREATE OR REPLACE TABLE` drops the existing table and its rows
      if (replaces && !temporary) effects.push({ kind: 'drop', object: 'table', name: table, cascade: false, ifExists: true, via: 'CREATE OR REPLACE TABLE' })
      if (!conditional) effects.push({ kind: 'create-table', name: table, temporary })
      this.clause(i, name.next, effects)
      return name.next
    }
    if (what === 'FUNCTION' || what === 'PROCEDURE') {
      const name = this.readName(j + 1)
      const end = this.statementEnd(i, 'none')
      let language = ''
      let body: Token | undefined
      for (let k = name?.next ?? j + 1; k < end; k++) {
        const tok = t[k]!
        if (tok.depth !== t[i]!.depth) continue
        if (tok.type === 'word' && tok.value === 'LANGUAGE' && t[k + 1] !== undefined) language = t[k + 1]!.value.toLowerCase().replace(/'/g, '')
        if (tok.type === 'word' && tok.value === 'AS' && t[k + 1]?.type === 'string') body = t[k + 1]
        if (tok.type === 'string' && this.text.charCodeAt(tok.start) === 36) body ??= tok
      }
      if (body !== undefined) {
        if (language === '' || language === 'plpgsql' || language === 'sql') {
          this.nested.push({ text: body.value, offset: body.contentStart ?? body.start, context: `${what.toLowerCase()} ${name?.parts.join('.') ?? ''}`.trim(), ...(name !== undefined ? { routine: objectName(name.parts).key } : {}) })
        }
        return end
      }
      // an inline body (BEGIN ATOMIC, MySQL, T-SQL): scan on inside it
      return name?.next ?? j + 1
    }
    return j
  }

  /** The end of an expression argument: `;`, USING/INTO, a new statement, or the closing paren of its depth. */
  private expressionEnd(from: number, stopAtComma = false): number {
    const t = this.t
    const first = t[from]
    if (first === undefined) return from
    const base = first.depth
    for (let j = from; j < t.length; j++) {
      const tok = t[j]!
      if (tok.depth < base) return j
      if (tok.depth > base) continue
      if (tok.type === 'punct' && tok.value === ';') return j
      if (tok.type === 'punct' && tok.value === ',' && stopAtComma && base === first.depth && j > from) {
        // sp_executesql's further arguments are parameters, not SQL
        continue
      }
      if (tok.type === 'word' && j > from && (tok.value === 'USING' || tok.value === 'INTO' || (STATEMENT_WORDS.has(tok.value) && this.startsNewStatement(j)))) return j
    }
    return t.length
  }

  private argumentEnd(from: number, end: number): number {
    const t = this.t
    const base = t[from]?.depth ?? 0
    for (let k = from; k < end; k++) if (t[k]!.depth === base && t[k]!.value === ',' && t[k]!.type === 'punct') return k
    return end
  }

  /**
   * Assembles the SQL text an expression builds: string literals in order, `format('...%I...')` with placeholders,
   * `||`/`+`/CONCAT joins, known variables substituted, anything else a `"<dynamic>"` placeholder.
   */
  private assemble(from: number, to: number): { text: string; offset: number } | undefined {
    const t = this.t
    let text = ''
    let offset = -1
    let sawSql = false
    let k = from
    while (k < to) {
      const tok = t[k]!
      if (tok.type === 'string') {
        text += tok.value
        if (offset === -1) offset = tok.contentStart ?? tok.start
        sawSql = true
        k++
        continue
      }
      if (tok.type === 'word' && tok.value === 'FORMAT' && t[k + 1]?.value === '(') {
        const template = t[k + 2]
        if (template?.type === 'string') {
          text += template.value.replace(/%%/g, '\u0000').replace(/%(?:\d+\$)?-?\d*[IsL]/g, PLACEHOLDER).replace(/\u0000/g, '%')
          if (offset === -1) offset = template.contentStart ?? template.start
          sawSql = true
        }
        k = this.skipParens(k + 1)
        continue
      }
      if (tok.type === 'word' && (tok.value === 'CONCAT' || tok.value === 'CONCAT_WS') && t[k + 1]?.value === '(') {
        k += 2 // the arguments are read in order; commas join them
        continue
      }
      if (tok.type === 'punct') {
        k++
        continue
      }
      if (tok.type === 'variable' || tok.type === 'word') {
        const known = this.variables.get(tok.value)
        if (known !== undefined) {
          text += known
          sawSql = true
          if (offset === -1) offset = tok.start
          k++
          continue
        }
        if (tok.type === 'word' && ['N', 'E', 'USING', 'INTO'].includes(tok.value)) {
          k++
          continue
        }
      }
      text += PLACEHOLDER
      k = t[k + 1]?.value === '(' ? this.skipParens(k + 1) : k + 1
    }
    if (!sawSql || offset === -1) return undefined
    return { text, offset }
  }

  /** `SET @v = '...'`, `DECLARE @v nvarchar(max) = N'...'`, `v := 'DROP ' || x`: remember SQL-looking text. */
  private noteAssignment(i: number): void {
    const t = this.t
    const tok = t[i]!
    let j = i + 1
    if (tok.type === 'variable') {
      const prev = t[i - 1]?.value
      if (!(prev === 'SET' || prev === 'DECLARE' || prev === 'SELECT' || prev === ',')) return
      // skip a declared type: `nvarchar(max)`
      let guard = 0
      while (j < t.length && guard++ < 6 && t[j]!.value !== '=' && t[j]!.value !== ':=' && t[j]!.value !== ';' && t[j]!.value !== ',') {
        j = t[j]!.value === '(' ? this.skipParens(j) : j + 1
      }
    }
    if (t[j]?.value !== '=' && t[j]?.value !== ':=') return
    const from = j + 1
    if (t[from] === undefined) return
    let end = this.expressionEnd(from)
    for (let k = from; k < end; k++) {
      if (t[k]!.depth === t[from]!.depth && t[k]!.value === ',' && t[k]!.type === 'punct') {
        end = k
        break
      }
    }
    const assembled = this.assemble(from, end)
    // stored as a fresh string: a slice would keep the whole input chunk it came from alive
    if (assembled !== undefined) this.variables.set(JSON.parse(JSON.stringify(tok.value)) as string, JSON.parse(JSON.stringify(assembled.text)) as string)
  }
}

/**
 * A WHERE condition that holds for every row, read from tokens: constant comparisons (`1=1`, `'a'='a'`, `2>1`),
 * `TRUE`, `1`, `NOT FALSE`, `x = x`, and these joined by OR (one true operand) or AND (all true).
 */
export function isTautology(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 64) return false
  // strip wrapping parens
  let list = tokens
  while (list.length >= 2 && list[0]!.value === '(' && list[list.length - 1]!.value === ')' && list[0]!.depth === list[list.length - 1]!.depth && balancedInside(list)) list = list.slice(1, -1)
  const base = list[0]!.depth
  const orParts = splitTop(list, base, 'OR')
  if (orParts.length > 1) return orParts.some((part) => isTautology(part))
  const andParts = splitTop(list, base, 'AND')
  if (andParts.length > 1) return andParts.every((part) => isTautology(part))
  return constantTrue(list)
}

function balancedInside(list: Token[]): boolean {
  const outer = list[0]!.depth
  for (let k = 1; k < list.length - 1; k++) if (list[k]!.depth <= outer) return false
  return true
}

function splitTop(list: Token[], depth: number, word: string): Token[][] {
  const parts: Token[][] = []
  let current: Token[] = []
  for (const tok of list) {
    if (tok.depth === depth && tok.type === 'word' && tok.value === word) {
      parts.push(current)
      current = []
    } else current.push(tok)
  }
  parts.push(current)
  return parts.filter((p) => p.length > 0)
}

function constantTrue(list: Token[]): boolean {
  if (list.length === 1) {
    const tok = list[0]!
    if (tok.type === 'word') return tok.value === 'TRUE'
    if (tok.type === 'number') return Number(tok.value) !== 0
    return false
  }
  if (list.length === 2 && list[0]!.type === 'word' && list[0]!.value === 'NOT') {
    const tok = list[1]!
    return (tok.type === 'word' && tok.value === 'FALSE') || (tok.type === 'number' && Number(tok.value) === 0)
  }
  if (list.length === 3) {
    const [a, op, b] = list as [Token, Token, Token]
    if (op.type !== 'punct') {
      if (op.type === 'word' && op.value === 'IS' && b.type === 'word' && b.value === 'TRUE') return constantTrue([a])
      return false
    }
    const sameRef = (a.type === 'word' || a.type === 'ident') && a.type === b.type && a.value === b.value && !['NULL', 'TRUE', 'FALSE'].includes(a.value)
    if (sameRef && (op.value === '=' || op.value === '>=' || op.value === '<=')) return true
    const va = literal(a)
    const vb = literal(b)
    if (va === undefined || vb === undefined) return false
    switch (op.value) {
      case '=':
      case '==':
        return va === vb
      case '<>':
      case '!=':
        return va !== vb
      case '>':
        return va > vb
      case '<':
        return va < vb
      case '>=':
        return va >= vb
      case '<=':
        return va <= vb
      default:
        return false
    }
  }
  return false
}

function literal(tok: Token): string | number | undefined {
  if (tok.type === 'number') {
    const n = Number(tok.value)
    return Number.isNaN(n) ? undefined : n
  }
  if (tok.type === 'string') return tok.value
  if (tok.type === 'word' && (tok.value === 'TRUE' || tok.value === 'FALSE')) return tok.value === 'TRUE' ? 1 : 0
  return undefined
}
