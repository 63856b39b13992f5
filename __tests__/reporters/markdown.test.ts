import MarkdownIt from 'markdown-it'
import type { Finding } from '../../src/findings/finding.js'
import { reporterFor } from '../../src/reporters/index.js'
import { codeSpan, COMMENT_MAX_CHARS, fencedBlock, markdownText, renderMarkdown } from '../../src/reporters/markdown.js'
import { evidenceLines } from '../../src/reporters/printable.js'
import { contextFor, emptyReport, finding, HOSTILE_MESSAGE, MULTILINE_EVIDENCE, realisticReport, reportOf } from './report-fixture.js'

// GitHub renders comments and summaries as GFM with HTML allowed; markdown-it with html on is the closest parser.
const md = new MarkdownIt({ html: true, linkify: false })
type Token = ReturnType<typeof md.parse>[number]

function tokens(text: string): Token[] {
  return md.parse(text, {})
}

function inlineText(token: Token): string {
  return (token.children ?? []).map((child) => child.content).join('')
}

/** Rows of the first table: each a list of cells, each cell's tokens. */
function tableRows(all: Token[]): Token[][][] {
  const rows: Token[][][] = []
  let inBody = false
  let row: Token[][] = []
  for (const t of all) {
    if (t.type === 'tbody_open') inBody = true
    if (t.type === 'tbody_close') break
    if (!inBody) continue
    if (t.type === 'tr_open') row = []
    if (t.type === 'inline') row.push(t.children ?? [])
    if (t.type === 'tr_close') rows.push(row)
  }
  return rows
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

describe('markdown reporter', () => {
  const report = realisticReport()
  const link = (f: Finding) => `https://github.com/acme/shop/pull/7/files#diff-${f.fingerprint}R${f.line}`
  const output = renderMarkdown(report, contextFor(report), { link })
  const parsed = tokens(output)
  const blocking = report.findings.filter((f) => f.severity === 'block' && !f.suppressed)

  it('is registered for --format markdown with no limit and no links', () => {
    const plain = reporterFor('markdown')(report, contextFor(report))
    expect(plain).toBe(renderMarkdown(report, contextFor(report)))
    expect(plain).not.toContain('Left out')
    expect(plain).not.toContain('](https://github.com/acme')
  })

  it('opens with a heading that says the decision', () => {
    const heading = parsed.findIndex((t) => t.type === 'heading_open')
    expect(parsed[heading]!.tag).toBe('h2')
    expect(parsed[heading + 1]!.content).toBe('❌ prodguard: blocked')
    const approved = tokens(renderMarkdown(realisticReport({ decision: 'approved' }), contextFor(report)))
    expect(approved.find((t) => t.type === 'inline')!.content).toBe('✅ prodguard: approved')
    const named = tokens(renderMarkdown(report, contextFor(report), { heading: 'Prod safety <PR #7>' }))
    expect(inlineText(named.find((t) => t.type === 'inline')!)).toBe('❌ Prod safety <PR #\u200b7>: blocked')
  })

  it('lists each blocking finding in a table row: rule, linked place, message', () => {
    const rows = tableRows(parsed)
    expect(rows).toHaveLength(blocking.length)
    rows.forEach((cells, i) => {
      const f = blocking[i]!
      expect(cells).toHaveLength(3)
      expect(cells[0]!.find((t) => t.type === 'code_inline')!.content).toBe(f.ruleId)
      const anchor = cells[1]!.find((t) => t.type === 'link_open')!
      expect(anchor.attrGet('href')).toBe(link(f))
      expect(cells[1]!.filter((t) => t.type === 'text').map((t) => t.content).join('')).toBe(`${f.file}:${f.line}`)
    })
    // The hostile message stays in its cell: the `|` is escaped, nothing becomes markup but its code span.
    const compose = rows[blocking.findIndex((f) => f.file === 'deploy/docker-compose.yml')]!
    const text = compose[2]!.map((t) => t.content).join('')
    expect(text).toContain('publishes "db" | port 5432 <img src=x onerror=alert(1)> & pings @\u200bocto-org/admins about #\u200b12, ticks, 100% : , ::set-output')
    expect(compose[2]!.map((t) => t.type)).toEqual(['text', 'code_inline', 'text'])
    expect(compose[2]!.find((t) => t.type === 'code_inline')!.content).toBe('ticks')
  })

  it('renders no markup, mention or issue link from a finding’s text', () => {
    const html = md.render(output)
    expect(html).not.toContain('<img')
    expect(html).not.toMatch(/@octo-org|@ops-team|#12\b|#7\b/)
    expect(markdownText('- item @me #1 <b>x</b> | `a` *b* [c](d)')).toBe('\\- item @&#8203;me #&#8203;1 &lt;b&gt;x&lt;/b&gt; \\| `a` \\*b\\* \\[c\\](d)')
  })

  it.each([
    ['Run `prodguard data refresh` now', 'Run `prodguard data refresh` now', ['prodguard data refresh']],
    ['a `` ` `` in a span', 'a `` ` `` in a span', ['`']],
    ['one ` alone', 'one \\` alone', []],
    ['`<b>@me</b>` stays code', '`<b>@me</b>` stays code', ['<b>@me</b>']],
    ['1.8 libyears behind', '1.8 libyears behind', []],
    ['1. a list?', '1\\. a list?', []],
    ['# heading?', '\\# heading?', []]
  ])('renders code spans as code and nothing else: %j', (input, expected, spans) => {
    expect(markdownText(input)).toBe(expected)
    const inline = md.parseInline(markdownText(input), {})[0]!.children!
    expect(inline.filter((t) => t.type === 'code_inline').map((t) => t.content)).toEqual(spans)
    expect(md.renderInline(markdownText(input))).not.toMatch(/<(?!code|\/code)[a-z]/)
  })

  it('picks a fence longer than every backtick run, and escapes a pipe only in a table cell', () => {
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`')
    const table = md.parse(`| x |\n| - |\n| ${markdownText('run `a | b` now', { inTable: true })} |\n`, {})
    expect(table.filter((t) => t.type === 'td_open')).toHaveLength(1)
    expect(table.find((t) => t.type === 'inline' && t.content.includes('run'))!.children!.find((t) => t.type === 'code_inline')!.content).toBe('a | b')
  })

  it('gives each blocking finding a <details> with its evidence in a fence and what to do', () => {
    expect(count(output, '<details>')).toBe(count(output, '</details>'))
    expect(count(output, '<details>')).toBe(blocking.length + 2)
    const fences = parsed.filter((t) => t.type === 'fence')
    const withEvidence = report.findings.filter((f) => f.evidence !== '')
    expect(fences.map((t) => t.content)).toEqual(withEvidence.map((f) => `${evidenceLines(f.evidence).join('\n')}\n`))
    const compose = fences.find((t) => t.content.includes('POSTGRES_HOST_AUTH_METHOD'))!
    expect(compose.content).toBe(`${MULTILINE_EVIDENCE}\n`)
    expect(compose.markup).toBe('````')
    expect(compose.info).toBe('yaml')
    expect(output).toContain('**What to do:** Rename the table first')
    expect(output).toContain('[Rule documentation](https://github.com/prodguard/prodguard/blob/main/rules/destructive-sql/drop-table.md)')
  })

  it('collapses warnings and notes, and suppressed findings with their reasons', () => {
    expect(output).toContain('<summary>⚠️ 2 warnings, 1 note</summary>')
    expect(output).toContain('<summary>🔕 2 suppressed</summary>')
    expect(output).toContain('**Suppressed** (line 4): fixtures table is rebuilt by the nightly seed job')
    expect(output).toContain('**Suppressed** (line 1): sessions are ephemeral \\| see @&#8203;ops-team runbook #&#8203;7 _Added by this change')
    const quiet = renderMarkdown(report, contextFor(report, { quiet: true }))
    expect(quiet).not.toContain('⚠️')
    expect(quiet).not.toContain('🔕')
    expect(tableRows(tokens(quiet))).toHaveLength(blocking.length)
  })

  it('links only to web addresses', () => {
    const hostile = renderMarkdown(report, contextFor(report), { link: () => 'javascript:alert(1)' })
    expect(hostile).not.toContain('javascript:')
    const spaced = renderMarkdown(report, contextFor(report), { link: (f) => `https://example.test/${f.file} (x)` })
    const hrefs = tokens(spaced).flatMap((t) => (t.children ?? []).filter((c) => c.type === 'link_open').map((c) => c.attrGet('href')!))
    expect(hrefs).toContain('https://example.test/db/migrations/20240301120000_drop%20legacy%20users%20100%25.sql%20%28x%29')
  })

  it('says so when nothing was found', () => {
    const empty = renderMarkdown(emptyReport(), contextFor(emptyReport()))
    expect(empty.split('\n')[0]).toBe('## ✅ prodguard: passed')
    expect(empty).toContain('No findings — 42 files, 311 KiB, 41 ms')
    expect(empty).not.toContain('<details>')
    expect(empty).not.toContain('|')
  })

  describe('under a size limit', () => {
    const full = renderMarkdown(report, contextFor(report))

    it.each([400, 900, 1500, 2500, 4000, bytes(full) - 1])('fits %i bytes with whole blocks only, and says what is left out', (limit) => {
      const out = renderMarkdown(report, contextFor(report), { maxChars: limit })
      expect(bytes(out)).toBeLessThanOrEqual(limit)
      expect(out.startsWith('## ❌ prodguard: blocked\n')).toBe(true)
      expect(count(out, '<details>')).toBe(count(out, '</details>'))
      expect(count(out, '<summary>')).toBe(count(out, '</summary>'))
      // Every fence that opens closes: markdown-it would run an unclosed fence to the end, swallowing the footer.
      const parsedOut = tokens(out)
      const lastFence = parsedOut.filter((t) => t.type === 'fence').at(-1)
      if (lastFence) expect(lastFence.content).not.toContain('<sub>')
      if (limit >= 900) {
        expect(out.endsWith('<sub>prodguard 0.1.0</sub>\n')).toBe(true)
        expect(out).toMatch(/Left out to stay under \d+ bytes: .+\. `prodguard --format json` lists every finding\./)
      }
    })

    it('keeps the table of blocking findings longest, dropping suppressed, then warnings, then details', () => {
      const out = renderMarkdown(report, contextFor(report), { maxChars: 2500 })
      expect(tableRows(tokens(out))).toHaveLength(blocking.length)
      expect(out).not.toContain('🔕')
      expect(out).not.toContain('⚠️')
      expect(out).toContain('the details of')
      expect(out).toContain('2 warnings, 1 note, 2 suppressed findings')
    })

    it('fits a pull request with hundreds of findings into one GitHub comment', () => {
      const many = Array.from({ length: 800 }, (_, i) =>
        finding({
          ruleId: 'destructive-sql/drop-table',
          severity: i % 4 === 0 ? 'warn' : 'block',
          file: `db/migrations/${String(i).padStart(4, '0')}_drop_table_${i}.sql`,
          line: 1 + (i % 40),
          column: 1,
          message: `DROP TABLE archive_${i} deletes the table and every row in it. ${HOSTILE_MESSAGE}`,
          evidence: `DROP TABLE archive_${i} CASCADE;\n-- ${'x'.repeat(200)}`,
          identity: `drop table archive_${i}`
        })
      )
      const big = reportOf(many)
      const out = renderMarkdown(big, contextFor(big), { maxChars: COMMENT_MAX_CHARS })
      expect(bytes(out)).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
      expect(bytes(out)).toBeGreaterThan(COMMENT_MAX_CHARS - 4000)
      const rows = tableRows(tokens(out)).length
      const note = /Left out to stay under 65536 bytes: (?:(\d+) blocking findings, )?(?:the details of (\d+) blocking findings, )?(\d+) warnings\./.exec(out)
      expect(note).not.toBeNull()
      expect(rows + Number(note![1] ?? 0)).toBe(600)
      expect(Number(note![3])).toBe(200)
    })

    it('cuts a run of 100,000 findings down to one comment', () => {
      const many = Array.from({ length: 100_000 }, (_, i) =>
        finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: `db/dump.sql`, line: i + 1, message: `DROP TABLE t${i}`, evidence: `DROP TABLE t${i};`, identity: `t${i}` })
      )
      const big = reportOf(many)
      const out = renderMarkdown(big, contextFor(big), { maxChars: COMMENT_MAX_CHARS })
      expect(bytes(out)).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
      expect(out).toMatch(/Left out to stay under 65536 bytes: \d+ blocking findings, the details of \d+ blocking findings\./)
    })

    it('still says the decision when even the summary does not fit', () => {
      const out = renderMarkdown(report, contextFor(report), { maxChars: 60 })
      expect(out).toBe('## ❌ prodguard: blocked\n')
    })
  })

  it('fences code with more backticks than it contains', () => {
    const table: [string, string][] = [
      ['SELECT 1;', '```'],
      ['-- ```', '````'],
      ['a ````` b', '``````']
    ]
    for (const [code, fence] of table) {
      const block = fencedBlock(code, 'sql')
      const [t] = tokens(block).filter((x) => x.type === 'fence')
      expect(t!.markup).toBe(fence)
      expect(t!.content).toBe(`${code}\n`)
    }
  })
})
