/**
 * `--format markdown`: for job summaries and pull-request comments. A heading with the decision, a table of what
 * blocks, one `<details>` per blocking finding with its evidence, warnings and suppressed findings collapsed.
 * Findings' text is untrusted: it is escaped so it cannot add markup, mention people or link issues. Under a size
 * limit, detail is dropped from the end, whole blocks at a time, and the output says what was left out.
 */
import { isBlocking, type Finding } from '../findings/finding.js'
import { evidenceLines, oneLine } from './printable.js'
import { isRunNotice, type Report, type ReportContext } from './report.js'
import { decidingFindings, decisionWord, statsText, tally, tallyText } from './summary.js'

export interface MarkdownOptions {
  /**
   * Upper bound of the output, in UTF-8 bytes (never fewer than characters, so the same number works for GitHub's
   * 65,536-character comments and its 1 MiB job summaries). Default: no limit.
   */
  maxChars?: number
  /** Where a finding's `file:line` links to (e.g. the pull request's diff); no link when undefined. */
  link?: (finding: Finding) => string | undefined
  /** The name in the heading (default `prodguard`); the decision always follows it. */
  heading?: string
}

/** GitHub's limit for an issue or pull-request comment body. */
export const COMMENT_MAX_CHARS = 65_536
/** GitHub's limit for one step's job summary. */
export const SUMMARY_MAX_BYTES = 1024 * 1024

const EMOJI = { blocked: '❌', approved: '✅', pass: '✅' } as const

type Unit =
  | { kind: 'row'; finding: Finding }
  | { kind: 'detail'; finding: Finding }
  | { kind: 'other'; finding: Finding }
  | { kind: 'suppressed'; finding: Finding }

