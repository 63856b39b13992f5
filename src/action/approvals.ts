/**
 * Counting approvals: each reviewer's latest meaningful review (APPROVED, CHANGES_REQUESTED or DISMISSED;
 * COMMENTED and PENDING change nothing) counts only when it approves the current head commit, comes from an
 * authorized approver, and is neither the pull request's author nor (unless `approvals.allowCommitters`) anyone who
 * authored or committed one of its commits. An approval of an earlier commit does not carry over, nor one given
 * before the base branch was last changed.
 */
import type { Authorization } from './approvers.js'

export interface Review {
  id: number
  login: string
  state: string
  commitId: string | undefined
  submittedAt: string | undefined
}

export type VerdictKind = 'counted' | 'author' | 'committer' | 'stale' | 'base-changed' | 'unauthorized' | 'changes-requested' | 'dismissed'

export interface ReviewerVerdict {
  login: string
  kind: VerdictKind
  commitId: string | undefined
  submittedAt: string | undefined
  /** Why it counts or not, for the comment. */
  reason: string
}

export interface ApprovalResult {
  required: number
  /** Reviewers whose approval of the head commit counts. */
  approvers: string[]
  verdicts: ReviewerVerdict[]
  /** Authorized approvals of an earlier commit, newest first: "what changed since the last approval" starts here. */
  stale: ReviewerVerdict[]
}

const MEANINGFUL = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/** Each reviewer's latest meaningful review, in the order reviewers first appear. Reviews come oldest first. */
export function latestReviews(reviews: Review[]): Review[] {
  const latest = new Map<string, Review>()
  const ordered = [...reviews].sort((a, b) => time(a.submittedAt) - time(b.submittedAt) || a.id - b.id)
  for (const review of ordered) {
    if (!MEANINGFUL.has(review.state.toUpperCase())) continue
    latest.set(review.login.toLowerCase(), review)
  }
  return [...latest.values()]
}

export async function evaluateApprovals(input: {
  reviews: Review[]
  headSha: string
  author: string
  /** Lower-cased logins of the commits' authors and committers, who cannot approve (the two-person rule). */
  committers?: ReadonlySet<string>
  required: number
  authorize: (login: string) => Promise<Authorization>
  /**
   * When the pull request's base branch last changed (ISO time): an approval before it reviewed another change (the
   * same head against another base brings other commits along), so it does not count.
   */
  baseChangedAt?: string | undefined
}): Promise<ApprovalResult> {
  const verdicts: ReviewerVerdict[] = []
  for (const review of latestReviews(input.reviews)) {
    const base = { login: review.login, commitId: review.commitId, submittedAt: review.submittedAt }
    const state = review.state.toUpperCase()
    if (state === 'CHANGES_REQUESTED') {
      verdicts.push({ ...base, kind: 'changes-requested', reason: 'requested changes' })
      continue
    }
    if (state === 'DISMISSED') {
      verdicts.push({ ...base, kind: 'dismissed', reason: 'review dismissed' })
      continue
    }
    if (review.login.toLowerCase() === input.author.toLowerCase()) {
      verdicts.push({ ...base, kind: 'author', reason: 'the author cannot approve their own change' })
      continue
    }
    if (input.committers?.has(review.login.toLowerCase()) === true) {
      verdicts.push({ ...base, kind: 'committer', reason: 'authored or committed a commit of this pull request, so cannot approve it (approvals.allowCommitters)' })
      continue
    }
    const authorization = await input.authorize(review.login)
    if (!authorization.ok) {
      verdicts.push({ ...base, kind: 'unauthorized', reason: `not an authorized approver: ${authorization.reason}` })
    } else if (review.commitId !== input.headSha) {
      verdicts.push({ ...base, kind: 'stale', reason: `approved an earlier commit${review.commitId ? ` (${review.commitId.slice(0, 7)})` : ''}` })
    } else if (input.baseChangedAt !== undefined && time(review.submittedAt) <= time(input.baseChangedAt)) {
      verdicts.push({ ...base, kind: 'base-changed', reason: 'approved before the base branch was changed, so against another base' })
    } else {
      verdicts.push({ ...base, kind: 'counted', reason: authorization.reason })
    }
  }
  const stale = verdicts.filter((v) => v.kind === 'stale').sort((a, b) => time(b.submittedAt) - time(a.submittedAt))
  return { required: input.required, approvers: verdicts.filter((v) => v.kind === 'counted').map((v) => v.login), verdicts, stale }
}

function time(iso: string | undefined): number {
  const t = iso !== undefined ? Date.parse(iso) : NaN
  return Number.isNaN(t) ? 0 : t
}
