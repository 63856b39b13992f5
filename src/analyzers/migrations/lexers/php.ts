/** PHP source as tokens: `<?php` regions, comments, single/double-quoted strings with `$var` interpolation, heredoc and nowdoc. */
import { decodeEscape, escapeLength, interpolationPlaceholder, Lexer, operatorTable, pairTokens, SyntaxProblem, type TokenStream } from './token.js'

const OPERATORS = operatorTable(['?->', '<=>', '===', '!==', '**=', '??=', '...', '<<=', '>>=', '->', '::', '=>', '==', '!=', '<>', '<=', '>=', '&&', '||', '??', '++', '--', '.=', '+=', '-=', '*=', '/=', '%=', '**'])

class PhpLexer extends Lexer {
  private inCode = false

  protected step(): void {
    if (!this.inCode) {
      const open = this.text.indexOf('<?', this.pos)
      if (open === -1) {
        this.pos = this.text.length
        return
      }
      this.pos = open + (this.text.startsWith('<?php', open) ? 5 : this.text.startsWith('<?=', open) ? 3 : 2)
      this.inCode = true
      return
    }
    if (this.skipSpace()) return
    const c = this.ch
    if (c === '?' && this.at(1) === '>') {
      this.pos += 2
      this.inCode = false
      return
    }
    if ((c === '/' && this.at(1) === '/') || (c === '#' && this.at(1) !== '[')) return this.skipLineComment()
    if (c === '/' && this.at(1) === '*') return this.skipBlockComment('/*', '*/')
    if (c === "'") return this.readSingle()
    if (c === '"') return this.readDouble()
    if (this.startsWith('<<<')) return this.readHeredoc()
    if (c === '$' && this.isWordStart(this.at(1))) {
      const start = this.pos
      this.pos++
      this.readWord()
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isWordStart(c) || (c === '\\' && this.isWordStart(this.at(1)))) {
      // Namespaced names (`Illuminate\Support\Facades\Schema`) are one word.
      const start = this.pos
      while (this.isWordChar(this.ch) || (this.ch === '\\' && this.isWordStart(this.at(1)))) this.pos++
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isDigit(c)) return this.readNumber()
    this.readPunct(OPERATORS)
  }

  /** A line comment ends at the line break or at `?>`. */
  private skipLineComment(): void {
    while (this.pos < this.text.length && this.ch !== '\n' && !(this.ch === '?' && this.at(1) === '>')) this.pos++
  }

  private readSingle(): void {
    const start = this.pos
    this.pos++
    let value = ''
    for (;;) {
      const c = this.ch
      if (c === '') throw new SyntaxProblem('unterminated string', start)
      if (c === "'") break
      if (c === '\\' && (this.at(1) === "'" || this.at(1) === '\\')) {
        value += this.at(1)
        this.pos += 2
        continue
      }
      value += c
      this.pos++
    }
    this.pos++
    this.push('string', value, start, { contentStart: start + 1 })
  }

  private readDouble(): void {
    const start = this.pos
    this.pos++
    const { value, interpolated, end } = this.decodeInterpolating(this.pos, (i) => this.text[i] === '"', start)
    this.pos = end + 1
    this.push('string', value, start, { contentStart: start + 1, interpolated })
  }

  /** Decodes a double-quoted or heredoc body from `from` until `isEnd(i)`; returns where it stopped. */
  private decodeInterpolating(from: number, isEnd: (i: number) => boolean, literalStart: number): { value: string; interpolated: boolean; end: number } {
    const text = this.text
    let value = ''
    let interpolated = false
    let i = from
    for (;;) {
      if (i >= text.length) throw new SyntaxProblem('unterminated string', literalStart)
      if (isEnd(i)) return { value, interpolated, end: i }
      const c = text[i]!
      if (c === '\\') {
        value += decodeEscape(text, i + 1)
        i += escapeLength(text, i + 1) + 1
        continue
      }
      if ((c === '{' && text[i + 1] === '$') || (c === '$' && text[i + 1] === '{')) {
        const exprStart = i + (c === '{' ? 1 : 2)
        const close = text.indexOf('}', exprStart)
        if (close === -1) throw new SyntaxProblem('unterminated interpolation in a string', literalStart)
        value += interpolationPlaceholder(text.slice(exprStart, close))
        interpolated = true
        i = close + 1
        continue
      }
      if (c === '$' && /[A-Za-z_]/.test(text[i + 1] ?? '')) {
        const m = /^\$[A-Za-z_][A-Za-z0-9_]*(?:->[A-Za-z_][A-Za-z0-9_]*|\[[^\]\n]*\])?/.exec(text.slice(i, i + 200))!
        value += interpolationPlaceholder(m[0])
        interpolated = true
        i += m[0].length
        continue
      }
      value += c
      i++
    }
  }

  /** `<<<SQL`, `<<<"SQL"` (interpolating) and `<<<'SQL'` (nowdoc); the closing marker may be indented. */
  private readHeredoc(): void {
    const start = this.pos
    const m = /^<<<[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1\r?\n/.exec(this.text.slice(this.pos, this.pos + 100))
    if (!m) return this.readPunct(OPERATORS)
    const id = m[2]!
    const bodyStart = this.pos + m[0].length
    const closing = new RegExp(`^[ \\t]*${id}\\b`, 'gm')
    closing.lastIndex = bodyStart
    let found: RegExpExecArray | null
    do found = closing.exec(this.text)
    while (found && found.index < bodyStart)
    if (!found) throw new SyntaxProblem(`heredoc <<<${id} is never closed`, start)
    // The body ends at the line break before the closing marker.
    const bodyEnd = Math.max(bodyStart, found.index - 1)
    const decoded =
      m[1] === "'" ? { value: this.text.slice(bodyStart, bodyEnd), interpolated: false } : this.decodeInterpolating(bodyStart, (i) => i >= bodyEnd, start)
    this.pos = found.index + found[0].length
    this.push('string', decoded.value, start, { contentStart: bodyStart, interpolated: decoded.interpolated })
  }
}

export function lexPhp(text: string): TokenStream {
  const tokens = new PhpLexer(text).run()
  return { text, tokens, partner: pairTokens(tokens) }
}
