/**
 * The gate red-teamed: a writer of the repository who wants around it, and a team whose branches and bots do odd
 * things. Each scenario runs the bundled action the way the runner does against the GitHub double, and asserts the
 * gate never goes green without a valid approval of the head commit, never goes red without a reason it names, and
 * never ends in a stack trace.
 */
import { describe, expect, it } from '@jest/globals'
import { dispatchEvent, pullRequestEvent, reviewEvent } from './events.js'
import { PRODGUARD_APP, type GitHubDouble } from './github-double.js'
import { gateHarness, statesOn, type RunResult } from './runner.js'
import { BASE_FILES, DROP_LEGACY, DROP_LEGACY_SQL, ShopRepo } from './shop-repo.js'

const { run, track } = gateHarness()

const PR = 7
const MARKER = '<!-- prodguard:gate context=prodguard -->'

async function setup(files: Record<string, string | null> = { [DROP_LEGACY]: DROP_LEGACY_SQL }, options: { config?: string; author?: string } = {}) {
  const repo = new ShopRepo(options.config !== undefined ? { ...BASE_FILES, '.prodguard.yml': options.config } : BASE_FILES)
  repo.branch('feature', files, 'Feature change')
  const double = await repo.serve()
  double.openPullRequest({ number: PR, headRef: 'feature', author: options.author ?? 'alice' })
  double.roles.set('bob', 'write').set('carol', 'maintain').set('alice', 'write')
  track(repo, double)
  return { repo, double, head: () => double.headSha(PR) }
}

const ours = (double: GitHubDouble) => double.commentsOn(PR).find((c) => c.body.includes(MARKER) && c.user.login === 'github-actions[bot]')?.body ?? ''
const rerun = (double: GitHubDouble) => run(double, 'workflow_dispatch', dispatchEvent(double, { 'pull-request': String(PR) }))
const review = (double: GitHubDouble, login: string) => run(double, 'pull_request_review', reviewEvent(double, PR, login, 'approved'))

/** No Node stack trace anywhere a person would look. */
function expectNoStack(result: RunResult): void {
  for (const text of [result.stdout, result.stderr, result.summary]) expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
}

describe('reviews that no longer stand', () => {
  it('does not count an approval whose review was dismissed afterwards, even when the reviewer commented later', async () => {
    const { double, head } = await setup()
    const approval = double.review(PR, 'bob', 'APPROVED', head())
    expect((await review(double, 'bob')).outputs['decision']).toBe('approved')
    double.dismissReview(PR, approval.id)
    double.review(PR, 'bob', 'COMMENTED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'dismissed', 'dismissed'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'success', 'pending', 'failure'])
    expect(ours(double)).toMatch(/bob: review dismissed/)
  })

  it('does not count a member who left the approving team after approving', async () => {
    const { double, head } = await setup(undefined, { config: 'version: 1\napprovals:\n  teams: [dba]\n' })
    double.teams.set('acme/dba', { members: ['dana'], readable: true })
    double.review(PR, 'dana', 'APPROVED', head())
    expect((await review(double, 'dana')).outputs['decision']).toBe('approved')
    double.teams.set('acme/dba', { members: [], readable: true })
    expect((await rerun(double)).outputs['decision']).toBe('blocked')
    expect(statesOn(double, head()).at(-1)).toBe('failure')
  })

  it('does not count a team member whose invitation is still pending', async () => {
    const { double, head } = await setup(undefined, { config: 'version: 1\napprovals:\n  teams: [dba]\n' })
    double.teams.set('acme/dba', { members: [], invited: ['dana'], readable: true })
    double.review(PR, 'dana', 'APPROVED', head())
    expect((await review(double, 'dana')).outputs['decision']).toBe('blocked')
    expect(ours(double)).toMatch(/dana: not an authorized approver/)
  })

  it('does not carry an approval over a force-push to another commit with the same tree', async () => {
    const { repo, double, head } = await setup()
    const approved = head()
    double.review(PR, 'bob', 'APPROVED', approved)
    repo.git.git('commit', '-q', '--amend', '-m', 'Reworded, same tree')
    expect(head()).not.toBe(approved)
    expect(double.rev(`${head()}^{tree}`)).toBe(double.rev(`${approved}^{tree}`))
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(ours(double)).toMatch(/bob: approved an earlier commit/)
  })
})

describe('the latest review of each reviewer wins, on every page', () => {
  it('keeps an approval through a later comment or pending review, loses it to "changes requested", regains it with a new approval', async () => {
    const { double, head } = await setup()
    double.review(PR, 'bob', 'APPROVED', head())
    double.review(PR, 'bob', 'COMMENTED', head())
    double.review(PR, 'bob', 'PENDING', head())
    expect((await review(double, 'bob')).outputs['decision']).toBe('approved')
    double.review(PR, 'bob', 'CHANGES_REQUESTED', head())
    expect((await review(double, 'bob')).outputs['decision']).toBe('blocked')
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await review(double, 'bob')).outputs['decision']).toBe('approved')
  })

  it('reads reviews past the first page: an approval on page 2 counts, and a later "changes requested" on page 2 undoes one on page 1', async () => {
    const { double, head } = await setup()
    double.review(PR, 'carol', 'APPROVED', head())
    for (let i = 0; i < 120; i++) double.review(PR, `drive-by-${i}`, 'COMMENTED', head())
    double.review(PR, 'carol', 'CHANGES_REQUESTED', head())
    expect((await review(double, 'carol')).outputs['decision']).toBe('blocked')
    double.review(PR, 'bob', 'APPROVED', head())
    const result = await review(double, 'bob')
    expect(result.outputs['decision']).toBe('approved')
    expect(double.requests.filter((r) => r.path.endsWith('/pulls/7/reviews')).map((r) => r.query.get('page') ?? '1')).toEqual(expect.arrayContaining(['1', '2']))
  })
})

