/**
 * PostgreSQL's own parser (libpg-query, WebAssembly) for PostgreSQL clauses: measured more accurate than
 * node-sql-parser there (it rejects none of the benchmark corpus, node-sql-parser 15%; see docs/sql.md), and faster
 * per statement. Loaded on first use; when the WebAssembly cannot load, the caller falls back to node-sql-parser and
 * the token reading stands either way.
 */
import { existsSync } from 'node:fs'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageRoot } from '../../knowledge/package-root.js'
import { objectName, type Effect, type ObjectName, type WhereState } from './effects.js'

interface PgModule {
  loadModule(): Promise<void>
  parseSync(sql: string): { stmts?: Array<{ stmt: PgNode }> }
}

type PgNode = Record<string, unknown>

let loading: Promise<PgModule | undefined> | undefined

/**
 * libpg-query's Emscripten loader finds its .wasm through `__dirname`. From node_modules (tests, `npx` from a clone)
 * that is its own folder; in the bundle `npm run build` copies the .wasm to dist/wasm/ and there is no `__dirname`
 * in an ES module, so it is lent that folder for the moment of loading.
 */
function bundledWasmFolder(): string | undefined {
  try {
    const folder = join(packageRoot(), 'dist', 'wasm')
    return fileURLToPath(import.meta.url).split(sep).includes('dist') && existsSync(join(folder, 'libpg-query.wasm')) ? folder : undefined
  } catch {
    return undefined
  }
}

function loadPg(): Promise<PgModule | undefined> {
  loading ??= (async () => {
    const global = globalThis as { __dirname?: string }
    const lent = global.__dirname === undefined ? bundledWasmFolder() : undefined
    if (lent !== undefined) global.__dirname = lent
    try {
      const mod = (await import('libpg-query')) as unknown as PgModule & { default?: PgModule }
      const pg = typeof mod.parseSync === 'function' ? mod : mod.default
      if (pg === undefined) return undefined
      await pg.loadModule()
      return pg
    } catch {
      return undefined
    } finally {
      if (lent !== undefined) delete global.__dirname
    }
  })()
  return loading
}

export type PgParseOutcome = { ok: true; effects: Effect[] } | { ok: false; reason: string } | { ok: 'unavailable' }

/** Parses one PostgreSQL clause with libpg-query and describes its effects. */
export async function parsePostgres(sql: string): Promise<PgParseOutcome> {
  const pg = await loadPg()
  if (pg === undefined) return { ok: 'unavailable' }
  let tree: ReturnType<PgModule['parseSync']>
  try {
    tree = pg.parseSync(sql)
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.slice(0, 120) : 'parse error' }
  }
  remember(sql, tree.stmts ?? [])
  const effects: Effect[] = []
  for (const item of tree.stmts ?? []) describe(item.stmt, effects)
  return { ok: true, effects }
}

/** libpg-query's raw tree of a text, for analyzers that read more than effects (lock-safety). */
export type PostgresTree = { ok: true; stmts: Array<{ stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }> } | { ok: false; reason: string } | { ok: 'unavailable' }

/**
 * The trees of the last statements parsed, for the lock-safety family that reads the same file right after the sql
 * family: a few entries, so that nothing of a file outlives the next ones. Trees are read, never changed.
 */
const recentTrees = new Map<string, PostgresStmts>()
const RECENT_TREES = 64
type PostgresStmts = Array<{ stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }>

function remember(sql: string, stmts: PostgresStmts): void {
  if (recentTrees.size >= RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value!)
  recentTrees.set(sql, stmts)
}

export async function parsePostgresTree(sql: string): Promise<PostgresTree> {
  const recent = recentTrees.get(sql)
  if (recent !== undefined) return { ok: true, stmts: recent }
  const pg = await loadPg()
  if (pg === undefined) return { ok: 'unavailable' }
  try {
    return { ok: true, stmts: pg.parseSync(sql).stmts ?? [] }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.slice(0, 120) : 'parse error' }
  }
}

function isNode(value: unknown): value is PgNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** `{ String: { sval } }` items, as in names and qualified names. */
function strings(items: unknown): string[] {
  return list(items)
    .map((item) => (isNode(item) && isNode(item.String) ? str(item.String.sval) : undefined))
    .filter((s): s is string => s !== undefined)
}

