/**
 * The last line of defence before findings leave the pipeline: every value a detection declared as a found secret
 * is scrubbed from every finding's message, evidence, hint and suppression reason, in whatever shape it appears on
 * the line (repeated, quoted, escaped, split by `+` or concatenation, with a structured tail). A piece of 8
 * characters of a found value counts as the value. Analyzers redact their own evidence; this catches what they could
 * not know (a token in another analyzer's line, `DEBUG=true # ghp_...`).
 */
import type { Finding } from './finding.js'

/** A raw value found by an analyzer; `visible` leading characters are its public type prefix (`ghp_`). */
export interface FoundSecret {
  value: string
  visible?: number
}

/** Pieces shorter than this are not compared (too many coincidences with ordinary text). */
const PIECE = 8
/** Characters a token continues with: a redaction extends over them, so a tail (`ghs_<id>_<jwt>`) goes too. */
const TOKEN_CHAR = /[A-Za-z0-9_\-+/.~]/
const TOKEN_TAIL_CHAR = /[A-Za-z0-9_\-+/.~=]/

/** Every found value of one run, as the set of its 8-character pieces (and whole short values). */
export class FoundSecrets {
  private readonly pieces = new Set<string>()
  private readonly short = new Set<string>()
  private readonly seen = new Set<string>()

  /** Registers the found values of detections (those that declare `secrets`). */
  addFrom(detections: Iterable<{ secrets?: readonly FoundSecret[] }>): void {
    for (const d of detections) for (const s of d.secrets ?? []) this.add(s)
  }

  add(secret: FoundSecret): void {
    if (this.seen.has(secret.value)) return
    this.seen.add(secret.value)
    const norm = normalize(secret.value).text
    if (norm.length < PIECE) {
      if (norm.length >= 4) this.short.add(norm)
      return
    }
    // Pieces lying wholly inside the public prefix may be printed (`github_pat_…(93 chars)`).
    const first = Math.max(0, Math.min(secret.visible ?? 0, Math.floor(norm.length / 4)) - PIECE + 1)
    for (let i = first; i + PIECE <= norm.length; i++) this.pieces.add(norm.slice(i, i + PIECE))
  }

  get empty(): boolean {
    return this.pieces.size === 0 && this.short.size === 0
  }

  /** The text with every span of a found value replaced by `…(N chars)`. */
  scrub(text: string): string {
    if (this.empty || text === '') return text
    const ranges = this.ranges(text)
    if (ranges.length === 0) return text
    let out = ''
    let at = 0
    for (const [start, end] of ranges) {
      out += `${text.slice(at, start)}…(${end - start} chars)`
      at = end
    }
    return out + text.slice(at)
  }

  /** Does the text still hold a piece of a found value? */
  leaks(text: string): boolean {
    return !this.empty && this.ranges(text).length > 0
  }

  /** Ranges of the original text covering found pieces, extended to the whole token, merged. */
  private ranges(text: string): Array<[number, number]> {
    const { text: norm, origin } = normalize(text)
    const covered: Array<[number, number]> = []
    if (this.pieces.size > 0) {
      for (let j = 0; j + PIECE <= norm.length; j++) {
        if (!this.pieces.has(norm.slice(j, j + PIECE))) continue
        covered.push([origin[j]!, origin[j + PIECE - 1]! + 1])
      }
    }
    for (const value of this.short) {
      for (let j = norm.indexOf(value); j !== -1; j = norm.indexOf(value, j + 1)) {
        // A short value counts only as a whole token, not inside a word.
        const start = origin[j]!
        const end = origin[j + value.length - 1]! + 1
        if (TOKEN_CHAR.test(text.charAt(start - 1)) || TOKEN_TAIL_CHAR.test(text.charAt(end))) continue
        covered.push([start, end])
      }
    }
    if (covered.length === 0) return []
    covered.sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const [s, e] of covered) {
      let start = s
      let end = e
      while (start > 0 && TOKEN_CHAR.test(text.charAt(start - 1))) start--
      while (end < text.length && TOKEN_TAIL_CHAR.test(text.charAt(end))) end++
      const last = merged[merged.length - 1]
      if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end)
      else merged.push([start, end])
    }
    return merged
  }
}

/**
 * The value with the noise of its spelling removed (quotes, whitespace, `+`, commas, escapes such as `\n` and `\"`),
 * with each kept character's offset in the original, so a value split over string pieces reads as one.
 */
function normalize(text: string): { text: string; origin: number[] } {
  let out = ''
  const origin: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === '\\') {
      const next = text.charAt(i + 1)
      if (next === 'n' || next === 'r' || next === 't') i++
      continue
    }
    if (c === '"' || c === "'" || c === '`' || c === '+' || c === ',' || c === ' ' || c === '\t' || c === '\n' || c === '\r') continue
    out += c
    origin.push(i)
  }
  return { text: out, origin }
}

/**
 * Scrubs every finding against every found value, then checks the result: a field that would still hold a piece
 * of a found value is replaced whole. Mutates and returns the findings.
 */
export function redactFindings(findings: Finding[], found: FoundSecrets): Finding[] {
  if (found.empty) return findings
  const clean = (text: string): string => {
    const scrubbed = found.scrub(text)
    return found.leaks(scrubbed) ? '[redacted: contained a secret]' : scrubbed
  }
  for (const f of findings) {
    f.message = clean(f.message)
    f.evidence = clean(f.evidence)
    f.hint = clean(f.hint)
    if (f.suppressed !== undefined) f.suppressed.reason = clean(f.suppressed.reason)
  }
  return findings
}
