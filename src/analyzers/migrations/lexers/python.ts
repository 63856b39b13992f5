/** Python source as tokens: comments, prefixed and triple-quoted strings, f-string interpolation, line continuations. */
import { decodeEscape, escapeLength, interpolationPlaceholder, Lexer, operatorTable, pairTokens, SyntaxProblem, type TokenStream } from './token.js'

const OPERATORS = operatorTable(['**=', '//=', '>>=', '<<=', '...', '->', ':=', '==', '!=', '<=', '>=', '**', '//', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='])

class PythonLexer extends Lexer {
  protected step(): void {
    if (this.skipSpace()) return
    const c = this.ch
    if (c === '#') return this.skipLine()
    if (c === '\\' && (this.at(1) === '\n' || (this.at(1) === '\r' && this.at(2) === '\n'))) {
      this.pos += this.at(1) === '\n' ? 2 : 3
      return
    }
    if (c === '"' || c === "'") return this.readString('', this.pos)
    if (this.isWordStart(c)) {
      const start = this.pos
      const word = this.readWord()
      if (/^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/.test(word) && (this.ch === '"' || this.ch === "'")) return this.readString(word.toLowerCase(), start)
      this.push('word', word, start)
      return
    }
    if (this.isDigit(c) || (c === '.' && this.isDigit(this.at(1)))) return this.readNumber()
    this.readPunct(OPERATORS)
  }

  private readString(prefix: string, start: number): void {
    const raw = prefix.includes('r')
    const formatted = prefix.includes('f')
    const q = this.ch
    const quote = this.startsWith(q.repeat(3)) ? q.repeat(3) : q
    this.pos += quote.length
    const contentStart = this.pos
    let value = ''
    let interpolated = false
    for (;;) {
      if (this.pos >= this.text.length) throw new SyntaxProblem('unterminated string', start)
      if (this.startsWith(quote)) {
        this.pos += quote.length
        break
      }
      const c = this.ch
      if (c === '\n' && quote.length === 1) throw new SyntaxProblem('unterminated string', start)
      if (c === '\\') {
        if (raw) {
          // In a raw string a backslash still keeps the next quote from ending it, and stays in the value.
          value += c + this.at(1)
          this.pos += 2
        } else {
          value += decodeEscape(this.text, this.pos + 1)
          this.pos += escapeLength(this.text, this.pos + 1) + 1
        }
        continue
      }
      if (formatted && (c === '{' || c === '}')) {
        if (this.at(1) === c) {
          value += c
          this.pos += 2
          continue
        }
        if (c === '{') {
          const end = this.skipInterpolation(this.pos + 1, start)
          value += interpolationPlaceholder(this.text.slice(this.pos + 1, end).replace(/[!:][^}]*$/, ''))
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
}

export function lexPython(text: string): TokenStream {
  const tokens = new PythonLexer(text).run()
  return { text, tokens, partner: pairTokens(tokens) }
}