describe('who is not a second person', () => {
  it("does not count a co-author named in a commit's Co-authored-by trailer (GitHub no-reply e-mail)", async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nfeature\n' })
    repo.git.write({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('add', '-A')
    repo.git.git('commit', '-q', '-m', 'Drop legacy users\n\nPaired on it.\n\nCo-authored-by: Bob Builder <4711+bob@users.noreply.github.com>')
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await review(double, 'bob')).outputs['decision']).toBe('blocked')
    expect(ours(double)).toMatch(/bob: authored or committed a commit of this pull request/)
    double.review(PR, 'carol', 'APPROVED', head())
    expect((await review(double, 'carol')).outputs['decision']).toBe('approved')
  })

  it('says which co-authors it cannot match to an account, without letting their names ping or link anyone', async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nfeature\n' })
    repo.git.write({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('add', '-A')
    repo.git.git('commit', '-q', '-m', 'Drop\n\nCo-authored-by: @acme/everyone [x](https://evil.example) <pair@example.com>')
    double.review(PR, 'bob', 'APPROVED', head())
    const result = await review(double, 'bob')
    expect(result.outputs['decision']).toBe('approved')
    const body = result.summary
    expect(body).toMatch(/Co-authors named in commit messages without a GitHub no-reply e-mail cannot be matched to an account/)
    expect(body).toContain('`@&#8203;acme/everyone [x](https://evil.example) &lt;pair@&#8203;example.com&gt;`')
  })

  it('does not count a writer who pushed a commit carrying the author\'s e-mail, and counts no one when pushes cannot be read', async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nfeature\n' })
    double.logins.set('dev@example.com', 'alice')
    repo.git.write({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    repo.git.git('add', '-A')
    // carol commits as alice (same e-mail, so GitHub credits alice) and pushes.
    repo.git.git('-c', 'user.email=dev@example.com', '-c', 'user.name=Alice', 'commit', '-q', '-m', 'Drop legacy')
    double.pushes.push({ ref: 'feature', actor: 'alice' }, { ref: 'feature', actor: 'carol' })
    double.review(PR, 'carol', 'APPROVED', head())
    expect((await review(double, 'carol')).outputs['decision']).toBe('blocked')
    double.hideActivity = true
    expect((await review(double, 'carol')).outputs['decision']).toBe('blocked')
    expect(ours(double)).toMatch(/who pushed to `feature` cannot be read/)
  })

  it('never counts a bot through write permission (an App, the gate\'s own App), but counts one listed in approvals.users', async () => {
    const { double, head } = await setup()
    double.roles.set('renovate[bot]', 'write').set('prodguard-gate[bot]', 'admin')
    double.review(PR, 'renovate[bot]', 'APPROVED', head())
    double.review(PR, PRODGUARD_APP.login, 'APPROVED', head())
    const result = await review(double, 'renovate[bot]')
    expect(result.outputs['decision']).toBe('blocked')
    expect(ours(double)).toMatch(/renovate\[bot\]: not an authorized approver: a bot/)
    const listed = await setup(undefined, { config: "version: 1\napprovals:\n  users: ['renovate[bot]']\n" })
    // Listed, it counts like any listed login: while the permission API says it can write here.
    listed.double.roles.set('renovate[bot]', 'write')
    listed.double.review(PR, 'renovate[bot]', 'APPROVED', listed.head())
    expect((await review(listed.double, 'renovate[bot]')).outputs['decision']).toBe('approved')
  })

  it('matches logins and team names in any case: the author approving as another spelling, a team written in capitals', async () => {
    const { double, head } = await setup(undefined, { author: 'Alice' })
    double.review(PR, 'alice', 'APPROVED', head())
    expect((await review(double, 'alice')).outputs['decision']).toBe('blocked')
    expect(ours(double)).toMatch(/alice: the author cannot approve/)

    const teams = await setup(undefined, { config: 'version: 1\napprovals:\n  users: [BOB]\n  teams: [ACME/DBA]\n' })
    teams.double.teams.set('acme/dba', { members: ['dana'], readable: true })
    teams.double.review(PR, 'dana', 'APPROVED', teams.head())
    expect((await review(teams.double, 'dana')).outputs['decision']).toBe('approved')
  })

  it('takes a team in another organization as configured, and never confuses it with the same slug in this one', async () => {
    const { double, head } = await setup(undefined, { config: 'version: 1\napprovals:\n  teams: [partner/dba]\n' })
    double.teams.set('acme/dba', { members: ['bob'], readable: true }).set('partner/dba', { members: ['dana'], readable: true })
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await review(double, 'bob')).outputs['decision']).toBe('blocked')
    double.review(PR, 'dana', 'APPROVED', head())
    expect((await review(double, 'dana')).outputs['decision']).toBe('approved')
  })
})

