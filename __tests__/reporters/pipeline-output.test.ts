/**
 * The reporters over what the real pipeline produces: a diff that adds live credentials (one of them suppressed with
 * a reason in the same change) and a binary file where SQL was expected. Every format must carry the findings, and
 * none may print a secret.
 */
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { secretsAnalyzers } from '../../src/analyzers/secrets/index.js'
import { textVersion, type ChangeSet } from '../../src/change/change-set.js'
import { decodeBytes } from '../../src/change/content.js'
import { resolveSettings } from '../../src/config/settings.js'
import { ruleCatalog } from '../../src/knowledge/catalog.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import { scan } from '../../src/pipeline.js'
import { decide } from '../../src/policy/policy.js'
import { reporterFor } from '../../src/reporters/index.js'
import { REPORT_FORMATS, type Report, type ReportContext } from '../../src/reporters/report.js'
import type { Analyzer } from '../../src/analyzers/analyzer.js'

const AWS_SECRET = 'q8Jf2kL9xPz4Rt7Vw1Nc5Bm3Hy6Gd0Sa/Ek+UoIi'
const GITHUB_TOKEN = 'ghp_R8kT2mXq9LpV4nZc7WbY1sHd6Gf3Jk0Ae5Uo'

const ENV_BEFORE = 'NODE_ENV=production\nLOG_LEVEL=info\n'
const ENV_AFTER = [
  'NODE_ENV=production',
  'LOG_LEVEL=info',
  'AWS_ACCESS_KEY_ID=AKIAZ3MHQ6F7K2LXR4PD',
  `AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`,
  '# prodguard-ignore secret -- read-only token for the public status page, rotated weekly',
  `STATUS_PAGE_GITHUB_TOKEN=${GITHUB_TOKEN}`,
  ''
].join('\n')

// Claims the binary seed file, so the pipeline has to report it as unanalyzable rather than skip it.
const seedReader: Analyzer = { name: 'seed-reader', claims: (path) => path.endsWith('.sql'), analyze: () => [] }

async function run(): Promise<{ report: Report; ctx: ReportContext }> {
  const changeSet: ChangeSet = {
    mode: 'diff',
    label: 'main...feature/billing',
    files: [
      { path: 'deploy/billing/.env.production', status: 'modified', before: textVersion(ENV_BEFORE), after: textVersion(ENV_AFTER) },
      {
        path: 'db/seed/2024 customers %.sql',
        status: 'added',
        after: { read: () => decodeBytes(Uint8Array.from([0x50, 0x47, 0x44, 0x4d, 0x50, 0x00, 0x01, 0x02, 0x03])) }
      }
    ]
  }
  const settings = resolveSettings(undefined)
  const catalog = ruleCatalog()
  const { findings, stats } = await scan(changeSet, {
    settings,
    knowledge: bundledKnowledge(),
    catalog,
    analyzers: [...secretsAnalyzers, seedReader],
    now: new Date('2026-11-28T00:00:00Z')
  })
  const report: Report = { schemaVersion: 1, tool: { name: 'prodguard', version: '0.1.0' }, decision: decide(findings, settings.failOn), findings, stats }
  const ids = new Set(findings.map((f) => f.ruleId))
  return { report, ctx: { rules: catalog.all().filter((r) => ids.has(r.id)), label: changeSet.label, color: false, quiet: false } }
}

describe('reporters over a real pipeline run', () => {
  let report: Report
  let ctx: ReportContext

  beforeAll(async () => {
    ;({ report, ctx } = await run())
  })

  it('has blocking, suppressed and unanalyzable findings to report', () => {
    const byFile = (file: string) => report.findings.filter((f) => f.file === file)
    expect(byFile('db/seed/2024 customers %.sql').map((f) => f.ruleId)).toEqual(['unanalyzable/binary'])
    const secrets = byFile('deploy/billing/.env.production')
    expect(secrets.some((f) => f.category === 'secret' && f.severity === 'block' && f.suppressed === undefined)).toBe(true)
    const suppressed = secrets.filter((f) => f.suppressed !== undefined)
    expect(suppressed.length).toBeGreaterThan(0)
    expect(suppressed[0]!.suppressed).toMatchObject({ reason: 'read-only token for the public status page, rotated weekly', addedInChange: true })
    expect(report.decision).toBe('blocked')
  })

  it.each([...REPORT_FORMATS])('--format %s never prints a secret, and reports every file', (format) => {
    const output = reporterFor(format)(report, ctx)
    expect(output).not.toContain(AWS_SECRET)
    expect(output).not.toContain(GITHUB_TOKEN)
    // Not even a long piece of one.
    for (const secret of [AWS_SECRET, GITHUB_TOKEN]) {
      for (let i = 0; i + 16 <= secret.length; i++) expect(output).not.toContain(secret.slice(i, i + 16))
    }
    expect(output).toMatch(/\.env\.production/)
    expect(output).toMatch(/2024(?: |%20)customers(?: |%20)%(?:25)?\.sql/)
    expect(output.endsWith('\n')).toBe(true)
  })

  it('--format json validates against the published schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object
    const validate = new Ajv({ allErrors: true }).compile(schema)
    const parsed = JSON.parse(reporterFor('json')(report, ctx)) as unknown
    expect(validate(parsed) ? '' : JSON.stringify(validate.errors)).toBe('')
  })

  it('--format sarif describes each rule from the catalog, with its docs', () => {
    const log = JSON.parse(reporterFor('sarif')(report, ctx)) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] }
    const rules = log.runs[0]!.tool.driver.rules
    expect(rules.map((r) => r.id).sort()).toEqual([...new Set(report.findings.map((f) => f.ruleId))].sort())
    for (const rule of rules) expect(rule.helpUri).toBe(ruleCatalog().get(rule.id)!.docs)
  })
})
