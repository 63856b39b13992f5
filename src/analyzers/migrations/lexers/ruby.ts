/** Ruby source as tokens: comments, `=begin` blocks, heredocs, `%w[]`/`%q()` literals, symbols; `... end` blocks paired. */
import { decodeBody, Lexer, operatorTable, pairTokens, SyntaxProblem, type Token, type TokenStream } from './token.js'

const OPERATORS = operatorTable(['**=', '<=>', '===', '...', '::', '=>', '==', '!=', '>=', '<=', '&&', '||', '<<', '>>', '**', '..', '+=', '-=', '*=', '/=', '||=', '&&=', '->', '=~', '!~', '&.'])
const PERCENT_BRACKETS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' }
/** Words after which an expression (and so a regex or a `%` literal) may start. */
const EXPRESSION_WORDS = new Set(['if', 'unless', 'while', 'until', 'and', 'or', 'not', 'return', 'when', 'then', 'else', 'elsif', 'do', 'puts', 'execute'])

interface PendingHeredoc {
  id: string
  indented: boolean
  interpolates: boolean
  token: Token
}

class RubyLexer extends Lexer {
  private heredocs: PendingHeredoc[] = []

  protected step(): void {
    const c = this.ch
    if (c === '\n') {
      this.pos++
      this.markNewline()
      if (this.heredocs.length > 0) this.readHeredocBodies()
      if (this.startsWith('=begin') && /\s/.test(this.at(6) || '\n')) this.skipEmbeddedDoc()
      else if (this.startsWith('__END__') && (this.at(7) === '\n' || this.at(7) === '\r' || this.at(7) === '')) this.pos = this.text.length
      return
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      this.pos++
      return
    }
    if (this.pos === 0 || (this.pos === 1 && this.text.charCodeAt(0) === 0xfeff)) {
      if (this.startsWith('=begin')) return this.skipEmbeddedDoc()
    }
    if (c === '\\' && (this.at(1) === '\n' || (this.at(1) === '\r' && this.at(2) === '\n'))) {
      // A line continuation joins lines: the next token is not on a new statement.
      this.pos += this.at(1) === '\n' ? 2 : 3
      if (this.heredocs.length > 0) this.readHeredocBodies()
      return
    }
    if (c === '#') return this.skipLine()
    if (c === '"' || c === '`') return this.readString(c, true)
    if (c === "'") return this.readString("'", false)
    if (c === '<' && this.at(1) === '<' && this.heredocStart()) return
    if (c === '%' && this.percentLiteral()) return
    if (c === ':' && this.symbol()) return
    if (c === '/' && this.expressionExpected()) return this.skipRegex()
    if (c === '@' || c === '$') {
      const start = this.pos
      this.pos++
      if (this.ch === '@') this.pos++
      this.readWord()
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isWordStart(c)) {
      const start = this.pos
      this.readWord()
      // Method names may end in ? or ! (`column_exists?`, `save!`), but not `!=`.
      if ((this.ch === '?' || this.ch === '!') && this.at(1) !== '=' && !(this.ch === '?' && this.at(1) === ':')) this.pos++
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isDigit(c)) return this.readNumber()
    if (c === '?' && this.isWordChar(this.at(1)) && !this.isWordChar(this.at(2)) && this.expressionExpected()) {
      // A character literal: `?a`.
      const start = this.pos
      this.pos += 2
      this.push('string', this.text[start + 1]!, start, { contentStart: start + 1 })
      return
    }
    this.readPunct(OPERATORS)
  }

  private expressionExpected(): boolean {
    const prev = this.last()
    if (prev === undefined) return true
    if (prev.kind === 'punct') return ![')', ']', '}'].includes(prev.value)
    if (prev.kind === 'word') {
      if (EXPRESSION_WORDS.has(prev.value)) return true
      // `foo /x/` (a call with a regex argument) versus `a / b`: a space before and none after means an argument.
      return this.text[this.pos - 1] === ' ' && this.at(1) !== ' ' && this.at(1) !== '='
    }
    return false
  }

  private readString(quote: string, interpolates: boolean): void {
    const start = this.pos
    this.pos++
    const body = interpolates
      ? this.readQuoted(quote, { escapes: true, interpolation: '#{', multiline: true, literalStart: start })
      : this.readSingleQuoted(quote, quote, start)
    this.push('string', body.value, start, { contentStart: start + 1, interpolated: body.interpolated })
  }

  /** Single quotes know only `\'` and `\\`. Bracket delimiters nest. */
  private readSingleQuoted(open: string, close: string, literalStart: number): { value: string; interpolated: boolean } {
    let value = ''
    let depth = 0
    for (;;) {
      if (this.pos >= this.text.length) throw new SyntaxProblem('unterminated string', literalStart)
      const c = this.ch
      if (c === '\\' && (this.at(1) === close || this.at(1) === '\\' || (open !== close && this.at(1) === open))) {
        value += this.at(1)
        this.pos += 2
        continue
      }
      if (open !== close && c === open) depth++
      else if (c === close) {
        if (depth === 0) {
          this.pos++
          return { value, interpolated: false }
        }
        depth--
      }
      value += c
      this.pos++
    }
  }

