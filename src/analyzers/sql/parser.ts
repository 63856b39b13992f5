/**
 * The parsers behind the token classifier: PostgreSQL's own (libpg-query) for PostgreSQL, node-sql-parser for the
 * other dialects, one build at a time, loaded on first use (each build is a large generated parser: a one-file run
 * must not pay for all of them). They read the clauses the token classifier marked, and their AST
 * refines what the tokens saw: a WHERE that is always true however it is written, CASCADE, the actions of an
 * ALTER TABLE. A parse failure, or a statement too large or too deeply nested to hand to a recursive parser,
 * leaves the token reading as it is: never "no finding".
 */
import { objectName, type Effect, type WhereState } from './effects.js'
import type { SqlDialect } from './dialect.js'
import { parsePostgres } from './postgres-parser.js'

interface ParserLike {
  astify(sql: string, options: { database: string }): unknown
}

type ParserModule = { Parser?: new () => ParserLike; default?: { Parser?: new () => ParserLike } }

/** node-sql-parser's name for each dialect, and the per-dialect build (a literal import, so the bundler splits it). */
const DATABASE: Record<SqlDialect, string> = {
  postgresql: 'PostgresQL',
  redshift: 'Redshift',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  sqlite: 'Sqlite',
  tsql: 'TransactSQL',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
  db2: 'DB2',
  hive: 'Hive',
  athena: 'Athena',
  trino: 'Trino',
  flinksql: 'FlinkSQL',
  noql: 'Noql'
}

function load(dialect: SqlDialect): Promise<ParserModule> {
  switch (dialect) {
    case 'postgresql':
      return import('node-sql-parser/build/postgresql.js') as Promise<ParserModule>
    case 'redshift':
      return import('node-sql-parser/build/redshift.js') as Promise<ParserModule>
    case 'mysql':
      return import('node-sql-parser/build/mysql.js') as Promise<ParserModule>
    case 'mariadb':
      return import('node-sql-parser/build/mariadb.js') as Promise<ParserModule>
    case 'sqlite':
      return import('node-sql-parser/build/sqlite.js') as Promise<ParserModule>
    case 'tsql':
      return import('node-sql-parser/build/transactsql.js') as Promise<ParserModule>
    case 'bigquery':
      return import('node-sql-parser/build/bigquery.js') as Promise<ParserModule>
    case 'snowflake':
      return import('node-sql-parser/build/snowflake.js') as Promise<ParserModule>
    case 'db2':
      return import('node-sql-parser/build/db2.js') as Promise<ParserModule>
    case 'hive':
      return import('node-sql-parser/build/hive.js') as Promise<ParserModule>
    case 'athena':
      return import('node-sql-parser/build/athena.js') as Promise<ParserModule>
    case 'trino':
      return import('node-sql-parser/build/trino.js') as Promise<ParserModule>
    case 'flinksql':
      return import('node-sql-parser/build/flinksql.js') as Promise<ParserModule>
    case 'noql':
      return import('node-sql-parser/build/noql.js') as Promise<ParserModule>
  }
}

const parsers = new Map<SqlDialect, Promise<ParserLike | undefined>>()

async function parserFor(dialect: SqlDialect): Promise<ParserLike | undefined> {
  let pending = parsers.get(dialect)
  if (pending === undefined) {
    pending = load(dialect).then(
      (mod) => {
        const Parser = mod.Parser ?? mod.default?.Parser
        return Parser === undefined ? undefined : new Parser()
      },
      () => undefined
    )
    parsers.set(dialect, pending)
  }
  return pending
}

/** Longest clause handed to the parser; its generated grammar recurses on nesting and backtracks on length. */
export const PARSER_MAX_CHARS = 20_000
export const PARSER_MAX_DEPTH = 48

export type ParseOutcome = { ok: true; effects: Effect[] } | { ok: false; reason: string }

/**
 * Parses one clause and describes its effects; `ok: false` when the parser cannot (or must not) read it.
 * PostgreSQL goes to PostgreSQL's own parser (libpg-query), the other dialects to node-sql-parser's build for them.
 */
export async function parseEffects(sql: string, dialect: SqlDialect, maxDepth: number): Promise<ParseOutcome> {
  if (sql.length > PARSER_MAX_CHARS) return { ok: false, reason: `longer than ${PARSER_MAX_CHARS} characters` }
  if (maxDepth > PARSER_MAX_DEPTH) return { ok: false, reason: `nested deeper than ${PARSER_MAX_DEPTH} parentheses` }
  if (dialect === 'postgresql') {
    const outcome = await parsePostgres(sql)
    // without its WebAssembly (a broken install), node-sql-parser reads PostgreSQL too
    if (outcome.ok !== 'unavailable') return outcome
  }
  return parseWithNodeSqlParser(sql, dialect)
}

