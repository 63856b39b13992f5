/** Policy: configured severities over rule defaults, and the run's decision. */
import { isBlocking, severityRank, type Finding, type RuleLevel, type Severity } from '../findings/finding.js'
import type { FailOn, Settings } from '../config/settings.js'

export type Decision = 'pass' | 'blocked' | 'approved'

/** The configured level for a rule: its id beats its category; undefined keeps the default. */
export function configuredLevel(settings: Settings, ruleId: string): RuleLevel | undefined {
  const byId = settings.rules[ruleId]
  if (byId !== undefined) return byId
  const category = ruleId.split('/')[0]!
  return settings.rules[category]
}

/**
 * A finding's severity: the configured level replaces the rule's default, but a contextual downgrade made by the
 * analyzer (a down migration, a dev-only dependency) stays: the lower of the two wins. `off` drops the finding.
 */
export function resolveSeverity(settings: Settings, ruleId: string, ruleDefault: Severity, contextual: Severity | undefined): Severity | 'off' {
  const level = configuredLevel(settings, ruleId)
  if (level === 'off') return 'off'
  if (level === undefined) return contextual ?? ruleDefault
  if (contextual === undefined) return level
  return severityRank(contextual) < severityRank(level) ? contextual : level
}

/** Does this finding fail the run under `failOn`? Suppressed findings never do. */
export function failsRun(finding: Finding, failOn: FailOn): boolean {
  if (finding.suppressed !== undefined || failOn === 'never') return false
  return failOn === 'warn' ? severityRank(finding.severity) >= severityRank('warn') : isBlocking(finding)
}

export function decide(findings: Finding[], failOn: FailOn): Decision {
  return findings.some((f) => failsRun(f, failOn)) ? 'blocked' : 'pass'
}

/** Most severe first, then by file and line: the order every reporter shows. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(a.suppressed !== undefined) - Number(b.suppressed !== undefined) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    byCodePoint(a.file, b.file) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    byCodePoint(a.ruleId, b.ruleId)
  )
}

/** Plain code-point order: stable across machines, and free of the ICU collator's start-up cost. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> & { suppressed: number } {
  const counts = { block: 0, warn: 0, info: 0, suppressed: 0 }
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++
    else counts[f.severity]++
  }
  return counts
}
