/**
 * Where a migration's down (rollback) code is: the body of `def down`, `def downgrade():`, `down(knex) { }`,
 * `protected override void Down(...)`, a Go function registered as the down step. Everything else is forward:
 * a guardrail treats code it cannot place as the change that will run.
 */
import type { Token, TokenStream } from './lexers/token.js'
import { LineIndex } from '../line-index.js'

/** A token range, end exclusive. */
export interface TokenRange {
  start: number
  end: number
}

export class Sections {
  private readonly down: TokenRange[] = []

  addDown(range: TokenRange | undefined): void {
    if (range && range.end > range.start) this.down.push(range)
  }

  sectionOf(index: number): 'up' | 'down' {
    return this.down.some((r) => index >= r.start && index < r.end) ? 'down' : 'up'
  }
}

function isWord(t: Token | undefined, value?: string): boolean {
  return t !== undefined && t.kind === 'word' && (value === undefined || t.value === value)
}

function isPunct(t: Token | undefined, value: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.value === value
}

/** Ruby/Elixir `def name ... end` (and Ruby `def self.name`): the body of each method called one of `names`. */
export function defBodies(stream: TokenStream, names: ReadonlySet<string>): TokenRange[] {
  return allDefBodies(stream)
    .filter((d) => names.has(d.name))
    .map((d) => d.body)
}

/** Every Ruby/Elixir method definition: its name, the name's token and its body. */
function allDefBodies(stream: TokenStream): FunctionDefinition[] {
  const { tokens, partner } = stream
  const out: FunctionDefinition[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'def') && !isWord(tokens[i], 'defp')) continue
    let n = i + 1
    if (isWord(tokens[n], 'self') && isPunct(tokens[n + 1], '.')) n += 2
    if (!isWord(tokens[n])) continue
    const name = tokens[n]!.value
    if (partner[i]! > i) {
      // Ruby: `def` pairs with its `end`.
      out.push({ name, nameIndex: n, body: { start: n + 1, end: partner[i]! } })
      continue
    }
    // Elixir: `def down do ... end` or `def down, do: expression`.
    let k = n + 1
    if (isPunct(tokens[k], '(')) k = partner[k]! + 1
    if (isWord(tokens[k], 'do') && partner[k]! > k) {
      out.push({ name, nameIndex: n, body: { start: k + 1, end: partner[k]! } })
    } else if (isPunct(tokens[k], ',') && isWord(tokens[k + 1], 'do') && isPunct(tokens[k + 2], ':')) {
      let end = k + 3
      while (end < tokens.length && !(tokens[end]!.newlineBefore && end > k + 3)) end = partner[end]! > end ? partner[end]! + 1 : end + 1
      out.push({ name, nameIndex: n, body: { start: k + 3, end } })
    }
  }
  return out
}

export interface FunctionDefinition {
  name: string
  nameIndex: number
  body: TokenRange
}

/** Every function or method the file defines, in the language's own way of defining one. */
export function functionDefinitions(stream: TokenStream, language: string, candidates: ReadonlySet<string>): FunctionDefinition[] {
  if (language === 'ruby' || language === 'elixir') return allDefBodies(stream).filter((d) => candidates.has(d.name))
  if (language === 'python') {
    const out: FunctionDefinition[] = []
    for (const [name, body] of pythonFunctionBodies(stream, candidates)) out.push({ name, nameIndex: body.start, body })
    return out
  }
  const out: FunctionDefinition[] = []
  stream.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !candidates.has(t.value)) return
    const body = functionBodyAt(stream, i)
    if (body) out.push({ name: t.value, nameIndex: i, body })
  })
  return out
}

/** Python `def name(...):` bodies, by indentation. */
export function pythonFunctionBodies(stream: TokenStream, names: ReadonlySet<string>): Map<string, TokenRange> {
  const { tokens, partner, text } = stream
  const lines = new LineIndex(text)
  const out = new Map<string, TokenRange>()
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'def') || !isWord(tokens[i + 1]) || !names.has(tokens[i + 1]!.value) || !isPunct(tokens[i + 2], '(')) continue
    const defColumn = lines.position(logicalLineStart(tokens, i)).column
    let k = partner[i + 2]! + 1
    while (k < tokens.length && !isPunct(tokens[k], ':')) k = partner[k]! > k ? partner[k]! + 1 : k + 1
    out.set(tokens[i + 1]!.value, { start: k + 1, end: pythonBlockEnd(stream, lines, k + 1, defColumn) })
  }
  return out
}

/** Where the indented block starting at token `from` ends: the first logical line indented at or left of `column`. */
export function pythonBlockEnd(stream: TokenStream, lines: LineIndex, from: number, column: number): number {
  const { tokens, partner } = stream
  let k = from
  let first = true
  while (k < tokens.length) {
    const t = tokens[k]!
    if (t.newlineBefore && !first && lines.position(t.start).column <= column) return k
    first = false
    k = partner[k]! > k ? partner[k]! + 1 : k + 1
  }
  return tokens.length
}

