/**
 * Stage 2, read the change: for one pull request and the one head commit being judged, the configuration that
 * governs it and the change pinned to that commit. The file list, the contents and the commits all come from
 * comparing the base with that exact SHA, never from the pull request's "current" head, which can move meanwhile.
 */
import { readBaseConfig, type BaseConfig } from '../base-config.js'
import { codeSpan } from '../gate-report.js'
import { changeSetFrom, fileStatus, treeDiff, type ApiChange, type ChangeListing, type ListedFile } from '../change-listing.js'
import { apiErrorMessage, httpStatus, isNotFound, isRateLimited, type GitHubApi } from '../github-client.js'
import type { Repository } from '../event.js'

/** What compare lists of a change's files: more than this and the trees are compared instead. */
const COMPARE_FILE_LIMIT = 300
/** Beyond this many commits the committers cannot all be read: approvals fail closed. */
const MAX_COMMITS = 3000

export interface RepositoryFacts {
  defaultBranch: string
  /** Cached per run: does a change to this branch need an approved pull request, and if not, why not. */
  reviewedBranches: Map<string, Promise<BranchReview>>
}

export async function repositoryFacts(api: GitHubApi, repo: Repository): Promise<RepositoryFacts> {
  const { data } = await api.rest.repos.get({ ...repo })
  return { defaultBranch: data.default_branch, reviewedBranches: new Map() }
}

export interface GoverningConfig extends BaseConfig {
  /** Why this configuration governs (for the summary and, when it is not the base's own, the comment). */
  governance: string
  /** True when the base's own config was set aside for the default branch's. */
  replaced: boolean
  /** When replaced: why the base branch is not trusted (`is not protected`), said after its name. */
  distrust?: string
}

/**
 * Whether a push to a branch needs someone else's review first: a ruleset's `pull_request` rule, or classic branch
 * protection's required reviews, asking for at least one approving review. A writer who can push to the branch without
 * one can rewrite its `.prodguard.yml` (`ignore: ['**']`) and then aim a pull request at it.
 */
export type BranchReview = { reviewed: true; how: string } | { reviewed: false; why: string }

/**
 * The configuration that governs a pull request into `baseRef`: the base's own when the base is the default branch
 * or a branch whose changes need an approved pull request (its config could only change through review), otherwise
 * the default branch's as it is now. The default branch is the root of trust: the workflow itself comes from there.
 */
export async function governingConfig(api: GitHubApi, repo: Repository, facts: RepositoryFacts, base: { ref: string; sha: string }, configPath: string): Promise<GoverningConfig> {
  if (base.ref === facts.defaultBranch) {
    // Trusted whatever guards it (the workflow itself runs from there), but the summary says when nothing visibly does.
    const own = await branchReview(api, repo, facts, base.ref)
    const caveat = own.reviewed ? '' : `, trusted as it is although it ${own.why}: whoever can push to it can change this configuration`
    return { ...(await readBaseConfig(api, repo, base.sha, `base branch ${base.ref}`, configPath)), governance: `the base branch ${codeSpan(base.ref)} (the default branch${caveat})`, replaced: false }
  }
  const review = await branchReview(api, repo, facts, base.ref)
  if (review.reviewed) {
    return { ...(await readBaseConfig(api, repo, base.sha, `base branch ${base.ref}`, configPath)), governance: `the base branch ${codeSpan(base.ref)} (${review.how})`, replaced: false }
  }
  const { data } = await api.rest.repos.getBranch({ ...repo, branch: facts.defaultBranch })
  return {
    ...(await readBaseConfig(api, repo, data.commit.sha, `default branch ${facts.defaultBranch}`, configPath)),
    governance: `the default branch ${codeSpan(facts.defaultBranch)}, because the base branch ${codeSpan(base.ref)} ${review.why}`,
    replaced: true,
    distrust: review.why
  }
}

interface BranchRule {
  type?: string
  parameters?: { required_approving_review_count?: number }
}

