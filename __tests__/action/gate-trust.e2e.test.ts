/**
 * What the gate trusts, red-teamed: a base branch's own `.prodguard.yml` governs only when nobody can change that
 * branch without someone else's approval; a policy it extends from another repository must be pinned to a commit; an
 * approver listed by login counts only while that login can write to the repository. Each scenario runs the bundled
 * action against the GitHub double.
 */
import { describe, expect, it } from '@jest/globals'
import { pullRequestEvent, reviewEvent } from './events.js'
import type { GitHubDouble } from './github-double.js'
import { gateHarness, statesOn } from './runner.js'
import { BASE_FILES, DROP_LEGACY, DROP_LEGACY_SQL, ShopRepo } from './shop-repo.js'

const { run, track } = gateHarness()

const PR = 7

/** `release` carries a config that ignores everything; a pull request into it drops a table. */
async function laxRelease() {
  const repo = new ShopRepo()
  repo.git.git('checkout', '-q', '-b', 'release', 'main')
  repo.commit({ '.prodguard.yml': "version: 1\nignore: ['**']\n" }, 'Lax release config')
  repo.git.git('checkout', '-q', '-b', 'feature', 'release')
  repo.commit({ [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop')
  const double = await repo.serve()
  track(repo, double)
  double.openPullRequest({ number: PR, headRef: 'feature', baseRef: 'release', author: 'alice' })
  return double
}

const judge = async (double: GitHubDouble) => {
  const result = await run(double, 'pull_request_target', pullRequestEvent(double, PR, 'synchronize'))
  return { decision: result.outputs['decision'], summary: result.summary }
}

describe('which base branch is trusted with its own configuration', () => {
  it('trusts only a base that needs an approving review before anything lands on it', async () => {
    const double = await laxRelease()
    // Each: how `release` is guarded, and whether its lax config governs (pass) or main's does (blocked), and why.
    const cases: Array<[string, () => void, 'pass' | 'blocked', RegExp]> = [
      ['nothing', () => undefined, 'blocked', /because the base branch `release` is not protected/],
      ['classic protection without a pull-request rule', () => void double.protectedBranches.add('release'), 'blocked', /is protected, but nothing this token can read requires an approving review before a change lands on it \(its branch protection does not require a pull request\)/],
      ['classic protection, required status checks only', () => void double.protections.set('release', { statusChecks: ['ci'] }), 'blocked', /its branch protection does not require a pull request/],
      ['classic protection, a pull request with no approving review', () => void double.protections.set('release', { approvals: 0 }), 'blocked', /requires a pull request but no approving review/],
      ['classic protection with one review, unreadable to this token', () => {
        double.protections.set('release', { approvals: 1 })
        double.hideProtection = true
      }, 'blocked', /its branch protection cannot be read with this token \(403 Resource not accessible by integration; reading it needs Administration: read\)/],
      ['classic protection with one review, readable', () => void (double.hideProtection = false), 'pass', /governing as the base branch `release` \(branch protection requires 1 approving review of a pull request into it\)/],
      ['a ruleset with required status checks only', () => {
        double.protectedBranches.delete('release')
        double.rules.set('release', [{ type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'ci' }] } }])
      }, 'blocked', /its ruleset requires status checks, not an approved pull request/],
      ['a ruleset pull-request rule with no approving review', () => void double.rules.set('release', [{ type: 'pull_request', parameters: { required_approving_review_count: 0, dismiss_stale_reviews_on_push: false } }]), 'blocked', /its ruleset requires a pull request but no approving review/],
      ['a ruleset pull-request rule with two approving reviews', () => void double.rules.set('release', [{ type: 'required_status_checks' }, { type: 'pull_request', parameters: { required_approving_review_count: 2 } }]), 'pass', /a ruleset requires 2 approving reviews of a pull request into it/]
    ]
    for (const [guard, arrange, decision, why] of cases) {
      arrange()
      const judged = await judge(double)
      expect({ guard, decision: judged.decision }).toEqual({ guard, decision })
      expect(judged.summary).toMatch(why)
    }
  })

  it('says in the comment why the base branch config was set aside', async () => {
    const double = await laxRelease()
    double.protectedBranches.add('release')
    await judge(double)
    const comment = double.commentsOn(PR).at(-1)?.body ?? ''
    expect(comment).toMatch(/The base branch `release` is protected, but nothing this token can read requires an approving review before a change lands on it \(its branch protection does not require a pull request\), so its `.prodguard.yml` does not govern: the default branch `main`'s does/)
  })
})

describe('a policy extended from another repository', () => {
  const POLICY = 'acme/policies/prodguard/strict.yml'
  const PINNED = '9fceb02d0ae598e95dc970b74767f19372d61af8'

  async function extending(ref: string) {
    const repo = new ShopRepo({ ...BASE_FILES, '.prodguard.yml': `version: 1\nextends: ['${POLICY}@${ref}']\n` })
    repo.branch('feature', { [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop')
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    double.roles.set('bob', 'write').set('carol', 'write')
    // The policy repository, readable by the token: the file at the pinned commit and on its moving branch.
    double.otherRepos.set('acme/policies', new Map([[`${PINNED}:prodguard/strict.yml`, 'version: 1\napprovals:\n  users: [carol]\n'], ['main:prodguard/strict.yml', "version: 1\nignore: ['**']\n"]]))
    return double
  }

  it('applies a policy pinned to a commit: only its approvers count', async () => {
    const double = await extending(PINNED)
    const head = double.headSha(PR)
    double.review(PR, 'bob', 'APPROVED', head)
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))).outputs['decision']).toBe('blocked')
    double.review(PR, 'carol', 'APPROVED', head)
    expect((await run(double, 'pull_request_review', reviewEvent(double, PR, 'carol', 'approved'))).outputs['decision']).toBe('approved')
    expect(double.requests.some((r) => decodeURIComponent(r.path) === '/repos/acme/policies/contents/prodguard/strict.yml' && r.query.get('ref') === PINNED)).toBe(true)
  })

  it('fails closed on a policy on a branch, which anyone who can push there could loosen outside this review', async () => {
    const double = await extending('main')
    const head = double.headSha(PR)
    double.review(PR, 'bob', 'APPROVED', head)
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, 'bob', 'approved'))
    expect(result.outputs['decision']).toBe('blocked')
    expect(statesOn(double, head).at(-1)).toBe('failure')
    const findings = (JSON.parse(result.reports.findings ?? '{}') as { findings?: Array<{ ruleId: string; message: string }> }).findings ?? []
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'unanalyzable/invalid-config', message: expect.stringMatching(/extends\[0\]: `@main` is a branch or a tag, which anyone who can push to that repository can move/) })])
    // Never read: what the branch says now (`ignore: ['**']`) decides nothing.
    expect(double.requests.some((r) => r.path.startsWith('/repos/acme/policies/'))).toBe(false)
  })
})

