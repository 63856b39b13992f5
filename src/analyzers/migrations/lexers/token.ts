/**
 * Tokens of a migration's source code, as every language lexer produces them: comments are gone, string literals
 * carry their decoded content and where that content starts, so a `drop_table` inside a comment or a string is never
 * taken for a call, and the SQL inside a string can be analyzed at its real position in the file.
 */

export type TokenKind = 'word' | 'string' | 'symbol' | 'number' | 'punct'

export interface Token {
  kind: TokenKind
  /** Words and punctuation: their text; strings: the decoded content; symbols (`:users`): the name. */
  value: string
  /** Offsets in the file's text (end exclusive). */
  start: number
  end: number
  /** A line break (or the start of the file) comes between this token and the previous one. */
  newlineBefore: boolean
  /** Strings: offset of the first character of the content (after the quote, or the heredoc's first line). */
  contentStart?: number
  /** Strings: the value has placeholders where the source interpolates an expression (`#{...}`, `${...}`). */
  interpolated?: boolean
}

/** The tokens of one file, with every opening bracket or block keyword paired with its closer. */
export interface TokenStream {
  text: string
  tokens: Token[]
  /** `partner[i]` is the index of the token closing (or opening) token i, -1 when it is not a pair. */
  partner: Int32Array
}

/** Source text a lexer cannot make sense of (an unterminated string, an unbalanced bracket). */
export class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
    this.name = 'SyntaxProblem'
  }
}


/**
 * What an interpolated expression becomes inside a string's value: an identifier-like stand-in, so
 * `"DROP TABLE #{name}"` still reads as a DROP TABLE of something (fail closed: we cannot know what).
 */
export function interpolationPlaceholder(expression: string): string {
  const core = expression.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40)
  return `_${core === '' ? 'expr' : core}_`
}

/** Multi-character operators by first character, longest first, as `Lexer.readPunct` expects them. */
export type OperatorTable = ReadonlyMap<string, readonly string[]>

export function operatorTable(operators: string[]): OperatorTable {
  const table = new Map<string, string[]>()
  for (const op of [...operators].sort((a, b) => b.length - a.length)) {
    const list = table.get(op[0]!) ?? []
    list.push(op)
    table.set(op[0]!, list)
  }
  return table
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
const CLOSERS = new Set([')', ']', '}'])

/**
 * Pairs brackets (and, through `blockWords`, keyword blocks such as Ruby's `do ... end`).
 * `opensBlock(i)` says whether word token i opens a keyword block; `closesBlock` whether it closes one.
 */
export function pairTokens(
  tokens: Token[],
  keywordBlocks?: { opens(i: number): boolean; closes(i: number): boolean }
): Int32Array {
  const partner = new Int32Array(tokens.length).fill(-1)
  const stack: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind === 'punct' && t.value in OPENERS) {
      stack.push(i)
    } else if (t.kind === 'punct' && CLOSERS.has(t.value)) {
      const open = stack.pop()
      if (open === undefined || OPENERS[tokens[open]!.value] !== t.value) {
        throw new SyntaxProblem(`unbalanced '${t.value}'`, t.start)
      }
      partner[open] = i
      partner[i] = open
    } else if (t.kind === 'word' && keywordBlocks) {
      if (keywordBlocks.opens(i)) {
        stack.push(i)
      } else if (keywordBlocks.closes(i)) {
        const open = stack.pop()
        if (open === undefined || tokens[open]!.kind !== 'word') throw new SyntaxProblem(`'${t.value}' without a matching opener`, t.start)
        partner[open] = i
        partner[i] = open
      }
    }
  }
  const unclosed = stack.pop()
  if (unclosed !== undefined) throw new SyntaxProblem(`'${tokens[unclosed]!.value}' is never closed`, tokens[unclosed]!.start)
  return partner
}

/** The character scanning every lexer shares: position, line breaks, the tokens so far. */
export abstract class Lexer {
  protected pos = 0
  protected readonly tokens: Token[] = []
  private sawNewline = true

  constructor(protected readonly text: string) {}

  /** Consumes one token, or whitespace, or a comment. */
  protected abstract step(): void