  /** `%w[a b]`, `%i[a b]`, `%q(...)`, `%Q(...)`, `%(...)`. */
  private percentLiteral(): boolean {
    let kind = this.at(1)
    let delimiterAt = 2
    if (!/[wWiIqQ]/.test(kind)) {
      kind = 'Q'
      delimiterAt = 1
    }
    const open = this.at(delimiterAt)
    if (open === '' || /[\sA-Za-z0-9]/.test(open)) return false
    // `a % b` is arithmetic; a literal needs an expression position.
    if (delimiterAt === 1 && !this.expressionExpected()) return false
    const close = PERCENT_BRACKETS[open] ?? open
    const start = this.pos
    this.pos += delimiterAt + 1
    if (kind === 'Q' || kind === 'W' || kind === 'I') {
      // Interpolating forms: decode like a double-quoted string, minding nested brackets.
      const bodyStart = this.pos
      const bodyEnd = this.findClose(open, close, start)
      const decoded = decodeBody(this.text, bodyStart, bodyEnd, { escapes: true, interpolation: '#{' })
      this.pos = bodyEnd + 1
      if (kind === 'Q') return this.pushed('string', decoded.value, start, bodyStart, decoded.interpolated)
      return this.pushWords(decoded.value, kind === 'I', start, bodyStart)
    }
    const bodyStart = this.pos
    const body = this.readSingleQuoted(open, close, start)
    if (kind === 'q') return this.pushed('string', body.value, start, bodyStart, false)
    return this.pushWords(body.value, kind === 'i', start, bodyStart)
  }

  private findClose(open: string, close: string, literalStart: number): number {
    let depth = 0
    for (let i = this.pos; i < this.text.length; i++) {
      const c = this.text[i]!
      if (c === '\\') {
        i++
        continue
      }
      if (open !== close && c === open) depth++
      else if (c === close) {
        if (depth === 0) return i
        depth--
      }
    }
    throw new SyntaxProblem('unterminated % literal', literalStart)
  }

  private pushed(kind: 'string', value: string, start: number, contentStart: number, interpolated: boolean): boolean {
    this.push(kind, value, start, { contentStart, interpolated })
    return true
  }

  /** A word array becomes `[`, the words (strings or symbols) separated by commas, `]`: the shape of a literal list. */
  private pushWords(body: string, symbols: boolean, start: number, contentStart: number): boolean {
    const end = this.pos
    this.pos = start
    this.push('punct', '[', start)
    const words = body.split(/\s+/).filter((w) => w !== '')
    words.forEach((word, i) => {
      if (i > 0) this.push('punct', ',', start)
      this.push(symbols ? 'symbol' : 'string', word, start, symbols ? {} : { contentStart })
    })
    this.pos = end
    this.push('punct', ']', end - 1)
    return true
  }

  /** `:users`, `:"quoted name"`, but not `::` nor the colon of `key: value` / `a ? b : c`. */
  private symbol(): boolean {
    const next = this.at(1)
    if (next === ':') return false
    const prev = this.last()
    if (prev && prev.end === this.pos && (prev.kind === 'word' || prev.kind === 'string')) return false
    const start = this.pos
    if (next === '"' || next === "'") {
      this.pos++
      const quote = this.ch
      this.pos++
      const body = quote === '"' ? this.readQuoted('"', { escapes: true, interpolation: '#{', multiline: false, literalStart: start }) : this.readSingleQuoted("'", "'", start)
      this.push('symbol', body.value, start)
      return true
    }
    if (!this.isWordStart(next)) return false
    this.pos++
    this.readWord()
    if (this.ch === '?' || this.ch === '!' || this.ch === '=') {
      if (this.ch !== '=' || (this.at(1) !== '>' && this.at(1) !== '=')) this.pos++
    }
    this.push('symbol', this.text.slice(start + 1, this.pos), start)
    return true
  }

  private skipRegex(): void {
    const start = this.pos
    this.pos++
    while (this.pos < this.text.length && this.ch !== '/') {
      if (this.ch === '\\') this.pos++
      else if (this.ch === '\n') throw new SyntaxProblem('unterminated regular expression', start)
      this.pos++
    }
    this.pos++
    while (/[imxounse]/.test(this.ch)) this.pos++
    this.push('punct', '/regex/', start)
  }