function rangeVar(node: unknown): ObjectName | undefined {
  if (!isNode(node)) return undefined
  const rel = isNode(node.RangeVar) ? node.RangeVar : node
  const relname = str(rel.relname)
  if (relname === undefined) return undefined
  const schema = str(rel.schemaname)
  return objectName(schema ? [schema, relname] : [relname])
}

const DROP_KINDS: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_SCHEMA: 'schema',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_FOREIGN_TABLE: 'foreign table',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'procedure',
  OBJECT_ROUTINE: 'routine',
  OBJECT_AGGREGATE: 'aggregate',
  OBJECT_TYPE: 'type',
  OBJECT_DOMAIN: 'domain',
  OBJECT_SEQUENCE: 'sequence',
  OBJECT_TRIGGER: 'trigger',
  OBJECT_EXTENSION: 'extension',
  OBJECT_INDEX: 'index',
  OBJECT_POLICY: 'policy',
  OBJECT_RULE: 'rule',
  OBJECT_PUBLICATION: 'publication',
  OBJECT_COLLATION: 'collation',
  OBJECT_CONVERSION: 'conversion',
  OBJECT_EVENT_TRIGGER: 'event trigger',
  OBJECT_FOREIGN_SERVER: 'server',
  OBJECT_LANGUAGE: 'language',
  OBJECT_OPERATOR: 'operator',
  OBJECT_STATISTIC_EXT: 'statistics',
  OBJECT_TSCONFIGURATION: 'text search configuration',
  OBJECT_TSDICTIONARY: 'text search dictionary',
  OBJECT_ACCESS_METHOD: 'access method',
  OBJECT_CAST: 'cast'
}

function dropName(object: unknown): ObjectName | undefined {
  if (!isNode(object)) return undefined
  if (isNode(object.List)) return objectName(strings(object.List.items))
  if (isNode(object.ObjectWithArgs)) return objectName(strings(object.ObjectWithArgs.objname))
  if (isNode(object.String)) return objectName([str(object.String.sval) ?? ''])
  if (isNode(object.TypeName)) return objectName(strings(object.TypeName.names))
  return undefined
}

function roles(items: unknown): ObjectName[] {
  return list(items)
    .map((r) => (isNode(r) && isNode(r.RoleSpec) ? str(r.RoleSpec.rolename) : undefined))
    .filter((n): n is string => n !== undefined)
    .map((n) => objectName([n]))
}