export function renderMarkdown(report: Report, ctx: ReportContext, options: MarkdownOptions = {}): string {
  const deciding = decidingFindings(report)
  const decidingSet = new Set(deciding)
  const others = ctx.quiet ? [] : report.findings.filter((f) => f.suppressed === undefined && !decidingSet.has(f) && !isRunNotice(f))
  const suppressed = ctx.quiet ? [] : report.findings.filter((f) => f.suppressed !== undefined)
  const units: Unit[] = [
    ...deciding.map((finding): Unit => ({ kind: 'row', finding })),
    ...deciding.map((finding): Unit => ({ kind: 'detail', finding })),
    ...others.map((finding): Unit => ({ kind: 'other', finding })),
    ...suppressed.map((finding): Unit => ({ kind: 'suppressed', finding }))
  ]
  const page = new Page(report, ctx, options, deciding, others, suppressed, units)
  const limit = options.maxChars
  if (limit === undefined) return page.render(units.length)
  // Every block takes more than 10 bytes, so no more than limit/10 of them can fit: big runs stay cheap to probe.
  const most = Math.min(units.length, Math.floor(limit / 10))
  if (most === units.length) {
    const full = page.render(units.length)
    if (size(full) <= limit) return full
  }

  // The largest prefix of blocks that fits; each render is whole markup, so nothing is ever cut in the middle.
  let low = 0
  let high = Math.min(units.length - 1, most)
  let best: string | undefined
  while (low <= high) {
    const mid = (low + high) >> 1
    const text = page.render(mid)
    if (size(text) <= limit) {
      best = text
      low = mid + 1
    } else {
      high = mid - 1
    }
  }
  return best ?? page.minimal(limit)
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`
}

function size(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

class Page {
  private readonly rendered: Partial<Record<Unit['kind'], Map<Finding, string>>> = {}

  constructor(
    private readonly report: Report,
    private readonly ctx: ReportContext,
    private readonly options: MarkdownOptions,
    private readonly deciding: Finding[],
    private readonly others: Finding[],
    private readonly suppressed: Finding[],
    private readonly units: Unit[]
  ) {}

  private heading(): string {
    const name = this.options.heading !== undefined && this.options.heading.trim() !== '' ? markdownText(this.options.heading) : 'prodguard'
    return `## ${EMOJI[this.report.decision]} ${name}: ${decisionWord(this.report.decision)}`
  }

  private summaryLine(): string {
    const scanned = statsText(this.report.stats)
    const label = this.ctx.label.trim() === '' ? '' : ` · ${codeSpan(oneLine(this.ctx.label))}`
    if (this.report.findings.length === 0) return `No findings — ${scanned}${label}.`
    return `${tallyText(tally(this.report.findings))} — ${scanned}${label}`
  }

  /** The page with the first `keep` blocks of detail. */
  render(keep: number): string {
    const kept = this.units.slice(0, keep)
    const has = (kind: Unit['kind']) => new Set(kept.filter((u) => u.kind === kind).map((u) => u.finding))
    const rows = has('row')
    const details = has('detail')
    const others = has('other')
    const suppressed = has('suppressed')

    const parts: string[] = [this.heading(), this.summaryLine()]
    const intro = this.intro()
    if (intro !== '') parts.push(intro)
    const tableRows = this.deciding.filter((f) => rows.has(f))
    if (tableRows.length > 0) parts.push(this.table(tableRows))
    for (const finding of this.deciding) {
      if (!details.has(finding)) continue
      const detail = this.block('detail', finding)
      if (detail !== '') parts.push(detail)
    }
    const shownOthers = this.others.filter((f) => others.has(f))
    if (shownOthers.length > 0) parts.push(this.collapsed(this.othersTitle(), shownOthers.map((f) => this.block('other', f))))
    const shownSuppressed = this.suppressed.filter((f) => suppressed.has(f))
    if (shownSuppressed.length > 0) {
      parts.push(this.collapsed(`🔕 ${this.suppressed.length} suppressed`, shownSuppressed.map((f) => this.block('suppressed', f))))
    }
    const notes = this.runNotes()
    if (notes !== '') parts.push(notes)
    const omitted = this.omissionNote(rows.size, details.size, shownOthers.length, shownSuppressed.length)
    if (omitted !== '') parts.push(omitted)
    parts.push(`<sub>prodguard ${htmlText(this.report.tool.version)}</sub>`)
    return `${parts.join('\n\n')}\n`
  }

  /** When even the heading and the summary do not fit, the least that still says the decision. */
  minimal(limit: number): string {
    const total = this.report.findings.length
    const withCounts = `${this.heading()}\n\n${this.summaryLine()}\n\n_${total} finding${total === 1 ? '' : 's'} left out to stay under ${limit} bytes._\n`
    if (size(withCounts) <= limit) return withCounts
    const heading = `${this.heading()}\n`
    if (size(heading) <= limit) return heading
    return `## ${EMOJI[this.report.decision]} prodguard: ${decisionWord(this.report.decision)}\n`
  }

  /** Notes about the run itself (stale data), once each, not tied to a file. */
  private runNotes(): string {
    if (this.ctx.quiet) return ''
    const texts = [...new Set(this.report.findings.filter(isRunNotice).map((f) => `${markdownText(f.message)}${f.hint.trim() === '' ? '' : ` ${markdownText(f.hint)}`}`))]
    return texts.length === 0 ? '' : texts.map((t) => `> [!NOTE]\n> ${t}`).join('\n\n')
  }

  private intro(): string {
    const n = this.deciding.length
    if (n === 0) return ''
    const blocking = this.deciding.every(isBlocking)
    const what = `${n} ${blocking ? 'blocking ' : ''}finding${n === 1 ? '' : 's'}`
    switch (this.report.decision) {
      case 'blocked':
        return `${what} need${n === 1 ? 's' : ''} a fix, a suppression with a reason (\`prodguard-ignore <rule> -- <reason>\`), or an approval from an authorized reviewer on this commit.`
      case 'approved':
        return `${what} ${n === 1 ? 'was' : 'were'} approved by an authorized reviewer on this commit.`
      case 'pass':
        return `${what} ${n === 1 ? 'is' : 'are'} reported without failing the run.`
    }
  }

  /** A finding's block of a kind, rendered once: the size search renders the page many times. */
  private block(kind: Unit['kind'], finding: Finding): string {
    const cache = (this.rendered[kind] ??= new Map<Finding, string>())
    let text = cache.get(finding)
    if (text === undefined) {
      text =
        kind === 'row'
          ? `| ${codeSpan(finding.ruleId, { inTable: true })} | ${this.where(finding, true)} | ${markdownText(finding.message, { inTable: true })} |`
          : kind === 'detail'
            ? this.blockingDetail(finding)
            : kind === 'other'
              ? this.detail(finding)
              : this.suppressedItem(finding)
      cache.set(finding, text)
    }
    return text
  }

  private table(findings: Finding[]): string {
    const rows = findings.map((f) => this.block('row', f))
    return ['| Rule | Where | What |', '| --- | --- | --- |', ...rows].join('\n')
  }

  private where(finding: Finding, inTable = false): string {
    const label = markdownText(`${finding.file}:${Math.max(1, finding.line)}`, { inTable })
    const url = safeUrl(this.options.link?.(finding))
    return url === undefined ? label : `[${label}](${url})`
  }

  /** What the table row does not say: the evidence and what to do. The message is in the row, once. */
  private blockingDetail(finding: Finding): string {
    const summary = `<code>${htmlText(finding.ruleId)}</code> · ${htmlText(`${finding.file}:${Math.max(1, finding.line)}`)}`
    const parts: string[] = []
    const evidence = evidenceLines(finding.evidence)
    if (evidence.length > 0) parts.push(fencedBlock(evidence.join('\n'), languageOf(finding.file)))
    const after = this.whatToDo(finding)
    if (after !== '') parts.push(after)
    if (parts.length === 0) return ''
    return `<details>\n<summary>${summary}</summary>\n\n${parts.join('\n\n')}\n\n</details>`
  }

  private whatToDo(finding: Finding): string {
    const after: string[] = []
    if (finding.hint.trim() !== '') after.push(`**What to do:** ${markdownText(finding.hint)}`)
    const docs = safeUrl(finding.docs)
    if (docs !== undefined) after.push(`[Rule documentation](${docs})`)
    return after.join(' · ')
  }

  /** A finding as a block of markdown: what, where, the evidence, what to do. */
  private detail(finding: Finding, withRule = true): string {
    const rule = withRule ? `**${codeSpan(finding.ruleId)}** · ` : ''
    const parts = [`${rule}${this.where(finding)} — ${markdownText(finding.message)}`]
    const evidence = evidenceLines(finding.evidence)
    if (evidence.length > 0) parts.push(fencedBlock(evidence.join('\n'), languageOf(finding.file)))
    const after = this.whatToDo(finding)
    if (after !== '') parts.push(after)
    return parts.join('\n\n')
  }

  private suppressedItem(finding: Finding): string {
    const s = finding.suppressed!
    const added = s.addedInChange ? ' _Added by this change: it does not replace a reviewer’s approval._' : ''
    const where = s.source === 'baseline' ? `**Baselined** (${codeSpan('.prodguard-baseline.json')}, line ${s.line})` : `**Suppressed** (line ${s.line})`
    return `${this.detail(finding)}\n\n${where}: ${markdownText(s.reason)}${added}`
  }

  private othersTitle(): string {
    const counts = tally(this.others)
    const parts: string[] = []
    if (counts.blocking + counts.warnings > 0) parts.push(plural(counts.blocking + counts.warnings, 'warning'))
    if (counts.info > 0) parts.push(plural(counts.info, 'note'))
    return `⚠️ ${parts.join(', ')}`
  }

  private collapsed(title: string, blocks: string[]): string {
    return `<details>\n<summary>${title}</summary>\n\n${blocks.join('\n\n---\n\n')}\n\n</details>`
  }

  private omissionNote(rows: number, details: number, others: number, suppressed: number): string {
    const missing: string[] = []
    const noRow = this.deciding.length - rows
    if (noRow > 0) missing.push(`${plural(noRow, 'blocking finding')}`)
    const noDetail = this.deciding.length - details - noRow
    if (noDetail > 0) missing.push(`the details of ${plural(noDetail, 'blocking finding')}`)
    const leftOut = tally(this.others.slice(others))
    if (leftOut.blocking + leftOut.warnings > 0) missing.push(plural(leftOut.blocking + leftOut.warnings, 'warning'))
    if (leftOut.info > 0) missing.push(plural(leftOut.info, 'note'))
    const noSuppressed = this.suppressed.length - suppressed
    if (noSuppressed > 0) missing.push(plural(noSuppressed, 'suppressed finding'))
    if (missing.length === 0) return ''
    return `> [!NOTE]\n> Left out to stay under ${this.options.maxChars} bytes: ${missing.join(', ')}. \`prodguard --format json\` lists every finding.`
  }
}

