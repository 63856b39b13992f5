/** Reading libpg-query's JSON tree: narrow accessors, so that rules stay one screen long. */
export type PgNode = Record<string, unknown>

export function isNode(value: unknown): value is PgNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** The single `{ Kind: {...} }` wrapper of a node: [Kind, body]. */
export function unwrap(value: unknown): [string, PgNode] | undefined {
  if (!isNode(value)) return undefined
  const keys = Object.keys(value)
  if (keys.length !== 1) return undefined
  const body = value[keys[0]!]
  return isNode(body) ? [keys[0]!, body] : undefined
}

/** The body of a node of one kind (`child(x, 'Constraint')`), else undefined. */
export function child(value: unknown, kind: string): PgNode | undefined {
  if (!isNode(value)) return undefined
  const body = value[kind]
  return isNode(body) ? body : undefined
}

/** `{ String: { sval } }` items, as in qualified names. */
export function strings(items: unknown): string[] {
  return list(items)
    .map((item) => str(child(item, 'String')?.sval))
    .filter((s): s is string => s !== undefined)
}

/** A RangeVar's table name (no schema: a migration's tables are told apart by name, as squawk does). */
export function relationName(node: unknown): string | undefined {
  const rel = child(node, 'RangeVar') ?? (isNode(node) ? node : undefined)
  return str(rel?.relname)
}

/** `DefElem` options (`REINDEX (CONCURRENTLY)`, `VACUUM (FULL false)`): name -> on/off. */
export function options(items: unknown): Map<string, boolean> {
  const out = new Map<string, boolean>()
  for (const item of list(items)) {
    const def = child(item, 'DefElem')
    const name = str(def?.defname)
    if (def === undefined || name === undefined) continue
    out.set(name.toLowerCase(), optionValue(def.arg))
  }
  return out
}

function optionValue(arg: unknown): boolean {
  if (arg === undefined) return true
  const text = str(child(arg, 'String')?.sval)
  if (text !== undefined) return !/^(false|off|0|no)$/i.test(text)
  const integer = child(arg, 'Integer')
  if (integer !== undefined) return integer.ival !== undefined && integer.ival !== 0
  const boolean = child(arg, 'Boolean')
  if (boolean !== undefined) return boolean.boolval === true
  return true
}

/** The constraints of a column definition, by `contype`. */
export function columnConstraints(column: PgNode): PgNode[] {
  return list(column.constraints)
    .map((c) => child(c, 'Constraint'))
    .filter((c): c is PgNode => c !== undefined)
}

/** A column's type as written, without `pg_catalog.` (`int4`, `varchar`, `serial`). */
export function typeNames(column: PgNode): string[] {
  const type = child(column.typeName, 'TypeName') ?? (isNode(column.typeName) ? column.typeName : undefined)
  return strings(type?.names).filter((name) => name !== 'pg_catalog')
}
