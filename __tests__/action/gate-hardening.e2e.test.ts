/**
 * The ways around the gate that issue 9 lists, each as an end-to-end scenario: the bundled action, run the way the
 * runner runs it, against the GitHub double. Every scenario must hold or fail closed.
 */
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { mergeGroupEvent, pullRequestEvent, reviewEvent, workflowRunEvent } from './events.js'
import { ACTIONS_APP, type GitHubDouble, type Identity } from './github-double.js'
import { gateHarness, statesOn } from './runner.js'
import { BASE_FILES, DROP_LEGACY, DROP_LEGACY_SQL, ShopRepo } from './shop-repo.js'

const { run, track } = gateHarness()

const PR = 7
const MARKER = '<!-- prodguard:gate context=prodguard -->'
const OTHER_APP: Identity = { login: 'deploy-bot[bot]', id: 777, type: 'Bot', app: { id: 4444, slug: 'deploy-bot' } }

async function setup(files: Record<string, string | null>, options: { baseFiles?: Record<string, string>; author?: string } = {}) {
  const repo = new ShopRepo(options.baseFiles ?? BASE_FILES)
  repo.branch('feature', files, 'Feature change')
  const double = await repo.serve()
  double.openPullRequest({ number: PR, headRef: 'feature', author: options.author ?? 'alice' })
  double.roles.set('bob', 'write').set('carol', 'maintain').set('alice', 'write')
  track(repo, double)
  return { repo, double, head: () => double.headSha(PR) }
}

const ours = (double: GitHubDouble, issue = PR) => double.commentsOn(issue).filter((c) => c.body.includes(MARKER) && c.user.login === 'github-actions[bot]')