/**
 * Untrusted text for inline markdown or a table cell: on one line, with its `code spans` kept as real code spans
 * (their content verbatim, in a fence longer than any backtick run inside), everything else with HTML and markdown
 * punctuation escaped, and `@name` / `#123` broken with a zero-width space so a finding never pings anyone or links
 * an issue. A backtick without a partner is shown as a backtick.
 */
export function markdownText(text: string, options: { inTable?: boolean } = {}): string {
  const line = oneLine(text)
  const out: string[] = []
  let last = 0
  for (const match of line.matchAll(CODE_SPAN)) {
    out.push(escapeInline(line.slice(last, match.index), out.length === 0))
    // As CommonMark reads a span: one space on each side is padding when both are there.
    const content = match[2]!
    out.push(codeSpan(/^ .* $/s.test(content) && content.trim() !== '' ? content.slice(1, -1) : content, options))
    last = match.index + match[0].length
  }
  out.push(escapeInline(line.slice(last), out.length === 0))
  return out.join('')
}

/** A run of backticks, content, and a closing run of the same length (CommonMark's code span). */
const CODE_SPAN = /(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g

function escapeInline(text: string, atStart: boolean): string {
  const escaped = text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!)
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1&#8203;')
  // Only at the start of a block can text turn into a list, a heading or a rule; elsewhere `1.8` is just a number.
  return atStart ? escaped.replace(/^([-+*]|\d+[.)]|#{1,6})(?=\s|$)/, (m) => (/^\d/.test(m) ? m.replace(/([.)])$/, '\\$1') : `\\${m}`)).replace(/^(=+)\s*$/, '\\$1') : escaped
}

/** Untrusted text inside raw HTML (`<summary>`): entities, and the same guard against mentions. */
export function htmlText(text: string): string {
  return oneLine(text)
    .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!)
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1&#8203;')
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * A code span that holds any text: a fence of backticks longer than the longest run inside, padded with a space when
 * the text starts or ends with a backtick. In a table cell a `|` would still end the cell, so it is escaped there.
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  const content = options.inTable ? text.replace(/\|/g, '\\|') : text
  const ticks = '`'.repeat(longestBacktickRun(content) + 1)
  const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') ? ' ' : ''
  return `${ticks}${pad}${content}${pad}${ticks}`
}

