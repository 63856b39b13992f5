/**
 * Method calls in a migration's tokens, whatever the language: `op.drop_table("users")`, `drop_table :users, force: true`,
 * `$table->dropColumn(['a', 'b'])`, `knex('users').where(...).del()`. A call knows its receiver chain, its arguments
 * (positional and named, with their literal values) and the block that belongs to it (`do ... end`).
 */
import type { Token, TokenStream } from './lexers/token.js'

export interface Syntax {
  /** Member access between a receiver and a method: `.`, `?.`, `->`, `::`. */
  memberOps: ReadonlySet<string>
  /** Ruby and Elixir call methods without parentheses: `drop_table :users`. */
  parenless: boolean
  /** Words that are never method calls (`if`, `def`, `function`, `return`...). */
  keywords: ReadonlySet<string>
  /** How a named argument is written: `name=value` (Python) or `name: value` (Ruby, Elixir, C#, PHP 8). */
  namedArgs: 'equals' | 'colon' | 'none'
  /** Operators that join strings: `+`, PHP `.`, Elixir `<>`. */
  concatenation: ReadonlySet<string>
  /** Adjacent literals are one string (Python `"a" "b"`, Ruby `"a" \ "b"`). */
  adjacentLiterals: boolean
  /** `Name<T>(...)` is a call with type arguments (C#, TypeScript). */
  typeArguments: boolean
  /** Blocks after a call belong to it: Ruby `do ... end` or `{ |t| ... }`, Elixir `do ... end`. */
  trailingBlocks: 'do' | 'do-or-brace' | 'none'
  /** JavaScript tagged templates: sql`DROP TABLE x` is a call of `sql` with the template as its argument. */
  taggedTemplates?: boolean
  /** Elixir `query |> Repo.delete_all()`: the value left of the operator is the call's first argument. */
  pipe?: string
}

export type Value =
  | { kind: 'string'; text: string; token: Token; interpolated: boolean }
  | { kind: 'symbol'; name: string }
  | { kind: 'word'; name: string }
  | { kind: 'number'; text: string }
  | { kind: 'list'; items: Value[] }
  | { kind: 'map'; entries: { key: string; value: Value }[] }
  | { kind: 'call'; call: Call }
  | { kind: 'function'; start: number; end: number }
  | { kind: 'other' }

export interface Arg {
  name?: string
  /** Token range of the value, end exclusive. */
  start: number
  end: number
  value: Value
}

export interface ChainLink {
  name: string
  /** Present when the link is a call: `knex('users')`, `where(...)`. */
  args?: Arg[]
  index: number
}

export interface Call {
  name: string
  nameIndex: number
  receiver: ChainLink[]
  following: ChainLink[]
  args: Arg[]
  /** Token range the call covers (receiver through arguments and block), end inclusive. */
  start: number
  end: number
  /** Where the arguments end (inclusive), before any block. */
  argsEnd: number
  /** Token range of the block's body, end exclusive. */
  block?: { start: number; end: number }
}

/** Words that end a Ruby/Elixir argument list written without parentheses. */
const PARENLESS_STOPS = new Set(['do', 'end', 'if', 'unless', 'while', 'until', 'then', 'and', 'or', 'rescue', 'else', 'elsif', 'when', 'in', 'after'])
/** Tokens after which a line break does not end a statement. */
const CONTINUATIONS = new Set([',', '(', '[', '{', '\\', '+', '-', '*', '/', '=', '=>', '||', '&&', '<>', '|>', '.', '&.', '::', '->', '<<', ':'])

/** Deeper than this, a value is not read: no migration nests literals that far, and recursion must stay bounded. */
const MAX_VALUE_DEPTH = 64

export class CallIndex {
  readonly calls: Call[] = []
  private readonly byName = new Map<number, Call>()
  private byStart: Map<number, Call[]> | undefined
  private depth = 0

  constructor(
    readonly stream: TokenStream,
    readonly syntax: Syntax
  ) {
    const { tokens } = stream
    for (let i = 0; i < tokens.length; i++) {
      const call = this.callAt(i)
      if (call) {
        this.calls.push(call)
        this.byName.set(i, call)
      }
    }
    if (syntax.pipe !== undefined) for (const call of this.calls) this.pipeInto(call, syntax.pipe)
    // `alter table(:users) do ... end`: the block belongs to the outer call written without parentheses.
    for (const outer of this.calls) {
      if (outer.block === undefined) continue
      for (const inner of this.calls) {
        if (inner !== outer && inner.block?.start === outer.block.start && inner.nameIndex > outer.nameIndex) {
          delete inner.block
          inner.end = inner.argsEnd
        }
      }
    }
  }

