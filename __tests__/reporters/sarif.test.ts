import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvDraft04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import type * as Sarif from 'sarif'
import type { Finding } from '../../src/findings/finding.js'
import { DOCS_BASE_URL } from '../../src/knowledge/catalog.js'
import { reporterFor } from '../../src/reporters/index.js'
import { artifactUri, FINGERPRINT_KEY, INFORMATION_URI, MAX_RESULTS, renderSarif, toSarifLog } from '../../src/reporters/sarif.js'
import { contextFor, emptyReport, finding, realisticReport, reportOf, RULES, SPACED_PATH } from './report-fixture.js'

// Both are CommonJS: imported from ESM, what they export is the module's `default` property.
const AjvDraft04 = AjvDraft04Module.default
const addFormats = addFormatsModule.default

// The OASIS SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (rtm.5, draft-04). The errata01 schema differs in
// descriptions, `type: string` beside enums, a corrected `language` pattern (prodguard writes no language) and a
// region needing startLine or an offset, which this test checks on its own.
const require = createRequire(import.meta.url)
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object
// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the non-Unicode syntax accepts.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validateSarif = ajv.compile(sarifSchema)

function schemaErrors(log: unknown): string {
  validateSarif(log)
  return JSON.stringify(validateSarif.errors ?? [])
}

function logOf(findings: Finding[]): Sarif.Log {
  const report = reportOf(findings)
  return JSON.parse(renderSarif(report, contextFor(report))) as Sarif.Log
}

