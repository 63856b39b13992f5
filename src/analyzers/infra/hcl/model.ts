/**
 * A Terraform file as blocks, attributes and values, built from tree-sitter's syntax tree with the positions kept,
 * plus the small evaluator the rules need: literals, `var.x` with a default, `local.x`, conditionals and templates in
 * the same file. Anything else is "unresolved", and the rules say so rather than passing it silently.
 */
import { hclParser, type SyntaxNode } from './parser.js'

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
}

/** An expression as a plain tree (the syntax tree is freed once the file is read). */
export type Expr =
  | { t: 'literal'; value: string | number | boolean | null }
  | { t: 'tuple'; items: Expr[] }
  | { t: 'object'; entries: { key: Expr; value: Expr }[] }
  | { t: 'template'; parts: (string | Expr)[]; directives: boolean }
  /** `var.a.b[0]`: a root name and the steps after it. */
  | { t: 'reference'; root: string; steps: (string | number | Expr)[] }
  | { t: 'conditional'; condition: Expr; whenTrue: Expr; whenFalse: Expr }
  | { t: 'unary'; op: string; operand: Expr }
  | { t: 'binary'; op: string; left: Expr; right: Expr }
  /** Function calls, `for` expressions, splats: computed, never guessed. */
  | { t: 'computed' }

export interface HclExpression extends Position {
  /** The expression's source text, as written. */
  text: string
  expr: Expr
}

export interface HclAttribute extends Position {
  name: string
  expression: HclExpression
}

export interface HclBlock extends Position {
  type: string
  labels: string[]
  attributes: Map<string, HclAttribute>
  blocks: HclBlock[]
  endLine: number
  /** `dynamic "x" { content { ... } }` is read as an `x` block whose values come from an iterator. */
  dynamic?: boolean
}

export interface HclFile {
  blocks: HclBlock[]
  /** Top-level attributes (a `.tfvars` file is only these). */
  attributes?: Map<string, HclAttribute>
  /** Syntax errors as positions; an empty list means the file parsed. */
  errors: Position[]
  /** Why the text was not parsed at all (over the size bound); `errors` then holds one position. */
  tooLarge?: string
}

/**
 * The model holds ~150 bytes per byte of Terraform (a 10 MB generated file grew a run to 1.8 GB): a file is parsed
 * only up to this size, and is `unanalyzable/too-large` past it.
 */
export const MAX_HCL_CHARS = 2 * 2 ** 20

/** The last few files parsed: the exposure and the protection analyzers read the same `.tf` text back to back. */
const recent = new Map<string, Promise<HclFile>>()

export function parseHcl(text: string): Promise<HclFile> {
  const hit = recent.get(text)
  if (hit !== undefined) return hit
  const parsed = parseHclText(text)
  recent.set(text, parsed)
  let held = 0
  for (const key of recent.keys()) held += key.length
  // a few large models at most stay cached
  while (recent.size > 8 || (held > 2 * MAX_HCL_CHARS && recent.size > 1)) {
    const oldest = recent.keys().next().value!
    held -= oldest.length
    recent.delete(oldest)
  }
  return parsed
}

async function parseHclText(text: string): Promise<HclFile> {
  if (text.length > MAX_HCL_CHARS) return { blocks: [], errors: [{ line: 1, column: 1 }], tooLarge: `${text.length} characters is over the ${MAX_HCL_CHARS / 2 ** 20} MiB limit for a Terraform file` }
  const parser = await hclParser()
  const tree = parser.parse(text)
  if (tree === null) return { blocks: [], errors: [{ line: 1, column: 1 }] }
  try {
    const root = tree.rootNode
    const errors: Position[] = []
    if (root.hasError) collectErrors(root, errors)
    const body = root.namedChildren.find((child) => child?.type === 'body')
    const read = body ? readBody(body) : undefined
    return { blocks: read?.blocks ?? [], attributes: read?.attributes ?? new Map(), errors }
  } finally {
    tree.delete()
  }
}

