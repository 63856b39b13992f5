/** The result of a run, as every reporter receives it. `toJson` is the stable, versioned `--format json` shape. */
import type { Finding } from '../findings/finding.js'
import type { Decision } from '../policy/policy.js'
import type { ScanStats } from '../pipeline.js'
import type { RuleMeta } from '../knowledge/catalog.js'

export interface Report {
  schemaVersion: 1
  tool: { name: 'prodguard'; version: string }
  decision: Decision
  findings: Finding[]
  stats: ScanStats
}

/** What reporters may need besides the report itself. */
export interface ReportContext {
  /** Every rule that appears in the findings, for SARIF `rules` and docs links. */
  rules: RuleMeta[]
  /** What was scanned: `check examples`, `diff main...HEAD`, `staged`. */
  label: string
  /** Colors for the text reporter. */
  color: boolean
  /** Only blocking findings (--quiet). */
  quiet: boolean
}

export type ReportFormat = 'text' | 'json' | 'sarif' | 'github' | 'markdown'
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'github', 'markdown']

export type Reporter = (report: Report, ctx: ReportContext) => string
