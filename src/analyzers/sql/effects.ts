/**
 * What a statement does to data, as both classifiers (node-sql-parser's AST and the token classifier) describe it.
 * The rules under rules/ turn effects into detections; the engine merges the two classifiers' effects.
 */

/** A (possibly qualified) object name as written, quotes removed. */
export interface ObjectName {
  /** `public.users` */
  display: string
  /** Lower-cased last part, for matching a drop against a create: `users`. */
  key: string
}

/** Whether a DELETE or UPDATE is limited: no WHERE, a WHERE that is always true, or a real condition. */
export type WhereState = 'none' | 'tautology' | 'present'

export type Effect =
  | { kind: 'drop'; object: string; name: ObjectName; cascade: boolean; ifExists: boolean; via?: 'CREATE OR REPLACE TABLE' }
  | { kind: 'truncate'; name: ObjectName; cascade: boolean; partition?: string }
  | { kind: 'delete'; name: ObjectName; where: WhereState; condition?: string }
  | { kind: 'update'; name: ObjectName; where: WhereState; condition?: string; columns: string[] }
  | { kind: 'drop-column'; table: ObjectName; column: string; cascade: boolean }
  | { kind: 'drop-constraint'; table: ObjectName; constraint: string; cascade: boolean }
  | { kind: 'drop-not-null'; table: ObjectName; column: string }
  | { kind: 'alter-column-type'; table: ObjectName; column: string; type: string }
  | { kind: 'rename-table'; name: ObjectName; to: ObjectName }
  | { kind: 'rename-column'; table: ObjectName; column: string; to: string }
  | { kind: 'create-table'; name: ObjectName; temporary: boolean }
  /** Bookkeeping: a column added here holds nothing yet, so dropping or backfilling it later in the unit loses nothing. */
  | { kind: 'add-column'; table: ObjectName; column: string }

export type EffectKind = Effect['kind']

export function objectName(parts: string[]): ObjectName {
  const clean = parts.filter((p) => p !== '')
  return { display: clean.join('.'), key: (clean[clean.length - 1] ?? '').toLowerCase() }
}

/** The key two classifiers agree on when they describe the same effect. */
export function effectKey(effect: Effect): string {
  switch (effect.kind) {
    case 'drop':
      return `drop:${effect.object}:${effect.name.key}`
    case 'truncate':
      return `truncate:${effect.name.key}:${effect.partition ?? ''}`
    case 'delete':
    case 'update':
      return `${effect.kind}:${effect.name.key}`
    case 'drop-column':
    case 'drop-not-null':
    case 'alter-column-type':
      return `${effect.kind}:${effect.table.key}:${effect.column.toLowerCase()}`
    case 'drop-constraint':
      return `drop-constraint:${effect.table.key}:${effect.constraint.toLowerCase()}`
    case 'rename-table':
      return `rename-table:${effect.name.key}`
    case 'rename-column':
      return `rename-column:${effect.table.key}:${effect.column.toLowerCase()}`
    case 'create-table':
      return `create-table:${effect.name.key}`
    case 'add-column':
      return `add-column:${effect.table.key}:${effect.column.toLowerCase()}`
  }
}

const WHERE_RANK: Record<WhereState, number> = { present: 0, tautology: 1, none: 2 }

/** Of two readings of the same effect, the one that is more destructive: fail closed. */
export function moreDestructive(a: Effect, b: Effect): Effect {
  if ((a.kind === 'delete' || a.kind === 'update') && (b.kind === 'delete' || b.kind === 'update')) {
    return WHERE_RANK[b.where] > WHERE_RANK[a.where] ? b : a
  }
  if ('cascade' in a && 'cascade' in b && b.cascade && !a.cascade) return b
  return a
}
