/**
 * Is a default expression the same for every row (so PostgreSQL 11+ stores it once instead of rewriting the
 * table)? Constants, casts, operators and the functions listed in rules/lock-safety/functions.yml with a matching
 * argument count are; any other function is taken as volatile, because a wrong "stable" costs a table rewrite.
 */
import { child, isNode, list, strings, unwrap } from './tree.js'

/** Function name -> the argument counts it is stable with (`any` for variadic ones). */
export type StableFunctions = ReadonlyMap<string, ReadonlySet<number> | 'any'>

export function isNonVolatile(expr: unknown, stable: StableFunctions): boolean {
  const stack: unknown[] = [expr]
  while (stack.length > 0) {
    const node = unwrap(stack.pop())
    if (node === undefined) return false
    const [kind, body] = node
    switch (kind) {
      case 'A_Const':
      case 'SQLValueFunction': // CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_USER: fixed for the statement
        break
      case 'TypeCast':
        stack.push(body.arg)
        break
      case 'A_Expr':
        if (body.lexpr !== undefined) stack.push(body.lexpr)
        if (body.rexpr !== undefined) stack.push(...(Array.isArray(body.rexpr) ? body.rexpr : [body.rexpr]))
        break
      case 'BoolExpr':
      case 'CoalesceExpr':
      case 'MinMaxExpr':
        stack.push(...list(body.args))
        break
      case 'A_ArrayExpr':
        stack.push(...list(body.elements))
        break
      case 'List':
        stack.push(...list(body.items))
        break
      case 'NullTest':
        stack.push(body.arg)
        break
      case 'FuncCall': {
        const names = strings(body.funcname).filter((n) => n !== 'pg_catalog')
        const arities = names.length === 1 ? stable.get(names[0]!.toLowerCase()) : undefined
        const args = list(body.args)
        if (arities === undefined || (arities !== 'any' && !arities.has(args.length))) return false
        if (isNode(body.over) || child(body, 'agg_filter') !== undefined) return false
        stack.push(...args)
        break
      }
      default:
        return false
    }
  }
  return true
}