describe('point 1: one verdict per commit', () => {
  it('keeps a shared head red while another pull request with that head is blocked (feature -> release holds the DROP already)', async () => {
    const { repo, double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('branch', 'release', 'feature')
    repo.commit({ 'README.md': '# shop\n\nrelease notes\n' }, 'On top of release')
    double.openPullRequest({ number: 8, headRef: 'feature', baseRef: 'release', author: 'alice' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, 8))
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(double.statusesFor(head()).at(-1)!.description).toMatch(/^#7: 1 blocking finding/)
    expect(result.outputs['decision']).toBe('blocked')
    const onB = ours(double, 8)[0]!.body
    expect(onB).toMatch(/Nothing needs approval\*\* as of commit `[0-9a-f]{7}`, but the `prodguard` status is red/)
    expect(onB).not.toMatch(/status is green/)
    expect(onB).toMatch(/is also the head of #7 \(into `main`, blocked\).*green only when every pull request with this head passes: #7 keeps it red/s)
    expect(ours(double, 7)[0]!.body).toContain('destructive-sql/drop-table')
  })

  it('judges a pull request into an unprotected branch by the default branch config, not its lax one', async () => {
    const lax = { ...BASE_FILES, '.prodguard.yml': "version: 1\nignore: ['**']\n" }
    const { repo, double, head } = await setup({})
    repo.git.git('checkout', '-q', '-b', 'lax', 'main')
    repo.commit({ '.prodguard.yml': lax['.prodguard.yml'] }, 'Lax config')
    repo.git.git('checkout', '-q', '-b', 'sneaky', 'lax')
    repo.commit({ [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop')
    double.openPullRequest({ number: 9, headRef: 'sneaky', baseRef: 'lax', author: 'alice' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, 9))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, double.headSha(9))).toEqual(['pending', 'failure'])
    expect(ours(double, 9)[0]!.body).toMatch(/The base branch `lax` is not protected, so its `.prodguard.yml` does not govern: the default branch `main`'s does/)
    expect(result.summary).toMatch(/governing as the default branch `main`, because the base branch `lax` is not protected/)
    // Once `lax` is protected (its config could only change through reviewed pull requests), its config governs.
    double.protectWithReviews('lax')
    expect((await run(double, 'pull_request_target', pullRequestEvent(double, 9, 'synchronize'))).outputs['decision']).toBe('pass')
    expect(head()).toBeTruthy()
  })
})

describe('point 5: pinned to one head', () => {
  it('posts nothing green on a commit the pull request moved away from during the run', async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nclean\n' })
    const judged = head()
    // The push lands just before the run reads the pull request again to confirm its head.
    double.when('GET', /\/pulls\/7$/, () => repo.commit({ [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Sneak a drop in'), 2)
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(statesOn(double, judged)).toEqual(['pending', 'failure'])
    expect(double.statusesFor(judged).at(-1)!.description).toMatch(/^Superseded: #7 now points at [0-9a-f]{7}/)
    expect(double.statusesFor(head())).toEqual([])
    expect(result.outputs['decision']).toBe('blocked')
    // Nothing claims green: no comment from this run, and the summary says why it is not green.
    expect(ours(double)).toEqual([])
    expect(result.summary).toMatch(/Not green: #7 now points at [0-9a-f]{7}/)
    expect(result.summary).not.toMatch(/is green/)
  })

  it('reads the file list and the contents of the same commit when the head moves after the first read', async () => {
    const { repo, double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const risky = head()
    double.when('GET', /\/compare\//, () => repo.commit({ [DROP_LEGACY]: null, 'docs/a.md': 'harmless\n' }, 'Hide it'))
    await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(statesOn(double, risky)).toEqual(['pending', 'failure'])
    expect(double.statusesFor(risky).at(-1)!.description).toMatch(/1 blocking finding/)
    expect(double.requests.filter((r) => r.path.includes('/compare/')).every((r) => r.path.endsWith(risky))).toBe(true)
  })

  it('compares the two trees when the comparison comes without a file list, never "nothing changed"', async () => {
    const { double } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.omitCompareFiles = true
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(result.summary).toContain('1 file changed (tree comparison)')
  })

  it('leaves no pending and nothing green on a head that is no open pull request head any more (a relayed review of an old commit)', async () => {
    const { repo, double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const old = head()
    repo.commit({ 'docs/b.md': 'more\n' }, 'Newer head')
    const result = await run(double, 'workflow_run', workflowRunEvent(double, 'pull_request_review', old, 'feature', [PR]), { token: 'app-token', inputs: { verdict: 'check-run' } })
    expect(result.outputs['decision']).toBe('superseded')
    expect(double.checkRuns.map((c) => [c.sha, c.status, c.conclusion, c.title])).toEqual([[old, 'completed', 'failure', expect.stringMatching(/^Superseded/)]])
    expect(double.statuses).toEqual([])
  })

  it('replaces an earlier green with an error when the run fails before it can judge (a dismissed review, then the API fails)', async () => {
    const { double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))).outputs['decision']).toBe('approved')
    double.review(PR, 'bob', 'DISMISSED', head())
    double.fail({ method: 'GET', path: /\/commits\/[0-9a-f]{40}\/pulls$/, times: Infinity, status: 502 })
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'dismissed', 'dismissed'))
    expect(result.outputs['decision']).toBe('error')
    expect(statesOn(double, head())).toEqual(['pending', 'success', 'pending', 'error'])
  })
})

describe('point 6: the two-person rule', () => {
  it('does not count the approval of a maintainer who pushed a commit into the pull request', async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nfeature\n' })
    double.logins.set('dev@example.com', 'alice').set('carol@example.com', 'carol')
    repo.git.write({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('add', '-A')
    repo.git.git('-c', 'user.email=carol@example.com', '-c', 'user.name=Carol', 'commit', '-q', '-m', 'Drop legacy')
    double.review(PR, 'carol', 'APPROVED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'carol', 'approved'))
    expect(result.outputs['decision']).toBe('blocked')
    const body = ours(double)[0]!.body
    expect(body).toMatch(/carol: authored or committed a commit of this pull request, so cannot approve it/)
    expect(body).toMatch(/Who can approve:\*\* anyone with write access to acme\/shop, except the author and the committers/)
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))).outputs['decision']).toBe('approved')
  })

  it('does not count the approval of whoever pushed, whatever e-mail the commit carries; fails closed when pushes cannot be read', async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nfeature\n' })
    repo.git.write({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('add', '-A')
    repo.git.git('-c', 'user.email=nobody@nowhere.invalid', '-c', 'user.name=Nobody', 'commit', '-q', '-m', 'Drop legacy')
    double.pushes.push({ ref: 'feature', actor: 'alice' }, { ref: 'feature', actor: 'carol' })
    double.review(PR, 'carol', 'APPROVED', head())
    const pushed = await run(double, 'pull_request_review', reviewEvent(double, PR, 'carol', 'approved'))
    expect(pushed.outputs['decision']).toBe('blocked')
    expect(ours(double)[0]!.body).toMatch(/carol: authored or committed a commit of this pull request/)
    double.hideActivity = true
    double.review(PR, 'bob', 'APPROVED', head())
    const unknown = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(unknown.outputs['decision']).toBe('blocked')
    expect(ours(double)[0]!.body).toMatch(/no approval can change that:\*\* who pushed to `feature` cannot be read \(the activity API of acme\/shop answered 403 Resource not accessible by integration\)/)
  })

  it("fails closed on a fork's commit by an unlinked e-mail when the fork's pushes cannot be read", async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nfeature\n' })
    double.pulls.get(PR)!.fork = true
    repo.git.write({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('add', '-A')
    repo.git.git('-c', 'user.email=nobody@nowhere.invalid', '-c', 'user.name=Nobody', 'commit', '-q', '-m', 'Drop legacy')
    double.forkPushes.push({ ref: 'feature', actor: 'carol' })
    double.review(PR, 'carol', 'APPROVED', head())
    expect((await run(double, 'pull_request_target', pullRequestEvent(double, PR))).outputs['decision']).toBe('blocked')
    expect(ours(double)[0]!.body).toMatch(/carol: authored or committed a commit of this pull request/)
    double.hideForkActivity = true
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await run(double, 'pull_request_target', pullRequestEvent(double, PR))).outputs['decision']).toBe('blocked')
    expect(ours(double)[0]!.body).toMatch(/no approval can change that:\*\* commit [0-9a-f]{7} is by `Dev`, `Nobody` \(e-mail linked to no GitHub account\)/)
  })

  it('flags a pull request that turns approvals.allowCommitters on', async () => {
    const { double } = await setup({ '.prodguard.yml': 'version: 1\napprovals:\n  required: 1\n  allowCommitters: true\n' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; message: string }> }
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'guardrail/weakened', message: expect.stringMatching(/two-person rule/) })])
  })

  it('counts a committer only with approvals.allowCommitters: true', async () => {
    const baseFiles = { ...BASE_FILES, '.prodguard.yml': 'version: 1\napprovals:\n  allowCommitters: true\n' }
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nfeature\n' }, { baseFiles })
    double.logins.set('carol@example.com', 'carol')
    repo.git.write({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('add', '-A')
    repo.git.git('-c', 'user.email=carol@example.com', 'commit', '-q', '-m', 'Drop legacy')
    double.review(PR, 'carol', 'APPROVED', head())
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'carol', 'approved'))).outputs['decision']).toBe('approved')
  })
})

