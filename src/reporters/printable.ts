/**
 * Messages, evidence and paths come from the scanned files: they are untrusted data. Before a human-facing reporter
 * shows them, control characters (terminal escapes), bidirectional overrides (Trojan Source) and broken surrogates
 * are made visible, and long evidence is clipped so one minified line cannot flood a terminal or a comment.
 */

// C0 controls except tab and newline, DEL, C1 controls, bidi marks/overrides/isolates, the BOM.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text with line breaks normalized to `\n` and every invisible or dangerous character shown as `\u{…}`. */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}}`)
}

/** One line: printable, with runs of whitespace (line breaks included) collapsed to one space. */
export function oneLine(text: string): string {
  return printable(text).replace(/\s+/g, ' ').trim()
}

export interface ClipLimits {
  maxLines: number
  maxLineChars: number
}

export const EVIDENCE_LIMITS: ClipLimits = { maxLines: 12, maxLineChars: 240 }

/**
 * Evidence as printable lines, at most `maxLines` of at most `maxLineChars` each; what is left out is said,
 * never silently dropped. Blank leading and trailing lines are not evidence.
 */
export function evidenceLines(evidence: string, limits: ClipLimits = EVIDENCE_LIMITS): string[] {
  const all = printable(evidence).replace(/^\n+|\n+$/g, '').split('\n')
  if (all.length === 1 && all[0]!.trim() === '') return []
  const lines = all.slice(0, limits.maxLines).map((line) => clipLine(line.trimEnd(), limits.maxLineChars))
  if (all.length > limits.maxLines) lines.push(`… ${all.length - limits.maxLines} more line${all.length - limits.maxLines === 1 ? '' : 's'}`)
  return lines
}

function clipLine(line: string, max: number): string {
  if (line.length <= max) return line
  let cut = max
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(line[cut - 1]!)) cut--
  return `${line.slice(0, cut)}… (${line.length - cut} more characters)`
}
