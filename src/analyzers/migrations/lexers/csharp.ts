/** C# source as tokens: comments, preprocessor lines, regular, verbatim (`@""`), interpolated (`$""`) and raw (`"""`) strings. */
import { decodeEscape, escapeLength, interpolationPlaceholder, Lexer, operatorTable, pairTokens, SyntaxProblem, type TokenStream } from './token.js'

const OPERATORS = operatorTable(['??=', '<<=', '>>=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '::', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^='])

class CSharpLexer extends Lexer {
  protected step(): void {
    if (this.skipSpace()) return
    const c = this.ch
    if (c === '/' && this.at(1) === '/') return this.skipLine()
    if (c === '/' && this.at(1) === '*') return this.skipBlockComment('/*', '*/')
    if (c === '#' && this.atLineStart()) return this.skipLine()
    const prefix = /^(?:\$+@?|@\$+|@)?(?=")/.exec(this.text.slice(this.pos, this.pos + 8))
    if (prefix && this.text[this.pos + prefix[0].length] === '"') return this.readString(prefix[0])
    if (c === "'") return this.readChar()
    if (this.isWordStart(c) || (c === '@' && this.isWordStart(this.at(1)))) {
      const start = this.pos
      if (c === '@') this.pos++
      this.readWord()
      this.push('word', this.text.slice(start, this.pos).replace(/^@/, ''), start)
      return
    }
    if (this.isDigit(c)) return this.readNumber()
    this.readPunct(OPERATORS)
  }

  private atLineStart(): boolean {
    for (let i = this.pos - 1; i >= 0; i--) {
      const ch = this.text[i]
      if (ch === '\n') return true
      if (ch !== ' ' && ch !== '\t') return false
    }
    return true
  }

  private readChar(): void {
    const start = this.pos
    this.pos++
    let value = ''
    while (this.ch !== "'") {
      if (this.ch === '' || this.ch === '\n') throw new SyntaxProblem('unterminated character literal', start)
      if (this.ch === '\\') {
        value += decodeEscape(this.text, this.pos + 1)
        this.pos += escapeLength(this.text, this.pos + 1) + 1
      } else {
        value += this.ch
        this.pos++
      }
    }
    this.pos++
    this.push('string', value, start, { contentStart: start + 1 })
  }

  private readString(prefix: string): void {
    const start = this.pos
    const dollars = (prefix.match(/\$/g) ?? []).length
    const verbatim = prefix.includes('@')
    this.pos += prefix.length
    const rawQuotes = /^"{3,}/.exec(this.text.slice(this.pos, this.pos + 32))
    if (rawQuotes) return this.readRaw(start, rawQuotes[0].length, dollars)
    this.pos++
    const contentStart = this.pos
    let value = ''
    let interpolated = false
    for (;;) {
      const c = this.ch
      if (c === '') throw new SyntaxProblem('unterminated string', start)
      if (c === '"') {
        if (verbatim && this.at(1) === '"') {
          value += '"'
          this.pos += 2
          continue
        }
        this.pos++
        break
      }
      if (c === '\n' && !verbatim) throw new SyntaxProblem('unterminated string', start)
      if (c === '\\' && !verbatim) {
        value += decodeEscape(this.text, this.pos + 1)
        this.pos += escapeLength(this.text, this.pos + 1) + 1
        continue
      }
      if (dollars > 0 && (c === '{' || c === '}')) {
        if (this.at(1) === c) {
          value += c
          this.pos += 2
          continue
        }
        if (c === '{') {
          const end = this.skipInterpolation(this.pos + 1, start)
          value += interpolationPlaceholder(this.text.slice(this.pos + 1, end))
          interpolated = true
          this.pos = end + 1
          continue
        }
      }
      value += c
      this.pos++
    }
    this.push('string', value, start, { contentStart, interpolated })
  }

  /** `"""..."""` raw literals: no escapes; with `$`s, interpolation opens with that many braces. */
  private readRaw(start: number, quotes: number, dollars: number): void {
    this.pos += quotes
    const close = '"'.repeat(quotes)
    const end = this.text.indexOf(close, this.pos)
    if (end === -1) throw new SyntaxProblem('unterminated raw string', start)
    const contentStart = this.pos
    let body = this.text.slice(this.pos, end)
    let interpolated = false
    if (dollars > 0) {
      const open = '{'.repeat(dollars)
      const pattern = new RegExp(`${open.replace(/\{/g, '\\{')}([^}]*)${'\\}'.repeat(dollars)}`, 'g')
      body = body.replace(pattern, (_, expr: string) => {
        interpolated = true
        return interpolationPlaceholder(expr)
      })
    }
    this.pos = end + quotes
    this.push('string', body, start, { contentStart, interpolated })
  }
}

export function lexCSharp(text: string): TokenStream {
  const tokens = new CSharpLexer(text).run()
  return { text, tokens, partner: pairTokens(tokens) }
}
