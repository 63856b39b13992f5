/**
 * The approval gate end to end: the bundled action, run the way the Actions runner runs it, against the GitHub API
 * double backed by a real git repository. Each scenario asserts what GitHub would end up with (the status sequence on
 * the head commit, the one comment) and what the runner would (outputs, summary, annotations, exit code).
 */
import { describe, expect, it } from '@jest/globals'
import { dispatchEvent, mergeGroupEvent, pullRequestEvent, reviewEvent } from './events.js'
import type { GitHubDouble } from './github-double.js'
import { gateHarness, statesOn } from './runner.js'
import { DROP_LEGACY, DROP_LEGACY_SQL, ShopRepo } from './shop-repo.js'

const { run, track } = gateHarness()

const PR = 7
const MARKER = '<!-- prodguard:gate context=prodguard -->'

/** A shop repository with a pull request from `branch` by alice, served by the double. */
async function pullRequest(files: Record<string, string | null>, options: { baseFiles?: Record<string, string>; author?: string; fork?: boolean } = {}) {
  const repo = new ShopRepo(options.baseFiles)
  repo.branch('feature', files, 'Feature change')
  const double = await repo.serve()
  double.openPullRequest({ number: PR, headRef: 'feature', author: options.author ?? 'alice', fork: options.fork ?? false })
  double.roles.set('bob', 'write').set('carol', 'maintain').set('owner', 'admin').set('rita', 'read').set('alice', 'write')
  track(repo, double)
  return { repo, double, head: () => double.headSha(PR) }
}

const ourComments = (double: GitHubDouble) => double.commentsOn(PR).filter((c) => c.body.includes(MARKER) && c.user.type === 'Bot')
/** The migrations here also carry lock-safety warnings (no lock_timeout before the DROP); those are tested in __tests__/lock-safety/. */
const notLockSafety = (f: { ruleId: string }): boolean => !f.ruleId.startsWith('lock-safety/')

