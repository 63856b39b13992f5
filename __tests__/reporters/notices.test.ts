/** A note about the run (stale data) is said once per run, and never as a problem at a line of a file. */
import { describe, expect, it } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { renderGithub } from '../../src/reporters/github.js'
import { renderMarkdown } from '../../src/reporters/markdown.js'
import { toSarifLog } from '../../src/reporters/sarif.js'
import { contextFor, finding, realisticReport, reportOf } from './report-fixture.js'

const stale = (file: string) =>
  finding({
    ruleId: 'outdated-dependency/stale-data',
    severity: 'info',
    file,
    line: 1,
    message: 'The bundled end-of-life data is 103 days old (2026-08-22).',
    evidence: '',
    identity: 'stale-data:2026-08-22',
    hint: 'Run `prodguard data refresh`.'
  })

describe('run notes and repetition', () => {
  const base = realisticReport()
  const report = reportOf([...base.findings, stale('Dockerfile'), stale('package.json')])

  it('SARIF: a tool notification, not a result on a line', () => {
    const log = toSarifLog(report, contextFor(report))
    const run = log.runs[0]!
    expect(run.results!.some((r) => r.ruleId === 'outdated-dependency/stale-data')).toBe(false)
    expect(run.results).toHaveLength(base.findings.length)
    const notes = run.invocations![0]!.toolExecutionNotifications!
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({ level: 'note', descriptor: { id: 'outdated-dependency/stale-data' } })
    expect(notes[0]!.message.text).toContain('103 days old')
  })

  it('markdown: one note at the end; each blocking finding’s message once', () => {
    const page = renderMarkdown(report, contextFor(report))
    expect(page.match(/103 days old/g)).toHaveLength(1)
    expect(page).toContain('> [!NOTE]\n> The bundled end-of-life data is 103 days old (2026-08-22). Run `prodguard data refresh`.')
    const text = new MarkdownIt({ html: true }).render(page).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"')
    const plainMessages = base.findings.filter((x) => x.severity === 'block' && x.suppressed === undefined && /^[\w\s.:(),;-]+$/.test(x.message))
    expect(plainMessages.length).toBeGreaterThanOrEqual(3)
    for (const f of plainMessages) expect(text.split(f.message).length - 1).toBe(1)
  })

  it('github: one notice without a file, not an annotation on an unrelated line', () => {
    const lines = renderGithub(report, contextFor(report)).split('\n')
    const notes = lines.filter((l) => l.includes('103 days old'))
    expect(notes).toEqual(['::notice title=prodguard::The bundled end-of-life data is 103 days old (2026-08-22). Run `prodguard data refresh`.'])
    expect(lines.filter((l) => l.includes('outdated-dependency/stale-data'))).toEqual([])
  })
})
