/** The pull request as the API sees it now: the head commit to judge, the base to read the config from, the author. */
import { apiErrorMessage, httpStatus, isNotFound, isRateLimited, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'

export interface PullRequest {
  number: number
  title: string
  state: string
  headSha: string
  headRef: string
  baseSha: string
  baseRef: string
  author: string
  /** How many files GitHub says changed: more than the file listing returns means it was cut off. */
  changedFiles: number
  /** Logins and team slugs whose review is already requested. */
  requestedReviewers: string[]
  requestedTeams: string[]
  htmlUrl: string
  /** True when the head branch lives in another repository (a fork). */
  fromFork: boolean
  /** The repository the head branch lives in (`owner/name`), undefined when it was deleted. */
  headRepo: Repository | undefined
}

export async function fetchPullRequest(api: GitHubApi, repo: Repository, number: number): Promise<PullRequest> {
  const { data } = await api.rest.pulls.get({ ...repo, pull_number: number })
  return {
    number: data.number,
    title: data.title,
    state: data.state,
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    author: data.user?.login ?? '',
    changedFiles: typeof data.changed_files === 'number' ? data.changed_files : 0,
    requestedReviewers: (data.requested_reviewers ?? []).map((u) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
    htmlUrl: data.html_url,
    fromFork: data.head.repo === null || data.head.repo.full_name.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase(),
    headRepo: data.head.repo === null ? undefined : { owner: data.head.repo.owner.login, repo: data.head.repo.name }
  }
}

/**
 * The open pull requests whose head is `sha` right now: GitHub's list of pull requests associated with the commit,
 * filtered to the open ones that point at it, plus the `hinted` numbers when the API confirms them (the listing can
 * lag behind a push). Every one of them is read again with `pulls.get`: the listing is only where to look.
 */
/** How many pages of open pull requests are searched for a head commit the association listing does not know. */
const OPEN_PULLS_PAGES = 20

export async function openPullRequestsAt(api: GitHubApi, repo: Repository, sha: string, hinted: number[]): Promise<PullRequest[]> {
  const numbers = new Set<number>(hinted)
  for await (const page of api.paginate.iterator(api.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: sha, per_page: 100 })) {
    for (const pr of page.data) if (pr.state === 'open' && pr.head.sha === sha) numbers.add(pr.number)
  }
  {
    // The association listing lags behind a push and may not know a fork's pull requests at all, even when it names
    // others: a pull request it misses would be left out of the commit's verdict. Always look at the open ones too.
    let pages = 0
    for await (const page of api.paginate.iterator(api.rest.pulls.list, { ...repo, state: 'open', per_page: 100 })) {
      for (const pr of page.data) if (pr.head.sha === sha) numbers.add(pr.number)
      if (++pages >= OPEN_PULLS_PAGES) break
    }
  }
  const found: PullRequest[] = []
  for (const number of [...numbers].sort((a, b) => a - b)) {
    try {
      const pr = await fetchPullRequest(api, repo, number)
      if (pr.state === 'open' && pr.headSha === sha) found.push(pr)
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  }
  return found
}

export type Pushers = { logins: string[] } | { unreadable: string }

/**
 * Who pushed to the head branch, from the activity API of the repository it lives in (a fork's own, for a fork). A
 * push is not a commit: a writer can push commits whose author and committer e-mails belong to someone else, or to
 * no account, and only the push names the writer. An answer like 403/404 is `unreadable` (the caller decides how
 * to fail closed); an outage (5xx after retries) throws.
 */
export async function headBranchPushers(api: GitHubApi, pr: PullRequest): Promise<Pushers> {
  if (pr.headRepo === undefined) return { unreadable: 'the head repository was deleted' }
  try {
    const pushers = new Set<string>()
    const items = (await api.paginate('GET /repos/{owner}/{repo}/activity', { ...pr.headRepo, ref: `refs/heads/${pr.headRef}`, per_page: 100 })) as Array<{ actor?: { login?: string } | null; activity_type?: string }>
    for (const item of items) if (item.actor?.login !== undefined && item.activity_type !== 'branch_deletion') pushers.add(item.actor.login.toLowerCase())
    return { logins: [...pushers] }
  } catch (error) {
    const status = httpStatus(error)
    if (status === undefined || status >= 500 || isRateLimited(error)) throw error
    return { unreadable: `the activity API of ${pr.headRepo.owner}/${pr.headRepo.repo} answered ${apiErrorMessage(error)}` }
  }
}
