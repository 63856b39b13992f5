/**
 * Tokens of one statement, for the token-level classifier: words, quoted identifiers, strings (their unescaped
 * content kept, because dynamic SQL lives in them), numbers and punctuation, each with its paren depth.
 * Comments are dropped; MySQL's executable comments (`/*!40101 ... *\/`) are read as the SQL they carry.
 */
import type { LexicalProfile } from './dialect.js'

export type TokenType = 'word' | 'ident' | 'string' | 'number' | 'variable' | 'punct'

export interface Token {
  type: TokenType
  /** Words: upper case. Quoted identifiers: the name. Strings: the unescaped content. Punctuation: the symbol. */
  value: string
  /** Offsets in the statement text: [start, end). */
  start: number
  end: number
  /** Parenthesis depth the token sits at (a `(` has the depth outside it). */
  depth: number
  /** Strings: offset of the content (after the opening quote or dollar tag), for mapping nested SQL positions. */
  contentStart?: number
  /** Words: the text as written. */
  raw?: string
}

export interface TokenizedStatement {
  tokens: Token[]
  maxDepth: number
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127
}
function isWordChar(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57) || c === 36
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

const TWO_CHAR_PUNCT = new Set(['<>', '!=', '>=', '<=', '::', '||', ':=', '=>', '->', '==', '<<', '>>'])

export function tokenize(text: string, profile: LexicalProfile): TokenizedStatement {
  const tokens: Token[] = []
  const n = text.length
  let depth = 0
  let maxDepth = 0
  let executableComments = 0
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c <= 32 || c === 0xfeff || c === 0xa0) {
      i++
      continue
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0
    // comments
    if (c === 45 && next === 45 && (!profile.dashCommentNeedsSpace || i + 2 >= n || text.charCodeAt(i + 2) <= 32)) {
      const end = text.indexOf('\n', i)
      i = end === -1 ? n : end
      continue
    }
    if (c === 35 && profile.hashComments) {
      const end = text.indexOf('\n', i)
      i = end === -1 ? n : end
      continue
    }
    if (c === 47 && next === 42) {
      if (profile.hashComments && text.charCodeAt(i + 2) === 33) {
        // `/*!50001 DROP VIEW ... */`: the server runs what is inside
        i += 3
        while (i < n && isDigit(text.charCodeAt(i))) i++
        executableComments++
        continue
      }
      i = skipBlockComment(text, i, profile.nestedBlockComments)
      continue
    }
    if (c === 42 && next === 47 && executableComments > 0) {
      executableComments--
      i += 2
      continue
    }
    // strings and quoted identifiers
    if (c === 39 || ((c === 69 || c === 101 || c === 78 || c === 110 || c === 88 || c === 120 || c === 66 || c === 98) && next === 39)) {
      const quoteAt = c === 39 ? i : i + 1
      const escapes = profile.backslashEscapes || ((c === 69 || c === 101) && next === 39)
      if (profile.tripleQuotes && text.startsWith("'''", quoteAt)) {
        const end = text.indexOf("'''", quoteAt + 3)
        const stop = end === -1 ? n : end
        tokens.push({ type: 'string', value: text.slice(quoteAt + 3, stop), start: i, end: end === -1 ? n : end + 3, depth, contentStart: quoteAt + 3 })
        i = end === -1 ? n : end + 3
        continue
      }
      const [value, end] = readQuoted(text, quoteAt, 39, escapes)
      tokens.push({ type: 'string', value, start: i, end, depth, contentStart: quoteAt + 1 })
      i = end
      continue
    }
    if (c === 85 && next === 38 && text.charCodeAt(i + 2) === 39) {
      // U&'...' unicode escapes: content kept as written
      const [value, end] = readQuoted(text, i + 2, 39, false)
      tokens.push({ type: 'string', value, start: i, end, depth, contentStart: i + 3 })
      i = end
      continue
    }
    if (c === 34) {
      if (profile.tripleQuotes && text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3)
        tokens.push({ type: 'string', value: text.slice(i + 3, end === -1 ? n : end), start: i, end: end === -1 ? n : end + 3, depth, contentStart: i + 3 })
        i = end === -1 ? n : end + 3
        continue
      }
      const [value, end] = readQuoted(text, i, 34, profile.doubleQuotedStrings && profile.backslashEscapes)
      tokens.push({ type: profile.doubleQuotedStrings ? 'string' : 'ident', value, start: i, end, depth, contentStart: i + 1 })
      i = end
      continue
    }
    if (c === 96 && profile.backtickIdentifiers) {
      const [value, end] = readQuoted(text, i, 96, false)
      tokens.push({ type: 'ident', value, start: i, end, depth })
      i = end
      continue
    }
    if (c === 91 && profile.bracketIdentifiers) {
      const [value, end] = readQuoted(text, i, 93, false)
      tokens.push({ type: 'ident', value, start: i, end, depth })
      i = end
      continue
    }
    if (c === 36 && profile.dollarQuotes !== false) {
      const tag = dollarTag(text, i, profile.dollarQuotes === 'tagged')
      if (tag !== undefined) {
        const close = text.indexOf(tag, i + tag.length)
        const end = close === -1 ? n : close
        tokens.push({ type: 'string', value: text.slice(i + tag.length, end), start: i, end: close === -1 ? n : close + tag.length, depth, contentStart: i + tag.length })
        i = close === -1 ? n : close + tag.length
        continue
      }
    }
    // template placeholders stand for a name: Flyway/Liquibase `${schema}`, dbt/Jinja `{{ ref('t') }}`
    if ((c === 36 && next === 123) || (c === 123 && next === 123)) {
      const close = text.indexOf(c === 36 ? '}' : '}}', i + 2)
      const end = close === -1 ? n : close + (c === 36 ? 1 : 2)
      const raw = text.slice(i, end)
      tokens.push({ type: 'word', value: raw.toUpperCase(), start: i, end, depth, raw })
      i = end
      continue
    }
    // Jinja statements (`{% if ... %}`) are not SQL
    if (c === 123 && next === 37) {
      const close = text.indexOf('%}', i + 2)
      i = close === -1 ? n : close + 2
      continue
    }
    if (isWordStart(c)) {
      let j = i + 1
      while (j < n && isWordChar(text.charCodeAt(j))) j++
      const raw = text.slice(i, j)
      tokens.push({ type: 'word', value: raw.toUpperCase(), start: i, end: j, depth, raw })
      i = j
      continue
    }
    if (isDigit(c) || (c === 46 && isDigit(next))) {
      let j = i + 1
      while (j < n) {
        const d = text.charCodeAt(j)
        if (isDigit(d) || d === 46 || isWordStart(d)) j++
        else if ((d === 43 || d === 45) && (text.charCodeAt(j - 1) | 0x20) === 101) j++
        else break
      }
      tokens.push({ type: 'number', value: text.slice(i, j), start: i, end: j, depth })
      i = j
      continue
    }
    if (c === 64 || (c === 58 && isWordStart(next)) || (c === 36 && isDigit(next)) || c === 63) {
      // @var, @@global, :name, $1, ?
      let j = i + 1
      if (c === 64 && next === 64) j++
      while (j < n && isWordChar(text.charCodeAt(j))) j++
      tokens.push({ type: 'variable', value: text.slice(i, j).toUpperCase(), start: i, end: j, depth, raw: text.slice(i, j) })
      i = j
      continue
    }
    if (c === 40) {
      tokens.push({ type: 'punct', value: '(', start: i, end: i + 1, depth })
      depth++
      if (depth > maxDepth) maxDepth = depth
      i++
      continue
    }
    if (c === 41) {
      if (depth > 0) depth--
      tokens.push({ type: 'punct', value: ')', start: i, end: i + 1, depth })
      i++
      continue
    }
    const pair = text.slice(i, i + 2)
    if (TWO_CHAR_PUNCT.has(pair)) {
      tokens.push({ type: 'punct', value: pair, start: i, end: i + 2, depth })
      i += 2
      continue
    }
    tokens.push({ type: 'punct', value: text[i]!, start: i, end: i + 1, depth })
    i++
  }
  return { tokens, maxDepth }
}

