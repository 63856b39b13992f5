/** JavaScript and TypeScript source as tokens: comments, quotes, template literals with `${}`, regex literals. */
import { Lexer, operatorTable, pairTokens, SyntaxProblem, type TokenStream } from './token.js'

const OPERATORS = operatorTable([
  '>>>=', '===', '!==', '**=', '...', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '?.', '=>', '==', '!=', '<=', '>=', '&&', '||', '??',
  '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>'
])
const BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await'])

class JavaScriptLexer extends Lexer {
  protected step(): void {
    if (this.skipSpace()) return
    const c = this.ch
    if (c === '/' && this.at(1) === '/') return this.skipLine()
    if (c === '/' && this.at(1) === '*') return this.skipBlockComment('/*', '*/')
    if (c === '#' && this.at(1) === '!' && this.tokens.length === 0) return this.skipLine()
    if (c === '"' || c === "'" || c === '`') {
      const start = this.pos
      this.pos++
      const body = this.readQuoted(c, { escapes: true, multiline: c === '`', literalStart: start, ...(c === '`' ? { interpolation: '${' } : {}) })
      this.push('string', body.value, start, { contentStart: start + 1, interpolated: body.interpolated })
      return
    }
    if (c === '/' && this.regexAllowed()) return this.skipRegex()
    if (this.isWordStart(c) || c === '$' || (c === '#' && this.isWordStart(this.at(1)))) {
      const start = this.pos
      this.pos++
      while (this.pos < this.text.length && (this.isWordChar(this.ch) || this.ch === '$')) this.pos++
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isDigit(c) || (c === '.' && this.isDigit(this.at(1)))) return this.readNumber()
    this.readPunct(OPERATORS)
  }

  private regexAllowed(): boolean {
    const prev = this.last()
    if (prev === undefined) return true
    if (prev.kind === 'punct') return ![')', ']', '}'].includes(prev.value)
    return prev.kind === 'word' && BEFORE_EXPRESSION.has(prev.value)
  }

  private skipRegex(): void {
    const start = this.pos
    this.pos++
    let inClass = false
    for (;;) {
      const c = this.ch
      if (c === '' || c === '\n') throw new SyntaxProblem('unterminated regular expression', start)
      this.pos++
      if (c === '\\') this.pos++
      else if (c === '[') inClass = true
      else if (c === ']') inClass = false
      else if (c === '/' && !inClass) break
    }
    while (this.isWordChar(this.ch)) this.pos++
    this.push('punct', '/regex/', start)
  }
}

export function lexJavaScript(text: string): TokenStream {
  const tokens = new JavaScriptLexer(text).run()
  return { text, tokens, partner: pairTokens(tokens) }
}
