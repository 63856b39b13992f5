/**
 * How a rule about one dependency becomes a detection: the policy's severity cap, the identity (the release line, so
 * a bump within a line is the same finding), the evidence.
 */
import type { Detection } from '../../analyzer.js'
import type { Severity } from '../../../findings/finding.js'
import type { Dependency } from '../dependency.js'
import { lineIdentity } from '../lines.js'
import type { DependencyPolicy } from '../policy.js'

export function dependencyDetection(
  policy: DependencyPolicy,
  dep: Dependency,
  rule: string,
  severity: Severity,
  message: string,
  extra: { identity?: string; hint?: string } = {}
): Detection | undefined {
  const capped = policy.cap(dep, severity)
  if (capped === 'off') return undefined
  return {
    ruleId: `outdated-dependency/${rule}`,
    line: dep.line,
    ...(dep.column !== undefined ? { column: dep.column } : {}),
    message,
    evidence: dep.evidence,
    severity: capped,
    identity: extra.identity ?? lineIdentity(dep),
    ...(extra.hint !== undefined ? { hint: extra.hint } : {})
  }
}
