/**
 * `--format compact`: one line per finding, `file:line:col: severity rule message`, for editors, `grep` and problem
 * matchers (the shape of eslint's and gcc's compact output). Suppressed findings and run-level notes are left out:
 * they are not problems at a place. Nothing else is printed, so every line matches the same pattern.
 */
import type { Finding } from '../findings/finding.js'
import { oneLine } from './printable.js'
import { isRunNotice, type Report, type ReportContext } from './report.js'
import { decidingFindings } from './summary.js'

/** The words a problem matcher sees: what GitHub's and VS Code's matchers call the severity. */
const SEVERITY_WORD = { block: 'error', warn: 'warning', info: 'info' } as const

export function compactLine(finding: Finding): string {
  const line = Math.max(1, finding.line)
  const column = Math.max(1, finding.column ?? 1)
  // A path with a colon or a line break would break the pattern; printable one-line text keeps it on one line.
  return `${oneLine(finding.file)}:${line}:${column}: ${SEVERITY_WORD[finding.severity]} ${finding.ruleId} ${oneLine(finding.message)}`
}

export function renderCompact(report: Report, ctx: ReportContext): string {
  const shown = (ctx.quiet ? decidingFindings(report) : report.findings).filter((f) => f.suppressed === undefined && !isRunNotice(f))
  const sorted = [...shown].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0)))
  return sorted.map((f) => `${compactLine(f)}\n`).join('')
}
