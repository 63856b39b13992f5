/**
 * `--format text`: for people at a terminal, in the shape eslint and squawk users know. Findings grouped by file;
 * each with its position, a severity badge, the message and the rule id, then the evidence and the hint.
 * Suppressed findings are shown dimmed with their reason (not with --quiet). A summary line and what the exit code
 * means close the output. ANSI colors only when `ctx.color`.
 */
import type { Finding } from '../findings/finding.js'
import { evidenceLines, oneLine } from './printable.js'
import type { Report, ReportContext } from './report.js'
import { decidingFindings, exitMeaning, statsText, tally, tallyText } from './summary.js'

type Paint = (text: string) => string

interface Palette {
  block: Paint
  warn: Paint
  info: Paint
  suppressed: Paint
  file: Paint
  rule: Paint
  evidence: Paint
  ok: Paint
}

const sgr =
  (open: string, close: string): Paint =>
  (text) =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`

const COLORS: Palette = {
  block: sgr('1;31', '22;39'),
  warn: sgr('33', '39'),
  info: sgr('36', '39'),
  suppressed: sgr('2', '22'),
  file: sgr('4', '24'),
  rule: sgr('90', '39'),
  evidence: sgr('90', '39'),
  ok: sgr('32', '39')
}
const plain: Paint = (text) => text
const NO_COLORS: Palette = { block: plain, warn: plain, info: plain, suppressed: plain, file: plain, rule: plain, evidence: plain, ok: plain }

export function renderText(report: Report, ctx: ReportContext): string {
  const paint = ctx.color ? COLORS : NO_COLORS
  const where = ctx.label === '' ? '' : ` (${oneLine(ctx.label)})`
  if (report.findings.length === 0) {
    return `${paint.ok('✔')} No findings: ${statsText(report.stats)}${where}.\n`
  }

  const shown = ctx.quiet ? decidingFindings(report) : report.findings
  const out: string[] = []
  for (const [file, findings] of groupByFile(shown)) {
    out.push(paint.file(oneLine(file)))
    const positions = findings.map(position)
    const badges = findings.map(badge)
    // reduce, not Math.max(...): a dump can hold more findings than a call takes arguments.
    const posWidth = positions.reduce((width, p) => Math.max(width, p.length), 0)
    const badgeWidth = badges.reduce((width, b) => Math.max(width, b.length), 0)
    const indent = ' '.repeat(2 + posWidth + 2 + badgeWidth + 2)
    findings.forEach((finding, i) => {
      const dim = finding.suppressed ? paint.suppressed : plain
      const color = finding.suppressed ? plain : paint[finding.severity]
      const head = `  ${positions[i]!.padEnd(posWidth)}  ${color(badges[i]!.padEnd(badgeWidth))}  ${oneLine(finding.message)}  ${paint.rule(finding.ruleId)}`
      out.push(dim(head))
      for (const line of evidenceLines(finding.evidence)) out.push(dim(`${indent}${paint.evidence(`│ ${line}`)}`))
      if (finding.suppressed) {
        const added = finding.suppressed.addedInChange ? ' (added by this change: in a pull request it still needs an approval)' : ''
        out.push(dim(`${indent}suppressed on line ${finding.suppressed.line}: ${oneLine(finding.suppressed.reason)}${added}`))
      } else if (finding.hint.trim() !== '') {
        out.push(`${indent}hint: ${oneLine(finding.hint)}`)
      }
    })
    out.push('')
  }

  const counts = tally(report.findings)
  const mark = report.decision === 'blocked' ? paint.block('✖') : paint.ok('✔')
  out.push(`${mark} ${tallyText(counts)} — ${statsText(report.stats)}${where}`)
  out.push(exitMeaning(report))
  return `${out.join('\n')}\n`
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  // Files in the order their most severe finding comes (findings arrive most severe first).
  const groups = new Map<string, Finding[]>()
  for (const finding of findings) {
    const group = groups.get(finding.file)
    if (group) group.push(finding)
    else groups.set(finding.file, [finding])
  }
  return groups
}

function position(finding: Finding): string {
  return finding.column !== undefined ? `${finding.line}:${finding.column}` : `${finding.line}`
}

function badge(finding: Finding): string {
  return finding.suppressed ? 'suppressed' : finding.severity
}