describe('extends: the governing config includes what it extends, read through the API', () => {
  it('applies an extended policy file of the base commit: only its approvers count', async () => {
    const baseFiles = { ...BASE_FILES, '.prodguard.yml': 'version: 1\nextends: [./policy/prodguard-base.yml]\n', 'policy/prodguard-base.yml': 'version: 1\napprovals:\n  users: [carol]\n' }
    const { double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles })
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))).outputs['decision']).toBe('blocked')
    double.review(PR, 'carol', 'APPROVED', head())
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'carol', 'approved'))).outputs['decision']).toBe('approved')
  })

  it('fails closed on an extends entry the Action cannot read (an npm package, a missing file)', async () => {
    for (const entry of ['@acme/prodguard-policy', './policy/missing.yml']) {
      const baseFiles = { ...BASE_FILES, '.prodguard.yml': `version: 1\nextends: ['${entry}']\n` }
      const { double, head } = await setup({ 'docs/readme.md': 'harmless\n' }, { baseFiles })
      const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
      expect(result.outputs['decision']).not.toBe('pass')
      expect(statesOn(double, head()).at(-1)).not.toBe('success')
    }
  })
})

describe('hardened mode: check runs from an App, relayed events, read-back', () => {
  it('posts a check run with the App token (in_progress, then completed), and no commit status', async () => {
    const { double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const inputs = { verdict: 'check-run' }
    const blocked = await run(double, 'pull_request_target', pullRequestEvent(double, PR), { token: 'app-token', inputs })
    expect(blocked.outputs['decision']).toBe('blocked')
    expect(double.statuses).toEqual([])
    const runs = double.checkRunsFor(head())
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure', by: expect.objectContaining({ login: 'prodguard-gate[bot]' }) })
    expect(double.requests.filter((r) => r.path.endsWith('/check-runs') && r.method === 'POST').map((r) => (r.body as { status: string }).status)).toEqual(['in_progress'])
    // The sticky comment is found by the App's own login.
    const comments = double.commentsOn(PR).filter((c) => c.user.login === 'prodguard-gate[bot]')
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/The `prodguard` check stays red until/)

    // A review, relayed by the relay workflow through workflow_run (no pull_requests listed, as for a fork).
    double.review(PR, 'bob', 'APPROVED', head())
    const approved = await run(double, 'workflow_run', workflowRunEvent(double, 'pull_request_review', head(), 'feature'), { token: 'app-token', inputs })
    expect(approved.outputs['decision']).toBe('approved')
    expect(double.checkRunsFor(head()).map((c) => c.conclusion)).toEqual(['failure', 'success'])
    expect(double.commentsOn(PR).filter((c) => c.user.login === 'prodguard-gate[bot]')).toHaveLength(1)
  })

  it("reports a prodguard success it did not post: another workflow's status, another App's check run", async () => {
    const { double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.postStatus(head(), 'success', ACTIONS_APP, 'prodguard', 'https://example.com/forged')
    double.postCheckRun(head(), 'success', OTHER_APP)
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR), { token: 'app-token', inputs: { verdict: 'check-run' } })
    expect(result.outputs['decision']).toBe('blocked')
    const comment = double.commentsOn(PR).find((c) => c.user.login === 'prodguard-gate[bot]')!.body
    for (const text of [comment, result.summary]) {
      expect(text).toMatch(/Not posted by prodguard:\*\* commit `[0-9a-f]{7}` carries 2 `prodguard` success/)
      expect(text).toMatch(/a status by github-actions\[bot\]/)
      expect(text).toMatch(/a check run by the app deploy-bot/)
    }
  })

  it('does not report its own earlier success in commit-status mode, but does report a status by another identity', async () => {
    const { double, head } = await setup({ 'README.md': '# shop\n\nclean\n' })
    expect((await run(double, 'pull_request_target', pullRequestEvent(double, PR))).summary).not.toMatch(/Not posted by prodguard/)
    const again = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'reopened'))
    expect(again.summary).not.toMatch(/Not posted by prodguard/)
    double.postStatus(head(), 'success', { login: 'mallory', id: 31337, type: 'User', app: undefined })
    const third = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'reopened'))
    expect(third.summary).toMatch(/a status by mallory/)
  })
})