describe('sarif reporter', () => {
  const report = realisticReport()
  const output = renderSarif(report, contextFor(report))
  const log = JSON.parse(output) as Sarif.Log
  const run = log.runs[0]!
  const rules = run.tool.driver.rules!
  const results = run.results!

  it('is the reporter registered for --format sarif, newline-terminated', () => {
    expect(reporterFor('sarif')(report, contextFor(report))).toBe(output)
    expect(output.endsWith('}\n')).toBe(true)
  })

  it('validates against the official SARIF 2.1.0 schema, full and empty', () => {
    expect(schemaErrors(log)).toBe('[]')
    expect(schemaErrors(JSON.parse(renderSarif(emptyReport(), contextFor(emptyReport()))))).toBe('[]')
  })

  it('is checked by a validator that rejects what the schema forbids', () => {
    const bad = JSON.parse(output) as Sarif.Log
    bad.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0
    ;(bad.runs[0]!.results![1]! as unknown as Record<string, unknown>)['level'] = 'critical'
    bad.runs[0]!.results![2]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'db/a b.sql'
    expect(validateSarif(bad)).toBe(false)
    const errors = JSON.stringify(validateSarif.errors)
    expect(errors).toContain('startLine')
    expect(errors).toContain('level')
    expect(errors).toContain('uri-reference')
  })

  it('has what GitHub code scanning requires: $schema, version, one run, driver name and rules', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(run.tool.driver).toMatchObject({ name: 'prodguard', version: '0.1.0', semanticVersion: '0.1.0', informationUri: INFORMATION_URI })
    expect(DOCS_BASE_URL.startsWith(`${INFORMATION_URI}/`)).toBe(true)
    expect(run.automationDetails?.id).toBe('prodguard/')
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  it('describes each rule that appears, once, including one the catalog does not know', () => {
    const ids = rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(new Set(report.findings.map((f) => f.ruleId)))
    for (const rule of rules) {
      const meta = RULES.find((r) => r.id === rule.id)
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/)
      expect(rule.shortDescription!.text.length).toBeGreaterThan(0)
      expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024)
      expect(rule.fullDescription!.text.length).toBeGreaterThan(0)
      expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024)
      expect(rule.help!.text.length).toBeGreaterThan(0)
      expect(rule.help!.markdown).toContain(`prodguard explain ${rule.id}`)
      const tags = rule.properties!.tags!
      expect(tags).toContain(rule.id.split('/')[0])
      if (meta === undefined) {
        // env-leak/non-production-host: described from the finding itself.
        expect(rule.id).toBe('env-leak/non-production-host')
        continue
      }
      expect(rule.shortDescription!.text).toBe(meta.title)
      expect(rule.fullDescription!.text).toContain(meta.hint)
      expect(rule.helpUri).toBe(meta.docs)
      expect(rule.help!.markdown).toContain(`](${meta.docs})`)
      expect(rule.defaultConfiguration!.level).toBe({ block: 'error', warn: 'warning', info: 'note' }[meta.severity])
      const severity = rule.properties!['security-severity'] as string | undefined
      if (meta.severity === 'block') {
        expect(Number(severity)).toBeGreaterThanOrEqual(0.1)
        expect(Number(severity)).toBeLessThanOrEqual(10)
        expect(tags).toContain('security')
      } else {
        expect(severity).toBeUndefined()
      }
    }
  })

  it('gives one result per finding, in order, pointing at its rule by id and index', () => {
    expect(results.map((r) => r.partialFingerprints![FINGERPRINT_KEY])).toEqual(report.findings.map((f) => f.fingerprint))
    results.forEach((result, i) => {
      const f = report.findings[i]!
      expect(result.ruleId).toBe(f.ruleId)
      expect(rules[result.ruleIndex!]!.id).toBe(f.ruleId)
      expect(result.level).toBe({ block: 'error', warn: 'warning', info: 'note' }[f.severity])
      expect(result.message.text).toBe(f.message)
      expect(result.locations).toHaveLength(1)
    })
  })

  it('uses 1-based regions with the columns and ends that are known', () => {
    results.forEach((result, i) => {
      const f = report.findings[i]!
      const region = result.locations![0]!.physicalLocation!.region!
      // errata01: a region has startLine (or an offset).
      expect(region.startLine).toBe(f.line)
      expect(region.startColumn).toBe(f.column)
      expect(region.endLine).toBe(f.endLine)
      expect(region.endColumn).toBe(f.endColumn)
      if (f.evidence !== '') expect(region.snippet!.text).toBe(f.evidence)
      else expect(region.snippet).toBeUndefined()
    })
    const odd = logOf([finding({ ruleId: 'destructive-sql/drop-table', severity: 'block', file: 'a.sql', line: 0, column: 9, endColumn: 2, message: 'm', evidence: 'x', identity: 'x' })])
    expect(odd.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 9, snippet: { text: 'x' } })
    expect(schemaErrors(odd)).toBe('[]')
  })

  it('writes repository-relative URIs, percent-encoded where needed', () => {
    const uris = results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!)
    for (const [i, location] of uris.entries()) {
      expect(location.uriBaseId).toBe('%SRCROOT%')
      expect(location.uri!.split('/').map(decodeURIComponent).join('/')).toBe(report.findings[i]!.file)
      expect(location.uri).not.toMatch(/[\s%](?![0-9A-F]{2})/)
    }
    expect(uris.map((l) => l.uri)).toContain('db/migrations/20240301120000_drop%20legacy%20users%20100%25.sql')
    expect(artifactUri(SPACED_PATH)).toBe('db/migrations/20240301120000_drop%20legacy%20users%20100%25.sql')
    const table: [string, string][] = [
      ['src/app.ts', 'src/app.ts'],
      ['./config/production.yml', 'config/production.yml'],
      ['db/mig#1?.sql', 'db/mig%231%3F.sql'],
      ['c:odd/schéma.sql', 'c%3Aodd/sch%C3%A9ma.sql'],
      ['infra\\win\\main.tf', 'infra/win/main.tf']
    ]
    for (const [path, uri] of table) expect(artifactUri(path)).toBe(uri)
  })

  it('fingerprints results so GitHub tracks them across unrelated edits', () => {
    for (const result of results) expect(result.partialFingerprints!['primaryLocationLineHash']).toMatch(/^[0-9a-f]{16}:[1-9][0-9]*$/)
    const draft = { ruleId: 'destructive-sql/drop-table', severity: 'block' as const, file: 'db/m.sql', message: 'm', evidence: 'DROP TABLE a;', identity: 'drop table a' }
    const before = logOf([finding({ ...draft, line: 3 })]).runs[0]!.results![0]!
    const moved = logOf([finding({ ...draft, line: 40 })]).runs[0]!.results![0]!
    expect(moved.partialFingerprints).toEqual(before.partialFingerprints)
    // The same statement twice in a file: two alerts, told apart by their occurrence.
    const twice = logOf([finding({ ...draft, line: 3 }), finding({ ...draft, line: 9 })]).runs[0]!.results!
    const hashes = twice.map((r) => r.partialFingerprints!['primaryLocationLineHash']!)
    expect(hashes[0]!.split(':')[0]).toBe(hashes[1]!.split(':')[0])
    expect(hashes.map((h) => h.split(':')[1])).toEqual(['1', '2'])
    // Another statement is another alert.
    const other = logOf([finding({ ...draft, line: 3, evidence: 'DROP TABLE b;' })]).runs[0]!.results![0]!
    expect(other.partialFingerprints!['primaryLocationLineHash']).not.toBe(before.partialFingerprints!['primaryLocationLineHash'])
  })

  it('carries suppressions in source, with the reason; one the change adds stays under review', () => {
    for (const [i, result] of results.entries()) {
      const f = report.findings[i]!
      if (f.suppressed === undefined) {
        expect(result.suppressions).toBeUndefined()
        continue
      }
      expect(result.suppressions).toEqual([{ kind: 'inSource', status: f.suppressed.addedInChange ? 'underReview' : 'accepted', justification: f.suppressed.reason }])
    }
    expect(results.filter((r) => r.suppressions?.[0]?.status === 'underReview')).toHaveLength(1)
    expect(results.filter((r) => r.suppressions?.[0]?.status === 'accepted')).toHaveLength(1)
  })

  it('records the decision and the scan size on the run', () => {
    expect(run.properties).toEqual({ decision: 'blocked', stats: { files: 9, bytes: 12_403, ms: 87 } })
    expect(run.invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }])
    const empty = toSarifLog(emptyReport(), contextFor(emptyReport()))
    expect(empty.runs[0]!.results).toEqual([])
    expect(empty.runs[0]!.tool.driver.rules).toEqual([])
    expect(empty.runs[0]!.invocations![0]!.exitCode).toBe(0)
  })

  it('keeps under the results GitHub accepts in one run, the most severe first, and says how many it left out', () => {
    const many = Array.from({ length: MAX_RESULTS + 3 }, (_, i) =>
      finding({
        ruleId: i < 10 ? 'destructive-sql/drop-table' : 'outdated-dependency/majors-behind',
        severity: i < 10 ? 'block' : 'info',
        file: `db/dump-${Math.floor(i / 1000)}.sql`,
        line: (i % 1000) + 1,
        message: 'm',
        evidence: `statement ${i}`,
        identity: `statement ${i}`
      })
    )
    const big = toSarifLog(reportOf(many), contextFor(reportOf(many)))
    const bigRun = big.runs[0]!
    expect(bigRun.results).toHaveLength(MAX_RESULTS)
    expect(bigRun.results!.filter((r) => r.level === 'error')).toHaveLength(10)
    expect(bigRun.properties!['omittedResults']).toBe(3)
    expect(bigRun.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(/^3 less severe findings are not in this file/)
    expect(run.properties!['omittedResults']).toBeUndefined()
    expect(run.invocations![0]!.toolExecutionNotifications).toBeUndefined()
  })
})