  run(): Token[] {
    // A byte order mark is not code.
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1
    while (this.pos < this.text.length) this.step()
    return this.tokens
  }

  protected get ch(): string {
    return this.text[this.pos] ?? ''
  }

  protected at(offset: number): string {
    return this.text[this.pos + offset] ?? ''
  }

  protected startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos)
  }

  protected last(): Token | undefined {
    return this.tokens[this.tokens.length - 1]
  }

  protected markNewline(): void {
    this.sawNewline = true
  }

  protected push(kind: TokenKind, value: string, start: number, extra?: Partial<Token>): Token {
    const token: Token = { kind, value, start, end: this.pos, newlineBefore: this.sawNewline, ...extra }
    this.sawNewline = false
    this.tokens.push(token)
    return token
  }

  /** Skips spaces, tabs and line breaks; true if it moved. */
  protected skipSpace(): boolean {
    const from = this.pos
    for (;;) {
      const c = this.text.charCodeAt(this.pos)
      if (c === 10) {
        this.sawNewline = true
        this.pos++
      } else if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
        this.pos++
      } else {
        break
      }
    }
    return this.pos > from
  }

  /** Skips to the end of the line (not past the line break). */
  protected skipLine(): void {
    const nl = this.text.indexOf('\n', this.pos)
    this.pos = nl === -1 ? this.text.length : nl
  }

  /** Skips a block comment from `open` to `close`; `nested` for languages whose block comments nest. */
  protected skipBlockComment(open: string, close: string, nested = false): void {
    const start = this.pos
    this.pos += open.length
    let depth = 1
    while (this.pos < this.text.length) {
      if (nested && this.startsWith(open)) {
        depth++
        this.pos += open.length
      } else if (this.startsWith(close)) {
        this.pos += close.length
        if (--depth === 0) return
      } else {
        if (this.ch === '\n') this.sawNewline = true
        this.pos++
      }
    }
    throw new SyntaxProblem('unterminated comment', start)
  }

  protected isWordStart(c: string): boolean {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c > '\x7f'
  }

  protected isWordChar(c: string): boolean {
    return this.isWordStart(c) || (c >= '0' && c <= '9')
  }

  protected isDigit(c: string): boolean {
    return c >= '0' && c <= '9'
  }

  protected readWord(): string {
    const start = this.pos
    while (this.pos < this.text.length && this.isWordChar(this.ch)) this.pos++
    return this.text.slice(start, this.pos)
  }

  protected readNumber(): void {
    const start = this.pos
    while (this.pos < this.text.length && (this.isWordChar(this.ch) || (this.ch === '.' && this.isDigit(this.at(1))))) this.pos++
    this.push('number', this.text.slice(start, this.pos), start)
  }

  /** Longest match among `operators` (an `operatorTable`), else the single character. */
  protected readPunct(operators: OperatorTable): void {
    const start = this.pos
    for (const op of operators.get(this.text[start]!) ?? []) {
      if (this.startsWith(op)) {
        this.pos += op.length
        this.push('punct', op, start)
        return
      }
    }
    this.pos++
    this.push('punct', this.text[start]!, start)
  }

  /**
   * Reads a quoted string with backslash escapes up to `quote` (the opening quote already consumed).
   * `interpolation` (e.g. `#{` or `${`) switches to reading an embedded expression up to its closing brace.
   */
  protected readQuoted(
    quote: string,
    options: { escapes: boolean; interpolation?: string; multiline: boolean; doubledQuoteEscapes?: boolean; literalStart: number }
  ): { value: string; interpolated: boolean } {
    let value = ''
    let interpolated = false
    const text = this.text
    for (;;) {
      if (this.pos >= text.length) throw new SyntaxProblem('unterminated string', options.literalStart)
      if (text.startsWith(quote, this.pos)) {
        if (options.doubledQuoteEscapes && text.startsWith(quote, this.pos + quote.length)) {
          value += quote
          this.pos += quote.length * 2
          continue
        }
        this.pos += quote.length
        return { value, interpolated }
      }
      const c = text[this.pos]!
      if (c === '\n' && !options.multiline) throw new SyntaxProblem('unterminated string', options.literalStart)
      if (options.escapes && c === '\\') {
        value += decodeEscape(text, this.pos + 1)
        this.pos += escapeLength(text, this.pos + 1) + 1
        continue
      }
      if (options.interpolation && text.startsWith(options.interpolation, this.pos)) {
        const exprStart = this.pos + options.interpolation.length
        const exprEnd = this.skipInterpolation(exprStart, options.literalStart)
        value += interpolationPlaceholder(text.slice(exprStart, exprEnd))
        interpolated = true
        this.pos = exprEnd + 1
        continue
      }
      value += c
      this.pos++
    }
  }

  /**
   * Finds the `}` closing an interpolated expression that starts at `from`, minding nested braces and strings.
   * Returns its offset.
   */
  protected skipInterpolation(from: number, literalStart: number): number {
    let depth = 0
    let i = from
    const text = this.text
    while (i < text.length) {
      const c = text[i]!
      if (c === '{') depth++
      else if (c === '}') {
        if (depth === 0) return i
        depth--
      } else if (c === '"' || c === "'" || c === '`') {
        i = skipSimpleString(text, i, literalStart)
        continue
      }
      i++
    }
    throw new SyntaxProblem('unterminated interpolation in a string', literalStart)
  }
}