/** node-sql-parser alone, for any dialect it knows (PostgreSQL included: the fallback, and for measurements). */
export async function parseWithNodeSqlParser(sql: string, dialect: SqlDialect): Promise<ParseOutcome> {
  const parser = await parserFor(dialect)
  if (parser === undefined) return { ok: false, reason: 'parser unavailable' }
  let ast: unknown
  try {
    ast = parser.astify(sql, { database: DATABASE[dialect] })
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'parse error' }
  }
  const effects: Effect[] = []
  for (const node of Array.isArray(ast) ? ast : [ast]) describe(node, effects)
  return { ok: true, effects }
}

type Node = Record<string, unknown>

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function tableName(node: unknown): ReturnType<typeof objectName> | undefined {
  if (!isNode(node)) return undefined
  const table = str(node.table)
  if (table === undefined) return undefined
  const db = str(node.db) ?? str(node.schema)
  return objectName(db ? [db, table] : [table])
}

function columnName(ref: unknown): string | undefined {
  if (!isNode(ref)) return undefined
  const column = ref.column
  if (typeof column === 'string') return column
  if (isNode(column) && isNode(column.expr)) return str(column.expr.value)
  return undefined
}

function describe(node: unknown, out: Effect[]): void {
  if (!isNode(node)) return
  const type = str(node.type)
  const names = Array.isArray(node.name) ? node.name : Array.isArray(node.table) ? node.table : []
  switch (type) {
    case 'drop': {
      const object = (str(node.keyword) ?? 'object').toLowerCase()
      const ifExists = /if exists/i.test(str(node.prefix) ?? '')
      for (const item of names) {
        const name = tableName(item)
        // node-sql-parser reads `"t" CASCADE` as an alias named CASCADE
        const cascade = isNode(item) && /^cascade$/i.test(str(item.as) ?? '')
        if (name !== undefined) out.push({ kind: 'drop', object, name, cascade, ifExists })
      }
      return
    }
    case 'truncate': {
      const cascade = JSON.stringify(node.suffix ?? '').toUpperCase().includes('CASCADE')
      for (const item of names) {
        const name = tableName(item)
        if (name !== undefined) out.push({ kind: 'truncate', name, cascade })
      }
      return
    }
    case 'delete':
    case 'update': {
      const name = tableName(names[0])
      if (name === undefined) return
      const where: WhereState = node.where === null || node.where === undefined ? 'none' : alwaysTrue(node.where) ? 'tautology' : 'present'
      if (type === 'delete') out.push({ kind: 'delete', name, where })
      else {
        const columns = (Array.isArray(node.set) ? node.set : []).map((s: unknown) => (isNode(s) ? columnName(s) ?? str(s.column) : undefined)).filter((c): c is string => c !== undefined)
        out.push({ kind: 'update', name, where, columns })
      }
      return
    }
    case 'alter': {
      if (str(node.keyword) !== undefined && str(node.keyword) !== 'table') return
      const table = tableName(names[0])
      if (table === undefined || !Array.isArray(node.expr)) return
      for (const action of node.expr) alterAction(table, action, out)
      return
    }
    default:
      return
  }
}

function alterAction(table: NonNullable<ReturnType<typeof tableName>>, action: unknown, out: Effect[]): void {
  if (!isNode(action)) return
  const verb = str(action.action)
  const resource = str(action.resource)
  const column = columnName(action.column)
  if (verb === 'drop' && resource === 'column' && column !== undefined) {
    out.push({ kind: 'drop-column', table, column, cascade: false })
  } else if (verb === 'drop' && resource === 'constraint') {
    out.push({ kind: 'drop-constraint', table, constraint: str(action.constraint) ?? str((action.constraint as Node | undefined)?.value) ?? 'constraint', cascade: false })
  } else if (verb === 'modify' && column !== undefined) {
    out.push({ kind: 'alter-column-type', table, column, type: typeOf(action.definition) })
  } else if (verb === 'change' && column !== undefined) {
    const old = columnName(action.old_column)
    if (old !== undefined && old.toLowerCase() !== column.toLowerCase()) out.push({ kind: 'rename-column', table, column: old, to: column })
    else out.push({ kind: 'alter-column-type', table, column, type: typeOf(action.definition) })
  } else if (verb === 'alter' && column !== undefined && isNode(action.definition) && str(action.definition.dataType) !== undefined) {
    out.push({ kind: 'alter-column-type', table, column, type: typeOf(action.definition) })
  } else if (verb === 'rename' && resource === 'table') {
    const to = str(action.table)
    if (to !== undefined) out.push({ kind: 'rename-table', name: table, to: objectName([to]) })
  } else if (verb === 'rename' && resource === 'column' && column !== undefined) {
    const to = columnName(action.old_column) ?? str(action.column_new)
    if (to !== undefined) out.push({ kind: 'rename-column', table, column, to })
  }
}

function typeOf(definition: unknown): string {
  if (!isNode(definition)) return ''
  const length = Array.isArray(definition.length) ? definition.length.join(',') : definition.length
  return `${str(definition.dataType) ?? ''}${length !== undefined && length !== null ? `(${String(length)})` : ''}`.toLowerCase()
}