/** A fenced block whose fence is longer than any backtick run in the code, so the code cannot close it. */
export function fencedBlock(code: string, language = ''): string {
  const longest = longestBacktickRun(code)
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${language}\n${code}\n${fence}`
}

function longestBacktickRun(text: string): number {
  return (text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0)
}

/** Only web links (or relative ones), with the characters that would end a markdown link destination encoded. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)
  if (scheme && !/^https?$/i.test(scheme[1]!)) return undefined
  return url.replace(/[\s()<>`|"\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

const LANGUAGES: [RegExp, string][] = [
  [/\.sql$/i, 'sql'],
  [/\.ya?ml$/i, 'yaml'],
  [/\.(tf|tfvars|hcl)$/i, 'hcl'],
  [/\.json$/i, 'json'],
  [/\.[cm]?js$/i, 'js'],
  [/\.[cm]?ts$/i, 'ts'],
  [/\.py$/i, 'python'],
  [/\.rb$/i, 'ruby'],
  [/\.go$/i, 'go'],
  [/\.java$/i, 'java'],
  [/\.kts?$/i, 'kotlin'],
  [/\.cs$/i, 'csharp'],
  [/\.php$/i, 'php'],
  [/\.exs?$/i, 'elixir'],
  [/\.xml$/i, 'xml'],
  [/\.toml$/i, 'toml'],
  [/\.(sh|bash)$/i, 'bash'],
  [/\.properties$/i, 'properties'],
  [/(^|\/)Dockerfile[^/]*$|\.dockerfile$/i, 'dockerfile'],
  [/(^|\/)\.env(\.[^/]*)?$/i, 'dotenv']
]

function languageOf(path: string): string {
  return LANGUAGES.find(([pattern]) => pattern.test(path))?.[1] ?? ''
}
