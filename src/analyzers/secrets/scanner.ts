/**
 * The secret scanning engine. One pass over the whole text finds every pattern keyword (a single alternation regex,
 * case-insensitive, plus one for the few case-sensitive prefixes); a pattern's regex then runs only on the lines
 * where one of its keywords occurs. Matches go through the pattern's entropy and length floor, its allowlist, the
 * configured allowlist and the placeholder test before they count.
 */
import type { SecretPattern } from './patterns.js'
import type { PlaceholderTest } from './placeholders.js'
import { shannonEntropy } from './entropy.js'

export interface SecretMatch {
  pattern: SecretPattern
  secret: string
  /** Offsets of the secret in the text. */
  start: number
  end: number
  /** 1-based line and column of the secret's start. */
  line: number
  column: number
  endLine: number
  /** Offset of the start of `line` in the text. */
  lineStart: number
}

export interface ScanOptions {
  path: string
  /** Tests, fixtures, docs: skip `confidence: low` patterns. */
  lowConfidencePath: boolean
}

/** Lines longer than this are scanned in windows around each keyword, so a minified line stays linear. */
const LONG_LINE = 4096
const LONG_LINE_WINDOW = 1024

/** The keyword sits in an XML start tag that ends its line (`<stripeToken>`, `<add key="x">` is not one). */
const OPEN_TAG_AT_END = /^[\w.:-]{0,60}>[ \t\r]*$/

/** The end of the `n` lines after the one ending at `lineEnd`, bounded so a hostile file stays linear. */
function followingLines(text: string, lineEnd: number, n: number): number {
  let end = lineEnd
  for (let i = 0; i < n && end < text.length; i++) {
    const next = text.indexOf('\n', end + 1)
    end = next === -1 ? text.length : next
    if (end - lineEnd > LONG_LINE) return Math.min(text.length, lineEnd + LONG_LINE)
  }
  return end
}

interface KeywordIndex {
  regex: RegExp
  /** keyword (lower-case for the insensitive index) -> indices of the patterns it gates */
  gates: Map<string, number[]>
  caseSensitive: boolean
}

export class SecretScanner {
  private readonly indexes: KeywordIndex[]

  constructor(
    private readonly patterns: readonly SecretPattern[],
    private readonly placeholders: PlaceholderTest,
    private readonly allow: readonly RegExp[] = []
  ) {
    this.indexes = [buildIndex(patterns, false), buildIndex(patterns, true)].filter((i): i is KeywordIndex => i !== undefined)
  }

  scan(text: string, options: ScanOptions): SecretMatch[] {
    const hits = this.keywordHits(text)
    if (hits.length === 0) return []
    const applicable = this.patterns.map(
      (p) => !(p.lowConfidence && options.lowConfidencePath) && (p.files === undefined || p.files(options.path))
    )
    const matches: SecretMatch[] = []
    const taken: Array<[number, number]> = []
    const lines = new LineCounter(text)
    let segmentEnd = -1
    let segment: { start: number; end: number; patterns: Set<number> } | undefined

    const flush = (): void => {
      if (segment === undefined) return
      this.runSegment(text, segment.start, segment.end, segment.patterns, applicable, lines, matches, taken)
      segment = undefined
    }

    // Multi-line patterns (PEM blocks) run once over the whole text when a keyword of theirs occurs: per keyword
    // line, a file of many BEGIN lines would be scanned again from each of them.
    const multiline = new Set<number>()
    for (const [, ids] of hits) for (const id of ids) if (this.patterns[id]!.multiline) multiline.add(id)
    if (multiline.size > 0) this.runSegment(text, 0, text.length, multiline, applicable, lines, matches, taken)

    for (const [pos, allIds] of hits) {
      const patternIds = multiline.size > 0 ? allIds.filter((id) => !multiline.has(id)) : allIds
      if (patternIds.length === 0) continue
      if (segment !== undefined && pos < segmentEnd) {
        for (const id of patternIds) segment.patterns.add(id)
        continue
      }
      flush()
      const lineStart = text.lastIndexOf('\n', pos - 1) + 1
      let lineEnd = text.indexOf('\n', pos)
      if (lineEnd === -1) lineEnd = text.length
      let start = lineStart
      let end = lineEnd
      if (lineEnd - lineStart > LONG_LINE) {
        start = Math.max(lineStart, pos - LONG_LINE_WINDOW)
        end = Math.min(lineEnd, pos + LONG_LINE_WINDOW)
      } else if (OPEN_TAG_AT_END.test(text.slice(pos, lineEnd))) {
        // `<apiToken>` ending its line: the element's value and its closing tag are on the next lines.
        end = followingLines(text, lineEnd, 2)
      }
      segment = { start, end, patterns: new Set(patternIds) }
      segmentEnd = end
    }
    flush()
    return matches
  }

