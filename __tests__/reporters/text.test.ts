import { reporterFor } from '../../src/reporters/index.js'
import { evidenceLines, printable } from '../../src/reporters/printable.js'
import { renderText } from '../../src/reporters/text.js'
import { contextFor, emptyReport, finding, realisticReport, reportOf, SPACED_PATH } from './report-fixture.js'

// Only the SGR sequences the reporter writes itself: ESC [ digits/semicolons m.
const SGR = /\u001b\[[0-9;]*m/g

/** The lines under a file's heading, up to the blank line that ends its group. */
function group(output: string, file: string): string[] {
  const lines = output.split('\n')
  const start = lines.indexOf(file)
  expect(start).toBeGreaterThanOrEqual(0)
  const end = lines.indexOf('', start)
  return lines.slice(start + 1, end)
}

describe('text reporter', () => {
  const report = realisticReport()
  const output = renderText(report, contextFor(report))
  const lines = output.split('\n')

  it('is the reporter registered for --format text', () => {
    expect(reporterFor('text')(report, contextFor(report))).toBe(output)
    expect(output.endsWith('\n')).toBe(true)
  })

  it('groups findings by file, each file once, in the order of its most severe finding', () => {
    const files = [...new Set(report.findings.map((f) => f.file))]
    const headings = lines.filter((line) => files.includes(line))
    expect(headings).toEqual(files)
    expect(headings[0]).toBe('.env.production')
    expect(headings).toContain(SPACED_PATH)
  })

  it('gives each finding its position, severity, message and rule id on one line', () => {
    const table: [string, RegExp][] = [
      ['.env.production', /^ {2}2:23 {2}block {2}An AWS secret access key is committed\. {2}secret\/aws-secret-access-key$/],
      [SPACED_PATH, /^ {2}3:1 {2}block {2}DROP TABLE legacy_users deletes the table and every row in it\. {2}destructive-sql\/drop-table$/],
      ['db/seed/users.sql', /^ {2}1 {2}block {2}Could not analyze this file: .+ {2}unanalyzable\/binary$/],
      ['Dockerfile', /^ {2}1:6 {2}warn {2}node:14-alpine reached end of life on 2023-04-30\. {2}outdated-dependency\/eol-image$/],
      ['package.json', /^ {2}18 {2}info {2}express 3\.21\.2 is 2 majors behind 5\.1\.0\. {2}outdated-dependency\/majors-behind$/],
      ['db/migrations/20240302_reset fixtures.sql', /^ {2}5:1 {2}suppressed {2}TRUNCATE fixtures deletes every row\. {2}destructive-sql\/truncate$/]
    ]
    for (const [file, line] of table) expect(group(output, file)[0]).toMatch(line)
  })

  it('shows the evidence under the finding, every line, and the hint', () => {
    const compose = group(output, 'deploy/docker-compose.yml')
    const evidence = compose.filter((line) => line.includes('│ '))
    expect(evidence.map((line) => line.slice(line.indexOf('│ ') + 2))).toEqual(evidenceLines(report.findings.find((f) => f.file === 'deploy/docker-compose.yml')!.evidence))
    expect(evidence).toHaveLength(6)
    expect(compose.at(-1)).toMatch(/^ +hint: Bind the port to 127\.0\.0\.1 and set a password from a secret\.$/)
    // The message's line break does not start a line of its own.
    expect(compose[0]).toContain(', 100% : , ::set-output name=pwned::1  public-exposure/compose-no-auth')
    // Evidence and hint line up with the message.
    const messageColumn = compose[0]!.indexOf('POSTGRES')
    expect(evidence.every((line) => line.indexOf('│') === messageColumn)).toBe(true)
  })

  it('shows suppressed findings with their reason, and says when the change added the suppression', () => {
    expect(group(output, 'db/migrations/20240302_reset fixtures.sql').at(-1)).toMatch(/^ +suppressed on line 4: fixtures table is rebuilt by the nightly seed job$/)
    expect(group(output, 'db/migrations/20240303_purge sessions.sql').at(-1)).toMatch(
      /suppressed on line 1: sessions are ephemeral \| see @ops-team runbook #7 \(added by this change: in a pull request it still needs an approval\)$/
    )
  })

  it('closes with the summary line and what the exit code means', () => {
    expect(lines.at(-3)).toBe('✖ 5 blocking, 2 warnings, 1 info, 2 suppressed — 9 files, 12 KiB, 87 ms (diff main...HEAD)')
    expect(lines.at(-2)).toMatch(/^Exit code 1: blocked\. /)
    expect(lines.at(-1)).toBe('')
    const approved = renderText(realisticReport({ decision: 'approved' }), contextFor(report)).trimEnd().split('\n')
    expect(approved.at(-2)).toMatch(/^✔ 5 blocking/)
    expect(approved.at(-1)).toMatch(/^Exit code 0: the blocking findings were approved/)
    const warnOnly = reportOf(report.findings.filter((f) => f.severity === 'warn'))
    expect(renderText(warnOnly, contextFor(warnOnly)).trimEnd().split('\n').at(-1)).toBe('Exit code 0: nothing blocking.')
    const failOnWarn = reportOf(warnOnly.findings, { decision: 'blocked' })
    expect(renderText(failOnWarn, contextFor(failOnWarn)).trimEnd().split('\n').at(-1)).toBe('Exit code 1: blocked by findings at or above the --fail-on level.')
  })

  it('says in one line when nothing was found', () => {
    expect(renderText(emptyReport(), contextFor(emptyReport()))).toBe('✔ No findings: 42 files, 311 KiB, 41 ms (diff main...HEAD).\n')
    expect(renderText(emptyReport(), contextFor(emptyReport(), { label: '' }))).toBe('✔ No findings: 42 files, 311 KiB, 41 ms.\n')
  })

  it('with --quiet, lists only what blocks, and still counts everything', () => {
    const quiet = renderText(report, contextFor(report, { quiet: true }))
    expect(quiet).not.toContain('suppressed on line')
    expect(quiet).not.toContain('  warn  ')
    expect(quiet).not.toContain('  info  ')
    expect(quiet.match(/ {2}block {2}/g)).toHaveLength(5)
    expect(quiet).toContain('✖ 5 blocking, 2 warnings, 1 info, 2 suppressed')
    // With --fail-on warn, the warnings are what blocks.
    const warnings = reportOf(report.findings.filter((f) => f.severity === 'warn'), { decision: 'blocked' })
    expect(renderText(warnings, contextFor(warnings, { quiet: true })).match(/ {2}warn {2}/g)).toHaveLength(2)
  })

  it('colors only when asked, and the colors add nothing but color', () => {
    expect(output).not.toContain('\u001b')
    const colored = renderText(report, contextFor(report, { color: true }))
    expect(colored).toContain('\u001b[1;31mblock')
    expect(colored).toContain('\u001b[33mwarn')
    expect(colored).toContain('\u001b[2m') // suppressed, dimmed
    expect(colored.replace(SGR, '')).toBe(output)
  })

  it('never passes a terminal escape or a bidi override from a file to the terminal', () => {
    const colored = renderText(report, contextFor(report, { color: true }))
    for (const text of [output, colored.replace(SGR, '')]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    }
    const leak = group(output, 'config/production.yml')
    expect(leak[0]).toContain('a staging host: \\u{1B}[2Jstaging-db.internal\\u{202E}.')
    expect(leak[2]).toMatch(/│ {3}host: staging-db\.internal\\u\{1B\}\[31m$/)
  })

  it('clips evidence that would flood the terminal, and says what it left out', () => {
    const dump = finding({
      ruleId: 'destructive-sql/drop-table',
      severity: 'block',
      file: 'db/dump.sql',
      line: 1,
      message: 'DROP TABLE in a dump',
      evidence: [`DROP TABLE t; ${'x'.repeat(5000)}`, ...Array.from({ length: 30 }, (_, i) => `-- line ${i}`)].join('\n'),
      identity: 'drop table t'
    })
    const out = renderText(reportOf([dump]), contextFor(reportOf([dump])))
    const evidence = out.split('\n').filter((line) => line.includes('│ '))
    expect(evidence).toHaveLength(13)
    expect(evidence[0]).toMatch(/x… \(4774 more characters\)$/)
    expect(evidence.at(-1)).toMatch(/│ … 19 more lines$/)
    expect(out.length).toBeLessThan(4000)
  })

  it('makes untrusted text printable without losing what it says', () => {
    const table: [string, string][] = [
      ['plain text', 'plain text'],
      ['tab\tstays', 'tab\tstays'],
      ['crlf\r\nline', 'crlf\nline'],
      ['esc \u001b[2J', 'esc \\u{1B}[2J'],
      ['rlo \u202egnp.exe', 'rlo \\u{202E}gnp.exe'],
      ['bom \ufeff', 'bom \\u{FEFF}'],
      ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
      ['emoji 🚨 stays', 'emoji 🚨 stays']
    ]
    for (const [raw, shown] of table) expect(printable(raw)).toBe(shown)
  })

  it('lists a dump with hundreds of thousands of findings in one file', () => {
    const many = Array.from({ length: 200_000 }, (_, i) =>
      finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: 'db/dump.sql', line: i + 1, column: 1, message: 'DROP TABLE', evidence: '', identity: `t${i}` })
    )
    const out = renderText(reportOf(many), contextFor(reportOf(many)))
    const lines = out.split('\n')
    expect(lines[1]).toBe('  1:1       block  DROP TABLE  destructive-sql/drop-table')
    expect(lines.filter((line) => line.includes('  block  '))).toHaveLength(200_000)
  })
})