describe('branches that do odd things', () => {
  it('judges a pull request into a branch guarded only by a ruleset without review rules by the default branch config', async () => {
    const repo = new ShopRepo()
    repo.git.git('checkout', '-q', '-b', 'release', 'main')
    repo.commit({ '.prodguard.yml': "version: 1\nignore: ['**']\n" }, 'Lax release config')
    repo.git.git('checkout', '-q', '-b', 'feature', 'release')
    repo.commit({ [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop')
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', baseRef: 'release', author: 'alice' })
    double.rules.set('release', [{ type: 'deletion' }, { type: 'non_fast_forward' }])
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(result.summary).toMatch(/governing as the default branch `main`, because the base branch `release` is not protected/)
    double.rules.set('release', [{ type: 'pull_request', parameters: { required_approving_review_count: 1 } }])
    expect((await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))).outputs['decision']).toBe('pass')
  })

  it('does not count an approval given before the base branch was changed: the same head brings other commits along', async () => {
    const repo = new ShopRepo()
    repo.git.git('branch', 'release', 'main')
    repo.commit({ [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop, merged into main long ago')
    repo.branch('feature', { 'db/migrations/0003_truncate_sessions.sql': 'TRUNCATE TABLE sessions;\n' }, 'Clear sessions')
    const double = await repo.serve()
    track(repo, double)
    double.roles.set('bob', 'write')
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    double.review(PR, 'bob', 'APPROVED', double.headSha(PR))
    expect((await review(double, 'bob')).outputs['decision']).toBe('approved')
    double.protectWithReviews('release')
    double.retarget(PR, 'release')
    const retargeted = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'edited'))
    expect(retargeted.outputs['decision']).toBe('blocked')
    expect(retargeted.outputs['blocking-count']).toBe('2')
    expect(statesOn(double, double.headSha(PR))).toEqual(['pending', 'success', 'pending', 'failure'])
    expect(ours(double)).toMatch(/bob: approved before the base branch was changed/)
    double.review(PR, 'bob', 'APPROVED', double.headSha(PR))
    expect((await review(double, 'bob')).outputs['decision']).toBe('approved')
  })

  it('keeps a base branch name with backticks, HTML and a mention inside its code span', async () => {
    const base = 'rel`<img>@acme/all`'
    const repo = new ShopRepo()
    repo.git.git('checkout', '-q', '-b', base, 'main')
    repo.git.git('checkout', '-q', '-b', 'feature', base)
    repo.commit({ [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop')
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', baseRef: base, author: 'alice' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(ours(double)).toContain('The base branch `` rel`&lt;img&gt;@&#8203;acme/all` `` is not protected')
  })
})

describe('events that say something else than the API', () => {
  it('judges the head the API names, not the stale one in the payload', async () => {
    const { repo, double, head } = await setup({ 'README.md': '# shop\n\nclean\n' })
    const stale = pullRequestEvent(double, PR)
    const clean = head()
    double.review(PR, 'bob', 'APPROVED', clean)
    repo.commit({ [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop after the event')
    const result = await run(double, 'pull_request_review', stale)
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(statesOn(double, clean)).toEqual([])
  })

  it('fails with a usage message and touches nothing for a payload without a pull request, or with a number of the wrong type', async () => {
    const { double } = await setup()
    for (const payload of [{}, { pull_request: null }, { pull_request: { number: '7' } }, { number: -3 }]) {
      const result = await run(double, 'pull_request_target', payload)
      expect(result.exitCode).toBe(1)
      expect(result.outputs['decision'] ?? 'error').toBe('error')
      expectNoStack(result)
    }
    expect(double.statuses).toEqual([])
    expect(double.writes()).toEqual([])
  })

  it("reads the pull request from this repository even when the payload names another repository's", async () => {
    const { double } = await setup()
    const payload = { ...pullRequestEvent(double, PR), number: 99, repository: { full_name: 'evil/elsewhere' } }
    payload.pull_request = { ...payload.pull_request, number: 99 }
    const result = await run(double, 'pull_request_target', payload)
    expect(result.exitCode).toBe(1)
    expect(result.failures.join('\n')).toMatch(/reading pull request #99 failed: 404/)
    expect(double.requests.every((r) => !r.path.startsWith('/repos/evil/'))).toBe(true)
    expect(double.statuses).toEqual([])
    expectNoStack(result)
  })
})

describe('an API that fails mid-run', () => {
  it('waits out 5xx answers and a secondary rate limit on the reviews and team reads, then decides', async () => {
    const { double, head } = await setup(undefined, { config: 'version: 1\napprovals:\n  teams: [dba]\n' })
    double.teams.set('acme/dba', { members: ['dana'], readable: true })
    double.review(PR, 'dana', 'APPROVED', head())
    double.fail({ method: 'GET', path: /\/pulls\/7\/reviews$/, times: 2, status: 502 })
    const limit = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }
    double.fail({ method: 'GET', path: /\/memberships\//, times: 1, status: 403, headers: { 'retry-after': '2' }, body: limit })
    const result = await review(double, 'dana')
    expect(result.outputs['decision']).toBe('approved')
    expect(statesOn(double, head())).toEqual(['pending', 'success'])
  })

  it('is never green when the reviews, the team or the pushes stay unreadable: an error, with what failed named', async () => {
    for (const path of [/\/pulls\/7\/reviews$/, /\/memberships\//, /\/activity$/]) {
      const { double, head } = await setup(undefined, { config: 'version: 1\napprovals:\n  teams: [dba]\n' })
      double.teams.set('acme/dba', { members: ['dana'], readable: true })
      double.review(PR, 'dana', 'APPROVED', head())
      double.fail({ method: 'GET', path, times: Infinity, status: 503 })
      const result = await review(double, 'dana')
      expect(result.outputs['decision']).toBe('error')
      expect(statesOn(double, head())).toEqual(['pending', 'error'])
      expect(result.failures.join('\n')).toMatch(/GitHub API did not answer after retries/)
      expectNoStack(result)
    }
  })
})

describe('an API that rate-limits past every retry', () => {
  it('is an error naming the rate limit, never "the team cannot be read" or "not a collaborator"', async () => {
    const limit = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }
    for (const [config, path] of [
      ['version: 1\napprovals:\n  teams: [dba]\n', /\/orgs\/acme\/teams\/dba$/],
      ['version: 1\n', /\/collaborators\/bob\/permission$/],
      ['version: 1\n', /\/activity$/]
    ] as const) {
      const { double, head } = await setup(undefined, { config })
      double.teams.set('acme/dba', { members: ['bob'], readable: true })
      double.review(PR, 'bob', 'APPROVED', head())
      double.fail({ method: 'GET', path, times: Infinity, status: 403, headers: { 'retry-after': '1' }, body: limit })
      const result = await review(double, 'bob')
      expect(result.outputs['decision']).toBe('error')
      expect(statesOn(double, head())).toEqual(['pending', 'error'])
      expect(result.failures.join('\n')).toMatch(/secondary rate limit/)
      expect(result.failures.join('\n')).not.toMatch(/Members: read|not a collaborator/)
      expectNoStack(result)
    }
  })
})

describe('a governing config that is not a small plain file', () => {
  it('fails closed on a .prodguard.yml that is a folder', async () => {
    const repo = new ShopRepo({ ...Object.fromEntries(Object.entries(BASE_FILES).filter(([p]) => p !== '.prodguard.yml')), '.prodguard.yml/policy.yml': 'version: 1\n' })
    repo.branch('feature', { 'README.md': '# x\n' })
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(double.statusesFor(double.headSha(PR)).at(-1)!.description).toMatch(/^Invalid config \.prodguard\.yml \(base branch main\): \(top level\): is a folder/)
  })

  it('fails closed on a huge .prodguard.yml without reading it whole', async () => {
    const huge = `version: 1\n${'# padding padding padding padding padding padding padding padding padding\n'.repeat(20_000)}`
    const { double, head } = await setup({ 'README.md': '# x\n' }, { config: huge })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(double.statusesFor(head()).at(-1)!.description).toMatch(/over the 1048576-byte limit for a config file/)
    expectNoStack(result)
  })
})

describe('the verdict written by someone else', () => {
  it('in check-run mode, posts its own check run beside another App\'s run of the same name and never adopts it', async () => {
    const { double, head } = await setup()
    const other = { login: 'deploy-bot[bot]', id: 777, type: 'Bot' as const, app: { id: 4444, slug: 'deploy-bot' } }
    const foreign = double.postCheckRun(head(), 'success', other)
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR), { token: 'app-token', inputs: { verdict: 'check-run' } })
    expect(result.outputs['decision']).toBe('blocked')
    expect(double.checkRunsFor(head()).map((c) => [c.by.app?.slug, c.conclusion])).toEqual([
      ['deploy-bot', 'success'],
      ['prodguard-gate', 'failure']
    ])
    expect(double.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/check-runs/${foreign.id}`))).toBe(false)
    expect(result.summary).toMatch(/a check run by the app deploy-bot/)
  })

  it('says plainly that check-run mode with GITHUB_TOKEN is not hardened: every workflow posts as the same app', async () => {
    const { double } = await setup()
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR), { inputs: { verdict: 'check-run' } })
    expect(result.outputs['decision']).toBe('blocked')
    expect(result.summary).toMatch(/Not hardened:\*\* the `prodguard` check was posted with `GITHUB_TOKEN`/)
    const hardened = await setup()
    const app = await run(hardened.double, 'pull_request_target', pullRequestEvent(hardened.double, PR), { token: 'app-token', inputs: { verdict: 'check-run' } })
    expect(app.summary).not.toMatch(/Not hardened/)
  })
})

describe('a pull request that loosens what the governing config extends', () => {
  const config = 'version: 1\nextends: [./policy/prodguard-base.yml]\n'
  const policy = 'version: 1\napprovals:\n  users: [carol]\n'

  it('is a guardrail/weakened finding, so a change that only adds an ignore glob to the extended policy is not green', async () => {
    const repo = new ShopRepo({ ...BASE_FILES, '.prodguard.yml': config, 'policy/prodguard-base.yml': policy })
    repo.branch('feature', { 'policy/prodguard-base.yml': "version: 1\nignore: ['db/**']\n" })
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; file: string }> }
    expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'guardrail/weakened', file: 'policy/prodguard-base.yml' })]))
    expect(statesOn(double, double.headSha(PR)).at(-1)).toBe('failure')
  })
})