describe('a pull request with a destructive migration', () => {
  it('is blocked with no review: pending then failure, one comment, outputs, summary, annotations, exit 1', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))

    expect(result.exitCode).toBe(1)
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    const failure = double.statusesFor(head()).at(-1)!
    expect(failure.description).toMatch(/1 blocking finding: needs 1 approval of this commit \(0 so far\)/)
    expect(failure.targetUrl).toBe('https://github.com/acme/shop/actions/runs/7001')

    expect(ourComments(double)).toHaveLength(1)
    const comment = ourComments(double)[0]!.body
    expect(comment.startsWith(MARKER)).toBe(true)
    expect(comment).toContain('destructive-sql/drop-table')
    expect(comment).toMatch(/stays red until 1 authorized reviewer approves commit `[0-9a-f]{7}`/)
    expect(comment).toMatch(/Who can approve:\*\* anyone with write access to acme\/shop, except the author @&#8203;alice/)

    expect(result.outputs).toMatchObject({ decision: 'blocked', 'blocking-count': '1', 'sarif-file': '' })
    const report = JSON.parse(result.reports.findings!) as { schemaVersion: number; decision: string; findings: Array<{ ruleId: string; file: string; line: number }> }
    expect(report).toMatchObject({ schemaVersion: 1, decision: 'blocked' })
    expect(report.findings.filter(notLockSafety)).toEqual([expect.objectContaining({ ruleId: 'destructive-sql/drop-table', file: DROP_LEGACY, line: 2 })])

    expect(result.summary).toContain('## ❌ prodguard: blocked')
    expect(result.summary).toContain('pending on')
    expect(result.annotations.filter((a) => notLockSafety({ ruleId: a.properties['title'] ?? '' }))).toEqual([
      expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: DROP_LEGACY, line: '2', title: 'destructive-sql/drop-table' }) })
    ])
    expect(result.failures.join('\n')).toMatch(/1 blocking finding/)

    // Every request was the API's, with the token; nothing but the status and the comment was written.
    expect(double.requests.filter((r) => !r.path.startsWith('/_codeload/')).every((r) => r.authorization === 'token test-token')).toBe(true)
    expect(double.writes().map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{40}/, 'SHA')}`)).toEqual([
      'POST /repos/acme/shop/statuses/SHA',
      'POST /repos/acme/shop/statuses/SHA',
      'POST /repos/acme/shop/issues/7/comments'
    ])
    // A handful of requests, not one per file: the change came from one listing and one tarball.
    expect(double.requests.filter((r) => r.path.includes('/tarball/'))).toHaveLength(1)
  })

  it('edits the one comment on a rerun and never takes over a comment that quotes the marker', async () => {
    const { repo, double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.humanComment(PR, 'mallory', `${MARKER}\nLooks fine to me`)
    await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    const first = ourComments(double)[0]!
    repo.commit({ 'db/migrations/0003_truncate_sessions.sql': 'TRUNCATE TABLE sessions;\n' }, 'Clear sessions')
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))

    expect(result.exitCode).toBe(1)
    expect(ourComments(double)).toHaveLength(1)
    expect(ourComments(double)[0]!.id).toBe(first.id)
    expect(ourComments(double)[0]!.body).toContain(head().slice(0, 7))
    expect(ourComments(double)[0]!.body).toContain('0003_truncate_sessions.sql')
    expect(double.commentsOn(PR).find((c) => c.user.login === 'mallory')!.body).toBe(`${MARKER}\nLooks fine to me`)
    expect(double.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
    expect(double.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1)
  })
})

describe('approvals', () => {
  it("does not count the author's own approval", async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.review(PR, 'alice', 'APPROVED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'alice', 'approved'))
    expect(result.exitCode).toBe(1)
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(ourComments(double)[0]!.body).toMatch(/alice: the author cannot approve their own change/)
  })

  it('does not count an approval by a user with read access', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.review(PR, 'rita', 'APPROVED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'rita', 'approved'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(ourComments(double)[0]!.body).toMatch(/rita: not an authorized approver: read permission \(needs write\)/)
    expect(double.requests.some((r) => r.path === '/repos/acme/shop/collaborators/rita/permission')).toBe(true)
  })

  it('does not carry an approval of an earlier commit over, and says what changed since', async () => {
    const { repo, double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const approved = head()
    double.review(PR, 'bob', 'APPROVED', approved)
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))).outputs['decision']).toBe('approved')
    repo.commit({ 'db/migrations/0003_truncate_sessions.sql': 'TRUNCATE TABLE sessions;\n' }, 'Clear sessions')
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ decision: 'blocked', 'blocking-count': '2' })
    expect(statesOn(double, approved)).toEqual(['pending', 'success'])
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    const body = ourComments(double)[0]!.body
    expect(body).toMatch(/bob: approved an earlier commit \([0-9a-f]{7}\)/)
    const since = body.slice(body.indexOf('**Since'))
    expect(since).toMatch(new RegExp(`^\\*\\*Since @&#8203;bob's approval of \`${approved.slice(0, 7)}\`:\\*\\* 1 new blocking finding:\\n- \`destructive-sql/truncate[a-z-]*\` in \`db/migrations/0003_truncate_sessions.sql:1\``))
    expect(since.split('\n\n')[0]).not.toContain(DROP_LEGACY)
  })

  it('does not count an approval the same reviewer followed with "changes requested"', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.review(PR, 'bob', 'APPROVED', head())
    double.review(PR, 'bob', 'COMMENTED', head())
    double.review(PR, 'bob', 'CHANGES_REQUESTED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'changes_requested'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(ourComments(double)[0]!.body).toMatch(/🔴 @&#8203;bob: requested changes/)
  })

  it('turns green with a valid approval of the head commit, and the comment says so and by whom', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    expect((await run(double, 'pull_request_target', pullRequestEvent(double, PR))).exitCode).toBe(1)
    double.review(PR, 'carol', 'COMMENTED', head())
    double.review(PR, 'bob', 'APPROVED', head())
    double.review(PR, 'bob', 'COMMENTED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))

    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ decision: 'approved', 'blocking-count': '1' })
    expect(statesOn(double, head())).toEqual(['pending', 'failure', 'pending', 'success'])
    expect(double.statusesFor(head()).at(-1)!.description).toBe('1 blocking finding approved by bob')
    expect(ourComments(double)).toHaveLength(1)
    expect(ourComments(double)[0]!.body).toMatch(/^## ✅ prodguard: approved$/m)
    expect(ourComments(double)[0]!.body).toMatch(/\*\*Approved\*\* by @&#8203;bob on commit `[0-9a-f]{7}`/)
    expect(result.summary).toContain('approved')
    expect(result.failures).toEqual([])
  })

  it('counts members of a configured team the token can read, and only them', async () => {
    const config = { '.prodguard.yml': 'version: 1\napprovals:\n  teams: [dba]\n' }
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles: { ...baseFiles(), ...config } })
    double.teams.set('acme/dba', { members: ['dana'], readable: true })
    double.review(PR, 'bob', 'APPROVED', head())
    const blocked = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(blocked.outputs['decision']).toBe('blocked')
    expect(ourComments(double)[0]!.body).toMatch(/bob: not an authorized approver: not in approvals.users or an approving team/)
    expect(ourComments(double)[0]!.body).toMatch(/Who can approve:\*\* members of @&#8203;acme\/dba/)
    double.review(PR, 'dana', 'APPROVED', head())
    const approved = await run(double, 'pull_request_review', reviewEvent(double, PR, 'dana', 'approved'))
    expect(approved.outputs['decision']).toBe('approved')
    expect(double.requests.some((r) => r.path === '/orgs/acme/teams/dba/memberships/dana')).toBe(true)
  })

  it('approves no one through a configured team the token cannot read, and names the missing permission', async () => {
    const config = { '.prodguard.yml': 'version: 1\napprovals:\n  teams: [dba]\n' }
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles: { ...baseFiles(), ...config } })
    double.teams.set('acme/dba', { members: ['dana'], readable: false })
    double.review(PR, 'bob', 'APPROVED', head())
    double.review(PR, 'dana', 'APPROVED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    const body = ourComments(double)[0]!.body
    expect(body).toMatch(/Team `acme\/dba` \(approvals.teams\) could not be read with this token \(403 Resource not accessible by integration\), so it approves no one\. The token needs the organization permission Members: read/)
    expect(body).toMatch(/Who can approve:\*\* no one/)
    expect(body).not.toMatch(/anyone with write access/)
    // Write permission is never asked: a team that cannot be read is no fallback to it.
    expect(double.requests.some((r) => r.path.includes('/collaborators/'))).toBe(false)
  })

  it('approves no one through a misspelt team, and says the team was not found', async () => {
    const config = { '.prodguard.yml': 'version: 1\napprovals:\n  teams: [DBA_Team]\n' }
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles: { ...baseFiles(), ...config } })
    double.teams.set('acme/dba-team', { members: ['dana'], readable: true })
    double.review(PR, 'bob', 'APPROVED', head())
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(ourComments(double)[0]!.body).toMatch(/Team `acme\/DBA_Team` \(approvals.teams\) was not found \(404 Not Found\), so it approves no one\. Check the slug \(the team's URL name, e\.g\. `acme\/dba-team`\)/)
  })

  it('needs approvals.required distinct approvers', async () => {
    const config = { '.prodguard.yml': 'version: 1\napprovals:\n  required: 2\n' }
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles: { ...baseFiles(), ...config } })
    double.review(PR, 'bob', 'APPROVED', head())
    double.review(PR, 'bob', 'APPROVED', head())
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))).outputs['decision']).toBe('blocked')
    expect(double.statusesFor(head()).at(-1)!.description).toMatch(/needs 2 approvals of this commit \(1 so far\)/)
    double.review(PR, 'carol', 'APPROVED', head())
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'carol', 'approved'))).outputs['decision']).toBe('approved')
  })

  it('still needs an approval for a suppression the pull request adds, and shows the reason', async () => {
    const sql = 'DROP TABLE legacy_users; -- prodguard-ignore destructive-sql/drop-table -- nothing has read it since the 2024 migration\n'
    const { double } = await pullRequest({ [DROP_LEGACY]: sql })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs).toMatchObject({ decision: 'blocked', 'blocking-count': '1' })
    expect(ourComments(double)[0]!.body).toContain('nothing has read it since the 2024 migration')
    expect(result.annotations[0]).toMatchObject({ level: 'error', properties: expect.objectContaining({ title: 'destructive-sql/drop-table (suppressed)' }) })
  })

  it('requests reviews from the configured approvers when asked to', async () => {
    const config = { '.prodguard.yml': 'version: 1\napprovals:\n  users: [bob, alice, erin]\n' }
    const { double } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { baseFiles: { ...baseFiles(), ...config } })
    await run(double, 'pull_request_target', pullRequestEvent(double, PR), { inputs: { 'request-reviewers': 'true' } })
    const requests = double.requests.filter((r) => r.path.endsWith('/requested_reviewers'))
    expect(requests.map((r) => r.body)).toEqual([{ reviewers: ['bob', 'erin'] }])
    await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'), { inputs: { 'request-reviewers': 'true' } })
    expect(double.requests.filter((r) => r.path.endsWith('/requested_reviewers'))).toHaveLength(1)
  })
})