function describe(stmt: unknown, out: Effect[]): void {
  if (!isNode(stmt)) return
  const [type, value] = Object.entries(stmt)[0] ?? []
  if (type === undefined || !isNode(value)) return
  const cascade = value.behavior === 'DROP_CASCADE'
  switch (type) {
    case 'DropStmt': {
      const object = DROP_KINDS[str(value.removeType) ?? ''] ?? (str(value.removeType) ?? 'object').replace(/^OBJECT_/, '').toLowerCase()
      for (const item of list(value.objects)) {
        const name = dropName(item)
        if (name !== undefined) out.push({ kind: 'drop', object, name, cascade, ifExists: value.missing_ok === true })
      }
      return
    }
    case 'DropdbStmt':
      out.push({ kind: 'drop', object: 'database', name: objectName([str(value.dbname) ?? '']), cascade: false, ifExists: value.missing_ok === true })
      return
    case 'DropRoleStmt':
      for (const name of roles(value.roles)) out.push({ kind: 'drop', object: 'role', name, cascade: false, ifExists: value.missing_ok === true })
      return
    case 'DropOwnedStmt':
      for (const name of roles(value.roles)) out.push({ kind: 'drop', object: 'owned by', name, cascade, ifExists: false })
      return
    case 'TruncateStmt':
      for (const relation of list(value.relations)) {
        const name = rangeVar(relation)
        if (name !== undefined) out.push({ kind: 'truncate', name, cascade })
      }
      return
    case 'DeleteStmt':
    case 'UpdateStmt': {
      const name = rangeVar(value.relation)
      if (name === undefined) return
      const where: WhereState = value.whereClause === undefined ? 'none' : alwaysTrue(value.whereClause) ? 'tautology' : 'present'
      if (type === 'DeleteStmt') out.push({ kind: 'delete', name, where })
      else {
        const columns = list(value.targetList).map((t) => (isNode(t) && isNode(t.ResTarget) ? str(t.ResTarget.name) : undefined)).filter((c): c is string => c !== undefined)
        out.push({ kind: 'update', name, where, columns })
      }
      describeWith(value, out)
      return
    }
    case 'SelectStmt':
    case 'InsertStmt':
      describeWith(value, out)
      return
    case 'AlterTableStmt': {
      if (value.objtype !== undefined && value.objtype !== 'OBJECT_TABLE' && value.objtype !== 'OBJECT_FOREIGN_TABLE') return
      const table = rangeVar(value.relation)
      if (table === undefined) return
      for (const cmd of list(value.cmds)) {
        const c = isNode(cmd) && isNode(cmd.AlterTableCmd) ? cmd.AlterTableCmd : undefined
        if (c === undefined) continue
        const column = str(c.name) ?? ''
        const dropsCascade = c.behavior === 'DROP_CASCADE'
        switch (c.subtype) {
          case 'AT_DropColumn':
            out.push({ kind: 'drop-column', table, column, cascade: dropsCascade })
            break
          case 'AT_DropConstraint':
            out.push({ kind: 'drop-constraint', table, constraint: column, cascade: dropsCascade })
            break
          case 'AT_DropNotNull':
            out.push({ kind: 'drop-not-null', table, column })
            break
          case 'AT_AlterColumnType': {
            const def = isNode(c.def) && isNode(c.def.ColumnDef) ? c.def.ColumnDef : undefined
            const typeName = def !== undefined && isNode(def.typeName) ? strings(def.typeName.names).filter((n) => n !== 'pg_catalog').join('.') : ''
            out.push({ kind: 'alter-column-type', table, column, type: typeName })
            break
          }
          default:
            break
        }
      }
      return
    }
    case 'RenameStmt': {
      const table = rangeVar(value.relation)
      const to = str(value.newname)
      if (table === undefined || to === undefined) return
      if (value.renameType === 'OBJECT_TABLE') out.push({ kind: 'rename-table', name: table, to: objectName([to]) })
      else if (value.renameType === 'OBJECT_COLUMN' && value.relationType === 'OBJECT_TABLE') out.push({ kind: 'rename-column', table, column: str(value.subname) ?? '', to })
      return
    }
    case 'AlterDomainStmt': {
      const domain = objectName(strings(value.typeName))
      if (value.subtype === 'X') out.push({ kind: 'drop-constraint', table: domain, constraint: str(value.name) ?? '', cascade })
      else if (value.subtype === 'N') out.push({ kind: 'drop-not-null', table: domain, column: '(domain)' })
      return
    }
    default:
      return
  }
}

/** Data-modifying CTEs: `WITH gone AS (DELETE FROM jobs RETURNING id) SELECT ...`. */
function describeWith(value: PgNode, out: Effect[]): void {
  const withClause = isNode(value.withClause) ? value.withClause : undefined
  if (withClause === undefined) return
  for (const cte of list(withClause.ctes)) {
    if (isNode(cte) && isNode(cte.CommonTableExpr)) describe(cte.CommonTableExpr.ctequery, out)
  }
}

type Value = string | number | boolean | null