  get tokens(): Token[] {
    return this.stream.tokens
  }

  /** The call whose method name is token i. */
  at(i: number): Call | undefined {
    return this.byName.get(i)
  }

  /** Calls (by any of `names`) whose range contains token i, innermost first; then calls that adopted a range holding it. */
  enclosing(i: number, names: readonly string[]): Call[] {
    const lexical = this.calls.filter((c) => c.nameIndex !== i && c.start <= i && c.end >= i && names.includes(c.name)).sort((a, b) => b.start - a.start)
    if (this.adopted.length === 0) return lexical
    const adopted = this.adopted.filter((a) => a.range.start <= i && a.range.end > i && names.includes(a.call.name)).map((a) => a.call)
    return [...lexical, ...adopted]
  }

  /**
   * Makes `call` the owner of code written elsewhere: a closure held in a variable and passed to it
   * (`$f = fn (Blueprint $t) => ...; Schema::table('pages', $f)`) runs as if it were written inside the call.
   */
  adopt(range: { start: number; end: number }, call: Call): void {
    this.adopted.push({ range, call })
  }

  private readonly adopted: Array<{ range: { start: number; end: number }; call: Call }> = []

  /** `from(u in "users") |> repo().delete_all()` is `repo().delete_all(from(u in "users"))`. */
  private pipeInto(call: Call, pipe: string): void {
    const { tokens, partner } = this.stream
    const op = tokens[call.start - 1]
    // the pipe feeds the outermost call of the chain: `x |> repo().delete_all()` feeds delete_all, not repo
    if (op === undefined || op.kind !== 'punct' || op.value !== pipe || call.start < 2 || call.following.length > 0) return
    const last = call.start - 2
    const t = tokens[last]!
    let start: number
    if (t.kind === 'punct' && partner[last]! >= 0 && partner[last]! < last) {
      const open = partner[last]!
      // `from(...)`, `Ecto.Query.from(...)`: the call that ends there, receiver included; else a bracketed expression.
      start = this.byName.get(open - 1)?.start ?? open
    } else if (t.kind === 'word') {
      // `MyApp.Session |> Repo.delete_all()`: a dotted name.
      start = last
      while (start >= 2 && tokens[start - 1]!.kind === 'punct' && this.syntax.memberOps.has(tokens[start - 1]!.value) && tokens[start - 2]!.kind === 'word') start -= 2
    } else if (t.kind === 'string' || t.kind === 'symbol' || t.kind === 'number') {
      start = last
    } else {
      return
    }
    call.args = [this.lazyArg(start, last + 1), ...call.args]
  }