describe('what passes', () => {
  it('passes a clean pull request: pending then success, no comment, exit 0', async () => {
    const { double, head } = await pullRequest({ 'src/server.js': "import { createServer } from 'node:http'\ncreateServer((req, res) => res.end('ok!')).listen(8080)\n", 'README.md': '# shop\n' })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.exitCode).toBe(0)
    expect(statesOn(double, head())).toEqual(['pending', 'success'])
    expect(double.statusesFor(head()).at(-1)!.description).toBe('Nothing needs approval')
    expect(double.commentsOn(PR)).toEqual([])
    expect(result.outputs).toMatchObject({ decision: 'pass', 'blocking-count': '0' })
    expect(result.summary).toContain('## ✅ prodguard: passed')
    expect(result.annotations).toEqual([])
  })

  it('turns the comment green when the blocking change is reverted', async () => {
    const { repo, double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    repo.commit({ [DROP_LEGACY]: null, 'docs/legacy.md': 'legacy_users stays for now\n' }, 'Keep legacy_users')
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))
    expect(result.outputs['decision']).toBe('pass')
    expect(statesOn(double, head())).toEqual(['pending', 'success'])
    expect(ourComments(double)).toHaveLength(1)
    expect(ourComments(double)[0]!.body).toMatch(/Nothing needs approval\*\* as of commit `[0-9a-f]{7}`/)
  })

  it('keeps the status red but the job green with fail-job: false', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR), { inputs: { 'fail-job': 'false', comment: 'false' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(double.commentsOn(PR)).toEqual([])
    expect(result.stdout).toMatch(/::warning::prodguard: 1 blocking finding/)
  })

  it('writes SARIF when asked', async () => {
    const { double } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR), { inputs: { 'sarif-file': 'reports/prodguard.sarif' } })
    expect(result.outputs['sarif-file']).toMatch(/reports\/prodguard\.sarif$/)
    const sarif = JSON.parse(result.reports.sarif!) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.filter(notLockSafety).map((r) => r.ruleId)).toEqual(['destructive-sql/drop-table'])
  })
})

