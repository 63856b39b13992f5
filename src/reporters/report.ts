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
  /** The terminal's width: the text reporter wraps its lines to it (none: no wrapping). */
  width?: number
  /**
   * Where the run happens, for what the exit code tells people to do: `commit` (a pre-commit hook: fix, suppress or
   * `--no-verify`), `pull-request` (an approval can unblock), or a local run when undefined.
   */
  stage?: 'commit' | 'pull-request'
  /**
   * The text of a line of the scanned file, when the reporter may look (to place an underline under the finding's
   * columns). Only ever compared with the evidence, never printed.
   */
  sourceLine?: (file: string, line: number) => string | undefined
}

/** Rules that speak about the run rather than about a line of a file: shown once, as a note, not at a place. */
export const RUN_NOTICE_RULES: ReadonlySet<string> = new Set(['outdated-dependency/stale-data'])

export function isRunNotice(finding: Finding): boolean {
  return RUN_NOTICE_RULES.has(finding.ruleId) && finding.suppressed === undefined && finding.severity === 'info'
}

export type ReportFormat = 'text' | 'compact' | 'json' | 'sarif' | 'github' | 'markdown'
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'compact', 'json', 'sarif', 'github', 'markdown']

export type Reporter = (report: Report, ctx: ReportContext) => string
