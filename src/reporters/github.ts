/**
 * `--format github`: one workflow command per finding, so the Actions runner turns each into a line annotation on the
 * pull request (`::error` for block, `::warning` for warn, `::notice` for info and suppressed ones), most important
 * first. Messages and paths are data: they are escaped the way the runner unescapes them, so a finding can never
 * start a command of its own.
 */
import type { Finding, Severity } from '../findings/finding.js'
import { evidenceLines, oneLine, printable } from './printable.js'
import { isRunNotice, type Report, type ReportContext } from './report.js'
import { decidingFindings, decisionWord, statsText, tally, tallyText } from './summary.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

const LEVEL: Record<Severity, AnnotationLevel> = { block: 'error', warn: 'warning', info: 'notice' }

/** The runner shows at most this many annotations of each level per step; the rest stay in the log. */
export const ANNOTATIONS_PER_LEVEL = 10

/** Escaping of a command's message (`::error ...::<data>`), as the runner's command parser undoes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escaping of a property value (`file=<value>,`): the data escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function annotationLevel(finding: Finding): AnnotationLevel {
  return finding.suppressed ? 'notice' : LEVEL[finding.severity]
}

/** One `::level file=…,line=…::message` line. */
export function workflowCommand(finding: Finding): string {
  const line = Math.max(1, finding.line)
  const endLine = finding.endLine !== undefined && finding.endLine >= line ? finding.endLine : undefined
  // The runner accepts columns only for an annotation on a single line.
  const singleLine = endLine === undefined || endLine === line
  const props: [string, string | number][] = [
    ['file', finding.file],
    ['line', line]
  ]
  if (endLine !== undefined) props.push(['endLine', endLine])
  if (singleLine && finding.column !== undefined) props.push(['col', Math.max(1, finding.column)])
  if (singleLine && finding.endColumn !== undefined && finding.endColumn >= (finding.column ?? 1)) props.push(['endColumn', finding.endColumn])
  props.push(['title', finding.suppressed ? `${finding.ruleId} (${finding.suppressed.source === 'baseline' ? 'baselined' : 'suppressed'})` : finding.ruleId])
  const properties = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${annotationLevel(finding)} ${properties}::${escapeData(annotationMessage(finding))}`
}

function annotationMessage(finding: Finding): string {
  const lines = [printable(finding.message).trim()]
  for (const line of evidenceLines(finding.evidence)) lines.push(`    ${line}`)
  if (finding.suppressed) {
    const added = finding.suppressed.addedInChange ? ' It is added by this change: a reviewer still has to approve.' : ''
    const where = finding.suppressed.source === 'baseline' ? 'Baselined in .prodguard-baseline.json' : `Suppressed on line ${finding.suppressed.line}`
    lines.push(`${where}: ${oneLine(finding.suppressed.reason)}.${added}`)
  } else if (finding.hint.trim() !== '') {
    lines.push(`Hint: ${oneLine(finding.hint)}`)
  }
  if (finding.docs !== '') lines.push(`Docs: ${finding.docs}`)
  return lines.join('\n')
}

export function renderGithub(report: Report, ctx: ReportContext): string {
  const shown = (ctx.quiet ? decidingFindings(report) : report.findings).filter((f) => !isRunNotice(f))
  const out = shown.map(workflowCommand)
  // A note about the run is not about a line: one notice without a file, once.
  if (!ctx.quiet) {
    for (const text of new Set(report.findings.filter(isRunNotice).map((f) => `${printable(f.message).trim()}${f.hint.trim() === '' ? '' : ` ${oneLine(f.hint)}`}`))) {
      out.push(`::notice title=prodguard::${escapeData(text)}`)
    }
  }
  const perLevel = new Map<AnnotationLevel, number>()
  for (const finding of shown) perLevel.set(annotationLevel(finding), (perLevel.get(annotationLevel(finding)) ?? 0) + 1)
  const over = [...perLevel.entries()].filter(([, n]) => n > ANNOTATIONS_PER_LEVEL)
  if (over.length > 0) {
    const detail = over.map(([level, n]) => `${n - ANNOTATIONS_PER_LEVEL} ${level}s`).join(', ')
    out.push(`prodguard: GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; ${detail} more are only in this log (and in the job summary).`)
  }
  const counts = tally(report.findings)
  const what = report.findings.length === 0 ? 'no findings' : tallyText(counts)
  out.push(`prodguard ${decisionWord(report.decision)}: ${what} — ${statsText(report.stats)}${ctx.label === '' ? '' : ` (${oneLine(ctx.label)})`}`)
  return `${out.join('\n')}\n`
}
