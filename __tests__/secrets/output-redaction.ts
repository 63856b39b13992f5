/** Renders findings in every output format, to check that no secret value leaks into any of them. */
import type { Finding } from '../../src/findings/finding.js'
import { decide } from '../../src/policy/policy.js'
import { REPORT_FORMATS, reporterFor, type Report } from '../../src/reporters/index.js'
import { ruleCatalog } from '../../src/knowledge/catalog.js'

export function renderAllFormats(findings: Finding[]): Record<string, string> {
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'prodguard', version: '0.0.0-test' },
    decision: decide(findings, 'block'),
    findings,
    stats: { files: 1, bytes: 1, ms: 1 }
  }
  const rules = [...new Set(findings.map((f) => f.ruleId))].flatMap((id) => ruleCatalog().get(id) ?? [])
  const out: Record<string, string> = {}
  for (const format of REPORT_FORMATS) out[format] = reporterFor(format)(report, { rules, label: 'test', color: false, quiet: false })
  return out
}

/** The value itself, and its middle (so a cut-down copy is caught too). */
export function leakedPieces(secret: string): string[] {
  const middle = secret.length >= 12 ? [secret.slice(Math.floor(secret.length / 2) - 4, Math.floor(secret.length / 2) + 4)] : []
  return [secret, ...middle]
}