describe('a pull request that weakens its own gate', () => {
  it('is judged by the base config, and the loosening is a finding of its own', async () => {
    const { double, head } = await pullRequest({
      '.prodguard.yml': 'version: 1\nrules:\n  destructive-sql: off\napprovals:\n  required: 1\n',
      [DROP_LEGACY]: DROP_LEGACY_SQL
    })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.exitCode).toBe(1)
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; file: string; message: string }> }
    expect(report.findings.filter(notLockSafety).map((f) => f.ruleId).sort()).toEqual(['destructive-sql/drop-table', 'guardrail/weakened'])
    expect(report.findings.find((f) => f.ruleId === 'guardrail/weakened')).toMatchObject({ file: '.prodguard.yml', message: expect.stringMatching(/turns `destructive-sql` off/) })
    expect(result.outputs['blocking-count']).toBe('2')
    // The config came from the base commit, never the head.
    const configReads = double.requests.filter((r) => r.path === '/repos/acme/shop/contents/.prodguard.yml')
    expect(configReads.map((r) => r.query.get('ref'))).toEqual([double.rev('refs/heads/main')])
  })

  it('flags a workflow edit that lets the prodguard step fail quietly', async () => {
    const { repo, double } = await pullRequest({ 'README.md': '# shop\n' })
    const workflow = repo.git.git('show', 'main:.github/workflows/prodguard.yml')
    repo.commit({ '.github/workflows/prodguard.yml': workflow.replace('      - uses: prodguard/prodguard@v1\n', '      - uses: prodguard/prodguard@v1\n        continue-on-error: true\n') })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(result.annotations[0]).toMatchObject({ properties: expect.objectContaining({ file: '.github/workflows/prodguard.yml', title: 'guardrail/weakened' }) })
  })

  it('fails every pull request under a base config that does not validate, naming file, key path and reason, never the defaults', async () => {
    const { double, head } = await pullRequest({ 'README.md': '# shop\n' }, { baseFiles: { ...baseFiles(), '.prodguard.yml': 'approvals:\n  required: lots\n' } })
    double.review(PR, 'bob', 'APPROVED', head())
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(double.statusesFor(head()).at(-1)!.description).toMatch(/^Invalid config \.prodguard\.yml \(base branch main\)(:\d+:\d+)?: approvals\.required: /)
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; message: string }> }
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'unanalyzable/invalid-config', message: expect.stringMatching(/approvals\.required.*never falls back to its defaults/) })])
    // Even an authorized approval cannot turn it green.
    expect(ourComments(double)[0]!.body).toMatch(/Blocked, and no approval can change that/)
  })
})

