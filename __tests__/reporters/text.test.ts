import { reporterFor } from '../../src/reporters/index.js'
import { evidenceLines, printable } from '../../src/reporters/printable.js'
import { renderCompact } from '../../src/reporters/compact.js'
import { renderText, wrap } from '../../src/reporters/text.js'
import { contextFor, emptyReport, finding, HOSTILE_MESSAGE, realisticReport, reportOf, SPACED_PATH } from './report-fixture.js'

// Only the SGR sequences the reporter writes itself: ESC [ digits/semicolons m.
const SGR = /\u001b\[[0-9;]*m/g

/** The block of a finding: from its headline to the blank line that ends it. */
function block(output: string, headline: RegExp): string[] {
  const lines = output.split('\n')
  const start = lines.findIndex((line) => headline.test(line))
  expect(start).toBeGreaterThanOrEqual(0)
  return lines.slice(start, lines.indexOf('', start))
}

const staleData = finding({
  ruleId: 'outdated-dependency/stale-data',
  severity: 'info',
  file: 'Dockerfile',
  line: 1,
  message: 'The bundled end-of-life data is 103 days old (2026-08-22).',
  evidence: '',
  identity: 'stale-data:2026-08-22',
  hint: 'Run `prodguard data refresh`.'
})

describe('text reporter', () => {
  const report = realisticReport()
  const output = renderText(report, contextFor(report))
  const lines = output.split('\n')

  it('is the reporter registered for --format text', () => {
    expect(reporterFor('text')(report, contextFor(report))).toBe(output)
    expect(output.endsWith('\n')).toBe(true)
  })

  it('gives each finding a headline, its place, the evidence with the span underlined and the hint', () => {
    expect(block(output, /^block\[destructive-sql\/drop-table\]/)).toEqual([
      'block[destructive-sql/drop-table]: DROP TABLE legacy_users deletes the table and every row in it.',
      ` --> ${SPACED_PATH}:3:1`,
      '  |',
      '3 | DROP TABLE legacy_users CASCADE;',
      '  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  = hint: Rename the table first and drop it in a later release, after a backup.'
    ])
    expect(block(output, /^block\[unanalyzable\/binary\]/).slice(0, 2)).toEqual([
      'block[unanalyzable/binary]: Could not analyze this file: binary content (NUL byte at offset 12).',
      ' --> db/seed/users.sql:1'
    ])
  })

  it('underlines the finding’s columns when the source line is the evidence, the whole line otherwise', () => {
    const withSource = renderText(report, contextFor(report, { sourceLine: (file, line) => (file === 'Dockerfile' && line === 1 ? 'FROM node:14-alpine AS build' : undefined) }))
    const docker = block(withSource, /^warn\[outdated-dependency\/eol-image\]/)
    expect(docker[3]).toBe('1 | FROM node:14-alpine AS build')
    expect(docker[4]).toBe('  |      ^^^^^^^^^^^^^^')
    // A redacted secret never equals its source line: the whole evidence is underlined, and nothing else is shown.
    const secret = renderText(report, contextFor(report, { sourceLine: () => 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }))
    expect(secret).not.toContain('EXAMPLEKEY')
    expect(block(secret, /^block\[secret\//)[4]).toBe(`  | ${'^'.repeat('AWS_SECRET_ACCESS_KEY=wJal********************************'.length)}`)
    // An indented source line: the evidence is trimmed, the columns count from the line's start.
    const tf = renderText(report, contextFor(report, { sourceLine: (file) => (file === 'infra/rds.tf' ? '  deletion_protection = false' : undefined) }))
    expect(block(tf, /^block\[destructive-infra/)[4]).toBe('   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^')
  })

  it('numbers every line of a statement that spans several, and shows each evidence line once', () => {
    const compose = block(output, /^block\[public-exposure\/compose-no-auth\]/)
    const shown = compose.filter((line) => /^ *\d* \| /.test(line))
    expect(shown.map((line) => line.slice(line.indexOf(' | ') + 3))).toEqual(evidenceLines(report.findings.find((f) => f.file === 'deploy/docker-compose.yml')!.evidence))
    expect(shown.map((line) => line.split(' | ')[0]!.trim())).toEqual(['7', '8', '9', '10', '11', '12'])
    // The message's line break does not start a line of its own.
    expect(compose[0]).toContain(', 100% : , ::set-output name=pwned::1')
  })

  it('orders files by their most severe finding and findings by line within a file', () => {
    const a = finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: 'db/m.sql', line: 40, column: 1, message: 'DROP TABLE b', evidence: 'DROP TABLE b;', identity: 'b' })
    const b = finding({ ruleId: 'destructive-sql/truncate', severity: 'warn', file: 'db/m.sql', line: 3, column: 1, message: 'TRUNCATE a', evidence: 'TRUNCATE a;', identity: 'a' })
    const c = finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: 'db/n.sql', line: 9, column: 1, message: 'DROP TABLE c', evidence: 'DROP TABLE c;', identity: 'c' })
    const r = reportOf([a, c, b])
    const places = renderText(r, contextFor(r)).split('\n').filter((line) => line.includes('-->')).map((line) => line.trim())
    expect(places).toEqual(['--> db/m.sql:3:1', '--> db/m.sql:40:1', '--> db/n.sql:9:1'])
  })

  it('wraps at the terminal width between words, never inside a word or a rule id', () => {
    const narrow = renderText(report, contextFor(report, { width: 80 }))
    const words = new Set(output.replace(/\s+/g, ' ').split(' '))
    for (const line of narrow.split('\n')) {
      if (line.length > 80) expect(line.trim().split(' ').length).toBeLessThanOrEqual(2) // a single word wider than the line
      for (const word of line.trim().split(' ')) if (word !== '' && !/^[\^|=-]+>?$/.test(word) && !/…$/.test(word)) expect(words).toContain(word)
    }
    expect(narrow).toContain('env-leak/non-production-host]')
    expect(narrow.split('\n').every((line) => line.length <= 80 || !line.includes(' '))).toBe(true)
    expect(wrap('aaa bbb ccc', 7, '  ')).toEqual(['aaa bbb', '  ccc'])
    expect(wrap('  = hint: one two three', 14, '          ')).toEqual(['  = hint: one', '          two', '          three'])
    expect(wrap(`${'x'.repeat(90)} y`, 80, '')).toEqual(['x'.repeat(90), 'y'])
  })

  it('shows suppressed findings with their reason, and says when the change added the suppression', () => {
    expect(block(output, /^suppressed\[destructive-sql\/truncate\]/).at(-1)).toBe('  = suppressed on line 4: fixtures table is rebuilt by the nightly seed job')
    expect(block(output, /^suppressed\[destructive-sql\/delete-without-where\]/).at(-1)).toMatch(
      /= suppressed on line 1: sessions are ephemeral \| see @ops-team runbook #7 \(added by this change: in a pull request it still needs an approval\)$/
    )
  })

  it('says a note about the run once, in one block at the end, not at a line of a file', () => {
    const r = reportOf([...report.findings, staleData, { ...staleData, file: 'package.json' }])
    const out = renderText(r, contextFor(r))
    expect(out).not.toContain('info[outdated-dependency/stale-data]')
    expect(out.match(/^note: The bundled end-of-life data/gm)).toHaveLength(1)
    const tail = out.trimEnd().split('\n').slice(-5)
    expect(tail[0]).toBe('note: The bundled end-of-life data is 103 days old (2026-08-22).')
    expect(tail[1]).toBe('  = hint: Run `prodguard data refresh`.')
    expect(tail[3]).toMatch(/^✖ 5 blocking, 2 warnings, 1 info, 2 suppressed/)
    const onlyNote = reportOf([staleData])
    expect(renderText(onlyNote, contextFor(onlyNote)).trimEnd().split('\n').at(-1)).toMatch(/^✔ No findings/)
  })

  it('closes with the summary line and what the exit code means, for where it runs', () => {
    expect(lines.at(-3)).toBe('✖ 5 blocking, 2 warnings, 1 info, 2 suppressed — 9 files, 12 KiB, 87 ms (diff main...HEAD)')
    expect(lines.at(-2)).toMatch(/^Exit code 1: blocked\. /)
    expect(lines.at(-1)).toBe('')
    const commit = renderText(report, contextFor(report, { stage: 'commit' })).trimEnd().split('\n').at(-1)!
    expect(commit).toMatch(/^Commit refused: fix each blocking finding, or suppress it with a `prodguard-ignore <rule> -- <reason>` comment/)
    expect(commit).toContain('git commit --no-verify')
    expect(commit).not.toContain('approve the pull request')
    expect(renderText(report, contextFor(report, { stage: 'pull-request' }))).toContain('have an authorized reviewer approve the pull request')
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
    expect(quiet).not.toMatch(/^(warn|info|suppressed)\[/m)
    expect(quiet.match(/^block\[/gm)).toHaveLength(5)
    expect(quiet).toContain('✖ 5 blocking, 2 warnings, 1 info, 2 suppressed')
    // With --fail-on warn, the warnings are what blocks.
    const warnings = reportOf(report.findings.filter((f) => f.severity === 'warn'), { decision: 'blocked' })
    expect(renderText(warnings, contextFor(warnings, { quiet: true })).match(/^warn\[/gm)).toHaveLength(2)
  })

  it('colors only when asked, and the colors add nothing but color', () => {
    expect(output).not.toContain('\u001b')
    const colored = renderText(report, contextFor(report, { color: true }))
    expect(colored).toContain('\u001b[1;31mblock')
    expect(colored).toContain('\u001b[1;33mwarn')
    expect(colored).toContain('\u001b[2m') // suppressed, dimmed
    expect(colored.replace(SGR, '')).toBe(output)
    expect(renderText(report, contextFor(report, { color: true, width: 80 })).replace(SGR, '')).toBe(renderText(report, contextFor(report, { width: 80 })))
  })

  it('never passes a terminal escape or a bidi override from a file to the terminal', () => {
    const colored = renderText(report, contextFor(report, { color: true }))
    for (const text of [output, colored.replace(SGR, '')]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    }
    const leak = block(output, /^warn\[env-leak\/non-production-host\]/)
    expect(leak[0]).toContain('a staging host: \\u{1B}[2Jstaging-db.internal\\u{202E}.')
    expect(leak.some((line) => /\| {3}host: staging-db\.internal\\u\{1B\}\[31m$/.test(line))).toBe(true)
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
    const evidence = out.split('\n').filter((line) => / \| ./.test(line))
    expect(evidence).toHaveLength(13)
    expect(evidence[0]).toMatch(/x… \(4774 more characters\)$/)
    expect(evidence.at(-1)).toMatch(/\| … 19 more lines$/)
    expect(out.length).toBeLessThan(4000)
    // At a terminal's width, a long line is cut to it.
    const narrow = renderText(reportOf([dump]), contextFor(reportOf([dump]), { width: 80 }))
    expect(narrow.split('\n').filter((line) => / \| ./.test(line))[0]!.length).toBeLessThanOrEqual(80)
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
    const outLines = out.split('\n')
    expect(outLines[0]).toBe('block[destructive-sql/drop-table]: DROP TABLE')
    expect(outLines.filter((line) => line.startsWith('block['))).toHaveLength(200_000)
  })
})

describe('compact reporter', () => {
  const report = realisticReport()
  const out = renderCompact(report, contextFor(report))

  it('prints one `file:line:col: severity rule message` line per finding, nothing else', () => {
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(report.findings.filter((f) => f.suppressed === undefined).length)
    const pattern = /^(.+):(\d+):(\d+): (error|warning|info) ([a-z-]+\/[a-z0-9-]+) (.+)$/
    for (const line of lines) expect(line).toMatch(pattern)
    expect(lines).toContain(`${SPACED_PATH}:3:1: error destructive-sql/drop-table DROP TABLE legacy_users deletes the table and every row in it.`)
    expect(lines).toContain('db/seed/users.sql:1:1: error unanalyzable/binary Could not analyze this file: binary content (NUL byte at offset 12).')
    expect(lines).toContain('Dockerfile:1:6: warning outdated-dependency/eol-image node:14-alpine reached end of life on 2023-04-30.')
    // A message with a line break stays on its line.
    expect(lines.find((l) => l.startsWith('deploy/docker-compose.yml:7:3:'))).toContain(HOSTILE_MESSAGE.replace(/\s+/g, ' '))
    expect(reporterFor('compact')(report, contextFor(report))).toBe(out)
  })

  it('sorts by file and line, and leaves out suppressed findings and run notes', () => {
    const lines = out.trimEnd().split('\n')
    expect([...lines].sort((a, b) => (a.split(':')[0]! < b.split(':')[0]! ? -1 : a.split(':')[0]! > b.split(':')[0]! ? 1 : 0))).toEqual(lines)
    expect(out).not.toContain('truncate')
    const withNote = reportOf([...report.findings, staleData])
    expect(renderCompact(withNote, contextFor(withNote))).toBe(out)
  })
})
