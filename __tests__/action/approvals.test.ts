/** Which reviews count: the latest meaningful review per reviewer, on the head commit, authorized, not the author. */
import { describe, expect, it } from '@jest/globals'
import { evaluateApprovals, latestReviews, type Review } from '../../src/action/approvals.js'
import { gateDecision, needsApproval, statusDescription } from '../../src/action/gate.js'
import type { Authorization } from '../../src/action/approvers.js'
import type { Finding } from '../../src/findings/finding.js'

const HEAD = 'a'.repeat(40)
const OLD = 'b'.repeat(40)
let id = 0
const review = (login: string, state: string, commitId = HEAD, minute = ++id): Review => ({
  id: minute,
  login,
  state,
  commitId,
  submittedAt: new Date(Date.UTC(2026, 10, 20, 10, minute)).toISOString()
})

const writers = new Set(['bob', 'carol', 'dave', 'alice'])
const authorize = async (login: string): Promise<Authorization> =>
  writers.has(login.toLowerCase()) ? { ok: true, reason: 'write permission' } : { ok: false, reason: 'read permission (needs write)' }

async function counted(reviews: Review[], required = 1) {
  const result = await evaluateApprovals({ reviews, headSha: HEAD, author: 'alice', required, authorize })
  return { approvers: result.approvers, kinds: Object.fromEntries(result.verdicts.map((v) => [v.login, v.kind])), stale: result.stale.map((v) => v.login) }
}

describe('counting approvals', () => {
  const table: Array<[string, Review[], string[], Record<string, string>]> = [
    ['an approval of the head commit', [review('bob', 'APPROVED')], ['bob'], { bob: 'counted' }],
    ['an approval of an earlier commit', [review('bob', 'APPROVED', OLD)], [], { bob: 'stale' }],
    ["the author's approval", [review('alice', 'APPROVED')], [], { alice: 'author' }],
    ['the author with different letter case', [review('Alice', 'APPROVED')], [], { Alice: 'author' }],
    ['a reader', [review('rita', 'APPROVED')], [], { rita: 'unauthorized' }],
    ['approved, then changes requested', [review('bob', 'APPROVED'), review('bob', 'CHANGES_REQUESTED')], [], { bob: 'changes-requested' }],
    ['changes requested, then approved', [review('bob', 'CHANGES_REQUESTED'), review('bob', 'APPROVED')], ['bob'], { bob: 'counted' }],
    ['approved, then a comment', [review('bob', 'APPROVED'), review('bob', 'COMMENTED')], ['bob'], { bob: 'counted' }],
    ['approved, then dismissed', [review('bob', 'APPROVED'), review('bob', 'DISMISSED')], [], { bob: 'dismissed' }],
    ['a pending (unsubmitted) review', [{ id: 99, login: 'bob', state: 'PENDING', commitId: HEAD, submittedAt: undefined }], [], {}],
    ['approved the old commit, then the head', [review('bob', 'APPROVED', OLD), review('bob', 'APPROVED')], ['bob'], { bob: 'counted' }],
    ['approved the head, then re-approved an old one (out of order)', [review('bob', 'APPROVED', HEAD, 50), review('bob', 'APPROVED', OLD, 40)], ['bob'], { bob: 'counted' }],
    ['two reviewers', [review('bob', 'APPROVED'), review('carol', 'APPROVED'), review('rita', 'APPROVED')], ['bob', 'carol'], { bob: 'counted', carol: 'counted', rita: 'unauthorized' }]
  ]
  it.each(table)('%s', async (_name, reviews, approvers, kinds) => {
    const result = await counted(reviews)
    expect(result.approvers).toEqual(approvers)
    expect(result.kinds).toEqual(kinds)
  })

  it('lists stale approvals newest first, for "what changed since the last approval"', async () => {
    const result = await counted([review('bob', 'APPROVED', OLD, 10), review('carol', 'APPROVED', OLD, 30), review('dave', 'APPROVED', OLD, 20)])
    expect(result.stale).toEqual(['carol', 'dave', 'bob'])
  })

  it('counts only approvals given after the base branch last changed', async () => {
    const reviews = [review('bob', 'APPROVED', HEAD, 10), review('carol', 'APPROVED', HEAD, 30)]
    const result = await evaluateApprovals({ reviews, headSha: HEAD, author: 'alice', required: 1, authorize, baseChangedAt: new Date(Date.UTC(2026, 10, 20, 10, 20)).toISOString() })
    expect(result.approvers).toEqual(['carol'])
    expect(result.verdicts.find((v) => v.login === 'bob')).toMatchObject({ kind: 'base-changed' })
    expect(result.stale).toEqual([])
  })

  it('keeps only the latest meaningful review per reviewer', () => {
    expect(latestReviews([review('bob', 'APPROVED'), review('BOB', 'COMMENTED'), review('carol', 'CHANGES_REQUESTED')]).map((r) => `${r.login}:${r.state}`)).toEqual(['bob:APPROVED', 'carol:CHANGES_REQUESTED'])
  })
})

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'destructive-sql/drop-table',
  category: 'destructive-sql',
  severity: 'block',
  file: 'db/migrations/0002.sql',
  line: 1,
  message: 'DROP TABLE',
  evidence: 'DROP TABLE t',
  hint: '',
  docs: '',
  fingerprint: 'f',
  ...over
})