describe('the GitHub API misbehaving', () => {
  it('retries two transient 502s and carries on', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.fail({ method: 'GET', path: /^\/repos\/acme\/shop\/pulls\/7$/, times: 2, status: 502 })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(double.requests.filter((r) => r.path === '/repos/acme/shop/pulls/7').map((r) => r.status).slice(0, 3)).toEqual([502, 502, 200])
  })

  it('waits out a secondary rate limit (retry-after) on a write', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.fail({
      method: 'POST',
      path: /\/statuses\//,
      times: 1,
      status: 403,
      headers: { 'retry-after': '3' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }
    })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(result.stdout).toMatch(/secondary rate limit .* waiting 3s/)
  })

  it('fails the job with a clear message and never a green status when the API stays down', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.fail({ path: /^\/repos\//, times: Infinity, status: 503 })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.exitCode).toBe(1)
    expect(result.outputs['decision']).toBe('error')
    expect(statesOn(double, head())).toEqual([])
    expect(result.failures.join('\n')).toMatch(/prodguard could not evaluate pull request #7: reading pull request #7 failed: 503 Server Error\. The GitHub API did not answer after retries\. The `prodguard` status was not posted/)
    expect(result.summary).toContain('could not evaluate')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('reads the files blob by blob when the server has no tarball', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL, 'db/migrations/0003_add_index.sql': 'CREATE INDEX users_email ON users (email);\n' })
    double.fail({ path: /\/tarball\//, times: Infinity, status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    expect(double.requests.filter((r) => r.path.includes('/git/blobs/'))).toHaveLength(2)
  })

  it('fails closed when the files of the change cannot be read at all', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.fail({ path: /\/(tarball|git)\//, times: Infinity, status: 502 })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.exitCode).toBe(1)
    expect(result.outputs['decision']).toBe('error')
    expect(statesOn(double, head())).toEqual(['pending', 'error'])
    expect(double.statusesFor(head()).at(-1)!.description).toMatch(/prodguard could not evaluate/)
    expect(result.failures.join('\n')).toMatch(/could not download the files of commit [0-9a-f]{7}: 502/)
  })

  it('evaluates a fork with a read-only token, fails closed, and puts what it could not post in the summary', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL }, { fork: true })
    double.tokens.set('fork-token', 'read')
    const result = await run(double, 'pull_request', pullRequestEvent(double, PR), { token: 'fork-token' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['decision']).toBe('blocked')
    expect(double.statuses).toEqual([])
    expect(double.comments).toEqual([])
    expect(result.summary).toContain('destructive-sql/drop-table')
    expect(result.summary).toMatch(/status could not be posted \(403 Resource not accessible by integration\)/)
    expect(result.summary).toMatch(/comment could not be written: 403 Resource not accessible by integration/)
    expect(result.stdout).toMatch(/::warning::prodguard: cannot post the prodguard status/)
    // After the first 403 on a status the token is not asked again.
    expect(double.requests.filter((r) => r.path.includes('/statuses/'))).toHaveLength(1)
    expect(head()).toBeTruthy()
  })
})

