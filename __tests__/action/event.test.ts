/** What a run is about, from each trigger's payload. */
import { describe, expect, it } from '@jest/globals'
import { repositoryFrom, targetFromEvent } from '../../src/action/event.js'
import { UsageError } from '../../src/errors.js'

const SHA = 'c'.repeat(40)
const BASE = 'd'.repeat(40)

describe('the gate target of each trigger', () => {
  const pr = { number: 12, pull_request: { number: 12, head: { sha: SHA } } }
  it.each([
    ['pull_request_target', pr, { kind: 'pull-request', number: 12, eventHeadSha: SHA }],
    ['pull_request', pr, { kind: 'pull-request', number: 12, eventHeadSha: SHA }],
    ['pull_request_review', { action: 'submitted', review: { state: 'approved' }, pull_request: { number: 12, head: { sha: SHA } } }, { kind: 'pull-request', number: 12 }],
    ['workflow_dispatch', { inputs: { 'pull-request': '12' } }, { kind: 'pull-request', number: 12, eventHeadSha: undefined }],
    ['workflow_dispatch', { inputs: { pr_number: '#12' } }, { kind: 'pull-request', number: 12 }],
    [
      'merge_group',
      { action: 'checks_requested', merge_group: { head_sha: SHA, base_sha: BASE, head_ref: `refs/heads/gh-readonly-queue/main/pr-12-${BASE}` } },
      { kind: 'merge-group', headSha: SHA, baseSha: BASE, pullRequest: 12, baseRef: 'main' }
    ],
    [
      'workflow_run',
      { action: 'completed', workflow_run: { event: 'pull_request_review', head_sha: SHA, head_branch: 'feature', pull_requests: [{ number: 12 }] } },
      { kind: 'commit', sha: SHA, pullRequests: [12] }
    ],
    // A fork's pull request is not listed in workflow_run: the API is asked which pull requests have that head.
    ['workflow_run', { workflow_run: { event: 'pull_request_review', head_sha: SHA, head_branch: 'feature', pull_requests: [] } }, { kind: 'commit', sha: SHA, pullRequests: [] }],
    [
      'workflow_run',
      { workflow_run: { event: 'merge_group', head_sha: SHA, head_branch: `gh-readonly-queue/release/v2/pr-12-${BASE}`, pull_requests: [] } },
      { kind: 'merge-group', headSha: SHA, baseSha: BASE, baseRef: 'release/v2', pullRequest: 12, headRef: `refs/heads/gh-readonly-queue/release/v2/pr-12-${BASE}` }
    ]
  ] as const)('%s', (event, payload, expected) => {
    expect(targetFromEvent(event, payload as Record<string, unknown>, '')).toMatchObject(expected)
  })

  it('takes the pull-request input for workflow_dispatch', () => {
    expect(targetFromEvent('workflow_dispatch', { inputs: {} }, '31')).toMatchObject({ number: 31 })
  })

  it.each([
    ['push', { ref: 'refs/heads/main' }, /does not evaluate the push event/],
    ['issue_comment', { issue: { number: 3 } }, /does not evaluate the issue_comment event/],
    ['workflow_dispatch', { inputs: { 'pull-request': 'main' } }, /needs the pull request number/],
    ['pull_request', {}, /has no pull request number/],
    ['merge_group', { merge_group: {} }, /no head_sha\/base_sha/],
    ['workflow_run', { workflow_run: { event: 'push', head_sha: SHA } }, /does not evaluate a workflow_run relayed from the push event/],
    ['workflow_run', { workflow_run: { event: 'pull_request_review', head_sha: 'main' } }, /has no head_sha/],
    ['workflow_run', { workflow_run: { event: 'merge_group', head_sha: SHA, head_branch: 'feature' } }, /not a merge queue branch/]
  ] as const)('refuses %s with %p', (event, payload, message) => {
    expect(() => targetFromEvent(event, payload, '')).toThrow(UsageError)
    expect(() => targetFromEvent(event, payload, '')).toThrow(message)
  })

  it('reads the repository from GITHUB_REPOSITORY, else the payload', () => {
    expect(repositoryFrom('acme/shop', {})).toEqual({ owner: 'acme', repo: 'shop' })
    expect(repositoryFrom(undefined, { repository: { full_name: 'acme/api' } })).toEqual({ owner: 'acme', repo: 'api' })
    expect(() => repositoryFrom('', {})).toThrow(UsageError)
  })
})
