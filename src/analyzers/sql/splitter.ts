/**
 * The statement splitter: the one hand-written scanner in prodguard, because where a statement ends depends on
 * quotes, dollar quotes, nested comments, `BEGIN ... END` bodies, `GO` batches and `DELIMITER` commands, which no
 * regular expression follows. It is incremental (text arrives in chunks, so a 200 MB dump streams with bounded
 * memory) and iterative (no recursion: 10,000 nested parentheses are a counter, not a stack).
 */
import type { LexicalProfile } from './dialect.js'

export interface SqlStatement {
  /** The statement's text, from its first significant character up to (not including) its delimiter. */
  text: string
  /** Offset of the first character in the whole input (UTF-16 units, BOM excluded). */
  offset: number
  /** 1-based line and column of the first character. */
  line: number
  column: number
  /** 1-based line of the last significant character. */
  endLine: number
  /** The section label the file shape had set when the statement started (`up` unless a directive said otherwise). */
  section: 'up' | 'down'
  /** Which migration unit of the file the statement belongs to (a Liquibase changeSet); 0 when the file is one unit. */
  unit?: number
  /** Set when the statement was longer than the splitter keeps in one piece and was cut. */
  partial?: true
}

/** What a comment line can tell the splitter (goose, dbmate, Liquibase, Drizzle markers). */
export interface Directive {
  /** End the current statement before this comment. */
  boundary?: true
  /** Statements from here on belong to this section. */
  section?: 'up' | 'down'
  /** goose `StatementBegin`/`StatementEnd`: semicolons do not split in between. */
  verbatim?: 'start' | 'end'
  /** A new migration unit starts here (a Liquibase `--changeset`): it may run long after the one before. */
  unit?: true
}

export interface SplitterOptions {
  /** Called for every line comment (text after the marker, 1-based line); may return a directive. */
  onLineComment?: (text: string, line: number, column: number) => Directive | undefined
  /** Longest statement kept in one piece; longer ones are emitted in parts marked `partial`. */
  maxStatementChars?: number
}

const enum State {
  Normal,
  LineComment,
  BlockComment,
  SingleQuote,
  DoubleQuote,
  Backtick,
  Bracket,
  Dollar,
  TripleQuote,
  /** The data lines after `COPY ... FROM stdin;` (pg_dump), up to a line `\.`. */
  CopyData
}

const CH = {
  tab: 9,
  lf: 10,
  cr: 13,
  space: 32,
  bang: 33,
  dquote: 34,
  hash: 35,
  dollar: 36,
  squote: 39,
  lparen: 40,
  rparen: 41,
  star: 42,
  minus: 45,
  slash: 47,
  semicolon: 59,
  lbracket: 91,
  backslash: 92,
  rbracket: 93,
  backtick: 96
} as const

/** Lines longer than this are scanned before their end arrives (a 1 MB single-line INSERT must not wait for `\n`). */
const FORCE_SCAN_CHARS = 1 << 20
/** Lookahead kept unscanned at the end of a forced scan: longer than any dollar tag or keyword pair. */
const FORCE_MARGIN = 4096
const DEFAULT_MAX_STATEMENT = 8 << 20

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127
}
function isWordChar(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57) || c === CH.dollar
}
function isSpace(c: number): boolean {
  return c === CH.space || c === CH.lf || c === CH.cr || c === CH.tab || c === 12 || c === 11 || c === 0xfeff || c === 0xa0
}

