/**
 * A secret is never printed in full: at most a short public prefix (the token type, `ghp_`, `AKIA`) and the length.
 * Every evidence string of the secret and env-leak families goes through `redactLine` before it leaves the analyzer.
 */

/** `AKIA…(20 chars)`: the visible prefix is capped at a quarter of the value, so short secrets show nothing. */
export function redact(value: string, visible = 0): string {
  const shown = Math.max(0, Math.min(visible, Math.floor(value.length / 4)))
  return `${value.slice(0, shown)}…(${value.length} chars)`
}

export interface Span {
  start: number
  end: number
  visible: number
}

/** Replaces spans (offsets into `line`) with their redaction; overlapping spans are merged. */
export function redactSpans(line: string, spans: readonly Span[]): string {
  if (spans.length === 0) return line
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const span of sorted) {
    if (span.end <= at) continue
    const start = Math.max(span.start, at)
    out += line.slice(at, start) + redact(line.slice(start, span.end), start === span.start ? span.visible : 0)
    at = span.end
  }
  return out + line.slice(at)
}

const URL_PASSWORD = /(\b[A-Za-z][A-Za-z0-9+.-]{1,24}:\/\/[^\s:@/"'<>]{1,100}:)([^\s@/"'<>]{1,200})(@)/g
const SECRET_ASSIGNMENT =
  /((?:^|[^A-Za-z0-9])(?:[A-Za-z0-9]+[_.-]){0,6}[A-Za-z0-9]*?(?:password|passwd|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|auth[_.-]?key|master[_.-]?key|credentials?|key[_.-]?base|auth)["']?\s*(?:=>|:=|=|:)\s*["'`]?)([^\s"'`,;)]+)/gi
const REFERENCE = /^(?:\$\{|\$[A-Za-z_]|\{\{|<%|%[A-Za-z_]|process\.env|os\.environ|ENV\[|env\(|!|\*|…|\(|\[|true$|false$|null$|none$|nil$)/i

/**
 * Scrubs a line of evidence that an analyzer is about to print: values assigned to secret-like names and passwords
 * in URLs are redacted (references such as `${DB_PASSWORD}` stay readable). `spans` are known secrets in the line.
 */
export function redactLine(line: string, spans: readonly Span[] = []): string {
  const all: Span[] = [...spans]
  for (const m of line.matchAll(URL_PASSWORD)) {
    const start = m.index + m[1]!.length
    if (!REFERENCE.test(m[2]!)) all.push({ start, end: start + m[2]!.length, visible: 0 })
  }
  for (const m of line.matchAll(SECRET_ASSIGNMENT)) {
    const start = m.index + m[1]!.length
    if (!REFERENCE.test(m[2]!)) all.push({ start, end: start + m[2]!.length, visible: 0 })
  }
  return redactSpans(line, all)
}

const TOKEN_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{16,}(?![A-Za-z0-9+/=_-])/g

/**
 * Is this run of token characters a credential-looking value rather than a word, a name or a path? Mixed case with
 * digits (`ZWd1e2141Q2R1ds23sdX`), or a long hex or digit-bearing run: identifiers (`getUserByIdAsync`,
 * `DATABASE_PASSWORD`) and version strings have too few digits or too little variety.
 */
function looksRandom(run: string): boolean {
  let digits = 0
  let upper = 0
  let lower = 0
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
    else if (c >= 65 && c <= 90) upper++
    else if (c >= 97 && c <= 122) lower++
  }
  if (digits < 2) return false
  if (upper > 0 && lower > 0) return distinct(run) >= 10
  // One case: hex digests and keys of 32 or more characters.
  return run.length >= 32 && digits >= 6 && distinct(run) >= 10
}

function distinct(run: string): number {
  return new Set(run).size
}

/**
 * The evidence of a secret finding shows the line around the secret; any other credential-looking value on that line
 * (one no pattern named: a second key beside the one found) is redacted too, so evidence cannot carry a live value
 * that prodguard did not recognise.
 */
export function redactRandomTokens(line: string): string {
  return line.replace(TOKEN_RUN, (run) => (looksRandom(run) ? redact(run) : run))
}

/** One line of evidence, trimmed and cut to a readable length around `focus` (an offset into the line). */
export function evidenceWindow(line: string, focus = 0, max = 160): { text: string; offset: number } {
  const trimmedStart = line.length - line.trimStart().length
  let start = trimmedStart
  let end = line.trimEnd().length
  if (end - start > max) {
    start = Math.max(trimmedStart, Math.min(focus - 40, end - max))
    end = Math.min(end, start + max)
  }
  return { text: line.slice(start, end), offset: start }
}