/** Skips a quoted string inside an interpolated expression (backslash escapes); returns the offset after it. */
function skipSimpleString(text: string, at: number, literalStart: number): number {
  const quote = text[at]!
  let i = at + 1
  while (i < text.length) {
    const c = text[i]!
    if (c === '\\') i += 2
    else if (c === quote) return i + 1
    else i++
  }
  throw new SyntaxProblem('unterminated string', literalStart)
}

/** How many characters after a backslash belong to the escape sequence. */
export function escapeLength(text: string, at: number): number {
  const c = text[at]
  if (c === undefined) return 0
  if (c === 'x') return 3
  if (c === 'u') {
    if (text[at + 1] === '{') {
      const close = text.indexOf('}', at)
      return close === -1 ? 1 : close - at + 1
    }
    return 5
  }
  if (c === '\r' && text[at + 1] === '\n') return 2
  return 1
}

/** The character an escape sequence stands for (a line continuation stands for nothing). */
export function decodeEscape(text: string, at: number): string {
  const c = text[at]
  switch (c) {
    case undefined:
      return ''
    case 'n':
      return '\n'
    case 't':
      return '\t'
    case 'r':
      return '\r'
    case '0':
      return '\0'
    case '\n':
    case '\r':
      return ''
    case 'x': {
      const code = parseInt(text.slice(at + 1, at + 3), 16)
      return Number.isNaN(code) ? 'x' : String.fromCharCode(code)
    }
    case 'u': {
      const hex = text[at + 1] === '{' ? text.slice(at + 2, text.indexOf('}', at)) : text.slice(at + 1, at + 5)
      const code = parseInt(hex, 16)
      return Number.isNaN(code) || code > 0x10ffff ? 'u' : String.fromCodePoint(code)
    }
    default:
      return c
  }
}

/**
 * Decodes a literal's body whose extent is already known (a heredoc): escapes and interpolations as in a
 * double-quoted string of the language.
 */
export function decodeBody(
  text: string,
  from: number,
  to: number,
  options: { escapes: boolean; interpolation?: string }
): { value: string; interpolated: boolean } {
  let value = ''
  let interpolated = false
  let i = from
  while (i < to) {
    const c = text[i]!
    if (options.escapes && c === '\\') {
      value += decodeEscape(text, i + 1)
      i += escapeLength(text, i + 1) + 1
      continue
    }
    if (options.interpolation && text.startsWith(options.interpolation, i)) {
      const exprStart = i + options.interpolation.length
      let depth = 0
      let j = exprStart
      while (j < to && !(text[j] === '}' && depth === 0)) {
        if (text[j] === '{') depth++
        else if (text[j] === '}') depth--
        j++
      }
      value += interpolationPlaceholder(text.slice(exprStart, j))
      interpolated = true
      i = j + 1
      continue
    }
    value += c
    i++
  }
  return { value, interpolated }
}