function branchReview(api: GitHubApi, repo: Repository, facts: RepositoryFacts, branch: string): Promise<BranchReview> {
  let known = facts.reviewedBranches.get(branch)
  if (known === undefined) {
    known = readBranchReview(api, repo, branch)
    facts.reviewedBranches.set(branch, known)
  }
  return known
}

async function readBranchReview(api: GitHubApi, repo: Repository, branch: string): Promise<BranchReview> {
  // Rulesets first: anyone who can read the repository can read the rules that apply to a branch.
  let rules: BranchRule[] = []
  try {
    const { data } = await api.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...repo, branch })
    rules = Array.isArray(data) ? (data as BranchRule[]) : []
  } catch (error) {
    if (!refused(error)) throw error
  }
  const approvals = (rule: BranchRule) => (typeof rule.parameters?.required_approving_review_count === 'number' ? rule.parameters.required_approving_review_count : 0)
  const pullRequestRules = rules.filter((r) => r.type === 'pull_request')
  const most = Math.max(0, ...pullRequestRules.map(approvals))
  if (most >= 1) return { reviewed: true, how: `a ruleset requires ${most} approving review${most === 1 ? '' : 's'} of a pull request into it` }

  let classic: boolean
  try {
    const { data } = await api.rest.repos.getBranch({ ...repo, branch })
    classic = data.protected
  } catch (error) {
    if (isNotFound(error)) return { reviewed: false, why: 'does not exist' }
    throw error
  }
  let classicWhy: string | undefined
  if (classic) {
    try {
      const { data } = await api.rest.repos.getBranchProtection({ ...repo, branch })
      const count = data.required_pull_request_reviews?.required_approving_review_count ?? 0
      if (data.required_pull_request_reviews !== undefined && count >= 1) {
        return { reviewed: true, how: `branch protection requires ${count} approving review${count === 1 ? '' : 's'} of a pull request into it` }
      }
      classicWhy = data.required_pull_request_reviews === undefined ? 'its branch protection does not require a pull request' : 'its branch protection requires a pull request but no approving review'
    } catch (error) {
      if (!refused(error)) throw error
      // GITHUB_TOKEN cannot read branch protection (it needs Administration: read): unverified is not trusted.
      classicWhy = `its branch protection cannot be read with this token (${apiErrorMessage(error)}; reading it needs Administration: read)`
    }
  }
  const ruleWhy =
    pullRequestRules.length > 0
      ? 'its ruleset requires a pull request but no approving review'
      : rules.some((r) => r.type === 'required_status_checks')
        ? 'its ruleset requires status checks, not an approved pull request'
        : undefined
  if (classicWhy === undefined && ruleWhy === undefined) return { reviewed: false, why: 'is not protected' }
  return { reviewed: false, why: `is protected, but nothing this token can read requires an approving review before a change lands on it (${[ruleWhy, classicWhy].filter((w) => w !== undefined).join('; ')})` }
}

/** A 403 or 404 that is an answer (no such thing, or not for this token), not a rate limit. */
function refused(error: unknown): boolean {
  const status = httpStatus(error)
  return (status === 404 || status === 403 || status === 401) && !isRateLimited(error)
}

export interface CommitIdentity {
  sha: string
  /** GitHub logins of the author and the committer (undefined when the e-mail is not linked to an account). */
  author: string | undefined
  committer: string | undefined
  /** The names as written in the commit, for the comment when no login is known. */
  authorName: string
  committerName: string
  /** `Co-authored-by:` trailers: authors of the commit too (GitHub credits them), with a login when the e-mail names one. */
  coAuthors: CoAuthor[]
}

export interface CoAuthor {
  name: string
  email: string
  login: string | undefined
}

export interface PinnedChange {
  change: ApiChange
  mergeBase: string
  commits: CommitIdentity[]
  /** Why the commits could not all be listed, when they could not. */
  commitsIncomplete: string | undefined
}

interface CompareCommit {
  sha: string
  author?: { login?: string } | null
  committer?: { login?: string } | null
  commit?: { author?: { name?: string } | null; committer?: { name?: string } | null; message?: string }
}