function skipBlockComment(text: string, i: number, nested: boolean): number {
  let level = 1
  let j = i + 2
  const n = text.length
  while (j < n) {
    const c = text.charCodeAt(j)
    if (c === 42 && text.charCodeAt(j + 1) === 47) {
      j += 2
      if (--level === 0) return j
      continue
    }
    if (nested && c === 47 && text.charCodeAt(j + 1) === 42) {
      level++
      j += 2
      continue
    }
    j++
  }
  return n
}

/** Reads a quoted run starting at the opening quote; returns its unescaped content and the index after it. */
function readQuoted(text: string, at: number, close: number, backslash: boolean): [string, number] {
  const n = text.length
  let j = at + 1
  let value = ''
  let from = j
  while (j < n) {
    const c = text.charCodeAt(j)
    if (backslash && c === 92) {
      value += text.slice(from, j) + unescapeChar(text.charCodeAt(j + 1))
      j += 2
      from = j
      continue
    }
    if (c === close) {
      if (text.charCodeAt(j + 1) === close) {
        value += text.slice(from, j + 1)
        j += 2
        from = j
        continue
      }
      return [value + text.slice(from, j), j + 1]
    }
    j++
  }
  return [value + text.slice(from, n), n]
}

function unescapeChar(c: number): string {
  if (Number.isNaN(c)) return ''
  switch (c) {
    case 110:
      return '\n'
    case 116:
      return '\t'
    case 114:
      return '\r'
    case 48:
      return '\0'
    default:
      return String.fromCharCode(c)
  }
}

function dollarTag(text: string, i: number, tagged: boolean): string | undefined {
  if (i > 0 && isWordChar(text.charCodeAt(i - 1))) return undefined
  if (text.charCodeAt(i + 1) === 36) return '$$'
  if (!tagged) return undefined
  let j = i + 1
  if (!isWordStart(text.charCodeAt(j))) return undefined
  while (j < text.length && j - i < 64) {
    const c = text.charCodeAt(j)
    if (c === 36) return text.slice(i, j + 1)
    if (!isWordChar(c) || c === 36) return undefined
    j++
  }
  return undefined
}
