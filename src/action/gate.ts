/**
 * The gate's decision. A finding needs approval when it would fail the run; a suppression the pull request adds
 * itself does not lift that (the reviewer sees the author's reason instead). With such findings the gate is green
 * only with enough counted approvals of the head commit.
 */
import type { FailOn } from '../config/settings.js'
import type { Finding } from '../findings/finding.js'
import { failsRun, type Decision } from '../policy/policy.js'
import type { ApprovalResult } from './approvals.js'

export function needsApproval(finding: Finding, failOn: FailOn): boolean {
  if (finding.suppressed?.addedInChange === true) {
    const { suppressed: _ignored, ...unsuppressed } = finding
    return failsRun(unsuppressed, failOn)
  }
  return failsRun(finding, failOn)
}

export function gateDecision(gated: Finding[], approvals: ApprovalResult | undefined): Decision {
  if (gated.length === 0) return 'pass'
  return approvals !== undefined && approvals.approvers.length >= approvals.required ? 'approved' : 'blocked'
}

/** The commit status description: GitHub keeps at most 140 characters. */
export function statusDescription(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= 140 ? clean : `${clean.slice(0, 139)}…`
}