describe('an approver listed by login', () => {
  async function listing(users: string) {
    const repo = new ShopRepo({ ...BASE_FILES, '.prodguard.yml': `version: 1\napprovals:\n  users: [${users}]\n` })
    repo.branch('feature', { [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop')
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    return double
  }
  const approve = async (double: GitHubDouble, login: string) => {
    double.review(PR, login, 'APPROVED', double.headSha(PR))
    const result = await run(double, 'pull_request_review', reviewEvent(double, PR, login, 'approved'))
    return { decision: result.outputs['decision'], comment: double.commentsOn(PR).at(-1)?.body ?? '', states: statesOn(double, double.headSha(PR)) }
  }

  it('counts only while the login can write to the repository: a renamed or re-registered account does not inherit it', async () => {
    const double = await listing('dave, erin')
    // dave's account was renamed and the name taken by someone with no access: GitHub answers `read` for anyone on a public repository.
    const squatted = await approve(double, 'dave')
    expect(squatted.decision).toBe('blocked')
    expect(squatted.states.at(-1)).toBe('failure')
    expect(squatted.comment).toMatch(/dave: not an authorized approver: listed in approvals.users, but read permission \(needs write\): a listed login counts only while it has write access here/)
    double.roles.set('dave', 'triage')
    expect((await approve(double, 'dave')).decision).toBe('blocked')
    double.roles.set('dave', 'maintain')
    expect((await approve(double, 'dave')).decision).toBe('approved')
    expect(double.requests.some((r) => r.path === '/repos/acme/shop/collaborators/dave/permission')).toBe(true)
  })

  it('does not count a listed login that is no user at all, nor one whose permission cannot be read (fail closed)', async () => {
    const ghost = await approve(await listing('ghost'), 'ghost')
    expect(ghost.decision).toBe('blocked')
    expect(ghost.comment).toMatch(/ghost: not an authorized approver: listed in approvals.users, but not a collaborator of acme\/shop/)

    const double = await listing('erin')
    double.roles.set('erin', 'write')
    double.hidePermissions = true
    const unreadable = await approve(double, 'erin')
    expect(unreadable.decision).toBe('blocked')
    expect(unreadable.comment).toMatch(/erin: not an authorized approver: listed in approvals.users, but permission could not be checked \(403 Resource not accessible by integration\)/)
    double.hidePermissions = false
    expect((await approve(double, 'erin')).decision).toBe('approved')
  })

  it('still counts a listed login without write access through a configured team it belongs to', async () => {
    const repo = new ShopRepo({ ...BASE_FILES, '.prodguard.yml': 'version: 1\napprovals:\n  users: [dana]\n  teams: [dba]\n' })
    repo.branch('feature', { [DROP_LEGACY]: DROP_LEGACY_SQL }, 'Drop')
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    double.teams.set('acme/dba', { members: ['dana'], readable: true })
    expect((await approve(double, 'dana')).decision).toBe('approved')
  })
})

describe('the default branch', () => {
  it('is trusted as the root, and the summary says when no rule the token can read requires a review on it', async () => {
    const repo = new ShopRepo()
    repo.branch('feature', { 'README.md': '# shop\n\nclean\n' }, 'Docs')
    const double = await repo.serve()
    track(repo, double)
    double.openPullRequest({ number: PR, headRef: 'feature', author: 'alice' })
    double.protectedBranches.delete('main')
    const open = await judge(double)
    expect(open.decision).toBe('pass')
    expect(open.summary).toMatch(/governing as the base branch `main` \(the default branch, trusted as it is although it is not protected: whoever can push to it can change this configuration\)/)
    double.rules.set('main', [{ type: 'pull_request', parameters: { required_approving_review_count: 1 } }])
    const reviewed = await judge(double)
    expect(reviewed.summary).toMatch(/governing as the base branch `main` \(the default branch\)/)
  })
})