/** The offset of the first token on token i's line (decorators and `async` come before `def`). */
function logicalLineStart(tokens: Token[], i: number): number {
  let k = i
  while (k > 0 && !tokens[k]!.newlineBefore) k--
  return tokens[k]!.start
}

/**
 * Brace-language function definitions named one of `names`: `function down(...) {`, `async down(...) {`,
 * `down: async (...) => {`, `exports.down = ...`, `public function down(): void {`, `override void Down(...) {`,
 * `func downX(ctx, tx) error {`. Returns each body's token range.
 */
export function braceFunctionBodies(stream: TokenStream, names: ReadonlySet<string>): TokenRange[] {
  const { tokens } = stream
  const out: TokenRange[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'word' || !names.has(t.value)) continue
    const body = functionBodyAt(stream, i)
    if (body) out.push(body)
  }
  return out
}

/** If token i names a function being defined (not called), its body. */
export function functionBodyAt(stream: TokenStream, i: number): TokenRange | undefined {
  const { tokens, partner } = stream
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (next === undefined) return undefined
  // `name = <function>` / `name: <function>` (object members, exports, class fields).
  if ((isPunct(next, '=') || (isPunct(next, ':') && !isPunct(prev, '?'))) && !isPunct(prev, '::')) {
    return functionExpressionBody(stream, i + 2)
  }
  if (!isPunct(next, '(')) return undefined
  // A call (`x.down(...)`, `down(...)` as a statement) is not a definition: a definition's parameters are followed by its body.
  const close = partner[i + 1]!
  const isDeclared = isWord(prev, 'function') || isWord(prev, 'func')
  const afterParams = bodyAfterSignature(stream, close + 1)
  if (afterParams === undefined) return undefined
  if (!isDeclared && prev !== undefined && prev.kind === 'punct' && (prev.value === '.' || prev.value === '->' || prev.value === '?.')) return undefined
  return afterParams
}

/** After a parameter list: an optional return type, then `{ body }` or `=> expression`. */
function bodyAfterSignature(stream: TokenStream, from: number): TokenRange | undefined {
  const { tokens, partner } = stream
  let k = from
  // Return types: `: Promise<void>`, Go `error`, `(int, error)`, C# nothing (the type comes before the name).
  for (let guard = 0; k < tokens.length && guard < 40; guard++) {
    const t = tokens[k]!
    if (isPunct(t, '{')) return { start: k + 1, end: partner[k]! }
    if (isPunct(t, '=>')) return expressionBody(stream, k + 1)
    if (isPunct(t, ';') || isPunct(t, ',') || isPunct(t, ')') || isPunct(t, '}') || isPunct(t, '=')) return undefined
    if (isPunct(t, '(') || isPunct(t, '[')) {
      k = partner[k]! + 1
      continue
    }
    if (t.kind === 'word' || t.kind === 'punct') {
      k++
      continue
    }
    return undefined
  }
  return undefined
}

/** `async function (...) {}`, `async (...) => {}`, `x => expr`, `function name() {}`. */
function functionExpressionBody(stream: TokenStream, from: number): TokenRange | undefined {
  const { tokens, partner } = stream
  let k = from
  if (isWord(tokens[k], 'async')) k++
  if (isWord(tokens[k], 'function') || isWord(tokens[k], 'func')) {
    k++
    if (isPunct(tokens[k], '*')) k++
    if (isWord(tokens[k])) k++
    if (!isPunct(tokens[k], '(')) return undefined
    return bodyAfterSignature(stream, partner[k]! + 1)
  }
  if (isPunct(tokens[k], '(')) return bodyAfterSignature(stream, partner[k]! + 1)
  if (isWord(tokens[k]) && isPunct(tokens[k + 1], '=>')) return expressionBody(stream, k + 2)
  return undefined
}

/** An arrow's body: a brace block, or an expression up to the end of the statement. */
function expressionBody(stream: TokenStream, from: number): TokenRange {
  const { tokens, partner } = stream
  if (isPunct(tokens[from], '{')) return { start: from + 1, end: partner[from]! }
  let k = from
  while (k < tokens.length) {
    const t = tokens[k]!
    if (t.kind === 'punct' && (t.value === ',' || t.value === ';' || t.value === ')' || t.value === '}' || t.value === ']')) break
    if (k > from && t.newlineBefore && !(t.kind === 'punct' && (t.value === '.' || t.value === '?.')) && !continuesLine(tokens[k - 1]!)) break
    k = partner[k]! > k ? partner[k]! + 1 : k + 1
  }
  return { start: from, end: k }
}

function continuesLine(t: Token): boolean {
  return t.kind === 'punct' && ['(', '[', '{', ',', '.', '?.', '=>', '+', '&&', '||', '?', ':', '='].includes(t.value)
}