  private callAt(i: number): Call | undefined {
    const { tokens, partner } = this.stream
    const t = tokens[i]!
    if (t.kind !== 'word' || this.syntax.keywords.has(t.value)) return undefined
    let open = i + 1
    if (this.syntax.typeArguments) open = skipTypeArguments(tokens, open)
    const next = tokens[open]
    let args: Arg[]
    let argsEnd: number
    let parenthesized = false
    if (next?.kind === 'punct' && next.value === '(' && (open === i + 1 || !next.newlineBefore)) {
      const close = partner[open]!
      args = this.splitArgs(open + 1, close)
      argsEnd = close
      parenthesized = true
    } else if (this.syntax.taggedTemplates && next?.kind === 'string' && this.stream.text[next.start] === '`') {
      args = [this.lazyArg(open, open + 1)]
      argsEnd = open
    } else if (this.syntax.trailingBlocks === 'do-or-brace' && next?.kind === 'punct' && next.value === '{' && !next.newlineBefore && tokens[i - 1]?.kind === 'punct' && this.syntax.memberOps.has(tokens[i - 1]!.value)) {
      // Ruby `dir.down { ... }`: a call without arguments and a brace block.
      args = []
      argsEnd = i
    } else if (this.syntax.parenless && this.startsParenlessArgs(i)) {
      const end = this.parenlessEnd(i + 1)
      args = end > i + 1 ? this.splitArgs(i + 1, end) : []
      argsEnd = end - 1
    } else if (this.syntax.parenless && tokens[i - 1]?.kind === 'punct' && this.syntax.memberOps.has(tokens[i - 1]!.value)) {
      // Ruby `User.delete_all`: a method called on a receiver needs no parentheses and no arguments.
      args = []
      argsEnd = i
    } else {
      return undefined
    }
    const receiver = this.receiverOf(i)
    let end = argsEnd
    let block: Call['block']
    const after = tokens[argsEnd + 1]
    if (after && this.syntax.trailingBlocks !== 'none') {
      if (after.kind === 'word' && after.value === 'do' && partner[argsEnd + 1]! > argsEnd + 1) {
        end = partner[argsEnd + 1]!
        block = { start: argsEnd + 2, end }
      } else if (
        this.syntax.trailingBlocks === 'do-or-brace' &&
        after.kind === 'punct' &&
        after.value === '{' &&
        (parenthesized || args.length === 0) &&
        !after.newlineBefore
      ) {
        end = partner[argsEnd + 1]!
        block = { start: argsEnd + 2, end }
      }
    }
    const following = this.followingOf(argsEnd)
    const start = receiver.length > 0 ? receiver[0]!.index : i
    return { name: t.value, nameIndex: i, receiver, following, args, start, end, argsEnd, ...(block ? { block } : {}) }
  }

  /** Ruby/Elixir: does the word at i take arguments without parentheses (`drop_table :users`, `reversible do`)? */
  private startsParenlessArgs(i: number): boolean {
    const { tokens } = this.stream
    const prev = tokens[i - 1]
    if (prev && prev.kind === 'word' && (prev.value === 'def' || prev.value === 'defp' || prev.value === 'alias')) return false
    const next = tokens[i + 1]
    if (next === undefined || next.newlineBefore) return false
    switch (next.kind) {
      case 'string':
      case 'symbol':
      case 'number':
        return true
      case 'word':
        if (next.value === 'do') return true
        return !PARENLESS_STOPS.has(next.value) && !isLabel(tokens, i + 1)
      case 'punct':
        // `foo [1]` is an argument, `foo[1]` an index; `foo -> {}` a lambda argument; `foo *args` a splat.
        if (next.value === '[') return next.start > tokens[i]!.end
        return next.value === '->' || next.value === '%'
    }
    return false
  }

  /** Where a parenthesis-less argument list ends (exclusive): the end of the statement, `do`, or a modifier. */
  private parenlessEnd(from: number): number {
    const { tokens, partner } = this.stream
    let k = from
    while (k < tokens.length) {
      const t = tokens[k]!
      if (k > from && t.newlineBefore && !continues(tokens[k - 1]!)) break
      if (t.kind === 'word' && PARENLESS_STOPS.has(t.value) && !isLabel(tokens, k)) break
      if (t.kind === 'punct' && (t.value === ';' || t.value === ')' || t.value === ']' || t.value === '}')) break
      if (partner[k]! > k) k = partner[k]!
      k++
    }
    return k
  }

  private splitArgs(from: number, to: number): Arg[] {
    const { tokens, partner } = this.stream
    const args: Arg[] = []
    let start = from
    for (let k = from; k <= to; k++) {
      if (k === to || (tokens[k]!.kind === 'punct' && tokens[k]!.value === ',')) {
        if (k > start) args.push(this.arg(start, k))
        start = k + 1
        continue
      }
      if (partner[k]! > k) k = partner[k]!
    }
    return args
  }

  private arg(start: number, end: number): Arg {
    const { tokens } = this.stream
    const first = tokens[start]!
    const second = tokens[start + 1]
    if (second && end - start >= 3 && second.kind === 'punct') {
      const named =
        (this.syntax.namedArgs === 'equals' && second.value === '=' && first.kind === 'word') ||
        (this.syntax.namedArgs === 'colon' && second.value === ':' && (first.kind === 'word' || first.kind === 'string') && second.start === first.end) ||
        (second.value === '=>' && (first.kind === 'symbol' || first.kind === 'string'))
      if (named) return this.lazyArg(start + 2, end, first.value)
    }
    return this.lazyArg(start, end)
  }

