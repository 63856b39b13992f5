/** The vocabulary every stage shares: what a finding is, how severe, in which category. */

export const CATEGORIES = [
  'destructive-sql',
  'public-exposure',
  'destructive-infra',
  'env-leak',
  'secret',
  'outdated-dependency',
  'lock-safety',
  'guardrail',
  'unanalyzable'
] as const
export type Category = (typeof CATEGORIES)[number]

export const SEVERITIES = ['block', 'warn', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A configured level: a severity, or `off` to drop the rule. */
export type RuleLevel = Severity | 'off'

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value)
}

export function severityRank(severity: Severity): number {
  return severity === 'block' ? 2 : severity === 'warn' ? 1 : 0
}

export interface Suppression {
  /** The reason the author wrote after `--`. */
  reason: string
  /** Where it came from: an inline `prodguard-ignore` comment, another tool's inline marker, or the baseline file. */
  source: 'inline' | 'marker' | 'baseline'
  /** Line of the suppression comment (1-based); for `baseline`, the entry's line in the baseline file. */
  line: number
  /** True when the change under review adds the suppression itself: in a pull request it does not replace approval. */
  addedInChange: boolean
}

/** One thing prodguard found, as every reporter prints it (SPEC "Findings"). */
export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  /** Repository-relative POSIX path. */
  file: string
  /** 1-based. */
  line: number
  column?: number
  endLine?: number
  endColumn?: number
  message: string
  /** The offending snippet; secrets already redacted. */
  evidence: string
  hint: string
  docs: string
  fingerprint: string
  suppressed?: Suppression
}

export function isBlocking(finding: Finding): boolean {
  return finding.severity === 'block' && finding.suppressed === undefined
}
