/** Elixir source as tokens: comments, strings and `"""` heredocs with `#{}`, sigils, atoms; `do ... end` / `fn ... end` paired. */
import { decodeBody, Lexer, operatorTable, pairTokens, SyntaxProblem, type TokenStream } from './token.js'

const OPERATORS = operatorTable(['===', '!==', '|||', '&&&', '<<<', '>>>', '^^^', '~~~', '\\\\', '|>', '<>', '++', '--', '->', '<-', '=>', '::', '==', '!=', '<=', '>=', '&&', '||', '..', '~>', '<~', '=~', '**'])
const SIGIL_CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>', '/': '/', '|': '|', '"': '"', "'": "'" }

class ElixirLexer extends Lexer {
  protected step(): void {
    if (this.skipSpace()) return
    const c = this.ch
    if (c === '#') return this.skipLine()
    if (c === '"' || c === "'") return this.readString(c, this.pos, this.pos, true)
    if (c === '~' && /[A-Za-z]/.test(this.at(1))) return this.readSigil()
    if (c === ':' && this.atom()) return
    if (c === '?' && this.at(1) !== '' && this.at(1) !== ' ' && this.at(1) !== '\n') {
      const start = this.pos
      this.pos += this.at(1) === '\\' ? 3 : 2
      this.push('number', this.text.slice(start, this.pos), start)
      return
    }
    if (c === '@' && this.isWordStart(this.at(1))) {
      const start = this.pos
      this.pos++
      this.readWord()
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isWordStart(c)) {
      const start = this.pos
      this.readWord()
      if ((this.ch === '?' || this.ch === '!') && this.at(1) !== '=') this.pos++
      this.push('word', this.text.slice(start, this.pos), start)
      return
    }
    if (this.isDigit(c)) return this.readNumber()
    this.readPunct(OPERATORS)
  }

  /** `"..."`, `'...'`, `"""` heredocs (content from the next line). `start` is where the literal (or its sigil) begins. */
  private readString(quote: string, start: number, at: number, interpolates: boolean): void {
    this.pos = at
    if (this.startsWith(quote.repeat(3))) {
      const lineEnd = this.text.indexOf('\n', this.pos + 3)
      if (lineEnd === -1) throw new SyntaxProblem('unterminated heredoc', start)
      const bodyStart = lineEnd + 1
      const close = new RegExp(`^[ \\t]*${quote.repeat(3)}`, 'gm')
      close.lastIndex = bodyStart
      let m: RegExpExecArray | null
      do m = close.exec(this.text)
      while (m && m.index < bodyStart)
      if (!m) throw new SyntaxProblem('unterminated heredoc', start)
      const decoded = interpolates
        ? decodeBody(this.text, bodyStart, m.index, { escapes: true, interpolation: '#{' })
        : { value: this.text.slice(bodyStart, m.index), interpolated: false }
      this.pos = m.index + m[0].length
      this.push('string', decoded.value, start, { contentStart: bodyStart, interpolated: decoded.interpolated })
      return
    }
    this.pos++
    const body = interpolates
      ? this.readQuoted(quote, { escapes: true, interpolation: '#{', multiline: true, literalStart: start })
      : this.readQuoted(quote, { escapes: false, multiline: true, literalStart: start })
    this.push('string', body.value, start, { contentStart: at + 1, interpolated: body.interpolated })
  }

  private readSigil(): void {
    const start = this.pos
    const letter = this.at(1)
    let at = this.pos + 2
    while (/[A-Z]/.test(letter) && /[A-Z0-9]/.test(this.text[at] ?? '')) at++
    const open = this.text[at] ?? ''
    const interpolates = letter === letter.toLowerCase()
    if (open === '"' || open === "'") {
      this.readString(open, start, at, interpolates)
    } else {
      const close = SIGIL_CLOSERS[open]
      if (close === undefined) throw new SyntaxProblem('unknown sigil delimiter', start)
      this.pos = at + 1
      const body = this.readQuoted(close, { escapes: interpolates, multiline: true, literalStart: start, ...(interpolates ? { interpolation: '#{' } : {}) })
      this.push('string', body.value, start, { contentStart: at + 1, interpolated: body.interpolated })
    }
    while (/[a-zA-Z]/.test(this.ch)) this.pos++
    if (letter !== 's' && letter !== 'S') {
      // Only ~s/~S are strings for our purposes; regexes and word lists are not SQL.
      this.tokens[this.tokens.length - 1]!.kind = letter === 'w' || letter === 'W' ? 'string' : 'punct'
    }
  }

  /** `:users`, `:"quoted"`, but not `::` nor the colon of `key: value`. */
  private atom(): boolean {
    const next = this.at(1)
    if (next === ':') return false
    const prev = this.last()
    if (prev && prev.end === this.pos && (prev.kind === 'word' || prev.kind === 'string')) return false
    const start = this.pos
    if (next === '"' || next === "'") {
      this.pos += 2
      const body = this.readQuoted(next, { escapes: true, interpolation: '#{', multiline: false, literalStart: start })
      this.push('symbol', body.value, start)
      return true
    }
    if (!this.isWordStart(next)) return false
    this.pos++
    this.readWord()
    if (this.ch === '?' || this.ch === '!') this.pos++
    this.push('symbol', this.text.slice(start + 1, this.pos), start)
    return true
  }
}

export function lexElixir(text: string): TokenStream {
  const tokens = new ElixirLexer(text).run()
  const isKeyword = (i: number, word: string): boolean => {
    const t = tokens[i]!
    if (t.kind !== 'word' || t.value !== word) return false
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    if (prev && prev.kind === 'punct' && prev.value === '.') return false
    // `do:` and `end:` are keyword-list keys.
    return !(next && next.kind === 'punct' && next.value === ':' && next.start === t.end)
  }
  const partner = pairTokens(tokens, { opens: (i) => isKeyword(i, 'do') || isKeyword(i, 'fn'), closes: (i) => isKeyword(i, 'end') })
  return { text, tokens, partner }
}