type Value = string | number | boolean | null

/** The constant a node stands for, or undefined when it depends on a row (a column, a function call). */
function constantOf(node: unknown, budget: { steps: number }): Value | undefined {
  if (!isNode(node) || --budget.steps < 0) return undefined
  switch (node.type) {
    case 'number':
      return typeof node.value === 'number' ? node.value : Number(node.value)
    case 'bool':
    case 'boolean':
      return node.value === true || node.value === 'TRUE' || node.value === 'true'
    case 'null':
      return null
    case 'single_quote_string':
    case 'string':
    case 'natural_string':
      return str(node.value) ?? null
    case 'unary_expr': {
      const inner = constantOf(node.expr, budget)
      if (/^not$/i.test(str(node.operator) ?? '')) return inner === undefined || inner === null ? inner : !truthy(inner)
      if (node.operator === '-' && typeof inner === 'number') return -inner
      return undefined
    }
    case 'binary_expr':
      return binary(node, budget)
    default:
      return undefined
  }
}

/** SQL truth of a constant: numbers by value, numeric strings as numbers (MySQL), other strings false. */
function truthy(value: Value): boolean {
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') return value.trim() !== '' && !Number.isNaN(Number(value)) && Number(value) !== 0
  return value === true
}

function listOf(node: unknown, budget: { steps: number }): Value[] | undefined {
  if (!isNode(node) || node.type !== 'expr_list' || !Array.isArray(node.value)) return undefined
  const out: Value[] = []
  for (const item of node.value) {
    const v = constantOf(item, budget)
    if (v === undefined) return undefined
    out.push(v)
  }
  return out
}

function sameColumn(a: unknown, b: unknown): boolean {
  return isNode(a) && isNode(b) && a.type === 'column_ref' && b.type === 'column_ref' && JSON.stringify(a.column) === JSON.stringify(b.column) && a.table === b.table
}

function binary(node: Node, budget: { steps: number }): Value | undefined {
  const op = (str(node.operator) ?? '').toUpperCase()
  if (op === 'OR' || op === 'AND') {
    const l = constantOf(node.left, budget)
    const r = constantOf(node.right, budget)
    const lt = l === undefined || l === null ? undefined : truthy(l)
    const rt = r === undefined || r === null ? undefined : truthy(r)
    if (op === 'OR') return lt === true || rt === true ? true : lt === false && rt === false ? false : undefined
    return lt === true && rt === true ? true : lt === false || rt === false ? false : undefined
  }
  // `x = x` holds for every row where x is set: treated as always true, as a reviewer would
  if ((op === '=' || op === '>=' || op === '<=') && sameColumn(node.left, node.right)) return true
  const left = constantOf(node.left, budget)
  if (left === undefined) return undefined
  if (op === 'IN' || op === 'NOT IN') {
    const list = listOf(node.right, budget)
    if (list === undefined || left === null) return undefined
    const found = list.some((v) => v === left)
    return op === 'IN' ? found : !found
  }
  if (op === 'BETWEEN' || op === 'NOT BETWEEN') {
    const range = listOf(node.right, budget)
    if (range === undefined || range.length !== 2 || left === null || range[0] === null || range[1] === null) return undefined
    const inside = left >= range[0]! && left <= range[1]!
    return op === 'BETWEEN' ? inside : !inside
  }
  const right = constantOf(node.right, budget)
  if (right === undefined) return undefined
  if (op === 'IS') return left === right
  if (op === 'IS NOT') return left !== right
  if (left === null || right === null) return null
  const x = typeof left === 'boolean' ? Number(left) : left
  const y = typeof right === 'boolean' ? Number(right) : right
  switch (op) {
    case '=':
    case '==':
      return x === y
    case '<>':
    case '!=':
      return x !== y
    case '>':
      return x > y
    case '<':
      return x < y
    case '>=':
      return x >= y
    case '<=':
      return x <= y
    case '+':
    case '-':
    case '*':
    case '/':
      if (typeof x !== 'number' || typeof y !== 'number') return undefined
      return op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : y === 0 ? undefined : x / y
    case 'LIKE':
      return typeof x === 'string' && typeof y === 'string' && /^%+$/.test(y) ? true : undefined
    default:
      return undefined
  }
}

/**
 * A WHERE that holds for every row: constant conditions (`1=1`, `'a'='a'`, `TRUE`, `1`, `1+1=2`, `1 IN (1,2)`,
 * `NULL IS NULL`, `'x' LIKE '%'`), `x = x`, OR with one such operand, AND of only such operands.
 * Bounded to 256 nodes, so the walk stays shallow whatever the parser built.
 */
export function alwaysTrue(expr: unknown): boolean {
  const value = constantOf(expr, { steps: 256 })
  return value !== undefined && value !== null && truthy(value)
}