  /** `<<~SQL`, `<<-SQL`, `<<SQL`, `<<~'SQL'`: the body starts on the next line. */
  private heredocStart(): boolean {
    const m = /^<<([~-]?)(?:(['"`])([A-Za-z_][A-Za-z0-9_]*)\2|([A-Za-z_][A-Za-z0-9_]*))/.exec(this.text.slice(this.pos, this.pos + 80))
    if (!m) return false
    // `a <<b` is an append; a heredoc marker follows a space (or an opening) and is not followed by one.
    if (m[1] === '' && !this.expressionExpected() && this.text[this.pos - 1] !== ' ') return false
    if (m[1] === '' && m[4] !== undefined && !/^[A-Z_][A-Z0-9_]*$/.test(m[4])) return false
    const start = this.pos
    this.pos += m[0].length
    const token = this.push('string', '', start, { contentStart: start })
    this.heredocs.push({ id: m[3] ?? m[4]!, indented: m[1] !== '', interpolates: m[2] !== "'", token })
    return true
  }

  private readHeredocBodies(): void {
    const pending = this.heredocs
    this.heredocs = []
    for (const doc of pending) {
      const bodyStart = this.pos
      let lineStart = this.pos
      for (;;) {
        if (lineStart >= this.text.length) throw new SyntaxProblem(`heredoc <<${doc.id} is never closed`, doc.token.start)
        let lineEnd = this.text.indexOf('\n', lineStart)
        if (lineEnd === -1) lineEnd = this.text.length
        const line = this.text.slice(lineStart, lineEnd).replace(/\r$/, '')
        if ((doc.indented ? line.trim() : line) === doc.id) {
          const decoded = doc.interpolates
            ? decodeBody(this.text, bodyStart, lineStart, { escapes: true, interpolation: '#{' })
            : { value: this.text.slice(bodyStart, lineStart), interpolated: false }
          doc.token.value = decoded.value
          doc.token.contentStart = bodyStart
          if (decoded.interpolated) doc.token.interpolated = true
          this.pos = Math.min(lineEnd + 1, this.text.length)
          break
        }
        lineStart = lineEnd + 1
      }
    }
    this.markNewline()
  }

  private skipEmbeddedDoc(): void {
    const end = this.text.indexOf('\n=end', this.pos)
    if (end === -1) throw new SyntaxProblem('=begin without =end', this.pos)
    this.pos = end + 5
    this.skipLine()
  }
}

/** Words that open a block closed by `end` when they start an expression (not as modifiers: `return if x`). */
const BLOCK_OPENERS = new Set(['def', 'class', 'module', 'do', 'begin', 'case', 'if', 'unless', 'while', 'until', 'for'])
const MODIFIERS = new Set(['if', 'unless', 'while', 'until'])
const STATEMENT_WORDS = new Set(['then', 'else', 'begin', 'do', 'and', 'or', 'not', 'elsif', 'when', 'in'])

export function lexRuby(text: string): TokenStream {
  const tokens = new RubyLexer(text).run()
  const opens = new Set<number>()
  const closes = new Set<number>()
  const loopDo = new Set<number>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'word') continue
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    // `x.end`, `x.class` and `end:` / `if:` hash keys are not keywords.
    if (prev && prev.kind === 'punct' && (prev.value === '.' || prev.value === '&.' || prev.value === '::')) continue
    if (next && next.kind === 'punct' && next.value === ':' && next.start === t.end) continue
    if (t.value === 'end') {
      closes.add(i)
      continue
    }
    if (!BLOCK_OPENERS.has(t.value) || loopDo.has(i)) continue
    if (MODIFIERS.has(t.value) && !startsExpression(tokens, i)) continue
    if (t.value === 'def' && isEndlessDef(tokens, i)) continue
    if (t.value === 'while' || t.value === 'until' || t.value === 'for') {
      // `while cond do ... end`: that `do` belongs to the loop.
      for (let j = i + 1; j < tokens.length && !tokens[j]!.newlineBefore; j++) {
        if (tokens[j]!.kind === 'word' && tokens[j]!.value === 'do') {
          loopDo.add(j)
          break
        }
      }
    }
    opens.add(i)
  }
  const partner = pairTokens(tokens, { opens: (i) => opens.has(i), closes: (i) => closes.has(i) })
  return { text, tokens, partner }
}

function startsExpression(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  const prev = tokens[i - 1]
  if (prev === undefined || t.newlineBefore) return true
  if (prev.kind === 'punct') return ![')', ']', '}'].includes(prev.value)
  return prev.kind === 'word' && STATEMENT_WORDS.has(prev.value)
}

/** `def name(args) = expression` has no `end`. */
function isEndlessDef(tokens: Token[], i: number): boolean {
  // The name, possibly `self.name`, then parameters on the same line.
  let j = i + 2
  if (tokens[j]?.kind === 'punct' && tokens[j]!.value === '.' && !tokens[j]!.newlineBefore) j += 2
  if (tokens[j]?.kind === 'punct' && tokens[j]!.value === '(' && !tokens[j]!.newlineBefore) {
    let depth = 0
    for (; j < tokens.length; j++) {
      const v = tokens[j]!
      if (v.kind !== 'punct') continue
      if (v.value === '(') depth++
      else if (v.value === ')' && --depth === 0) break
    }
    j++
  }
  const after = tokens[j]
  return after !== undefined && after.kind === 'punct' && after.value === '=' && !after.newlineBefore
}