function collectErrors(node: SyntaxNode, out: Position[]): void {
  if (out.length >= 3) return
  if (node.type === 'ERROR' || node.isMissing) {
    out.push(positionOf(node))
    return
  }
  for (const child of node.children) if (child?.hasError || child?.isMissing) collectErrors(child, out)
}

function positionOf(node: SyntaxNode): Position {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 }
}

function namedOf(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment')
}

function readBody(body: SyntaxNode): { attributes: Map<string, HclAttribute>; blocks: HclBlock[] } {
  const attributes = new Map<string, HclAttribute>()
  const blocks: HclBlock[] = []
  for (const child of namedOf(body)) {
    if (child.type === 'attribute') {
      const name = child.namedChildren[0]?.text ?? ''
      const expr = child.namedChildren.find((c) => c?.type === 'expression')
      if (expr) attributes.set(name, { name, ...positionOf(child), expression: { text: expr.text, expr: toExpr(expr), ...positionOf(expr) } })
    } else if (child.type === 'block') {
      blocks.push(readBlock(child))
    }
  }
  return { attributes, blocks }
}

function readBlock(node: SyntaxNode): HclBlock {
  const named = namedOf(node)
  const type = named[0]?.text ?? ''
  const labels: string[] = []
  for (const child of named.slice(1)) {
    if (child.type === 'string_lit') labels.push(stringLiteral(child))
    else if (child.type === 'identifier') labels.push(child.text)
    else break
  }
  const body = named.find((c) => c.type === 'body')
  const { attributes, blocks } = body ? readBody(body) : { attributes: new Map<string, HclAttribute>(), blocks: [] }
  const block: HclBlock = { type, labels, attributes, blocks, ...positionOf(node), endLine: node.endPosition.row + 1 }
  if (type === 'dynamic' && labels[0] !== undefined) {
    const content = blocks.find((b) => b.type === 'content')
    return { ...block, type: labels[0], labels: [], attributes: content?.attributes ?? new Map(), blocks: content?.blocks ?? [], dynamic: true }
  }
  return block
}

function stringLiteral(node: SyntaxNode): string {
  const literal = node.namedChildren.find((c) => c?.type === 'template_literal')
  return literal ? unescape(literal.text) : ''
}

