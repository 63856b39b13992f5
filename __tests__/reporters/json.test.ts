import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { CATEGORIES, SEVERITIES, type Finding } from '../../src/findings/finding.js'
import { renderJson, renderJsonChunks, toJsonReport } from '../../src/reporters/json.js'
import { reporterFor } from '../../src/reporters/index.js'
import { contextFor, emptyReport, finding, realisticFindings, realisticReport, reportOf, SPACED_PATH } from './report-fixture.js'

// ajv-formats is CommonJS: imported from ESM, the plugin is the module's `default` property.
const addFormats = addFormatsModule.default

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>

function validator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true })
  addFormats(ajv)
  return ajv.compile(schema)
}
const validate = validator()

function errorsOf(value: unknown): string {
  validate(value)
  return JSON.stringify(validate.errors ?? [])
}

const FINDING_KEYS = ['ruleId', 'category', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'evidence', 'hint', 'docs', 'fingerprint', 'suppressed']

describe('json reporter', () => {
  const report = realisticReport()
  const output = renderJson(report, contextFor(report))
  const parsed = JSON.parse(output) as Record<string, unknown> & { findings: Record<string, unknown>[] }

  it('is streamed piece by piece, one piece per finding, and the pieces are exactly JSON.stringify of the whole report', () => {
    for (const one of [report, emptyReport(), reportOf([realisticFindings()[0]!])]) {
      const chunks = [...renderJsonChunks(one, contextFor(one))]
      expect(chunks.join('')).toBe(`${JSON.stringify(toJsonReport(one), null, 2)}\n`)
      expect(chunks.length).toBe(one.findings.length === 0 ? 1 : one.findings.length + 2)
    }
  })

  it('is the reporter registered for --format json', () => {
    expect(reporterFor('json')(report, contextFor(report))).toBe(output)
  })

  it('prints one newline-terminated object in the order SPEC gives', () => {
    expect(output.endsWith('}\n')).toBe(true)
    expect(output.endsWith('\n\n')).toBe(false)
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'decision', 'findings', 'stats'])
    expect(parsed['schemaVersion']).toBe(1)
    expect(parsed['tool']).toEqual({ name: 'prodguard', version: '0.1.0' })
    expect(parsed['decision']).toBe('blocked')
    expect(parsed['stats']).toEqual({ files: 9, bytes: 12_403, ms: 87 })
  })

  it('validates against schema/report.schema.json, full and empty', () => {
    expect(errorsOf(parsed)).toBe('[]')
    expect(errorsOf(JSON.parse(renderJson(emptyReport(), contextFor(emptyReport()))))).toBe('[]')
  })

  it('keeps every finding, in order, with the fields it had', () => {
    expect(parsed.findings.map((f) => f['fingerprint'])).toEqual(report.findings.map((f) => f.fingerprint))
    expect(parsed.findings).toEqual(JSON.parse(JSON.stringify(report.findings)))
  })

  it('writes the keys of a finding in one stable order, whatever order the finding was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(report.findings[0]!).reverse()) as unknown as Finding
    const again = JSON.parse(renderJson(reportOf([shuffled]), contextFor(reportOf([shuffled])))) as { findings: Record<string, unknown>[] }
    for (const f of [...parsed.findings, ...again.findings]) {
      const keys = Object.keys(f)
      expect(keys).toEqual(FINDING_KEYS.filter((k) => keys.includes(k)))
    }
    const suppressed = parsed.findings.find((f) => f['suppressed'] !== undefined)!
    expect(Object.keys(suppressed['suppressed'] as object)).toEqual(['reason', 'source', 'line', 'addedInChange'])
  })

  it('keeps the hostile and multi-line text as data, escaped by JSON only', () => {
    const compose = parsed.findings.find((f) => f['file'] === 'deploy/docker-compose.yml')!
    expect(compose['message']).toContain('\n::set-output name=pwned::1')
    expect(compose['evidence']).toContain('"5432:5432"')
    expect(parsed.findings.some((f) => f['file'] === SPACED_PATH)).toBe(true)
    // Raw control characters never reach the output: JSON escapes them.
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(output).toContain('\\u001b[2J')
  })

  it('clamps positions to 1-based values and drops an end before the start', () => {
    const odd = finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: 'a.sql', line: 0, column: 0, endLine: -1, message: 'm', evidence: 'e', identity: 'x' })
    const out = JSON.parse(renderJson(reportOf([odd]), contextFor(reportOf([odd])))) as { findings: Record<string, unknown>[] }
    expect(out.findings[0]).toMatchObject({ line: 1, column: 1 })
    expect(out.findings[0]!['endLine']).toBeUndefined()
    expect(errorsOf(out)).toBe('[]')
  })

  describe('the schema is not vacuous', () => {
    const base = JSON.parse(output) as { findings: Record<string, unknown>[] }
    const broken: [string, (r: typeof base & Record<string, unknown>) => void, string][] = [
      ['an unknown severity', (r) => (r.findings[0]!['severity'] = 'error'), 'severity'],
      ['a 0 line', (r) => (r.findings[0]!['line'] = 0), 'line'],
      ['a missing fingerprint', (r) => delete r.findings[0]!['fingerprint'], 'fingerprint'],
      ['an unknown category', (r) => (r.findings[0]!['category'] = 'sql'), 'category'],
      ['an extra key on a finding', (r) => (r.findings[0]!['extra'] = true), 'extra'],
      ['a suppression without a reason', (r) => (r.findings.find((f) => f['suppressed'])!['suppressed'] = { source: 'inline', line: 1, addedInChange: false }), 'reason'],
      ['a wrong schemaVersion', (r) => (r['schemaVersion'] = 2), 'schemaVersion'],
      ['an unknown decision', (r) => (r['decision'] = 'fail'), 'decision'],
      ['a missing stats key', (r) => delete (r['stats'] as Record<string, unknown>)['ms'], 'ms']
    ]
    it.each(broken)('rejects %s', (_name, mutate, mentioned) => {
      const copy = JSON.parse(JSON.stringify(base)) as typeof base & Record<string, unknown>
      mutate(copy)
      expect(validate(copy)).toBe(false)
      expect(JSON.stringify(validate.errors)).toContain(mentioned)
    })
  })

  it('names the same categories and severities as the code', () => {
    const finding = (schema['definitions'] as Record<string, { properties: Record<string, { enum?: string[] }> }>)['finding']!
    expect(finding.properties['category']!.enum).toEqual([...CATEGORIES])
    expect(finding.properties['severity']!.enum).toEqual([...SEVERITIES])
  })

  it('describes every field a finding can carry', () => {
    const props = Object.keys((schema['definitions'] as Record<string, { properties: object }>)['finding']!.properties)
    expect(props).toEqual(FINDING_KEYS)
    const all = new Set(realisticFindings().flatMap((f) => Object.keys(f)))
    for (const key of all) expect(props).toContain(key)
  })
})
