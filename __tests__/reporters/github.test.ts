import type { Finding } from '../../src/findings/finding.js'
import { escapeData, escapeProperty, renderGithub, workflowCommand } from '../../src/reporters/github.js'
import { reporterFor } from '../../src/reporters/index.js'
import { contextFor, emptyReport, finding, HOSTILE_MESSAGE, realisticReport, reportOf, SPACED_PATH } from './report-fixture.js'

interface Command {
  name: string
  properties: Record<string, string>
  message: string
}

/**
 * Reads a line the way the Actions runner's command parser does: `::name k=v,k=v::data`, properties split on `,` and
 * the first `=`, then unescaped (`%0D`, `%0A`, `%3A`, `%2C`, and `%25` last).
 */
function parseCommand(line: string): Command | undefined {
  if (!line.startsWith('::')) return undefined
  const end = line.indexOf('::', 2)
  if (end === -1) return undefined
  const info = line.slice(2, end)
  const space = info.indexOf(' ')
  const name = space === -1 ? info : info.slice(0, space)
  const properties: Record<string, string> = {}
  if (space !== -1) {
    for (const pair of info.slice(space + 1).split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = pair
        .slice(eq + 1)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%25/g, '%')
    }
  }
  const message = line
    .slice(end + 2)
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%')
  return { name, properties, message }
}

function commandsOf(output: string): Command[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => parseCommand(line)!)
}

describe('github reporter', () => {
  const report = realisticReport()
  const output = renderGithub(report, contextFor(report))
  const commands = commandsOf(output)

  it('is the reporter registered for --format github', () => {
    expect(reporterFor('github')(report, contextFor(report))).toBe(output)
    expect(output.endsWith('\n')).toBe(true)
  })

  it('writes one command per finding, most important first, at the level of its severity', () => {
    expect(commands).toHaveLength(report.findings.length)
    const expected = report.findings.map((f) => (f.suppressed ? 'notice' : { block: 'error', warn: 'warning', info: 'notice' }[f.severity]))
    expect(commands.map((c) => c.name)).toEqual(expected)
    expect(commands.map((c) => c.name)).toEqual(['error', 'error', 'error', 'error', 'error', 'warning', 'warning', 'notice', 'notice', 'notice'])
  })

  it('places each annotation on its file and lines; columns only on a single line', () => {
    commands.forEach((command, i) => {
      const f = report.findings[i]!
      expect(command.properties['file']).toBe(f.file)
      expect(command.properties['line']).toBe(String(f.line))
      expect(command.properties['endLine']).toBe(f.endLine === undefined ? undefined : String(f.endLine))
      const singleLine = f.endLine === undefined || f.endLine === f.line
      expect(command.properties['col']).toBe(singleLine && f.column !== undefined ? String(f.column) : undefined)
      expect(command.properties['endColumn']).toBe(singleLine && f.endColumn !== undefined ? String(f.endColumn) : undefined)
      expect(command.properties['title']).toBe(f.suppressed ? `${f.ruleId} (suppressed)` : f.ruleId)
    })
    const spaced = commands.find((c) => c.properties['file'] === SPACED_PATH)!
    expect(spaced.properties).toMatchObject({ line: '3', endLine: '3', col: '1', endColumn: '33' })
    const compose = commands.find((c) => c.properties['file'] === 'deploy/docker-compose.yml')!
    expect(compose.properties).toEqual({ file: 'deploy/docker-compose.yml', line: '7', endLine: '12', title: 'public-exposure/compose-no-auth' })
  })

  it('keeps hostile text as data: no extra command, every character back after unescaping', () => {
    const lines = output.split('\n').filter((l) => l !== '')
    // Only the finding commands and the closing summary line: `::set-output` inside a message starts nothing.
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(report.findings.length)
    expect(lines.filter((l) => !l.startsWith('::'))).toHaveLength(1)
    const compose = commands.find((c) => c.properties['file'] === 'deploy/docker-compose.yml')!
    expect(compose.message.startsWith(HOSTILE_MESSAGE)).toBe(true)
    for (const line of ['      - "5432:5432"  # ```sql DROP```', '      POSTGRES_HOST_AUTH_METHOD: trust']) expect(compose.message).toContain(line)
    expect(compose.message).toContain('Hint: Bind the port to 127.0.0.1')
    expect(compose.message).toContain('Docs: https://github.com/prodguard/prodguard/blob/main/rules/public-exposure/compose-no-auth.md')
  })

  it('shows terminal escapes and bidi overrides instead of passing them to the log', () => {
    const leak = commands.find((c) => c.properties['file'] === 'config/production.yml')!
    expect(leak.message).not.toMatch(/[\u001b\u202e\r]/)
    expect(leak.message).toContain('\\u{1B}[2J')
    expect(leak.message).toContain('\\u{202E}')
    expect(leak.message).toContain('    host: staging-db.internal\\u{1B}[31m')
  })

  it('shows suppressed findings as notices with the reason, and says when the change added the suppression', () => {
    const suppressed = report.findings.filter((f) => f.suppressed)
    for (const f of suppressed) {
      const command = commands.find((c) => c.properties['title'] === `${f.ruleId} (suppressed)`)!
      expect(command.name).toBe('notice')
      expect(command.message).toContain(`Suppressed on line ${f.suppressed!.line}: ${f.suppressed!.reason}.`)
      expect(command.message.includes('a reviewer still has to approve')).toBe(f.suppressed!.addedInChange)
    }
  })

  it('escapes property values and data the way the runner unescapes them', () => {
    const table: [string, string, string][] = [
      ['100%', '100%25', '100%25'],
      ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
      ['line\r\nnext', 'line%0D%0Anext', 'line%0D%0Anext'],
      ['%0A literal', '%250A literal', '%250A literal']
    ]
    for (const [raw, data, property] of table) {
      expect(escapeData(raw)).toBe(data)
      expect(escapeProperty(raw)).toBe(property)
      const f: Finding = finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: `db/${raw}.sql`, line: 1, message: raw, evidence: '', identity: raw })
      const parsed = parseCommand(workflowCommand(f))!
      expect(parsed.properties['file']).toBe(`db/${raw}.sql`)
      expect(parsed.message.startsWith(`${raw.replace(/\r\n/g, '\n')}\nHint: `)).toBe(true)
    }
  })

  it('with --quiet, annotates only what blocks', () => {
    const quiet = commandsOf(renderGithub(report, contextFor(report, { quiet: true })))
    expect(quiet.map((c) => c.name)).toEqual(['error', 'error', 'error', 'error', 'error'])
  })

  it('says when GitHub will not show every annotation', () => {
    const many = Array.from({ length: 13 }, (_, i) =>
      finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: `db/migrations/${100 + i}_drop.sql`, line: 1, message: 'DROP TABLE t', evidence: 'DROP TABLE t;', identity: 'drop table t' })
    )
    const out = renderGithub(reportOf(many), contextFor(reportOf(many)))
    expect(commandsOf(out)).toHaveLength(13)
    expect(out).toContain('3 errors more are only in this log')
    expect(renderGithub(report, contextFor(report))).not.toContain('only in this log')
  })

  it('closes with one summary line; with nothing found, that line alone', () => {
    expect(output.trimEnd().split('\n').at(-1)).toBe('prodguard blocked: 5 blocking, 2 warnings, 1 info, 2 suppressed — 9 files, 12 KiB, 87 ms (diff main...HEAD)')
    const empty = renderGithub(emptyReport(), contextFor(emptyReport()))
    expect(empty).toBe('prodguard passed: no findings — 42 files, 311 KiB, 41 ms (diff main...HEAD)\n')
  })
})