function unescape(text: string): string {
  return text.replace(/\\(["\\nrt])|\$\$\{|%%\{/g, (match, ch: string | undefined) => {
    if (match === '$${') return '${'
    if (match === '%%{') return '%{'
    return ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch!
  })
}

const COMPUTED: Expr = { t: 'computed' }

function toExpr(node: SyntaxNode): Expr {
  const named = namedOf(node)
  switch (node.type) {
    case 'expression':
      return termExpr(named)
    case 'literal_value':
      return named[0] ? toExpr(named[0]) : COMPUTED
    case 'numeric_lit':
      return { t: 'literal', value: Number(node.text) }
    case 'bool_lit':
      return { t: 'literal', value: node.text === 'true' }
    case 'null_lit':
      return { t: 'literal', value: null }
    case 'string_lit':
      return { t: 'literal', value: stringLiteral(node) }
    case 'template_expr':
      return named[0] ? toExpr(named[0]) : COMPUTED
    case 'quoted_template':
    case 'heredoc_template': {
      const parts: (string | Expr)[] = []
      let directives = false
      for (const child of named) {
        if (child.type === 'template_literal') parts.push(unescape(child.text))
        else if (child.type === 'template_interpolation') {
          const inner = child.namedChildren.find((c) => c?.type === 'expression')
          parts.push(inner ? toExpr(inner) : COMPUTED)
        } else if (child.type === 'template_directive') directives = true
      }
      if (node.type === 'heredoc_template' && typeof parts[0] === 'string') parts[0] = parts[0].replace(/^\n/, '')
      return { t: 'template', parts, directives }
    }
    case 'collection_value':
      return named[0] ? toExpr(named[0]) : COMPUTED
    case 'tuple':
      return { t: 'tuple', items: named.filter((c) => c.type === 'expression').map(toExpr) }
    case 'object': {
      const entries: { key: Expr; value: Expr }[] = []
      for (const elem of named.filter((c) => c.type === 'object_elem')) {
        const key = elem.childForFieldName('key')
        const value = elem.childForFieldName('val')
        if (!key || !value) continue
        // `{ name = ... }`: a bare identifier key is the name itself, not a variable.
        const keyNamed = namedOf(key)
        const bare = keyNamed.length === 1 && keyNamed[0]!.type === 'variable_expr'
        entries.push({ key: bare ? { t: 'literal', value: key.text } : toExpr(key), value: toExpr(value) })
      }
      return { t: 'object', entries }
    }
    case 'conditional': {
      const [condition, whenTrue, whenFalse] = named
      if (!condition || !whenTrue || !whenFalse) return COMPUTED
      return { t: 'conditional', condition: toExpr(condition), whenTrue: toExpr(whenTrue), whenFalse: toExpr(whenFalse) }
    }
    case 'operation':
      return named[0] ? toExpr(named[0]) : COMPUTED
    case 'unary_operation': {
      const op = node.children[0]?.text ?? ''
      return { t: 'unary', op, operand: termExpr(named) }
    }
    case 'binary_operation': {
      const opNode = node.children.find((c) => c !== null && !c.isNamed && c.text !== '(' && c.text !== ')')
      const [left, right] = splitBinary(node)
      if (!opNode || !left || !right) return COMPUTED
      return { t: 'binary', op: opNode.text, left: termExpr(left), right: termExpr(right) }
    }
    default:
      return COMPUTED
  }
}

/** The two operands of a binary operation: the named terms before and after the operator token. */
function splitBinary(node: SyntaxNode): [SyntaxNode[] | undefined, SyntaxNode[] | undefined] {
  const left: SyntaxNode[] = []
  const right: SyntaxNode[] = []
  let seenOperator = false
  for (const child of node.children) {
    if (child === null || child.type === 'comment') continue
    if (!child.isNamed && !seenOperator && child.text !== '(' && child.text !== ')') {
      seenOperator = true
      continue
    }
    if (child.isNamed) (seenOperator ? right : left).push(child)
  }
  return [left.length ? left : undefined, right.length ? right : undefined]
}

/** An expression term: a head (literal, variable, call, parenthesised expression) and its `.attr` / `[i]` steps. */
function termExpr(named: SyntaxNode[]): Expr {
  const head = named[0]
  if (head === undefined) return COMPUTED
  if (named.length === 1) {
    if (head.type === 'variable_expr') return { t: 'reference', root: head.text, steps: [] }
    return toExpr(head)
  }
  if (head.type !== 'variable_expr') return COMPUTED
  const steps: (string | number | Expr)[] = []
  for (const step of named.slice(1)) {
    if (step.type === 'get_attr') steps.push(step.namedChildren[0]?.text ?? '')
    else if (step.type === 'index') {
      const inner = step.firstNamedChild
      if (inner?.type === 'legacy_index') steps.push(Number(inner.text.slice(1)))
      else {
        const e = inner?.namedChildren.find((c) => c?.type === 'expression')
        steps.push(e ? toExpr(e) : COMPUTED)
      }
    } else return COMPUTED
  }
  return { t: 'reference', root: head.text, steps }
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

/** A value as far as the file tells it. */
export type Resolved =
  | { known: true; value: unknown }
  /** `possible` lists the values a conditional can take when each branch is known. */
  | { known: false; reason: string; possible?: unknown[] }

/** An element of a list or object whose value the file does not tell. */
export class Unresolved {
  constructor(readonly reason: string) {}
}

export interface Scope {
  variables: Map<string, HclBlock>
  locals: Map<string, HclAttribute>
  /**
   * Values the module is given from outside (a `.tfvars` file, the arguments of the module call), by variable name;
   * they win over the defaults. An `Unresolved` value is one the caller computes.
   */
  inputs?: Map<string, unknown>
}

export function scopeOf(file: HclFile): Scope {
  const variables = new Map<string, HclBlock>()
  const locals = new Map<string, HclAttribute>()
  for (const block of file.blocks) {
    if (block.type === 'variable' && block.labels[0] !== undefined) variables.set(block.labels[0], block)
    if (block.type === 'locals') for (const [name, attribute] of block.attributes) locals.set(name, attribute)
  }
  return { variables, locals }
}

export function evaluate(expression: HclExpression, scope: Scope): Resolved {
  return evaluateExpr(expression.expr, expression.text, scope, 0)
}

const MAX_DEPTH = 16

function evaluateExpr(expr: Expr, text: string, scope: Scope, depth: number): Resolved {
  if (depth > MAX_DEPTH) return { known: false, reason: 'the expression is too deeply nested to evaluate' }
  switch (expr.t) {
    case 'literal':
      return { known: true, value: expr.value }
    case 'tuple':
      return { known: true, value: expr.items.map((item) => settle(evaluateExpr(item, text, scope, depth + 1))) }
    case 'object': {
      const value: Record<string, unknown> = {}
      for (const entry of expr.entries) {
        const key = evaluateExpr(entry.key, text, scope, depth + 1)
        if (!key.known || (typeof key.value !== 'string' && typeof key.value !== 'number')) continue
        value[String(key.value)] = settle(evaluateExpr(entry.value, text, scope, depth + 1))
      }
      return { known: true, value }
    }
    case 'template': {
      if (expr.directives) return { known: false, reason: 'the template has directives' }
      let out = ''
      for (const part of expr.parts) {
        if (typeof part === 'string') {
          out += part
          continue
        }
        const r = evaluateExpr(part, text, scope, depth + 1)
        if (!r.known) return r
        if (typeof r.value !== 'string' && typeof r.value !== 'number' && typeof r.value !== 'boolean') return { known: false, reason: `\`${short(text)}\` is computed` }
        out += String(r.value)
      }
      // A template that is exactly one interpolation keeps the value's type (`"${true}"` is the bool true).
      if (expr.parts.length === 1 && typeof expr.parts[0] !== 'string') return evaluateExpr(expr.parts[0]!, text, scope, depth + 1)
      return { known: true, value: out }
    }
    case 'reference':
      return evaluateReference(expr, text, scope, depth)
    case 'conditional': {
      const c = evaluateExpr(expr.condition, text, scope, depth + 1)
      if (c.known && typeof c.value === 'boolean') return evaluateExpr(c.value ? expr.whenTrue : expr.whenFalse, text, scope, depth + 1)
      const a = evaluateExpr(expr.whenTrue, text, scope, depth + 1)
      const b = evaluateExpr(expr.whenFalse, text, scope, depth + 1)
      const reason = c.known ? `\`${short(text)}\` is computed` : c.reason
      if (a.known && b.known) return sameValue(a.value, b.value) ? a : { known: false, reason, possible: [a.value, b.value] }
      return { known: false, reason }
    }
    case 'unary': {
      const r = evaluateExpr(expr.operand, text, scope, depth + 1)
      if (!r.known) return r
      if (expr.op === '!' && typeof r.value === 'boolean') return { known: true, value: !r.value }
      if (expr.op === '-' && typeof r.value === 'number') return { known: true, value: -r.value }
      return { known: false, reason: `\`${short(text)}\` is computed` }
    }
    case 'binary': {
      const l = evaluateExpr(expr.left, text, scope, depth + 1)
      const r = evaluateExpr(expr.right, text, scope, depth + 1)
      if (!l.known) return l
      if (!r.known) return r
      switch (expr.op) {
        case '==':
          return { known: true, value: sameValue(l.value, r.value) }
        case '!=':
          return { known: true, value: !sameValue(l.value, r.value) }
        case '&&':
          return { known: true, value: l.value === true && r.value === true }
        case '||':
          return { known: true, value: l.value === true || r.value === true }
        default:
          return { known: false, reason: `\`${short(text)}\` is computed` }
      }
    }
    case 'computed':
      return { known: false, reason: `\`${short(text)}\` is computed` }
  }
}

function settle(r: Resolved): unknown {
  return r.known ? r.value : new Unresolved(r.reason)
}

function evaluateReference(expr: Extract<Expr, { t: 'reference' }>, text: string, scope: Scope, depth: number): Resolved {
  const [first, ...rest] = expr.steps
  let base: Resolved
  if (expr.root === 'var' && typeof first === 'string' && scope.inputs?.has(first)) {
    const given = scope.inputs.get(first)
    base = given instanceof Unresolved ? { known: false, reason: given.reason } : { known: true, value: given }
  } else if (expr.root === 'var' && typeof first === 'string') {
    const variable = scope.variables.get(first)
    const fallback = variable?.attributes.get('default')
    if (variable === undefined) base = { known: false, reason: `\`var.${first}\` is declared in another file` }
    else if (fallback === undefined) base = { known: false, reason: `\`var.${first}\` has no default: its value comes from outside the module` }
    else {
      const r = evaluateExpr(fallback.expression.expr, fallback.expression.text, scope, depth + 1)
      base = r.known ? r : { known: false, reason: `the default of \`var.${first}\` is not known: ${r.reason}` }
      // A default is only what the module gets when nobody sets the variable: say so when it matters.
      if (base.known) base = { known: true, value: base.value }
    }
  } else if (expr.root === 'local' && typeof first === 'string') {
    const local = scope.locals.get(first)
    base = local ? evaluateExpr(local.expression.expr, local.expression.text, scope, depth + 1) : { known: false, reason: `\`local.${first}\` is not defined in this file` }
  } else {
    return { known: false, reason: `\`${short(text)}\` is computed` }
  }
  if (!base.known) return base
  let current: unknown = base.value
  for (const step of rest) {
    let key: string | number
    if (typeof step === 'object') {
      const r = evaluateExpr(step, text, scope, depth + 1)
      if (!r.known || (typeof r.value !== 'string' && typeof r.value !== 'number')) return { known: false, reason: `\`${short(text)}\` is computed` }
      key = r.value
    } else key = step
    if (current === null || typeof current !== 'object') return { known: false, reason: `\`${short(text)}\` is computed` }
    current = (current as Record<string | number, unknown>)[key]
    if (current === undefined) return { known: false, reason: `\`${short(text)}\` is computed` }
    if (current instanceof Unresolved) return { known: false, reason: current.reason }
  }
  return { known: true, value: current }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine
}

// ---------------------------------------------------------------------------------------------------------------
// Navigation

/** Managed resources (`resource "type" "name"`), with their Terraform address. */
export interface HclResource {
  type: string
  name: string
  address: string
  block: HclBlock
}

export function resources(file: HclFile): HclResource[] {
  return file.blocks
    .filter((b) => b.type === 'resource' && b.labels.length >= 2)
    .map((block) => ({ type: block.labels[0]!, name: block.labels[1]!, address: `${block.labels[0]}.${block.labels[1]}`, block }))
}

/** The attribute at a path of nested blocks/attributes (`settings.ip_configuration.ipv4_enabled`). */
export function attributeAt(block: HclBlock, path: string): HclAttribute | undefined {
  const parts = path.split('.')
  let current: HclBlock | undefined = block
  for (const part of parts.slice(0, -1)) {
    current = current?.blocks.find((b) => b.type === part)
    if (current === undefined) return undefined
  }
  return current?.attributes.get(parts[parts.length - 1]!)
}

/** Every nested block at a path (`settings.ip_configuration.authorized_networks`). */
export function blocksAt(block: HclBlock, path: string): HclBlock[] {
  let current: HclBlock[] = [block]
  for (const part of path.split('.')) current = current.flatMap((b) => b.blocks.filter((c) => c.type === part))
  return current
}

/** An attribute's value: `{ present: false }` when it is not set, so defaults can apply. */
export type AttributeValue = { present: false } | ({ present: true; attribute: HclAttribute } & Resolved)

export function valueAt(block: HclBlock, path: string, scope: Scope): AttributeValue {
  const attribute = attributeAt(block, path)
  if (attribute === undefined) return { present: false }
  const resolved = evaluate(attribute.expression, scope)
  if (block.dynamic && !resolved.known) return { present: true, attribute, known: false, reason: `it comes from a \`dynamic\` block's iterator (${resolved.reason})` }
  return { present: true, attribute, ...resolved }
}
