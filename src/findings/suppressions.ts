/**
 * Inline suppressions: `prodguard-ignore <ruleId>[, <ruleId>] -- <reason>` in a comment on the finding's line or on
 * the comment lines directly above it, in any comment syntax (`--`, `#`, `//`, `/* *\/`, `<!-- -->`, `;`, `%`, `REM`).
 * A reason is required: a suppression without one does not suppress, and the finding says why.
 */

export interface InlineSuppression {
  line: number
  /** Rule ids or category names this comment covers. */
  targets: string[]
  reason: string | undefined
  /** The comment's normalized text, used to tell whether the change added it. */
  key: string
}

const MARKER = 'prodguard-ignore'
const COMMENT_OPENERS = /(?:--|#|\/\/|\/\*|<!--|;|%|\bREM\b|')\s*$/i
/** The reason is read greedily to the line's end and its closer cut off in code: a lazy `(.*?)` before `[ \t]*$` rescans every run of spaces. */
const BODY = /^prodguard-ignore(?:-next-line)?[ \t]+([A-Za-z0-9*][A-Za-z0-9/*_.-]*(?:[ \t]*,[ \t]*[A-Za-z0-9*][A-Za-z0-9/*_.-]*)*)(?:[ \t]+--[ \t]*(.*))?[ \t]*(?:\*\/|-->)?[ \t]*$/

/** Finds every suppression comment in a file's text; cheap when the file has none. */
export function parseSuppressions(text: string): Map<number, InlineSuppression> {
  const found = new Map<number, InlineSuppression>()
  if (!text.includes(MARKER)) return found
  let line = 1
  let start = 0
  for (;;) {
    const at = text.indexOf(MARKER, start)
    if (at === -1) break
    for (let i = start; i < at; i++) if (text.charCodeAt(i) === 10) line++
    const lineStart = text.lastIndexOf('\n', at - 1) + 1
    let lineEnd = text.indexOf('\n', at)
    if (lineEnd === -1) lineEnd = text.length
    const before = text.slice(lineStart, at)
    const body = text.slice(at, lineEnd).replace(/\r$/, '')
    if (COMMENT_OPENERS.test(before)) {
      const m = BODY.exec(body)
      if (m) {
        const reason = closerStripped(m[2])
        const targets = m[1]!.split(',').map((t) => t.trim())
        found.set(line, { line, targets, reason: reason === '' ? undefined : reason, key: `${targets.join(',')} -- ${reason ?? ''}`.toLowerCase() })
      }
    }
    for (let i = at; i < lineEnd; i++) if (text.charCodeAt(i) === 10) line++
    start = lineEnd
  }
  return found
}

/** A reason without the comment's closer (`*\/`, `-->`). Trimmed first: `\s*` before an anchored end retries every run of spaces (quadratic). */
function closerStripped(reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined
  const trimmed = reason.trimEnd()
  const closer = trimmed.endsWith('*/') ? 2 : trimmed.endsWith('-->') ? 3 : 0
  return trimmed.slice(0, trimmed.length - closer).trim()
}

function covers(s: InlineSuppression, ruleId: string): boolean {
  return s.targets.some((t) => t === '*' || t === ruleId || ruleId.startsWith(`${t}/`))
}

export type SuppressionMatch =
  | { kind: 'suppressed'; suppression: InlineSuppression }
  | { kind: 'missing-reason'; suppression: InlineSuppression }
  | { kind: 'none' }

/**
 * The suppression that applies to a finding on `line`: on that line, or in the run of suppression comments directly
 * above it (so several rules can be suppressed on consecutive lines).
 */
export function matchSuppression(all: Map<number, InlineSuppression>, ruleId: string, line: number): SuppressionMatch {
  if (all.size === 0) return { kind: 'none' }
  const candidates: InlineSuppression[] = []
  const same = all.get(line)
  if (same) candidates.push(same)
  for (let l = line - 1; all.has(l); l--) candidates.push(all.get(l)!)
  const hit = candidates.find((s) => covers(s, ruleId))
  if (hit === undefined) return { kind: 'none' }
  return hit.reason === undefined ? { kind: 'missing-reason', suppression: hit } : { kind: 'suppressed', suppression: hit }
}