interface CompareFile {
  filename: string
  status: string
  previous_filename?: string
}

/** The change from the merge base of `baseSha` and `headSha` to exactly `headSha`, with the commits in between. */
export async function readPinnedChange(api: GitHubApi, repo: Repository, baseSha: string, headSha: string, label: string): Promise<PinnedChange> {
  const first = await compare(api, repo, baseSha, headSha, 1)
  const mergeBase = first.merge_base_commit?.sha ?? baseSha
  const commits: CommitIdentity[] = []
  const total = typeof first.total_commits === 'number' ? first.total_commits : 0
  let commitsIncomplete: string | undefined
  if (total > MAX_COMMITS) commitsIncomplete = `the pull request has ${total} commits, more than the ${MAX_COMMITS} prodguard reads`
  else {
    commits.push(...(first.commits ?? []).map(identity))
    for (let page = 2; commits.length < total; page++) {
      const more = await compare(api, repo, baseSha, headSha, page)
      if ((more.commits ?? []).length === 0) break
      commits.push(...(more.commits ?? []).map(identity))
    }
    if (commits.length < total) commitsIncomplete = `GitHub listed ${commits.length} of the ${total} commits`
  }
  const listed = first.files
  let listing: ChangeListing
  // No file list at all (GitHub leaves it out of some large comparisons) is never "nothing changed": compare trees.
  if (Array.isArray(listed) && listed.length < COMPARE_FILE_LIMIT) {
    const files: ListedFile[] = []
    for (const f of listed) {
      const status = fileStatus(f.status)
      if (status === undefined) continue
      files.push({ path: f.filename, status, ...(status === 'renamed' && f.previous_filename !== undefined ? { oldPath: f.previous_filename } : {}) })
    }
    listing = { files, source: 'comparison' }
  } else {
    listing = await treeDiff(api, repo, mergeBase, headSha)
  }
  return { change: changeSetFrom(api, repo, listing, mergeBase, headSha, label), mergeBase, commits, commitsIncomplete }
}

async function compare(api: GitHubApi, repo: Repository, baseSha: string, headSha: string, page: number): Promise<{ merge_base_commit?: { sha: string }; total_commits?: number; commits?: CompareCommit[]; files?: CompareFile[] }> {
  const { data } = await api.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${baseSha}...${headSha}`, per_page: 100, page })
  return data as unknown as { merge_base_commit?: { sha: string }; total_commits?: number; commits?: CompareCommit[]; files?: CompareFile[] }
}

function identity(c: CompareCommit): CommitIdentity {
  return {
    sha: c.sha,
    author: c.author?.login ?? undefined,
    committer: c.committer?.login ?? undefined,
    authorName: c.commit?.author?.name ?? 'unknown',
    committerName: c.commit?.committer?.name ?? 'unknown',
    coAuthors: coAuthorsOf(c.commit?.message ?? '')
  }
}

/** A `Co-authored-by: Name <e-mail>` line (any case), as GitHub reads the trailers. */
const CO_AUTHOR = /^co-authored-by:(.*)<([^<>\s]+)>\s*$/i
/** GitHub's no-reply addresses: `login@users.noreply.github.com` or `12345+login@users.noreply.github.com`. */
const NOREPLY = /^(?:\d+\+)?([a-z0-9][a-z0-9-]{0,38})@users\.noreply\.[a-z0-9.-]+$/i
/** Longer lines are no trailer GitHub would credit, and are not matched (the message comes from the pull request). */
const MAX_TRAILER_LINE = 1000

export function coAuthorsOf(message: string): CoAuthor[] {
  const found: CoAuthor[] = []
  for (const line of message.slice(0, 64 * 1024).split('\n')) {
    if (line.length > MAX_TRAILER_LINE) continue
    const m = CO_AUTHOR.exec(line)
    if (m === null) continue
    const email = m[2]!
    found.push({ name: m[1]!.trim(), email, login: NOREPLY.exec(email)?.[1]?.toLowerCase() })
  }
  return found
}
