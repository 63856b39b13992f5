/**
 * `--format text`: for people at a terminal, in the shape rustc and biome users know. Each finding: a headline with
 * its severity and rule id, the place (`--> file:line:col`, which terminals and editors open), the source line from
 * the evidence with the offending span underlined, then the hint. Files come in the order of their most severe
 * finding, findings within a file in line order. Run-level notes (stale data) come once, in one block at the end,
 * before the summary and what the exit code means. Lines are wrapped at spaces to `ctx.width`; colors only when
 * `ctx.color`.
 */
import type { Finding } from '../findings/finding.js'
import { EVIDENCE_LIMITS, evidenceLines, oneLine, printable } from './printable.js'
import { isRunNotice, type Report, type ReportContext } from './report.js'
import { decidingFindings, exitMeaning, statsText, tally, tallyText } from './summary.js'

type Paint = (text: string) => string

interface Palette {
  block: Paint
  warn: Paint
  info: Paint
  suppressed: Paint
  file: Paint
  rule: Paint
  gutter: Paint
  ok: Paint
}

const sgr =
  (open: string, close: string): Paint =>
  (text) =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`

const COLORS: Palette = {
  block: sgr('1;31', '22;39'),
  warn: sgr('1;33', '22;39'),
  info: sgr('1;36', '22;39'),
  suppressed: sgr('2', '22'),
  file: sgr('1', '22'),
  rule: sgr('1', '22'),
  gutter: sgr('34', '39'),
  ok: sgr('32', '39')
}
const plain: Paint = (text) => text
const NO_COLORS: Palette = { block: plain, warn: plain, info: plain, suppressed: plain, file: plain, rule: plain, gutter: plain, ok: plain }

export function renderText(report: Report, ctx: ReportContext): string {
  const paint = ctx.color ? COLORS : NO_COLORS
  const width = ctx.width !== undefined && ctx.width >= 40 ? ctx.width : undefined
  const where = ctx.label === '' ? '' : ` (${oneLine(ctx.label)})`
  const notices = report.findings.filter(isRunNotice)
  const out: string[] = []

  if (report.findings.length - notices.length === 0) {
    out.push(...noticeBlock(notices, paint, width))
    out.push(`${paint.ok('✔')} No findings: ${statsText(report.stats)}${where}.`)
    return `${out.join('\n')}\n`
  }

  const shown = (ctx.quiet ? decidingFindings(report) : report.findings).filter((f) => !isRunNotice(f))
  for (const findings of byFile(shown).values()) {
    for (const finding of findings) {
      out.push(...findingBlock(finding, paint, width, ctx.sourceLine))
      out.push('')
    }
  }
  if (!ctx.quiet) out.push(...noticeBlock(notices, paint, width))

  const counts = tally(report.findings.filter((f) => !isRunNotice(f)))
  const mark = report.decision === 'blocked' ? paint.block('✖') : paint.ok('✔')
  out.push(...wrap(`${mark} ${tallyText(counts)} — ${statsText(report.stats)}${where}`, width, '  '))
  out.push(...wrap(exitMeaning(report, ctx.stage), width, ''))
  return `${out.join('\n')}\n`
}

/** Files in the order of their most severe finding (findings arrive most severe first); lines in order within. */
function byFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>()
  for (const finding of findings) {
    const group = groups.get(finding.file)
    if (group) group.push(finding)
    else groups.set(finding.file, [finding])
  }
  for (const group of groups.values()) group.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
  return groups
}

function label(finding: Finding): string {
  return finding.suppressed ? (finding.suppressed.source === 'baseline' ? 'baselined' : 'suppressed') : finding.severity
}

function findingBlock(finding: Finding, paint: Palette, width: number | undefined, sourceLine: ReportContext['sourceLine']): string[] {
  const dim = finding.suppressed ? paint.suppressed : plain
  const color = finding.suppressed ? plain : paint[finding.severity]
  const out: string[] = []
  const head = `${color(label(finding))}${paint.rule(`[${finding.ruleId}]`)}: ${oneLine(finding.message)}`
  out.push(...wrap(head, width, '  ').map(dim))

  const line = Math.max(1, finding.line)
  const position = finding.column !== undefined ? `${line}:${Math.max(1, finding.column)}` : `${line}`
  const evidence = evidenceLines(finding.evidence)
  // Evidence lines are numbered when they are the finding's lines (a statement over several lines), else only the first.
  const contiguous = finding.endLine !== undefined && finding.endLine - line + 1 === Math.min(evidence.length, EVIDENCE_LIMITS.maxLines)
  const numbers = evidence.map((_, i) => (i === 0 || (contiguous && i < EVIDENCE_LIMITS.maxLines) ? String(line + i) : ''))
  const gutterWidth = Math.max(numbers.reduce((w, n) => Math.max(w, n.length), 0), 1)
  const pad = ' '.repeat(gutterWidth)
  const bar = paint.gutter('|')
  out.push(dim(`${pad}${paint.gutter('-->')} ${paint.file(`${oneLine(finding.file)}:${position}`)}`))
  if (evidence.length > 0) {
    out.push(dim(`${pad} ${bar}`))
    const room = width === undefined ? undefined : width - gutterWidth - 3
    evidence.forEach((text, i) => {
      const shownText = room !== undefined && text.length > room ? `${text.slice(0, Math.max(1, room - 1))}…` : text
      out.push(dim(`${paint.gutter(numbers[i]!.padStart(gutterWidth))} ${bar} ${shownText}`))
      if (i === 0 && evidence.length === 1) {
        const [from, to] = underline(finding, text, sourceLine?.(finding.file, line))
        const end = Math.min(to, shownText.length)
        if (end > from) out.push(dim(`${pad} ${bar} ${' '.repeat(from)}${color('^'.repeat(end - from))}`))
      }
    })
  }
  if (finding.suppressed) {
    const added = finding.suppressed.addedInChange ? ' (added by this change: in a pull request it still needs an approval)' : ''
    const where = finding.suppressed.source === 'baseline' ? `baselined in .prodguard-baseline.json (line ${finding.suppressed.line})` : `suppressed on line ${finding.suppressed.line}`
    out.push(...wrap(`${pad} = ${where}: ${oneLine(finding.suppressed.reason)}${added}`, width, `${pad}   `).map(dim))
  } else if (finding.hint.trim() !== '') {
    out.push(...wrap(`${pad} = hint: ${oneLine(finding.hint)}`, width, `${pad}         `))
  }
  return out
}

/**
 * Which part of the evidence line to underline, as [from, to) offsets: the finding's columns when the source line
 * is known to be the evidence (same text after trimming; a redacted secret never is), otherwise the whole line.
 */
function underline(finding: Finding, evidence: string, source: string | undefined): [number, number] {
  const whole: [number, number] = [evidence.length - evidence.trimStart().length, evidence.trimEnd().length]
  if (finding.column === undefined || source === undefined) return whole
  const line = printable(source).replace(/\n$/, '')
  if (line.trim() !== evidence.trim()) return whole
  const indent = line.length - line.trimStart().length - (evidence.length - evidence.trimStart().length)
  const from = finding.column - 1 - indent
  if (from < 0 || from >= evidence.trimEnd().length) return whole
  const sameLine = finding.endLine === undefined || finding.endLine === finding.line
  const to = sameLine && finding.endColumn !== undefined && finding.endColumn - 1 - indent > from ? finding.endColumn - 1 - indent : evidence.trimEnd().length
  return [from, Math.min(to, evidence.trimEnd().length)]
}

function noticeBlock(notices: Finding[], paint: Palette, width: number | undefined): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const notice of notices) {
    const text = oneLine(notice.message)
    if (seen.has(text)) continue
    seen.add(text)
    out.push(...wrap(`${paint.info('note')}: ${text}`, width, '  '))
    if (notice.hint.trim() !== '') out.push(...wrap(`  = hint: ${oneLine(notice.hint)}`, width, '          '))
  }
  if (out.length > 0) out.push('')
  return out
}

/** The visible length of a line (colors do not take columns). */
function visible(text: string): number {
  return text.replace(/\u001b\[[0-9;]*m/g, '').length
}

/**
 * Breaks a line at spaces so no line is wider than `width`; continuation lines start with `indent`. A word wider
 * than the line (a long URL or path) stays whole on a line of its own rather than being cut.
 */
export function wrap(text: string, width: number | undefined, indent: string): string[] {
  if (width === undefined || visible(text) <= width) return [text]
  const lead = /^ */.exec(text)![0]
  const words = text.slice(lead.length).split(/ +/)
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current === '' ? `${lead}${word}` : `${current} ${word}`
    if (current !== '' && visible(candidate) > width) {
      lines.push(current)
      current = `${indent}${word}`
    } else {
      current = candidate
    }
  }
  if (current !== '') lines.push(current)
  return lines
}