describe('large pull requests', () => {
  it('reads a pull request of 3,000+ files with a few requests, including the files past the listing limit', async () => {
    const generated: Record<string, string> = {}
    for (let i = 0; i < 3050; i++) generated[`assets/generated/icon-${String(i).padStart(4, '0')}.svg`] = `<svg id="i${i}"/>\n`
    // Sorted after the 3,000 listed files: only the tree comparison sees it.
    const { double, head } = await pullRequest({ ...generated, [DROP_LEGACY]: DROP_LEGACY_SQL })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.failures).toEqual([expect.stringMatching(/1 blocking finding/)])
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head())).toEqual(['pending', 'failure'])
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; file: string }> }
    expect(report.findings.filter(notLockSafety)).toEqual([expect.objectContaining({ ruleId: 'destructive-sql/drop-table', file: DROP_LEGACY })])
    // The file list is the comparison of the base with that exact head; past 300 files, the two trees.
    expect(double.requests.filter((r) => r.path.endsWith('/pulls/7/files'))).toHaveLength(0)
    expect(double.requests.filter((r) => r.path.includes('/git/trees/'))).toHaveLength(2)
    expect(double.requests.filter((r) => r.path.includes('/tarball/'))).toHaveLength(1)
    expect(double.requests.length).toBeLessThan(50)
    expect(result.summary).toContain('3051 files changed (tree comparison)')
  }, 120_000)

  it('fails closed when even the trees are too large to list', async () => {
    const generated: Record<string, string> = {}
    for (let i = 0; i < 3010; i++) generated[`assets/generated/icon-${String(i).padStart(4, '0')}.svg`] = `<svg id="i${i}"/>\n`
    const { double } = await pullRequest(generated)
    double.truncateTrees = true
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; message: string }> }
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'unanalyzable/incomplete-change', message: expect.stringMatching(/the repository tree is too large for the API to list in one response/) })])
  }, 120_000)

  it('reads a file whose patch GitHub omits', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `INSERT INTO audit_log (id, note) VALUES (${i}, 'backfill row ${i}');`).join('\n')
    const { double } = await pullRequest({ 'db/migrations/0002_backfill.sql': `${rows}\nDROP TABLE legacy_users;\n` })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['decision']).toBe('blocked')
    const report = JSON.parse(result.reports.findings!) as { findings: Array<{ ruleId: string; line: number }> }
    expect(report.findings.filter(notLockSafety)).toEqual([expect.objectContaining({ ruleId: 'destructive-sql/drop-table', line: 2501 })])
  })

  it('keeps the comment under 65,536 characters and says how many findings it left out', async () => {
    const drops = Array.from({ length: 600 }, (_, i) => `DROP TABLE archive_${String(i).padStart(3, '0')}_with_a_rather_long_descriptive_name_for_the_partition;`).join('\n')
    const { double } = await pullRequest({ 'db/migrations/0002_drop_archives.sql': `${drops}\n` })
    const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR))
    expect(result.outputs['blocking-count']).toBe('600')
    const body = ourComments(double)[0]!.body
    expect(body.length).toBeLessThan(65_536)
    expect(body).toMatch(/Left out to stay under \d+ bytes: \d+ blocking findings?/)
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
    expect(result.annotations.filter((a) => a.level === 'error')).toHaveLength(9)
    expect(result.stdout).toMatch(/591 more errors not annotated/)
  }, 60_000)
})

describe('other triggers', () => {
  it('re-evaluates a pull request named by workflow_dispatch', async () => {
    const { double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    double.review(PR, 'bob', 'APPROVED', head())
    const result = await run(double, 'workflow_dispatch', dispatchEvent(double, { 'pull-request': '7' }))
    expect(result.outputs['decision']).toBe('approved')
    expect(statesOn(double, head())).toEqual(['pending', 'success'])
  })

  it('fails with a usage message for workflow_dispatch without a pull request number', async () => {
    const { double } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const result = await run(double, 'workflow_dispatch', dispatchEvent(double, {}))
    expect(result.exitCode).toBe(1)
    expect(result.failures.join('\n')).toMatch(/workflow_dispatch needs the pull request number/)
    expect(double.statuses).toEqual([])
  })

  it('gates a merge-queue entry on the queued pull request being approved', async () => {
    const { repo, double, head } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const queue = `gh-readonly-queue/main/pr-7-${repo.base}`
    repo.git.git('checkout', '-q', '-b', queue, 'main')
    repo.git.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature')
    const groupHead = double.rev(`refs/heads/${queue}`)

    const blocked = await run(double, 'merge_group', mergeGroupEvent(double, 'main', queue))
    expect(blocked.exitCode).toBe(1)
    expect(statesOn(double, groupHead)).toEqual(['pending', 'failure'])
    expect(double.comments).toEqual([])

    double.review(PR, 'bob', 'APPROVED', head())
    const approved = await run(double, 'merge_group', mergeGroupEvent(double, 'main', queue))
    expect(approved.exitCode).toBe(0)
    expect(approved.outputs['decision']).toBe('approved')
    expect(statesOn(double, groupHead)).toEqual(['pending', 'failure', 'pending', 'success'])
  })

  it('refuses an event it does not evaluate, without touching any status', async () => {
    const { double } = await pullRequest({ [DROP_LEGACY]: DROP_LEGACY_SQL })
    const result = await run(double, 'push', { ref: 'refs/heads/main', repository: { full_name: 'acme/shop' } })
    expect(result.exitCode).toBe(1)
    expect(result.failures.join('\n')).toMatch(/does not evaluate the push event/)
    expect(double.requests).toEqual([])
  })
})

function baseFiles(): Record<string, string> {
  return { ...BASE }
}
import { BASE_FILES as BASE } from './shop-repo.js'