/** Words after `BEGIN` that make it a transaction, not a block. */
const TRANSACTION_WORDS = new Set(['TRANSACTION', 'TRAN', 'WORK', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE', 'ISOLATION', 'READ', 'DISTRIBUTED', 'DIALOG', 'CONVERSATION', 'NOT'])
/** `END <word>` pairs that close a block the splitter does not count (only BEGIN and CASE are counted). */
const END_PAIRS = new Set(['IF', 'LOOP', 'WHILE', 'REPEAT', 'FOR'])
const ROUTINE_WORDS = new Set(['FUNCTION', 'PROCEDURE', 'TRIGGER', 'EVENT', 'PACKAGE'])

export class StatementSplitter {
  private readonly profile: LexicalProfile
  private readonly onLineComment: SplitterOptions['onLineComment']
  private readonly maxStatement: number

  /** Unscanned text plus the current statement's text that is still in this buffer. */
  private buf = ''
  /** Absolute offset of buf[0]. */
  private base = 0
  /** Next index in buf to scan. */
  private pos = 0
  private state = State.Normal
  private line = 1
  /** Absolute offset of the current line's first character. */
  private lineStart = 0
  /** True until the current line has a significant character (for `GO` and `DELIMITER`). */
  private lineBlank = true

  // the current statement
  private stmtStart = -1 // index in buf, or -1 when no statement has started (or its start moved into parts)
  private stmtParts: string[] = []
  private stmtChars = 0
  private stmtOffset = 0
  private stmtLine = 0
  private stmtColumn = 0
  private lastLine = 0
  private section: 'up' | 'down' = 'up'
  private stmtSection: 'up' | 'down' = 'up'
  private unit = 0
  private stmtUnit = 0
  private inStatement = false

  // lexical state
  private parenDepth = 0
  private blockDepth = 0
  private commentDepth = 0
  private quoteBackslash = false
  private dollarTag = ''
  private tripleQuote = 0
  private delimiter = ';'
  private verbatim = false

  // keyword state
  private wordIndex = 0
  private firstWord = ''
  private routine = false
  private pending: '' | 'begin' | 'end' = ''

  /** Line where the current string, quoted identifier or comment opened (for "never closed" reports). */
  private stateLine = 0
  private copyLineStart = false
  private bomChecked = false
  private readonly out: SqlStatement[] = []

  constructor(profile: LexicalProfile, options: SplitterOptions = {}) {
    this.profile = profile
    this.onLineComment = options.onLineComment
    this.maxStatement = options.maxStatementChars ?? DEFAULT_MAX_STATEMENT
  }

  /** Feeds the next chunk; returns the statements it completed. */
  push(chunk: string): SqlStatement[] {
    if (!this.bomChecked && chunk.length > 0) {
      this.bomChecked = true
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
    }
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk
    // scan whole lines only, so every lookahead (a doubled quote, a dollar tag, `END IF`) is in the buffer
    let limit = this.buf.lastIndexOf('\n') + 1
    if (limit <= this.pos && this.buf.length - this.pos > FORCE_SCAN_CHARS) limit = this.safeForcedLimit()
    if (limit > this.pos) this.scan(limit, false)
    this.compact()
    return this.drain()
  }

  /** Ends the input; returns the last statements. */
  end(): SqlStatement[] {
    this.scan(this.buf.length, true)
    this.pendingAtEnd()
    this.finishStatement(this.buf.length)
    this.compact()
    return this.drain()
  }

  /** Sets the section of the statements that start from now on (a whole-file down migration). */
  startSection(section: 'up' | 'down'): void {
    this.section = section
  }

  /** After `end()`: the string, quoted identifier or block comment the input ended inside, if any. */
  unterminated(): { kind: string; line: number } | undefined {
    if (this.state === State.Normal || this.state === State.LineComment) return undefined
    const kinds: Partial<Record<State, string>> = {
      [State.BlockComment]: 'block comment',
      [State.SingleQuote]: 'string',
      [State.DoubleQuote]: this.profile.doubleQuotedStrings ? 'string' : 'quoted identifier',
      [State.Backtick]: 'quoted identifier',
      [State.Bracket]: 'bracketed identifier',
      [State.Dollar]: `dollar-quoted string (${this.dollarTag})`,
      [State.TripleQuote]: 'triple-quoted string',
      [State.CopyData]: 'COPY data block (no closing \\.)'
    }
    const kind = kinds[this.state]
    return kind === undefined ? undefined : { kind, line: this.stateLine }
  }

  /** Splits a whole text at once. */
  static split(text: string, profile: LexicalProfile, options: SplitterOptions = {}): SqlStatement[] {
    const splitter = new StatementSplitter(profile, options)
    const first = splitter.push(text)
    const rest = splitter.end()
    return first.length === 0 ? rest : rest.length === 0 ? first : first.concat(rest)
  }

  private drain(): SqlStatement[] {
    if (this.out.length === 0) return []
    return this.out.splice(0, this.out.length)
  }

  /** A scan limit inside a very long line, stepped back so no quote or comment marker sits at the edge. */
  private safeForcedLimit(): number {
    let limit = this.buf.length - FORCE_MARGIN
    while (limit > this.pos) {
      const c = this.buf.charCodeAt(limit - 1)
      if (isWordChar(c) || c === CH.squote || c === CH.dquote || c === CH.backtick || c === CH.rbracket || c === CH.star || c === CH.minus || c === CH.slash || c === CH.backslash || c === CH.dollar || (c >= 0xd800 && c <= 0xdbff)) limit--
      else break
    }
    return limit
  }

  /** Drops scanned text; the current statement's scanned text moves into parts (so a long one is never re-copied). */
  private compact(): void {
    const cut = this.pos
    if (this.inStatement) {
      if (cut > this.stmtStart) {
        this.stmtParts.push(this.buf.slice(this.stmtStart, cut))
        this.stmtChars += cut - this.stmtStart
      }
      this.stmtStart = 0
    } else {
      this.stmtStart = -1
    }
    if (cut > 0) {
      this.buf = this.buf.slice(cut)
      this.base += cut
      this.pos = 0
    }
    if (this.inStatement && this.stmtChars > this.maxStatement) this.splitOversized()
  }

  private splitOversized(): void {
    this.emit(this.stmtParts.join(''), this.lastLine, true)
    // the rest of the statement continues as a new piece, in the same lexical state
    this.stmtParts = []
    this.stmtChars = 0
    this.stmtOffset = this.base
    this.stmtLine = this.line
    this.stmtColumn = this.base - this.lineStart + 1
  }

  private startStatement(i: number): void {
    this.inStatement = true
    this.stmtStart = i
    this.stmtParts = []
    this.stmtChars = 0
    this.stmtOffset = this.base + i
    this.stmtLine = this.line
    this.stmtColumn = this.base + i - this.lineStart + 1
    this.stmtSection = this.section
    this.stmtUnit = this.unit
    this.wordIndex = 0
    this.firstWord = ''
    this.routine = false
  }

  /** Ends the current statement at buf index `end` (exclusive). */
  private finishStatement(end: number): void {
    if (!this.inStatement) return
    let text: string
    if (this.stmtParts.length > 0) {
      this.stmtParts.push(this.buf.slice(this.stmtStart, end))
      text = this.stmtParts.join('')
    } else {
      text = this.buf.slice(this.stmtStart, end)
    }
    this.emit(text, this.lastLine, false)
    // pg_dump: `COPY t (...) FROM stdin;` is followed by raw data lines, not SQL
    if (this.firstWord === 'COPY' && this.profile.dollarQuotes === 'tagged' && /\bFROM\s+STDIN\b/i.test(text)) {
      this.state = State.CopyData
      this.copyLineStart = false
      this.stateLine = this.line
    }
    this.inStatement = false
    this.stmtStart = -1
    this.stmtParts = []
    this.stmtChars = 0
    this.parenDepth = 0
    this.blockDepth = 0
    this.pending = ''
  }

  private emit(text: string, endLine: number, partial: boolean): void {
    const trimmed = text.trimEnd()
    if (trimmed === '') return
    const statement: SqlStatement = {
      text: trimmed,
      offset: this.stmtOffset,
      line: this.stmtLine,
      column: this.stmtColumn,
      endLine: Math.max(endLine, this.stmtLine),
      section: this.stmtSection
    }
    if (this.stmtUnit !== 0) statement.unit = this.stmtUnit
    if (partial) statement.partial = true
    this.out.push(statement)
  }

  private newline(i: number): void {
    this.line++
    this.lineStart = this.base + i + 1
    this.lineBlank = true
  }

  /** Counts newlines in buf[from, to). */
  private countLines(from: number, to: number): void {
    const buf = this.buf
    let at = buf.indexOf('\n', from)
    while (at !== -1 && at < to) {
      this.newline(at)
      at = buf.indexOf('\n', at + 1)
    }
  }

  private significant(i: number): void {
    if (!this.inStatement) this.startStatement(i)
    this.lastLine = this.line
    this.lineBlank = false
  }

  private scan(limit: number, final: boolean): void {
    const buf = this.buf
    const p = this.profile
    let i = this.pos
    while (i < limit) {
      switch (this.state) {
        case State.LineComment: {
          let end = buf.indexOf('\n', i)
          if (end === -1 || end > limit) end = limit
          i = end
          if (i < limit || final) this.state = State.Normal
          continue
        }
        case State.BlockComment: {
          i = this.scanBlockComment(i, limit)
          continue
        }
        case State.SingleQuote:
        case State.DoubleQuote:
        case State.Backtick:
        case State.Bracket: {
          i = this.scanQuoted(i, limit)
          continue
        }
        case State.Dollar: {
          const close = buf.indexOf(this.dollarTag, i)
          if (close === -1 || close + this.dollarTag.length > limit) {
            this.countLines(i, limit)
            i = limit
            continue
          }
          this.countLines(i, close)
          i = close + this.dollarTag.length
          this.lastLine = this.line
          this.state = State.Normal
          continue
        }
        case State.CopyData: {
          const nl = buf.indexOf('\n', i)
          if (nl === -1 || nl >= limit) {
            if (final && this.copyLineStart && /^\\\.\r?$/.test(buf.slice(i, limit))) this.state = State.Normal
            this.copyLineStart = false
            i = limit
            continue
          }
          if (this.copyLineStart && /^\\\.\r?$/.test(buf.slice(i, nl))) {
            this.state = State.Normal
            i = nl
            continue
          }
          this.newline(nl)
          this.copyLineStart = true
          i = nl + 1
          continue
        }
        case State.TripleQuote: {
          const q = this.tripleQuote
          let j = i
          let closed = -1
          while (j < limit) {
            const c = buf.charCodeAt(j)
            if (c === CH.backslash) {
              j += 2
              continue
            }
            if (c === CH.lf) this.newline(j)
            if (c === q && buf.charCodeAt(j + 1) === q && buf.charCodeAt(j + 2) === q) {
              closed = j + 3
              break
            }
            j++
          }
          if (closed === -1) {
            i = Math.min(j, limit)
            continue
          }
          i = closed
          this.state = State.Normal
          continue
        }
        default:
          break
      }

      // State.Normal
      const c = buf.charCodeAt(i)
      if (c === CH.lf) {
        this.newline(i)
        i++
        continue
      }
      if (isSpace(c)) {
        i++
        continue
      }
      if (this.lineBlank && (p.batchSeparator || p.delimiterCommand)) {
        const handled = this.lineCommand(i, limit)
        if (handled > i) {
          i = handled
          continue
        }
      }
      if (c === CH.backslash && this.lineBlank && !this.inStatement && p.dollarQuotes === 'tagged') {
        // psql meta-commands in dumps and scripts (`\connect db`, `\set ON_ERROR_STOP on`) run in the client, not as SQL
        const end = buf.indexOf('\n', i)
        // `\copy t FROM STDIN`: raw data lines follow, up to a line `\.`, as after pg_dump's COPY
        if (end !== -1 && end <= limit && /^\\copy\b[^\n]*\bfrom\s+stdin\b/i.test(buf.slice(i, end))) {
          this.state = State.CopyData
          this.copyLineStart = false
          this.stateLine = this.line
        }
        i = end === -1 || end > limit ? limit : end
        continue
      }
      if (c === CH.minus && buf.charCodeAt(i + 1) === CH.minus && (!p.dashCommentNeedsSpace || this.dashCommentAt(i))) {
        i = this.lineComment(i, 2, limit, final)
        continue
      }
      if (c === CH.hash && p.hashComments) {
        i = this.lineComment(i, 1, limit, final)
        continue
      }
      if (c === CH.slash && buf.charCodeAt(i + 1) === CH.star) {
        // MySQL executable comments `/*!40101 ... */` are statements to the server
        if (this.inStatement || (p.hashComments && buf.charCodeAt(i + 2) === CH.bang)) this.significant(i)
        this.state = State.BlockComment
        this.stateLine = this.line
        this.commentDepth = 1
        i += 2
        continue
      }
      const atDelimiter = this.delimiter === ';' ? c === CH.semicolon : buf.startsWith(this.delimiter, i)
      if (atDelimiter) {
        if (this.pending !== '') this.resolvePending(';')
        if (this.delimiter !== ';' || (!this.verbatim && this.parenDepth === 0 && this.blockDepth === 0)) {
          this.finishStatement(i)
          i += this.delimiter.length
          continue
        }
      } else if (this.pending !== '' && !isWordStart(c)) {
        this.resolvePending('')
      }

      this.significant(i)
      this.stateLine = this.line
      if (c === CH.squote) {
        const prev = i > 0 ? buf.charCodeAt(i - 1) : 0
        const prefixE = (prev === 69 || prev === 101) && !(i > 1 && isWordChar(buf.charCodeAt(i - 2)))
        this.quoteBackslash = p.backslashEscapes || prefixE
        if (p.tripleQuotes && buf.charCodeAt(i + 1) === CH.squote && buf.charCodeAt(i + 2) === CH.squote) {
          this.state = State.TripleQuote
          this.tripleQuote = CH.squote
          i += 3
          continue
        }
        this.state = State.SingleQuote
        i++
        continue
      }
      if (c === CH.dquote) {
        if (p.tripleQuotes && buf.charCodeAt(i + 1) === CH.dquote && buf.charCodeAt(i + 2) === CH.dquote) {
          this.state = State.TripleQuote
          this.tripleQuote = CH.dquote
          i += 3
          continue
        }
        this.quoteBackslash = p.doubleQuotedStrings && p.backslashEscapes
        this.state = State.DoubleQuote
        i++
        continue
      }
      if (c === CH.backtick && p.backtickIdentifiers) {
        this.state = State.Backtick
        i++
        continue
      }
      if (c === CH.lbracket && p.bracketIdentifiers) {
        this.state = State.Bracket
        i++
        continue
      }
      if (c === CH.dollar && p.dollarQuotes !== false && !(i > 0 && isWordChar(buf.charCodeAt(i - 1)))) {
        const tag = this.dollarTagAt(i)
        if (tag !== undefined) {
          this.state = State.Dollar
          this.dollarTag = tag
          i += tag.length
          continue
        }
      }
      if (c === CH.lparen) {
        this.parenDepth++
        i++
        continue
      }
      if (c === CH.rparen) {
        if (this.parenDepth > 0) this.parenDepth--
        i++
        continue
      }
      if (isWordStart(c)) {
        let j = i + 1
        const custom = this.delimiter !== ';'
        // `END$$` with `DELIMITER $$`: the delimiter ends the word
        while (j < buf.length && isWordChar(buf.charCodeAt(j)) && !(custom && buf.startsWith(this.delimiter, j))) j++
        // only a few words steer the splitter; most are skipped without building a string
        const length = j - i
        const steering =
          this.pending !== '' ||
          this.wordIndex === 0 ||
          this.blockDepth > 0 ||
          this.routine ||
          (this.wordIndex < 8 && (this.firstWord === 'CREATE' || this.firstWord === 'ALTER')) ||
          (p.batchSeparator && length === 5)
        if (steering && length <= 12) this.word(buf.slice(i, j).toUpperCase())
        else this.wordIndex++
        i = j
        continue
      }
      i++
    }
    this.pos = i
  }

  private dashCommentAt(i: number): boolean {
    const next = this.buf.charCodeAt(i + 2)
    return Number.isNaN(next) || isSpace(next) || next < 32
  }

  /** A line comment starting at i with a marker of `markerLength` chars; returns the index of its end (the `\n`). */
  private lineComment(i: number, markerLength: number, limit: number, final: boolean): number {
    const buf = this.buf
    let end = buf.indexOf('\n', i)
    if (end === -1 || end > limit) {
      // only in a forced scan of a huge line: the comment goes on past what is scanned
      if (!final) {
        this.state = State.LineComment
        return limit
      }
      end = limit
    }
    if (this.onLineComment !== undefined) {
      const text = buf.slice(i + markerLength, end).replace(/\r$/, '')
      const directive = this.onLineComment(text, this.line, this.base + i - this.lineStart + 1)
      if (directive !== undefined) this.apply(directive, i)
    }
    return end
  }

  private apply(directive: Directive, i: number): void {
    if (directive.boundary || directive.verbatim !== undefined || directive.section !== undefined) this.finishStatement(i)
    if (directive.section !== undefined) this.section = directive.section
    if (directive.unit === true) this.unit++
    if (directive.verbatim === 'start') this.verbatim = true
    if (directive.verbatim === 'end') this.verbatim = false
  }

  /** `GO [n]` and `DELIMITER x` at the start of a line; returns the index after the command, or i when it is none. */
  private lineCommand(i: number, limit: number): number {
    const buf = this.buf
    const c = buf.charCodeAt(i) | 0x20
    if (c !== 0x67 && c !== 0x64) return i // g, d
    let end = buf.indexOf('\n', i)
    if (end === -1 || end > limit) end = limit
    const lineText = buf.slice(i, end)
    if (this.profile.batchSeparator && /^GO(?:[ \t]+\d+)?[ \t]*(?:--.*)?\r?$/i.test(lineText)) {
      this.finishStatement(i)
      this.resetLexicalDepth()
      return end
    }
    if (this.profile.delimiterCommand && !this.inStatement) {
      const m = /^DELIMITER[ \t]+(\S+)[ \t]*\r?$/i.exec(lineText)
      if (m) {
        this.delimiter = m[1]!
        this.resetLexicalDepth()
        return end
      }
    }
    if (this.profile.delimiterCommand && this.inStatement && this.delimiter !== ';') {
      // the mysql client also takes `DELIMITER ;` right after a body that lacks its delimiter
      const m = /^DELIMITER[ \t]+(\S+)[ \t]*\r?$/i.exec(lineText)
      if (m) {
        this.finishStatement(i)
        this.delimiter = m[1]!
        this.resetLexicalDepth()
        return end
      }
    }
    return i
  }

  private resetLexicalDepth(): void {
    this.parenDepth = 0
    this.blockDepth = 0
    this.pending = ''
  }

  private dollarTagAt(i: number): string | undefined {
    const buf = this.buf
    if (buf.charCodeAt(i + 1) === CH.dollar) return '$$'
    if (this.profile.dollarQuotes !== 'tagged') return undefined
    let j = i + 1
    const first = buf.charCodeAt(j)
    if (!(isWordStart(first) && first < 128)) return undefined
    while (j < buf.length && j - i < 64) {
      const c = buf.charCodeAt(j)
      if (c === CH.dollar) return buf.slice(i, j + 1)
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) return undefined
      j++
    }
    return undefined
  }

  private scanBlockComment(i: number, limit: number): number {
    const buf = this.buf
    const nested = this.profile.nestedBlockComments
    while (i < limit) {
      const c = buf.charCodeAt(i)
      if (c === CH.lf) this.newline(i)
      else if (c === CH.star && buf.charCodeAt(i + 1) === CH.slash) {
        i += 2
        if (--this.commentDepth === 0) {
          this.state = State.Normal
          return i
        }
        continue
      } else if (nested && c === CH.slash && buf.charCodeAt(i + 1) === CH.star) {
        this.commentDepth++
        i += 2
        continue
      }
      i++
    }
    return i
  }

  private scanQuoted(i: number, limit: number): number {
    const buf = this.buf
    const close = this.state === State.SingleQuote ? CH.squote : this.state === State.DoubleQuote ? CH.dquote : this.state === State.Backtick ? CH.backtick : CH.rbracket
    const backslash = this.quoteBackslash && (this.state === State.SingleQuote || this.state === State.DoubleQuote)
    while (i < limit) {
      const c = buf.charCodeAt(i)
      if (c === CH.lf) {
        this.newline(i)
        this.lineBlank = false
      } else if (backslash && c === CH.backslash) {
        if (buf.charCodeAt(i + 1) === CH.lf) this.newline(i + 1)
        i += 2
        continue
      } else if (c === close) {
        if (buf.charCodeAt(i + 1) === close) {
          i += 2 // doubled quote: an escaped quote
          continue
        }
        this.state = State.Normal
        this.lastLine = this.line
        return i + 1
      }
      i++
    }
    return i
  }

  /** Keyword bookkeeping for `BEGIN ... END` bodies. */
  private word(w: string): void {
    if (this.pending !== '' && this.resolvePending(w)) {
      this.wordIndex++
      return
    }
    const index = this.wordIndex++
    if (index === 0) this.firstWord = w
    if (ROUTINE_WORDS.has(w) && (this.firstWord === 'CREATE' || this.firstWord === 'ALTER')) this.routine = true
    if (w === 'BEGIN') {
      if (this.blockDepth > 0 || this.routine || this.profile.batchSeparator || index === 0) this.pending = 'begin'
    } else if (w === 'CASE') {
      if (this.blockDepth > 0) this.blockDepth++
    } else if (w === 'END' && this.blockDepth > 0) {
      // T-SQL has no `END IF`: its END always closes; elsewhere the next word decides
      if (this.profile.endKeywordPairs) this.pending = 'end'
      else this.blockDepth--
    }
  }

  /**
   * Decides a pending `BEGIN` or `END` from what follows it (a word, `;`, or '' for other punctuation).
   * Returns true when the following word belongs to it (`END IF`, `END CASE`, `END label`, `BEGIN TRANSACTION`).
   */
  private resolvePending(next: string): boolean {
    const pending = this.pending
    this.pending = ''
    if (pending === 'begin') {
      if (next === ';' || TRANSACTION_WORDS.has(next)) return TRANSACTION_WORDS.has(next)
      this.blockDepth++
      return false
    }
    if (!END_PAIRS.has(next) && this.blockDepth > 0) this.blockDepth--
    return next !== '' && next !== ';'
  }

  private pendingAtEnd(): void {
    if (this.pending !== '') this.resolvePending(';')
  }
}