  /** Values are read on demand: while calls are being indexed, the calls nested in an argument are not known yet. */
  private lazyArg(start: number, end: number, name?: string): Arg {
    const read = (): Value => this.value(start, end)
    let cached: Value | undefined
    return {
      ...(name !== undefined ? { name } : {}),
      start,
      end,
      get value(): Value {
        return (cached ??= read())
      }
    }
  }

  /** The literal value of tokens [start, end), as far as it can be known without running the code. */
  value(start: number, end: number): Value {
    if (end <= start || this.depth >= MAX_VALUE_DEPTH) return { kind: 'other' }
    this.depth++
    try {
      return this.readValue(start, end)
    } finally {
      this.depth--
    }
  }

  private readValue(start: number, end: number): Value {
    const { tokens, partner } = this.stream
    const first = tokens[start]!
    // Await/new prefixes do not change what the value is.
    if (first.kind === 'word' && (first.value === 'await' || first.value === 'new') && end - start > 1) return this.value(start + 1, end)
    if (first.kind === 'punct' && partner[start] === end - 1) {
      if (first.value === '[') return { kind: 'list', items: this.splitArgs(start + 1, end - 1).map((a) => a.value) }
      if (first.value === '{') return this.mapValue(start + 1, end - 1)
      if (first.value === '(') {
        const inner = this.splitArgs(start + 1, end - 1)
        if (inner.length === 1 && !this.hasTopLevelComma(start + 1, end - 1)) return inner[0]!.value
        return { kind: 'list', items: inner.map((a) => a.value) }
      }
    }
    if (end - start === 1) {
      switch (first.kind) {
        case 'string':
          return { kind: 'string', text: first.value, token: first, interpolated: first.interpolated === true }
        case 'symbol':
          return { kind: 'symbol', name: first.value }
        case 'number':
          return { kind: 'number', text: first.value }
        case 'word':
          return { kind: 'word', name: first.value }
        default:
          return { kind: 'other' }
      }
    }
    // `%{a: 1}` (Elixir maps) and `array(...)` (PHP lists).
    if (first.kind === 'punct' && first.value === '%' && tokens[start + 1]?.value === '{' && partner[start + 1] === end - 1) return this.mapValue(start + 2, end - 1)
    if (this.isFunction(start, end)) return { kind: 'function', start, end }
    // `"...".format(x)`, `<<~SQL.squish`, `'...'.trim()`: the literal is what matters.
    if (first.kind === 'string' && tokens[start + 1]?.kind === 'punct' && this.syntax.memberOps.has(tokens[start + 1]!.value)) return this.value(start, start + 1)
    const str = this.stringExpression(start, end)
    if (str) return str
    const call = this.callsStartingAt(start).find((c) => c.end === end - 1)
    if (call) {
      if (call.name === 'array' && call.receiver.length === 0) return { kind: 'list', items: call.args.map((a) => a.value) }
      // Ruby `DatabaseFunctions::API_LIMIT`, `User.table_name`: a name, not a call with arguments.
      if (call.argsEnd === call.nameIndex && call.block === undefined) return { kind: 'word', name: tokens.slice(start, end).map((t) => t.value).join('') }
      return { kind: 'call', call }
    }
    if (this.isDottedName(start, end)) return { kind: 'word', name: tokens.slice(start, end).map((t) => t.value).join('') }
    return { kind: 'other' }
  }

  private callsStartingAt(start: number): Call[] {
    if (this.byStart === undefined) {
      this.byStart = new Map()
      for (const call of this.calls) {
        const list = this.byStart.get(call.start) ?? []
        list.push(call)
        this.byStart.set(call.start, list)
      }
    }
    return this.byStart.get(start) ?? []
  }

  private hasTopLevelComma(from: number, to: number): boolean {
    const { tokens, partner } = this.stream
    for (let k = from; k < to; k++) {
      if (tokens[k]!.kind === 'punct' && tokens[k]!.value === ',') return true
      if (partner[k]! > k) k = partner[k]!
    }
    return false
  }

  private isDottedName(start: number, end: number): boolean {
    const { tokens } = this.stream
    for (let k = start; k < end; k++) {
      const t = tokens[k]!
      const wantWord = (k - start) % 2 === 0
      if (wantWord ? t.kind !== 'word' : !(t.kind === 'punct' && this.syntax.memberOps.has(t.value))) return false
    }
    return (end - start) % 2 === 1
  }

