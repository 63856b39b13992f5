/**
 * The gate red-teamed while it runs: between reading a pull request and posting green, another event (a base
 * changed, an approval dismissed) has its own run, which may already have posted its verdict. A green from the
 * slower run must never overwrite it with facts that no longer hold. Each scenario runs the bundled action against
 * the GitHub double and changes the pull request just before the gate's last read.
 */
import { describe, expect, it } from '@jest/globals'
import { dispatchEvent, reviewEvent } from './events.js'
import { gateHarness, statesOn } from './runner.js'
import { BASE_FILES, DROP_LEGACY, DROP_LEGACY_SQL, ShopRepo } from './shop-repo.js'

const { run, track } = gateHarness()

const PR = 7
/** The gate reads the pull request three times (the event's, the commit's open pull requests, the re-check before green). */
const RECHECK = { method: 'GET', path: new RegExp(`/pulls/${PR}$`), skip: 2 }

/** A pull request by alice whose feature branch drops a table, with bob a writer who may approve it. */
async function droppingFeature() {
  const repo = new ShopRepo()
  repo.branch('feature', { [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop legacy users')
  const double = await repo.serve()
  track(repo, double)
  double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
  double.roles.set('bob', 'write')
  return { double, head: double.headSha(PR) }
}

describe('a pull request that changes while the gate judges it', () => {
  it('posts nothing green when the pull request is retargeted during the run onto a base that does not hold its commits', async () => {
    const repo = new ShopRepo()
    // `release` (protected) already holds the DROP; into release the feature is harmless, into main it is not.
    repo.branch('release', { [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop legacy users')
    repo.git.git('checkout', '-q', '-b', 'feature', 'release')
    repo.commit({ 'README.md': '# shop\n\nOrders, customers and invoices.\n' }, 'Docs')
    const double = await repo.serve()
    track(repo, double)
    double.protectWithReviews('release')
    double.openPullRequest({ number: PR, headRef: 'feature', baseRef: 'release', author: 'alice' })
    const head = double.headSha(PR)
    double.when(RECHECK.method, RECHECK.path, () => double.retarget(PR, 'main'), RECHECK.skip)
    const result = await run(double, 'workflow_dispatch', dispatchEvent(double, { 'pull-request': String(PR) }))
    expect(double.pulls.get(PR)!.baseRef).toBe('main')
    expect(statesOn(double, head)).not.toContain('success')
    expect(statesOn(double, head).at(-1)).toBe('failure')
    expect(double.statusesFor(head).at(-1)!.description).toMatch(/retargeted from release to main/)
    expect(result.outputs['decision']).not.toBe('approved')
    // Judged again on its new base, it is blocked: the DROP comes along.
    const again = await run(double, 'workflow_dispatch', dispatchEvent(double, { 'pull-request': String(PR) }))
    expect(again.outputs['decision']).toBe('blocked')
  })

  it('posts nothing green when the approval it counted is dismissed during the run', async () => {
    const { double, head } = await droppingFeature()
    const approval = double.review(PR, 'bob', 'APPROVED', head)
    double.when(RECHECK.method, RECHECK.path, () => double.dismissReview(PR, approval.id), RECHECK.skip)
    await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(statesOn(double, head)).not.toContain('success')
    expect(double.statusesFor(head).at(-1)!.description).toMatch(/approval of #7 by bob no longer stands \(dismissed\)/)
  })

  it('posts nothing green when the approver requests changes during the run', async () => {
    const { double, head } = await droppingFeature()
    double.review(PR, 'bob', 'APPROVED', head)
    double.when(RECHECK.method, RECHECK.path, () => void double.review(PR, 'bob', 'CHANGES_REQUESTED', head), RECHECK.skip)
    await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(statesOn(double, head)).not.toContain('success')
    expect(double.statusesFor(head).at(-1)!.state).toBe('failure')
  })

  it('still turns green when nothing changed during the run (the re-check is not a blanket refusal)', async () => {
    const { double, head } = await droppingFeature()
    double.review(PR, 'bob', 'APPROVED', head)
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(result.outputs['decision']).toBe('approved')
    expect(statesOn(double, head)).toEqual(['pending', 'success'])
  })
})

describe('a shared head the association listing does not know', () => {
  it("keeps a fork's shared head red while another of its pull requests is blocked, though the commit's pull request listing leaves that one out", async () => {
    const repo = new ShopRepo()
    repo.branch('release', { [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop legacy users')
    repo.git.git('checkout', '-q', '-b', 'feature', 'release')
    repo.commit({ 'README.md': '# shop\n\nOrders, customers and invoices.\n' }, 'Docs')
    const double = await repo.serve()
    track(repo, double)
    double.protectWithReviews('release')
    // One fork branch, two pull requests: into main it brings the DROP (blocked), into release it is harmless.
    double.openPullRequest({ number: 8, headRef: 'feature', baseRef: 'main', author: 'mallory', fork: true })
    double.openPullRequest({ number: 9, headRef: 'feature', baseRef: 'release', author: 'mallory', fork: true })
    double.unassociated.add(8)
    const head = double.headSha(9)
    const result = await run(double, 'workflow_dispatch', dispatchEvent(double, { 'pull-request': '9' }))
    expect(statesOn(double, head)).not.toContain('success')
    expect(statesOn(double, head).at(-1)).toBe('failure')
    expect(double.statusesFor(head).at(-1)!.description).toMatch(/#8:/)
    expect(result.summary).toMatch(/#8/)
  })
})

describe('a config file that shadows the governing one', () => {
  it('is a guardrail/weakened finding: a plain `.prodguard.yml` added beside a strict governing `.prodguard.yaml` is not green', async () => {
    const files: Record<string, string> = { ...BASE_FILES, '.prodguard.yaml': 'version: 1\napprovals:\n  users: [dave]\n  required: 1\n' }
    delete files['.prodguard.yml']
    const repo = new ShopRepo(files)
    // Nothing loosened key by key (the new file is the defaults), yet once merged it replaces the governing file.
    repo.branch('feature', { '.prodguard.yml': 'version: 1\n' }, 'Add a config')
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    double.roles.set('bob', 'write').set('dave', 'write')
    const head = double.headSha(PR)
    double.review(PR, 'bob', 'APPROVED', head)
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head)).toEqual(['pending', 'failure'])
    const findings = JSON.parse(result.reports.findings ?? '{}') as { findings?: Array<{ ruleId: string; file: string; message: string }> }
    expect(findings.findings?.find((f) => f.ruleId === 'guardrail/weakened')).toMatchObject({ file: '.prodguard.yml', message: expect.stringMatching(/instead, and what \.prodguard\.yaml requires stops applying/) })
    // dave, the governing file's approver, still can.
    double.review(PR, 'dave', 'APPROVED', head)
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'dave', 'approved'))).outputs['decision']).toBe('approved')
  })
})