describe('point 9: merge queue', () => {
  it('fails closed on a merge group whose base is not an ancestor of its head (an empty diff would pass)', async () => {
    const { repo, double } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const queue = `gh-readonly-queue/main/pr-7-${repo.base}`
    repo.git.git('checkout', '-q', '-b', queue, 'main')
    repo.git.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature')
    const groupHead = double.rev(`refs/heads/${queue}`)
    const event = mergeGroupEvent(double, 'main', queue)
    repo.git.git('checkout', '-q', '-b', 'later', queue)
    event.merge_group.base_sha = repo.commit({ 'docs/c.md': 'c\n' }, 'Later')
    const result = await run(double, 'merge_group', event)
    expect(result.outputs['decision']).toBe('error')
    expect(statesOn(double, groupHead)).toEqual(['pending', 'error'])
    expect(result.failures.join('\n')).toMatch(/is not an ancestor of the group head/)
  })

  it('judges a merge group relayed through workflow_run from the API, not the payload', async () => {
    const { repo, double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const queue = `gh-readonly-queue/main/pr-7-${repo.base}`
    repo.git.git('checkout', '-q', '-b', queue, 'main')
    repo.git.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature')
    const groupHead = double.rev(`refs/heads/${queue}`)
    const inputs = { verdict: 'check-run' }
    const blocked = await run(double, 'workflow_run', workflowRunEvent(double, 'merge_group', groupHead, queue), { token: 'app-token', inputs })
    expect(blocked.outputs['decision']).toBe('blocked')
    expect(double.checkRunsFor(groupHead).map((c) => c.conclusion)).toEqual(['failure'])
    double.review(PR, 'bob', 'APPROVED', head())
    const approved = await run(double, 'workflow_run', workflowRunEvent(double, 'merge_group', groupHead, queue), { token: 'app-token', inputs })
    expect(approved.outputs['decision']).toBe('approved')
    expect(double.checkRunsFor(groupHead).map((c) => c.conclusion)).toEqual(['failure', 'success'])
  })

  it('blocks a group whose findings are not all covered by an approval of the pull request that introduced them', async () => {
    const { repo, double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('checkout', '-q', '-b', 'cleanup', 'main')
    repo.commit({ 'db/migrations/0003_truncate_sessions.sql': 'TRUNCATE TABLE sessions;\n' }, 'Clear sessions')
    double.openPullRequest({ number: 8, headRef: 'cleanup', author: 'dave' })
    double.review(PR, 'bob', 'APPROVED', head())
    const queue = `gh-readonly-queue/main/pr-8-${repo.base}`
    repo.git.git('checkout', '-q', '-b', queue, 'main')
    repo.git.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature')
    repo.git.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #8', 'cleanup')
    const groupHead = double.rev(`refs/heads/${queue}`)
    const event = { ...mergeGroupEvent(double, 'main', queue) }
    event.merge_group.base_sha = repo.base
    const blocked = await run(double, 'merge_group', event)
    expect(blocked.outputs['decision']).toBe('blocked')
    expect(statesOn(double, groupHead)).toEqual(['pending', 'failure'])
    expect(double.statusesFor(groupHead).at(-1)!.description).toMatch(/1 of 2 blocking finding\(s\) not covered/)
    expect(blocked.summary).toMatch(/Not covered by an approval of the pull request that introduced it: `destructive-sql\/truncate[a-z-]*` in `db\/migrations\/0003_truncate_sessions.sql:1`/)
    double.review(8, 'bob', 'APPROVED', double.headSha(8))
    const approved = await run(double, 'merge_group', event)
    expect(approved.outputs['decision']).toBe('approved')
    expect(double.statusesFor(groupHead).at(-1)!.description).toMatch(/2 blocking finding\(s\) approved in #7, #8/)
  })
})

describe('point 10: what people see', () => {
  it('lists a suppression the pull request adds with the findings, so the headline count matches the table', async () => {
    const sql = 'DROP TABLE legacy_users; -- prodguard-ignore destructive-sql/drop-table -- nothing reads it\nDROP TABLE sessions_old;\n'
    const { double } = await setup({ [DROP_LEGACY]: sql })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['blocking-count']).toBe('2')
    const body = ours(double)[0]!.body
    expect(body).toMatch(/2 findings below need a reviewer's decision/)
    expect(body).toMatch(/2 blocking findings need/)
    expect(body).toContain('suppressed in this change: &quot;nothing reads it&quot;')
    expect(body).not.toContain('🔕')
  })

  it('says no one can approve when approvals.users lists only the author', async () => {
    const baseFiles = { ...BASE_FILES, '.prodguard.yml': 'version: 1\napprovals:\n  users: [alice]\n' }
    const { double } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles })
    await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    const body = ours(double)[0]!.body
    expect(body).toMatch(/Who can approve:\*\* no one\. Every approver configured/)
    expect(body).not.toMatch(/anyone with write access/)
  })

  it('sends team and user review requests separately and reports a failed one in the comment', async () => {
    const baseFiles = { ...BASE_FILES, '.prodguard.yml': 'version: 1\napprovals:\n  users: [bob]\n  teams: [dba]\n' }
    const { double } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles })
    double.teams.set('acme/dba', { members: ['dana'], readable: true })
    double.rejectTeamRequests = true
    await run(double, 'pull_request_target', pullRequestEvent(double, PR), { inputs: { 'request-reviewers': 'true' } })
    expect(double.pulls.get(PR)!.requestedReviewers).toEqual(['bob'])
    expect(ours(double)[0]!.body).toMatch(/Reviews could not be requested from team acme\/dba: 422 Reviews may only be requested from collaborators/)
  })

  it('keeps a file name with backticks inside its code span in "since the last approval"', async () => {
    const { repo, double, head } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.review(PR, 'bob', 'APPROVED', head())
    const tricky = 'db/migrations/0003_`](https:/evil.example)`.sql'
    repo.commit({ [tricky]: 'TRUNCATE TABLE sessions;\n' }, 'Tricky name')
    await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))
    const since = ours(double)[0]!.body.split('**Since')[1]!
    expect(since).toContain('`` db/migrations/0003_`](https:/evil.example)`.sql:1 ``')
  })

  it("never edits or deletes another identity's comment that carries the marker", async () => {
    const { double } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const human = double.humanComment(PR, 'mallory', `${MARKER}\nquoted`)
    const bot = double.botComment(PR, OTHER_APP, `${MARKER}\nanother app`)
    await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))
    expect(double.commentsOn(PR).find((c) => c.id === human.id)!.body).toBe(`${MARKER}\nquoted`)
    expect(double.commentsOn(PR).find((c) => c.id === bot.id)!.body).toBe(`${MARKER}\nanother app`)
    expect(ours(double)).toHaveLength(1)
    expect(double.requests.filter((r) => r.method === 'DELETE')).toEqual([])
  })

  it('does not say the status stays red when no status could be posted', async () => {
    const { double } = await setup({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.tokens.set('read-token', 'read')
    const result = await run(double, 'pull_request', pullRequestEvent(double, PR), { token: 'read-token' })
    expect(result.outputs['decision']).toBe('blocked')
    expect(result.summary).not.toMatch(/stays red/)
    expect(result.summary).toMatch(/Blocked until 1 authorized reviewer approves/)
    expect(result.summary).toMatch(/could not be posted/)
  })
})