  private isFunction(start: number, end: number): boolean {
    const { tokens, partner } = this.stream
    const first = tokens[start]!
    if (first.kind === 'word' && (first.value === 'function' || first.value === 'fn' || first.value === 'lambda' || first.value === 'func')) return true
    if (first.kind === 'word' && first.value === 'async') return this.isFunction(start + 1, end)
    if (first.kind === 'punct' && first.value === '->') return true
    // `(a, b) => ...`, `x => ...`
    let k = start
    if (first.kind === 'punct' && first.value === '(' && partner[start]! > start) k = partner[start]!
    const arrow = tokens[k + 1]
    return arrow !== undefined && k + 1 < end && arrow.kind === 'punct' && arrow.value === '=>' && (first.kind === 'word' || k > start)
  }

  private mapValue(from: number, to: number): Value {
    const { tokens } = this.stream
    const entries: { key: string; value: Value }[] = []
    for (const item of this.splitArgs(from, to)) {
      if (item.name !== undefined) {
        entries.push({ key: item.name, value: item.value })
        continue
      }
      // `key: value` in JS/Python objects, `"key" => value` in Ruby/PHP/Elixir.
      for (let k = item.start; k < item.end; k++) {
        const t = tokens[k]!
        if (t.kind === 'punct' && (t.value === ':' || t.value === '=>') && k > item.start) {
          const key = tokens[item.start]!
          if (k === item.start + 1 && (key.kind === 'word' || key.kind === 'string' || key.kind === 'symbol' || key.kind === 'number')) {
            entries.push({ key: key.value, value: this.value(k + 1, item.end) })
          }
          break
        }
      }
    }
    return { kind: 'map', entries }
  }

  /**
   * Strings joined with concatenation operators (or written side by side): `"DROP TABLE " + name` is one string
   * whose non-literal parts become placeholders. Python `"..." % args` keeps the format string.
   */
  private stringExpression(start: number, end: number): Value | undefined {
    const { tokens, partner } = this.stream
    const operands: { from: number; to: number }[] = []
    let from = start
    let sawLiteral = false
    for (let k = start; k < end; k++) {
      const t = tokens[k]!
      const isJoin = t.kind === 'punct' && this.syntax.concatenation.has(t.value)
      const adjacent = this.syntax.adjacentLiterals && t.kind === 'string' && k > from && tokens[k - 1]!.kind === 'string'
      if (isJoin || adjacent) {
        if (k === from) return undefined
        operands.push({ from, to: k })
        from = isJoin ? k + 1 : k
        continue
      }
      if (t.kind === 'punct' && t.value === '%' && tokens[k - 1]?.kind === 'string' && this.syntax.namedArgs === 'equals') {
        // Python %-formatting: the format string is the SQL.
        operands.push({ from, to: k })
        from = end
        break
      }
      if (t.kind === 'string') sawLiteral = true
      if (partner[k]! > k) k = partner[k]!
    }
    if (from < end) operands.push({ from, to: end })
    if (!sawLiteral) return undefined
    let text = ''
    let token: Token | undefined
    let interpolated = false
    for (const op of operands) {
      const single = op.to - op.from === 1 ? tokens[op.from]! : undefined
      if (single?.kind === 'string') {
        text += single.value
        token ??= single
        if (single.interpolated) interpolated = true
      } else {
        const inner = op.to > op.from ? this.value(op.from, op.to) : undefined
        if (inner?.kind === 'string') {
          text += inner.text
          token ??= inner.token
          if (inner.interpolated) interpolated = true
        } else {
          // A variable or call inside the concatenation: we cannot know it; a placeholder keeps the statement's shape.
          const source = this.stream.text.slice(tokens[op.from]?.start ?? 0, tokens[op.to - 1]?.end ?? 0)
          text += `_${source.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'expr'}_`
          interpolated = true
        }
      }
    }
    return token ? { kind: 'string', text, token, interpolated } : undefined
  }

