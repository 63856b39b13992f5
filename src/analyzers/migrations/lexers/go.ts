/** Go source as tokens: comments, interpreted and raw (backquoted) strings, runes. */
import { Lexer, operatorTable, pairTokens, type TokenStream } from './token.js'

const OPERATORS = operatorTable(['&^=', '<<=', '>>=', '...', ':=', '<-', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '&^'])

class GoLexer extends Lexer {
  protected step(): void {
    if (this.skipSpace()) return
    const c = this.ch
    if (c === '/' && this.at(1) === '/') return this.skipLine()
    if (c === '/' && this.at(1) === '*') return this.skipBlockComment('/*', '*/')
    if (c === '"' || c === '`' || c === "'") {
      const start = this.pos
      this.pos++
      const body = this.readQuoted(c, { escapes: c !== '`', multiline: c === '`', literalStart: start })
      this.push('string', body.value, start, { contentStart: start + 1 })
      return
    }
    if (this.isWordStart(c)) {
      const start = this.pos
      this.readWord()
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isDigit(c)) return this.readNumber()
    this.readPunct(OPERATORS)
  }
}

export function lexGo(text: string): TokenStream {
  const tokens = new GoLexer(text).run()
  return { text, tokens, partner: pairTokens(tokens) }
}