/** The constant a node of PostgreSQL's AST stands for, or undefined when it depends on a row. */
function constantOf(node: unknown, budget: { steps: number }): Value | undefined {
  if (!isNode(node) || --budget.steps < 0) return undefined
  if (isNode(node.A_Const)) {
    const c = node.A_Const
    if (c.isnull === true) return null
    if (isNode(c.ival)) return typeof c.ival.ival === 'number' ? c.ival.ival : 0
    if (isNode(c.fval)) return Number(c.fval.fval)
    if (isNode(c.boolval)) return c.boolval.boolval === true
    if (isNode(c.sval)) return str(c.sval.sval) ?? ''
    return undefined
  }
  if (isNode(node.TypeCast)) {
    const inner = constantOf(node.TypeCast.arg, budget)
    const target = isNode(node.TypeCast.typeName) ? strings(node.TypeCast.typeName.names).pop() : undefined
    if (target === 'bool' && typeof inner === 'string') return /^(t|true|y|yes|on|1)$/i.test(inner)
    return inner
  }
  if (isNode(node.BoolExpr)) {
    const args = list(node.BoolExpr.args).map((a) => constantOf(a, budget))
    const truth = args.map((v) => (v === undefined || v === null ? undefined : truthy(v)))
    switch (node.BoolExpr.boolop) {
      case 'NOT_EXPR':
        return truth[0] === undefined ? undefined : !truth[0]
      case 'OR_EXPR':
        return truth.some((v) => v === true) ? true : truth.every((v) => v === false) ? false : undefined
      case 'AND_EXPR':
        return truth.every((v) => v === true) ? true : truth.some((v) => v === false) ? false : undefined
      default:
        return undefined
    }
  }
  if (isNode(node.NullTest)) {
    const arg = constantOf(node.NullTest.arg, budget)
    if (arg === undefined) return undefined
    return node.NullTest.nulltesttype === 'IS_NULL' ? arg === null : arg !== null
  }
  if (isNode(node.A_Expr)) return expression(node.A_Expr, budget)
  return undefined
}

function truthy(value: Exclude<Value, null>): boolean {
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') return /^(t|true|y|yes|on|1)$/i.test(value)
  return value
}

function sameColumn(a: unknown, b: unknown): boolean {
  return isNode(a) && isNode(b) && isNode(a.ColumnRef) && isNode(b.ColumnRef) && JSON.stringify(strings(a.ColumnRef.fields)) === JSON.stringify(strings(b.ColumnRef.fields))
}

function expression(e: PgNode, budget: { steps: number }): Value | undefined {
  const op = strings(e.name)[0] ?? ''
  if (e.kind === 'AEXPR_OP' && (op === '=' || op === '>=' || op === '<=') && sameColumn(e.lexpr, e.rexpr)) return true
  const left = constantOf(e.lexpr, budget)
  if (left === undefined) return undefined
  if (e.kind === 'AEXPR_IN') {
    const items = isNode(e.rexpr) && isNode(e.rexpr.List) ? list(e.rexpr.List.items).map((i) => constantOf(i, budget)) : undefined
    if (items === undefined || items.some((i) => i === undefined) || left === null) return undefined
    const found = items.some((i) => i === left)
    return op === '=' ? found : !found
  }
  if (e.kind === 'AEXPR_BETWEEN' || e.kind === 'AEXPR_NOT_BETWEEN') {
    const range = isNode(e.rexpr) && isNode(e.rexpr.List) ? list(e.rexpr.List.items).map((i) => constantOf(i, budget)) : []
    const [low, high] = range
    if (range.length !== 2 || low === undefined || high === undefined || low === null || high === null || left === null) return undefined
    const inside = left >= low && left <= high
    return e.kind === 'AEXPR_BETWEEN' ? inside : !inside
  }
  const right = constantOf(e.rexpr, budget)
  if (right === undefined) return undefined
  if (e.kind === 'AEXPR_LIKE') return typeof right === 'string' && /^%+$/.test(right) && left !== null ? true : undefined
  if (e.kind === 'AEXPR_DISTINCT') return left !== right
  if (e.kind === 'AEXPR_NOT_DISTINCT') return left === right
  if (e.kind !== 'AEXPR_OP') return undefined
  if (left === null || right === null) return null
  switch (op) {
    case '=':
      return left === right
    case '<>':
    case '!=':
      return left !== right
    case '>':
      return left > right
    case '<':
      return left < right
    case '>=':
      return left >= right
    case '<=':
      return left <= right
    case '+':
    case '-':
    case '*':
    case '/':
      if (typeof left !== 'number' || typeof right !== 'number') return undefined
      return op === '+' ? left + right : op === '-' ? left - right : op === '*' ? left * right : right === 0 ? undefined : left / right
    default:
      return undefined
  }
}

/** A WHERE that holds for every row (see node-sql-parser's twin in parser.ts); bounded to 256 nodes. */
export function alwaysTrue(where: unknown): boolean {
  const value = constantOf(where, { steps: 256 })
  return value !== undefined && value !== null && truthy(value)
}