describe('the decision', () => {
  it('needs approval for blocking findings, and for suppressions the change adds itself', () => {
    expect(needsApproval(finding(), 'block')).toBe(true)
    expect(needsApproval(finding({ severity: 'warn' }), 'block')).toBe(false)
    expect(needsApproval(finding({ severity: 'warn' }), 'warn')).toBe(true)
    expect(needsApproval(finding(), 'never')).toBe(false)
    expect(needsApproval(finding({ suppressed: { reason: 'empty', source: 'inline', line: 1, addedInChange: true } }), 'block')).toBe(true)
    expect(needsApproval(finding({ suppressed: { reason: 'empty', source: 'inline', line: 1, addedInChange: false } }), 'block')).toBe(false)
  })

  it('is pass without gated findings, approved with enough approvers, blocked otherwise', () => {
    const approvals = (approvers: string[], required: number) => ({ required, approvers, verdicts: [], stale: [] })
    expect(gateDecision([], undefined)).toBe('pass')
    expect(gateDecision([finding()], undefined)).toBe('blocked')
    expect(gateDecision([finding()], approvals(['bob'], 2))).toBe('blocked')
    expect(gateDecision([finding()], approvals(['bob', 'carol'], 2))).toBe('approved')
  })

  it('keeps the status description within the 140 characters GitHub accepts', () => {
    expect(statusDescription('x'.repeat(300))).toHaveLength(140)
    expect(statusDescription('  two\n lines ')).toBe('two lines')
  })
})

describe('the two-person rule', () => {
  it.each([
    ['a committer', ['carol'], [review('carol', 'APPROVED')], [], { carol: 'committer' }],
    ['a committer, whatever the letter case', ['carol'], [review('Carol', 'APPROVED')], [], { Carol: 'committer' }],
    ['someone else while a committer approves too', ['carol'], [review('carol', 'APPROVED'), review('bob', 'APPROVED')], ['bob'], { carol: 'committer', bob: 'counted' }],
    ['nobody excluded', [], [review('carol', 'APPROVED')], ['carol'], { carol: 'counted' }]
  ] as const)('%s', async (_what, committers, reviews, approvers, kinds) => {
    const result = await evaluateApprovals({ reviews: [...reviews], headSha: HEAD, author: 'alice', committers: new Set(committers), required: 1, authorize })
    expect(result.approvers).toEqual(approvers)
    expect(Object.fromEntries(result.verdicts.map((v) => [v.login, v.kind]))).toEqual(kinds)
  })
})