  private receiverOf(i: number): ChainLink[] {
    const { tokens, partner } = this.stream
    const links: ChainLink[] = []
    let k = i - 1
    while (k >= 1 && tokens[k]!.kind === 'punct' && this.syntax.memberOps.has(tokens[k]!.value)) {
      let j = k - 1
      const t = tokens[j]!
      if (t.kind === 'punct' && t.value === ']' && partner[j]! >= 0) {
        j = partner[j]! - 1
        if (j < 0) break
      }
      const u = tokens[j]!
      if (u.kind === 'punct' && u.value === ')' && partner[j]! > 0) {
        const open = partner[j]!
        const nameIndex = open - 1
        const name = tokens[nameIndex]
        if (name?.kind === 'word') {
          links.unshift({ name: name.value, args: this.splitArgs(open + 1, j), index: nameIndex })
          k = nameIndex - 1
          continue
        }
        break
      }
      if (u.kind === 'word') {
        links.unshift({ name: u.value, index: j })
        k = j - 1
        continue
      }
      break
    }
    return links
  }

  private followingOf(argsEnd: number): ChainLink[] {
    const { tokens, partner } = this.stream
    const links: ChainLink[] = []
    let k = argsEnd + 1
    while (k + 1 < tokens.length && tokens[k]!.kind === 'punct' && this.syntax.memberOps.has(tokens[k]!.value) && tokens[k + 1]!.kind === 'word') {
      const nameIndex = k + 1
      const open = tokens[nameIndex + 1]
      if (open?.kind === 'punct' && open.value === '(') {
        const close = partner[nameIndex + 1]!
        links.push({ name: tokens[nameIndex]!.value, args: this.splitArgs(nameIndex + 2, close), index: nameIndex })
        k = close + 1
      } else {
        links.push({ name: tokens[nameIndex]!.value, index: nameIndex })
        k = nameIndex + 1
      }
    }
    return links
  }
}

function skipTypeArguments(tokens: Token[], open: number): number {
  const t = tokens[open]
  if (!t || t.kind !== 'punct' || t.value !== '<') return open
  let depth = 0
  for (let k = open; k < tokens.length && k < open + 40; k++) {
    const u = tokens[k]!
    if (u.kind === 'punct') {
      if (u.value === '<') depth++
      else if (u.value === '>') {
        if (--depth === 0) return k + 1
      } else if (u.value === '>>') {
        depth -= 2
        if (depth <= 0) return k + 1
      } else if (![',', '.', '?', '[', ']'].includes(u.value)) return open
    } else if (u.kind !== 'word') return open
  }
  return open
}

/** `key:` written as a label (Ruby/Elixir keyword argument), not a word followed by a symbol. */
function isLabel(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  const next = tokens[i + 1]
  return next !== undefined && next.kind === 'punct' && next.value === ':' && next.start === t.end
}

function continues(token: Token): boolean {
  return token.kind === 'punct' && CONTINUATIONS.has(token.value)
}

/** A value's literal name: `"users"`, `:users`, `users` (a bare word) or the string of a `table(:users)`-style call. */
export function nameOf(value: Value | undefined): string | undefined {
  if (value === undefined) return undefined
  switch (value.kind) {
    case 'string':
      return value.text
    case 'symbol':
      return value.name
    case 'word':
      return value.name
    case 'call':
      return nameOf(value.call.args[0]?.value)
    case 'map': {
      // `new Table({ name: 'users' })`, `new TableColumn({ name: 'email' })`
      const entry = value.entries.find((e) => e.key === 'name' || e.key === 'tableName' || e.key === 'columnName')
      return entry ? nameOf(entry.value) : undefined
    }
    default:
      return undefined
  }
}

/** Every name in a value: a list of names, or one name. */
export function namesOf(value: Value | undefined): string[] {
  if (value === undefined) return []
  if (value.kind === 'list') return value.items.flatMap((item) => namesOf(item))
  const name = nameOf(value)
  return name === undefined ? [] : [name]
}

/** Is a value absent, `null`/`nil`/`None`/`undefined`, or an empty list or map? */
export function isEmptyValue(value: Value | undefined): boolean {
  if (value === undefined) return true
  if (value.kind === 'word') return ['null', 'nil', 'None', 'undefined', 'NULL'].includes(value.name)
  if (value.kind === 'list') return value.items.length === 0
  if (value.kind === 'map') return value.entries.length === 0
  return false
}