  /** Keyword positions in text order, each with the patterns it gates. */
  private keywordHits(text: string): Array<[number, number[]]> {
    const hits: Array<[number, number[]]> = []
    for (const index of this.indexes) {
      const re = index.regex
      re.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = re.exec(text)) !== null) {
        const gated = index.gates.get(index.caseSensitive ? m[0] : m[0].toLowerCase())
        if (gated !== undefined) hits.push([m.index, gated])
      }
    }
    if (this.indexes.length > 1) hits.sort((a, b) => a[0] - b[0])
    return hits
  }

  private runSegment(
    text: string,
    start: number,
    end: number,
    patternIds: Set<number>,
    applicable: boolean[],
    lines: LineCounter,
    out: SecretMatch[],
    taken: Array<[number, number]>
  ): void {
    let single: string | undefined
    // Patterns in file order: provider-specific ones come before the generic ones, which then yield to them.
    for (const id of [...patternIds].sort((a, b) => a - b)) {
      if (!applicable[id]) continue
      const pattern = this.patterns[id]!
      let windowStart = start
      let window: string
      if (pattern.multiline) {
        window = start === 0 && end === text.length ? text : text.slice(start, end)
      } else {
        single ??= text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end)
        window = single
        windowStart = start
      }
      const re = pattern.regex
      re.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = re.exec(window)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++
          continue
        }
        const group = secretGroup(m, pattern.group)
        if (group === undefined) continue
        const [gs, ge] = m.indices![group]!
        const secret = m[group]!
        const absStart = windowStart + gs
        const absEnd = windowStart + ge
        if (taken.some(([s, e]) => absStart < e && s < absEnd)) continue
        if (pattern.userGroup !== undefined && m[pattern.userGroup] === secret) continue
        if (!this.accepts(pattern, secret)) continue
        if (pattern.lowConfidence && this.placeholders.isMadeUpName(nameBefore(window, m.index, m[0]))) continue
        taken.push([absStart, absEnd])
        const line = lines.lineOf(absStart)
        const lineStart = lines.lineStartOf(line)
        out.push({
          pattern,
          secret,
          start: absStart,
          end: absEnd,
          line,
          column: absStart - lineStart + 1,
          endLine: pattern.multiline ? lines.lineOf(absEnd) : line,
          lineStart
        })
      }
    }
  }

  /** Is this candidate a real-looking secret for this pattern? */
  accepts(pattern: SecretPattern, secret: string): boolean {
    const value = pattern.multiline ? secret.replace(/\\[nr]|[\s"'+,]/g, '') : secret
    if (value.length < pattern.minLength) return false
    if (pattern.entropy > 0 && shannonEntropy(value) < entropyFloor(pattern, value)) return false
    if (pattern.allow.some((a) => a.test(secret))) return false
    if (this.allow.some((a) => a.test(secret))) return false
    if (pattern.multiline) return !/\.\.\.|xxx|<|>|…/i.test(secret)
    if (this.placeholders.isPlaceholder(secret)) return false
    return !(pattern.lowConfidence && looksLikeCode(secret))
  }
}

/**
 * A pattern's entropy floor. With `relativeEntropy`, a short value or one of a small alphabet (a 32-digit secret, a
 * 16-character one) is held to 80% of the most its length and alphabet allow, when that is below the floor: Shannon
 * entropy cannot exceed log2 of either, so a fixed floor would reject every such value, random or not.
 */
function entropyFloor(pattern: SecretPattern, value: string): number {
  if (!pattern.relativeEntropy) return pattern.entropy
  let alphabet = 0
  if (/[0-9]/.test(value)) alphabet += 10
  if (/[a-z]/.test(value)) alphabet += 26
  if (/[A-Z]/.test(value)) alphabet += 26
  if (/[^A-Za-z0-9]/.test(value)) alphabet += 4
  return Math.min(pattern.entropy, 0.8 * Math.log2(Math.min(value.length, alphabet)))
}

/** The identifier a generic match is assigned to: its keyword and the name characters right before it. */
function nameBefore(window: string, index: number, match: string): string {
  let i = index
  while (i > 0 && i > index - 60 && /[\w.-]/.test(window.charAt(i - 1))) i--
  const name = /^[\w.-]*/.exec(match)![0]
  return window.slice(i, index) + name
}

/** Values in generic assignments that are code, paths or words rather than a credential. */
function looksLikeCode(value: string): boolean {
  return (
    value.includes('://') ||
    /^[./~]/.test(value) ||
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\)?)?$/.test(value) || // config.secrets.apiKey
    /^[a-z]+(?:[-_.][a-z]+)*$/.test(value) || // lowercase words: not-a-random-value
    /^[A-Z]+(?:_[A-Z]+)*$/.test(value) || // an ENV_VAR_NAME
    /^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) || // camelCaseIdentifier
    /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(value) || // PascalCaseIdentifier
    /^[A-Z][a-z]+$/.test(value) || // a capitalized word: a label (`"password": "Wachtwoord"`)
    /[^\x00-\x7f]/.test(value) // words of a language (a translated label), not a random value
  )
}