describe('point 7: symlinks in the tree', () => {
  it('fails closed when the governing .prodguard.yml is a symlink out of the repository', async () => {
    const repo = new ShopRepo(BASE_FILES)
    repo.git.remove('.prodguard.yml')
    symlinkSync('/etc/prodguard.yml', join(repo.git.dir, '.prodguard.yml'))
    repo.commit({}, 'Config elsewhere')
    repo.branch('feature', { 'README.md': '# shop\n\nx\n' })
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(double.statusesFor(double.headSha(PR)).at(-1)!.description).toMatch(/^Invalid config \.prodguard\.yml \(base branch main\): \(top level\): is a symlink, not a plain file/)
  })

  it('analyzes a migration that is a symlink as its target inside the repository, and fails closed on one that leaves it', async () => {
    const { repo, double } = await setup({ 'sql/drop.sql': DROP_LEGACY_SQL })
    symlinkSync('../../sql/drop.sql', join(repo.git.dir, 'db/migrations/0002_drop.sql'))
    symlinkSync('/etc/passwd', join(repo.git.dir, 'db/migrations/0003_outside.sql'))
    repo.commit({}, 'Link migrations')
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; file: string; message: string }> }
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'destructive-sql/drop-table', file: 'db/migrations/0002_drop.sql' }),
        expect.objectContaining({ ruleId: 'unanalyzable/unreadable', file: 'db/migrations/0003_outside.sql', message: expect.stringMatching(/symbolic link to \/etc\/passwd, outside the repository/) })
      ])
    )
    expect(result.outputs['decision']).toBe('blocked')
  })
})
