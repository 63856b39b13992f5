/**
 * Stage 2, read the change: for one pull request and the one head commit being judged, the configuration that
 * governs it and the change pinned to that commit. The file list, the contents and the commits all come from
 * comparing the base with that exact SHA, never from the pull request's "current" head, which can move meanwhile.
 */
import { readBaseConfig, type BaseConfig } from '../base-config.js'
import { codeSpan } from '../gate-report.js'
import { changeSetFrom, fileStatus, treeDiff, type ApiChange, type ChangeListing, type ListedFile } from '../change-listing.js'
import { httpStatus, isNotFound, isRateLimited, type GitHubApi } from '../github-client.js'
import type { Repository } from '../event.js'

/** What compare lists of a change's files: more than this and the trees are compared instead. */
const COMPARE_FILE_LIMIT = 300
/** Beyond this many commits the committers cannot all be read: approvals fail closed. */
const MAX_COMMITS = 3000

export interface RepositoryFacts {
  defaultBranch: string
  /** Cached per run: is this branch protected (branch protection or a ruleset requiring pull requests/checks)? */
  protectedBranches: Map<string, Promise<boolean>>
}

export async function repositoryFacts(api: GitHubApi, repo: Repository): Promise<RepositoryFacts> {
  const { data } = await api.rest.repos.get({ ...repo })
  return { defaultBranch: data.default_branch, protectedBranches: new Map() }
}

export interface GoverningConfig extends BaseConfig {
  /** Why this configuration governs (for the summary and, when it is not the base's own, the comment). */
  governance: string
  /** True when the base's own config was set aside for the default branch's. */
  replaced: boolean
}

/**
 * The configuration that governs a pull request into `baseRef`: the base's own when the base is the default branch
 * or a protected branch (its config could only change through reviewed pull requests), otherwise the default
 * branch's as it is now (a writer may push anything to an unprotected branch, including `ignore: ['**']`).
 */
export async function governingConfig(api: GitHubApi, repo: Repository, facts: RepositoryFacts, base: { ref: string; sha: string }, configPath: string): Promise<GoverningConfig> {
  if (base.ref === facts.defaultBranch) {
    return { ...(await readBaseConfig(api, repo, base.sha, `base branch ${base.ref}`, configPath)), governance: `the base branch ${codeSpan(base.ref)} (the default branch)`, replaced: false }
  }
  if (await isProtected(api, repo, facts, base.ref)) {
    return { ...(await readBaseConfig(api, repo, base.sha, `base branch ${base.ref}`, configPath)), governance: `the base branch ${codeSpan(base.ref)} (a protected branch)`, replaced: false }
  }
  const { data } = await api.rest.repos.getBranch({ ...repo, branch: facts.defaultBranch })
  return {
    ...(await readBaseConfig(api, repo, data.commit.sha, `default branch ${facts.defaultBranch}`, configPath)),
    governance: `the default branch ${codeSpan(facts.defaultBranch)}, because the base branch ${codeSpan(base.ref)} is not protected`,
    replaced: true
  }
}

function isProtected(api: GitHubApi, repo: Repository, facts: RepositoryFacts, branch: string): Promise<boolean> {
  let known = facts.protectedBranches.get(branch)
  if (known === undefined) {
    known = (async () => {
      try {
        const { data } = await api.rest.repos.getBranch({ ...repo, branch })
        if (data.protected) return true
      } catch (error) {
        if (isNotFound(error)) return false
        throw error
      }
      try {
        const { data } = await api.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...repo, branch })
        const rules = Array.isArray(data) ? (data as Array<{ type?: string }>) : []
        return rules.some((r) => r.type === 'pull_request' || r.type === 'required_status_checks')
      } catch (error) {
        const status = httpStatus(error)
        if ((status === 404 || status === 403) && !isRateLimited(error)) return false
        throw error
      }
    })()
    facts.protectedBranches.set(branch, known)
  }
  return known
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