function secretGroup(m: RegExpExecArray, group: number | 'last'): number | undefined {
  if (group !== 'last') return m[group] !== undefined ? group : undefined
  for (let g = m.length - 1; g >= 1; g--) if (m[g] !== undefined) return g
  return undefined
}

function buildIndex(patterns: readonly SecretPattern[], caseSensitive: boolean): KeywordIndex | undefined {
  const gates = new Map<string, number[]>()
  patterns.forEach((p, i) => {
    if (p.caseSensitiveKeywords !== caseSensitive) return
    for (const k of p.keywords) {
      const list = gates.get(k) ?? []
      if (!list.includes(i)) list.push(i)
      gates.set(k, list)
    }
  })
  if (gates.size === 0) return undefined
  // Longest first, so `github_pat_` wins over a shorter keyword at the same position; a keyword that is a prefix of
  // another still gates its own patterns because both are listed under the longer hit below.
  const keywords = [...gates.keys()].sort((a, b) => b.length - a.length)
  // A keyword's prefixes are looked up, not searched for among all keywords (K prefixes, not K² comparisons); they
  // are merged in the order of `keywords`, as a scan of that list would.
  const rank = new Map(keywords.map((k, i) => [k, i]))
  for (const long of keywords) {
    const shorts: string[] = []
    for (let n = 1; n < long.length; n++) if (rank.has(long.slice(0, n))) shorts.push(long.slice(0, n))
    if (shorts.length === 0) continue
    shorts.sort((a, b) => rank.get(a)! - rank.get(b)!)
    const merged = new Set(gates.get(long)!)
    for (const short of shorts) for (const i of gates.get(short)!) merged.add(i)
    gates.set(long, [...merged])
  }
  const source = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  return { regex: new RegExp(source, caseSensitive ? 'g' : 'gi'), gates, caseSensitive }
}

/** Offsets to 1-based line numbers, moving forward cheaply as the scan does (and backward when it must). */
export class LineCounter {
  private line = 1
  private lineStart = 0
  private readonly starts = new Map<number, number>([[1, 0]])

  constructor(private readonly text: string) {}

  lineOf(offset: number): number {
    if (offset < this.lineStart) {
      this.line = 1
      this.lineStart = 0
    }
    for (;;) {
      const next = this.text.indexOf('\n', this.lineStart)
      if (next === -1 || next >= offset) return this.line
      this.line++
      this.lineStart = next + 1
      this.starts.set(this.line, this.lineStart)
    }
  }

  lineStartOf(line: number): number {
    const known = this.starts.get(line)
    if (known !== undefined) return known
    let at = 0
    for (let l = 1; l < line; l++) at = this.text.indexOf('\n', at) + 1
    return at
  }
}
