/**
 * A GitHub REST API double on 127.0.0.1, backed by a real git repository: pull requests, their files (paginated with
 * `Link` headers, at most 3,000, patches omitted for large files), reviews, compare, contents, git trees and commits,
 * tarballs made by `git archive` (behind a redirect, like codeload), issue comments, commit statuses, collaborator
 * permissions, teams and review requests, the pull requests of a commit, branches and their protection, check runs
 * (Checks API) and statuses posted as the identity behind each token (the GitHub Actions app, another App, a person),
 * review dismissal, team invitations not yet accepted, the activity API of the repository and of a fork, base branch
 * changes (`base_ref_changed` issue events), and contents over 1 MB served without their content. Scenario hooks run before a request is answered (a head that moves between two calls). It answers errors the way
 * GitHub does: 401 for an unknown token, 403
 * "Resource not accessible by integration" for a write with a read-only token, 404 `Not Found`, and injected faults
 * (5xx, secondary rate limits with `retry-after`). Blobs are served too, and the tags list and REST commits (with
 * dates), as `prodguard data refresh` reads them for the actions table. Every request is recorded.
 */
import { execFileSync } from 'node:child_process'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { posix } from 'node:path'

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  authorization: string | undefined
  status: number
}

export interface PullRequestState {
  number: number
  title: string
  author: string
  headRef: string
  baseRef: string
  /** A fork's pull request: its head repository is another owner's. */
  fork: boolean
  requestedReviewers: string[]
  requestedTeams: string[]
  /** Closed pull requests are still listed for their commits, with `state: closed`. */
  closed: boolean
}

/** Who a token acts as: a user, or an App's bot (GITHUB_TOKEN is the GitHub Actions app). */
export interface Identity {
  login: string
  id: number
  type: 'Bot' | 'User'
  app: { id: number; slug: string } | undefined
}

export const ACTIONS_APP: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot', app: { id: 15368, slug: 'github-actions' } }
export const PRODGUARD_APP: Identity = { login: 'prodguard-gate[bot]', id: 51234567, type: 'Bot', app: { id: 909090, slug: 'prodguard-gate' } }

export interface CheckRunState {
  id: number
  sha: string
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  title: string
  by: Identity
  completedAt: string | null
}

export interface ReviewState {
  id: number
  login: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commitId: string
  submittedAt: string
}

export interface CommentState {
  id: number
  issue: number
  body: string
  user: { login: string; type: 'Bot' | 'User'; id: number }
  createdAt: string
  updatedAt: string
}

export interface StatusState {
  id: number
  by: Identity
  createdAt: string
  sha: string
  state: string
  context: string
  description: string
  targetUrl: string | undefined
}

export interface Fault {
  method?: string
  path: RegExp
  /** How many matching requests fail; Infinity for an outage. */
  times: number
  status: number
  headers?: Record<string, string>
  body?: unknown
}

type Route = (match: RegExpMatchArray, req: Parsed) => Reply
interface Parsed {
  method: string
  url: URL
  body: unknown
  token: string | undefined
  accept: string
}
interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  raw?: Buffer
}

const RESOURCE_NOT_ACCESSIBLE = 'Resource not accessible by integration'
const DOCS = 'https://docs.github.com/rest'

export class GitHubDouble {
  url = ''
  readonly requests: RecordedRequest[] = []
  readonly pulls = new Map<number, PullRequestState>()
  readonly reviews = new Map<number, ReviewState[]>()
  readonly comments: CommentState[] = []
  readonly statuses: StatusState[] = []
  readonly checkRuns: CheckRunState[] = []
  /** Issue events of pull requests (only `base_ref_changed` is modelled). */
  readonly issueEvents: Array<{ id: number; issue: number; event: string; createdAt: string; from: string; to: string }> = []
  /** token -> who it acts as; tokens not listed act as the GitHub Actions app. */
  readonly identities = new Map<string, Identity>([['app-token', PRODGUARD_APP]])
  /** Commit e-mail -> GitHub login (the account the e-mail is linked to); unlisted e-mails have no login. */
  readonly logins = new Map<string, string>()
  /**
   * Branches with classic branch protection (`protected: true`); `protections` says what it requires (a branch not
   * listed there requires nothing: protected against deletion and force pushes only). `rules` holds the ruleset
   * rules that apply per branch, as GET /rules/branches/{branch} lists them.
   */
  readonly protectedBranches = new Set<string>(['main'])
  readonly protections = new Map<string, { approvals?: number; statusChecks?: string[] }>()
  readonly rules = new Map<string, Array<{ type: string; parameters?: Record<string, unknown> }>>()
  /** Answer branch protection reads with 403, as GitHub does for a GITHUB_TOKEN (it has no Administration: read). */
  hideProtection = false
  /**
   * Files of other repositories the token can read (an organization's policy repository): `owner/repo` -> `ref:path`
   * -> text. Any other repository answers 404, as GitHub does for one the token cannot see.
   */
  readonly otherRepos = new Map<string, Map<string, string>>()
  defaultBranch = 'main'
  /** Pushes to branches, as the repository activity API lists them (newest last). */
  readonly pushes: Array<{ ref: string; actor: string }> = []
  /** Answer the activity API with 403 (a token without access to it). */
  hideActivity = false
  /** Pushes to the fork's branches (`contributor/<repo>`), as that repository's activity API lists them. */
  readonly forkPushes: Array<{ ref: string; actor: string }> = []
  /** Answer the fork's activity API with 404 (a private fork this token cannot see). */
  hideForkActivity = false
  /** Leave `files` out of comparisons, as GitHub does for some very large ones. */
  omitCompareFiles = false
  /**
   * Pull requests the "pull requests of a commit" listing leaves out (it lags behind a push, and a fork's pull
   * requests may not be associated with the commit yet).
   */
  readonly unassociated = new Set<number>()
  /** Answer team review requests with GitHub's 422 (a team without access to the repository). */
  rejectTeamRequests = false
  /** Scenario hooks, run before a matching request is answered (e.g. a push between two reads). */
  readonly hooks: Array<{ method: string; path: RegExp; skip: number; run: () => void }> = []
  readonly faults: Fault[] = []
  /** token -> what it may do. */
  readonly tokens = new Map<string, 'write' | 'read'>([['test-token', 'write'], ['app-token', 'write']])
  /** Answer the collaborator-permission API with 403 (a token that may not read it). */
  hidePermissions = false
  /** login -> repository role; anyone else has `read` (a public repository). */
  readonly roles = new Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>()
  /**
   * `org/slug` (slugs are lower case, as GitHub makes them) -> members; `readable: false` answers 403 like a
   * GITHUB_TOKEN without org access; `invited` are members whose invitation is not accepted (`state: pending`).
   */
  readonly teams = new Map<string, { members: string[]; readable: boolean; invited?: string[] }>()
  /** Report the recursive tree as truncated (a repository too big for one response). */
  truncateTrees = false
  /** Patches longer than this are omitted from the file list, as GitHub does for large diffs. */
  maxPatchChars = 20_000
  /** Answer GETs without a token, as GitHub does for a public repository (60 requests an hour per address). */
  publicReads = false

  private server: Server | undefined
  private nextId = 1000
  private clock = Date.parse('2026-11-20T10:00:00Z')
  private readonly diffCache = new Map<string, ListedFile[]>()
  private readonly blobCache = new Map<string, Map<string, string>>()
  private readonly routes: Array<[string, RegExp, Route]>

  constructor(
    readonly repoDir: string,
    readonly owner: string,
    readonly repo: string
  ) {
    const r = `^/repos/${owner}/${repo}`
    this.routes = [
      ['GET', new RegExp(`${r}/pulls$`), (_m, q) => this.listPulls(q.url)],
      ['GET', new RegExp(`${r}/pulls/(\\d+)$`), (m) => this.getPull(Number(m[1]))],
      ['GET', new RegExp(`${r}/pulls/(\\d+)/files$`), (m, q) => this.listFiles(Number(m[1]), q.url)],
      ['GET', new RegExp(`${r}/pulls/(\\d+)/reviews$`), (m, q) => this.listReviews(Number(m[1]), q.url)],
      ['POST', new RegExp(`${r}/pulls/(\\d+)/requested_reviewers$`), (m, q) => this.requestReviewers(Number(m[1]), q.body)],
      ['GET', new RegExp(`${r}/compare/([^/]+?)\\.\\.\\.([^/]+)$`), (m, q) => this.compare(m[1]!, m[2]!, q.url)],
      ['GET', new RegExp(`${r}/contents/(.+)$`), (m, q) => this.contents(decodeURIComponent(m[1]!), q)],
      ['GET', new RegExp(`${r}/git/trees/([^/]+)$`), (m, q) => this.tree(m[1]!, q.url)],
      ['GET', new RegExp(`${r}/git/commits/([0-9a-f]{40})$`), (m) => this.gitCommit(m[1]!)],
      ['GET', new RegExp(`${r}/git/blobs/([0-9a-f]{40})$`), (m) => this.blob(m[1]!)],
      ['GET', new RegExp(`${r}/tarball/(.+)$`), (m) => this.tarballRedirect(decodeURIComponent(m[1]!))],
      ['GET', new RegExp(`^/_codeload/${owner}/${repo}/legacy\\.tar\\.gz/([0-9a-f]{40})$`), (m) => this.tarball(m[1]!)],
      ['GET', new RegExp(`${r}/issues/(\\d+)/comments$`), (m, q) => this.listComments(Number(m[1]), q.url)],
      ['GET', new RegExp(`${r}/issues/(\\d+)/events$`), (m, q) => this.listIssueEvents(Number(m[1]), q.url)],
      ['POST', new RegExp(`${r}/issues/(\\d+)/comments$`), (m, q) => this.createComment(Number(m[1]), q.body, this.identityOf(q))],
      ['PATCH', new RegExp(`${r}/issues/comments/(\\d+)$`), (m, q) => this.updateComment(Number(m[1]), q.body)],
      ['DELETE', new RegExp(`${r}/issues/comments/(\\d+)$`), (m) => this.deleteComment(Number(m[1]))],
      ['POST', new RegExp(`${r}/statuses/([0-9a-f]{40})$`), (m, q) => this.createStatus(m[1]!, q.body, this.identityOf(q))],
      ['GET', new RegExp(`${r}/commits/([^/]+)/statuses$`), (m, q) => this.page(q.url, this.statuses.filter((s) => s.sha === this.tryRev(`${m[1]!}^{commit}`)).reverse().map((s) => this.statusJson(s)))],
      ['GET', new RegExp(`${r}/commits/([0-9a-f]{40})/pulls$`), (m, q) => this.pullsOfCommit(m[1]!, q.url)],
      ['GET', new RegExp(`${r}/commits/([^/]+)/check-runs$`), (m, q) => this.listCheckRuns(m[1]!, q.url)],
      ['POST', new RegExp(`${r}/check-runs$`), (_m, q) => this.createCheckRun(q)],
      ['PATCH', new RegExp(`${r}/check-runs/(\\d+)$`), (m, q) => this.updateCheckRun(Number(m[1]), q)],
      ['GET', new RegExp(`${r}/pulls/(\\d+)/commits$`), (m, q) => this.pullCommits(Number(m[1]), q.url)],
      ['GET', new RegExp(`${r}$`), () => ({ status: 200, body: this.repoJson() })],
      ['GET', new RegExp(`${r}/activity$`), (_m, q) => this.activity(q.url)],
      ['GET', new RegExp(`${r}/branches/([^/]+)$`), (m) => this.branch(decodeURIComponent(m[1]!))],
      ['GET', new RegExp(`${r}/branches/([^/]+)/protection$`), (m) => this.protection(decodeURIComponent(m[1]!))],
      ['GET', new RegExp(`${r}/rules/branches/([^/]+)$`), (m) => ({ status: 200, body: this.rules.get(decodeURIComponent(m[1]!)) ?? [] })],
      ['GET', new RegExp(`${r}/collaborators/([^/]+)/permission$`), (m) => this.permission(decodeURIComponent(m[1]!))],
      ['GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)$/, (m) => this.team(m[1]!, m[2]!)],
      ['GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/, (m) => this.membership(m[1]!, m[2]!, decodeURIComponent(m[3]!))],
      ['GET', new RegExp(`^/repos/contributor/${repo}/activity$`), (_m, q) => (this.hideForkActivity ? error(404, 'Not Found') : this.activity(q.url, this.forkPushes))],
      ['GET', /^\/user$/, () => error(403, RESOURCE_NOT_ACCESSIBLE)],
      ['GET', new RegExp(`${r}/tags$`), (_m, q) => this.page(q.url, this.tagList())],
      ['GET', new RegExp(`${r}/commits/([0-9a-f]{40})$`), (m) => this.restCommit(m[1]!)],
      ['GET', /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/, (m, q) => this.otherContents(`${m[1]!}/${m[2]!}`, decodeURIComponent(m[3]!), q)]
    ]
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    if (this.server === undefined) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
  }

  // ---- scenario setup ----

  openPullRequest(pr: Partial<PullRequestState> & { number: number; headRef: string; author: string }): PullRequestState {
    const state: PullRequestState = { title: `Change ${pr.number}`, baseRef: 'main', fork: false, requestedReviewers: [], requestedTeams: [], closed: false, ...pr }
    this.pulls.set(pr.number, state)
    return state
  }

  review(number: number, login: string, state: ReviewState['state'], commitId: string): ReviewState {
    const review: ReviewState = { id: this.nextId++, login, state, commitId, submittedAt: this.tick() }
    const list = this.reviews.get(number) ?? []
    list.push(review)
    this.reviews.set(number, list)
    return review
  }

  /** Dismisses a review the way GitHub does: the review itself changes state, no new review is added. */
  dismissReview(number: number, id: number): void {
    const review = (this.reviews.get(number) ?? []).find((r) => r.id === id)
    if (review === undefined) throw new Error(`no review ${id} on #${number}`)
    review.state = 'DISMISSED'
  }

  /** Changes a pull request's base branch (Edit → base), recorded as GitHub's `base_ref_changed` issue event. */
  retarget(number: number, baseRef: string): void {
    const pr = this.pulls.get(number)!
    this.issueEvents.push({ id: this.nextId++, issue: number, event: 'base_ref_changed', createdAt: this.tick(), from: pr.baseRef, to: baseRef })
    pr.baseRef = baseRef
  }

  /** A comment by a person (e.g. one that quotes the marker). */
  humanComment(issue: number, login: string, body: string): CommentState {
    const comment: CommentState = { id: this.nextId++, issue, body, user: { login, type: 'User', id: 7000 + this.nextId }, createdAt: this.tick(), updatedAt: this.tick() }
    this.comments.push(comment)
    return comment
  }

  /** A comment by another App's bot (e.g. one that carries prodguard's marker). */
  botComment(issue: number, as: Identity, body: string): CommentState {
    const comment: CommentState = { id: this.nextId++, issue, body, user: { login: as.login, type: as.type, id: as.id }, createdAt: this.tick(), updatedAt: this.tick() }
    this.comments.push(comment)
    return comment
  }

  /** A status posted by someone else (another workflow's GITHUB_TOKEN, a person, another App). */
  postStatus(sha: string, state: string, as: Identity = ACTIONS_APP, context = 'prodguard', targetUrl?: string): StatusState {
    const status: StatusState = { id: this.nextId++, by: as, createdAt: this.tick(), sha, state, context, description: 'posted by hand', targetUrl }
    this.statuses.push(status)
    return status
  }

  /** A check run posted by another App (or the Actions app). */
  postCheckRun(sha: string, conclusion: string, as: Identity, name = 'prodguard'): CheckRunState {
    const run: CheckRunState = { id: this.nextId++, sha, name, status: 'completed', conclusion, title: 'posted by hand', by: as, completedAt: this.tick() }
    this.checkRuns.push(run)
    return run
  }

  /** Runs `run` just before the (skip+1)-th request matching method and path is answered. */
  when(method: string, path: RegExp, run: () => void, skip = 0): void {
    this.hooks.push({ method, path, skip, run })
  }

  checkRunsFor(sha: string, name = 'prodguard'): CheckRunState[] {
    return this.checkRuns.filter((c) => c.sha === sha && c.name === name)
  }

  fail(fault: Fault): void {
    this.faults.push(fault)
  }

  headSha(number: number): string {
    return this.rev(`refs/heads/${this.pulls.get(number)!.headRef}`)
  }

  statusesFor(sha: string, context = 'prodguard'): StatusState[] {
    return this.statuses.filter((s) => s.sha === sha && s.context === context)
  }

  commentsOn(issue: number): CommentState[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET')
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    let body: unknown
    try {
      body = text === '' ? undefined : JSON.parse(text)
    } catch {
      body = text
    }
    const authorization = req.headers.authorization
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1]
    const parsed: Parsed = { method: req.method ?? 'GET', url, body, token, accept: String(req.headers.accept ?? '') }
    let reply: Reply
    try {
      reply = this.route(parsed)
    } catch (e) {
      reply = error(500, `double: ${(e as Error).message}`)
    }
    this.requests.push({ method: parsed.method, path: url.pathname, query: url.searchParams, body, authorization, status: reply.status })
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': String(Math.max(0, 1000 - this.requests.length)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers
    }
    if (reply.raw !== undefined) {
      res.writeHead(reply.status, headers)
      res.end(reply.raw)
      return
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers)
      res.end()
      return
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(reply.body))
  }

  private route(req: Parsed): Reply {
    for (const hook of [...this.hooks]) {
      if (hook.method !== req.method || !hook.path.test(req.url.pathname)) continue
      if (hook.skip-- > 0) continue
      this.hooks.splice(this.hooks.indexOf(hook), 1)
      hook.run()
    }
    const fault = this.faults.find((f) => f.times > 0 && (f.method === undefined || f.method === req.method) && f.path.test(req.url.pathname))
    if (fault !== undefined) {
      fault.times--
      return { status: fault.status, body: fault.body ?? { message: fault.status >= 500 ? 'Server Error' : 'Forbidden', documentation_url: DOCS }, ...(fault.headers ? { headers: fault.headers } : {}) }
    }
    const codeload = req.url.pathname.startsWith('/_codeload/')
    if (!codeload) {
      if (req.token === undefined && !(this.publicReads && req.method === 'GET')) return error(401, 'Requires authentication')
      const access = req.token === undefined ? 'read' : this.tokens.get(req.token)
      if (access === undefined) return error(401, 'Bad credentials')
      if (access === 'read' && req.method !== 'GET') return error(403, RESOURCE_NOT_ACCESSIBLE)
    }
    for (const [method, pattern, handler] of this.routes) {
      if (method !== req.method) continue
      const match = req.url.pathname.match(pattern)
      if (match) return handler(match, req)
    }
    return error(404, 'Not Found')
  }

  // ---- git ----

  private git(args: string[]): string {
    return execFileSync('git', args, { cwd: this.repoDir, encoding: 'utf8', maxBuffer: 1 << 28 })
  }

  private gitBytes(args: string[]): Buffer {
    return execFileSync('git', args, { cwd: this.repoDir, maxBuffer: 1 << 29 })
  }

  /** The commit (or object) a ref names in the backing repository. */
  rev(ref: string): string {
    return this.git(['rev-parse', '--verify', '--quiet', ref]).trim()
  }

  private tryRev(ref: string): string | undefined {
    try {
      return this.rev(ref)
    } catch {
      return undefined
    }
  }

  private tick(): string {
    this.clock += 60_000
    return new Date(this.clock).toISOString()
  }

  private repoJson(owner = this.owner) {
    return {
      id: 4242,
      name: this.repo,
      full_name: `${owner}/${this.repo}`,
      private: false,
      fork: owner !== this.owner,
      owner: { login: owner, id: owner === this.owner ? 9001 : 9002, type: 'Organization' },
      html_url: `https://github.com/${owner}/${this.repo}`,
      default_branch: 'main'
    }
  }

  private userJson(login: string) {
    return { login, id: 5000 + [...login].reduce((a, c) => a + c.charCodeAt(0), 0), type: login.endsWith('[bot]') ? 'Bot' : 'User', html_url: `https://github.com/${login}` }
  }

  // ---- pulls ----

  private pullOr404(number: number): PullRequestState | Reply {
    return this.pulls.get(number) ?? error(404, 'Not Found')
  }

  private getPull(number: number): Reply {
    const pr = this.pullOr404(number)
    if ('status' in pr) return pr
    const head = this.rev(`refs/heads/${pr.headRef}`)
    const base = this.rev(`refs/heads/${pr.baseRef}`)
    const files = this.diff(base, head)
    return {
      status: 200,
      body: {
        url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${number}`,
        html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}`,
        id: 80000 + number,
        number,
        state: pr.closed ? 'closed' : 'open',
        locked: false,
        title: pr.title,
        user: this.userJson(pr.author),
        body: 'Please review.',
        draft: false,
        merged: false,
        mergeable: null,
        author_association: 'CONTRIBUTOR',
        requested_reviewers: pr.requestedReviewers.map((l) => this.userJson(l)),
        requested_teams: pr.requestedTeams.map((slug) => ({ slug, name: slug, id: 700 })),
        head: { label: `${pr.fork ? 'contributor' : this.owner}:${pr.headRef}`, ref: pr.headRef, sha: head, user: this.userJson(pr.author), repo: this.repoJson(pr.fork ? 'contributor' : this.owner) },
        base: { label: `${this.owner}:${pr.baseRef}`, ref: pr.baseRef, sha: base, user: this.userJson(this.owner), repo: this.repoJson() },
        commits: Number(this.git(['rev-list', '--count', `${base}..${head}`]).trim()),
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changed_files: files.length
      }
    }
  }

  /** `GET /pulls?state=open|closed|all`, newest first as GitHub sorts by default. */
  private listPulls(url: URL): Reply {
    const state = url.searchParams.get('state') ?? 'open'
    const numbers = [...this.pulls.values()].filter((p) => state === 'all' || (state === 'closed') === p.closed).map((p) => p.number).sort((a, b) => b - a)
    return this.page(url, numbers.map((n) => this.getPull(n).body))
  }

  private listFiles(number: number, url: URL): Reply {
    const pr = this.pullOr404(number)
    if ('status' in pr) return pr
    const head = this.rev(`refs/heads/${pr.headRef}`)
    const base = this.rev(`refs/heads/${pr.baseRef}`)
    // GitHub lists at most 3,000 files of a pull request.
    const files = this.diff(this.git(['merge-base', base, head]).trim(), head).slice(0, 3000)
    return this.page(url, files.map((f) => this.fileJson(f, head)))
  }

  private fileJson(f: ListedFile, head: string) {
    const blob = f.status === 'removed' ? '0000000000000000000000000000000000000000' : (this.blobs(head).get(f.path) ?? '')
    return {
      sha: blob,
      filename: f.path,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `https://github.com/${this.owner}/${this.repo}/blob/${head}/${f.path}`,
      raw_url: `https://github.com/${this.owner}/${this.repo}/raw/${head}/${f.path}`,
      contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${f.path}?ref=${head}`,
      ...(f.patch !== undefined && f.patch.length <= this.maxPatchChars ? { patch: f.patch } : {}),
      ...(f.previous !== undefined ? { previous_filename: f.previous } : {})
    }
  }

  private listReviews(number: number, url: URL): Reply {
    const pr = this.pullOr404(number)
    if ('status' in pr) return pr
    const reviews = (this.reviews.get(number) ?? []).map((r) => ({
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: this.userJson(r.login),
      body: '',
      state: r.state,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}#pullrequestreview-${r.id}`,
      pull_request_url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${number}`,
      commit_id: r.commitId,
      author_association: this.roles.has(r.login) ? 'MEMBER' : 'CONTRIBUTOR',
      ...(r.state === 'PENDING' ? {} : { submitted_at: r.submittedAt })
    }))
    return this.page(url, reviews)
  }

  private requestReviewers(number: number, body: unknown): Reply {
    const pr = this.pullOr404(number)
    if ('status' in pr) return pr
    const b = (body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] }
    if (this.rejectTeamRequests && (b.team_reviewers ?? []).length > 0) {
      return error(422, `Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ${this.owner}/${this.repo} repository.`)
    }
    for (const login of b.reviewers ?? []) {
      if (login === pr.author) return error(422, 'Review cannot be requested from pull request author.')
      if (!pr.requestedReviewers.includes(login)) pr.requestedReviewers.push(login)
    }
    for (const slug of b.team_reviewers ?? []) if (!pr.requestedTeams.includes(slug)) pr.requestedTeams.push(slug)
    return { status: 201, body: (this.getPull(number).body as object) ?? {} }
  }

  // ---- commits ----

  private compare(baseRef: string, headRef: string, url: URL): Reply {
    const base = this.tryRev(`${baseRef}^{commit}`)
    const head = this.tryRev(`${headRef}^{commit}`)
    if (base === undefined || head === undefined) return error(404, 'Not Found')
    let mergeBase: string
    try {
      mergeBase = this.git(['merge-base', base, head]).trim()
    } catch {
      return error(404, `No common ancestor between ${baseRef} and ${headRef}.`)
    }
    const ahead = Number(this.git(['rev-list', '--count', `${mergeBase}..${head}`]).trim())
    const behind = Number(this.git(['rev-list', '--count', `${mergeBase}..${base}`]).trim())
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 250), 250)
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1)
    const commits = this.git(['rev-list', '--reverse', `${mergeBase}..${head}`]).split('\n').filter(Boolean).slice((page - 1) * perPage, page * perPage)
    return {
      status: 200,
      body: {
        url: `${this.url}/repos/${this.owner}/${this.repo}/compare/${baseRef}...${headRef}`,
        base_commit: this.commitJson(base),
        merge_base_commit: this.commitJson(mergeBase),
        status: ahead > 0 && behind > 0 ? 'diverged' : ahead > 0 ? 'ahead' : behind > 0 ? 'behind' : 'identical',
        ahead_by: ahead,
        behind_by: behind,
        total_commits: ahead,
        commits: commits.map((sha) => this.commitIdentity(sha)),
        ...(this.omitCompareFiles || page > 1 ? {} : { files: this.diff(mergeBase, head).slice(0, 300).map((f) => this.fileJson(f, head)) })
      }
    }
  }

  private commitJson(sha: string) {
    const [tree, parents, message] = this.git(['show', '-s', '--format=%T%x00%P%x00%s', sha]).trim().split('\0')
    return {
      sha,
      commit: { message, tree: { sha: tree } },
      parents: (parents ?? '').split(' ').filter(Boolean).map((p) => ({ sha: p })),
      html_url: `https://github.com/${this.owner}/${this.repo}/commit/${sha}`
    }
  }

  /** The repository's tags as the tags API lists them (newest name first), each with the commit it points at. */
  private tagList(): unknown[] {
    const lines = this.git(['for-each-ref', '--sort=-v:refname', '--format=%(refname:short)%00%(objectname)%00%(*objectname)', 'refs/tags']).split('\n').filter(Boolean)
    return lines.map((line) => {
      const [name, object, peeled] = line.split('\0')
      const sha = peeled !== undefined && peeled !== '' ? peeled : object!
      const base = `${this.url}/repos/${this.owner}/${this.repo}`
      return { name, commit: { sha, url: `${base}/commits/${sha}` }, zipball_url: `${base}/zipball/refs/tags/${name}`, tarball_url: `${base}/tarball/refs/tags/${name}`, node_id: `REF_${sha.slice(0, 12)}` }
    })
  }

  /** `GET /repos/{owner}/{repo}/commits/{sha}`: the commit with its author and committer dates. */
  private restCommit(sha: string): Reply {
    if (this.tryRev(`${sha}^{commit}`) === undefined) return error(422, `No commit found for SHA: ${sha}`)
    const [name, email, authored, committed] = this.git(['show', '-s', '--format=%an%x00%ae%x00%aI%x00%cI', sha]).trim().split('\0')
    const json = this.commitJson(sha)
    const iso = (d: string | undefined) => new Date(d ?? 0).toISOString().replace(/\.000Z$/, 'Z')
    return { status: 200, body: { ...json, commit: { ...json.commit, author: { name, email, date: iso(authored) }, committer: { name, email, date: iso(committed) } } } }
  }

  private gitCommit(sha: string): Reply {
    if (this.tryRev(`${sha}^{commit}`) === undefined) return error(404, 'Not Found')
    const json = this.commitJson(sha)
    return { status: 200, body: { sha, tree: json.commit.tree, message: json.commit.message, parents: json.parents } }
  }

  private contents(path: string, req: Parsed): Reply {
    const ref = req.url.searchParams.get('ref') ?? 'main'
    const commit = this.tryRev(`${ref}^{commit}`) ?? this.tryRev(`refs/heads/${ref}`)
    if (commit === undefined) return error(404, `No commit found for the ref ${ref}`)
    const type = (() => {
      try {
        return this.git(['cat-file', '-t', `${commit}:${path}`]).trim()
      } catch {
        return undefined
      }
    })()
    if (type === undefined) return error(404, 'Not Found')
    if (type === 'tree') {
      const entries = this.git(['ls-tree', `${commit}:${path}`]).split('\n').filter(Boolean)
      return { status: 200, body: entries.map((line) => ({ type: line.split(' ')[1] === 'tree' ? 'dir' : 'file', name: line.split('\t')[1], path: `${path}/${line.split('\t')[1]}` })) }
    }
    const mode = this.git(['ls-tree', commit, '--', path]).split(' ')[0]
    if (mode === '120000') {
      // GitHub answers a link to a file in the repository with that file, any other link with the link itself.
      const target = this.git(['cat-file', 'blob', `${commit}:${path}`])
      const resolved = target.startsWith('/') ? undefined : posix.normalize(posix.join(posix.dirname(path), target))
      const inside = resolved !== undefined && !resolved.startsWith('..') && this.tryRev(`${commit}:${resolved}`) !== undefined && this.git(['cat-file', '-t', `${commit}:${resolved}`]).trim() === 'blob'
      if (inside) return this.contents(resolved!, req)
      return { status: 200, body: { type: 'symlink', target, name: path.split('/').pop(), path, sha: this.rev(`${commit}:${path}`), size: target.length } }
    }
    const bytes = this.gitBytes(['cat-file', 'blob', `${commit}:${path}`])
    if (req.accept.includes('raw')) return { status: 200, raw: bytes, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
    const sha = this.rev(`${commit}:${path}`)
    // Files over 1 MB come without their content (encoding `none`); the raw media type gets the bytes.
    const large = bytes.length > 1024 * 1024
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: large ? 'none' : 'base64',
        size: bytes.length,
        name: path.split('/').pop(),
        path,
        sha,
        // GitHub wraps the base64 at 60 characters.
        content: large ? '' : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${path}?ref=${ref}`
      }
    }
  }

  private tree(ref: string, url: URL): Reply {
    const treeSha = this.tryRev(`${ref}^{tree}`)
    if (treeSha === undefined) return error(404, 'Not Found')
    const recursive = url.searchParams.has('recursive')
    const out = this.git(['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), treeSha])
    const tree = out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t') as [string, string]
        const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string]
        return { path, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}), url: `${this.url}/repos/${this.owner}/${this.repo}/git/${type}s/${sha}` }
      })
    return { status: 200, body: { sha: treeSha, url: `${this.url}/repos/${this.owner}/${this.repo}/git/trees/${treeSha}`, tree: this.truncateTrees ? tree.slice(0, 10) : tree, truncated: this.truncateTrees } }
  }

  private blob(sha: string): Reply {
    if (this.tryRev(`${sha}^{blob}`) === undefined) return error(404, 'Not Found')
    const bytes = this.gitBytes(['cat-file', 'blob', sha])
    return { status: 200, body: { sha, node_id: `B_${sha}`, size: bytes.length, url: `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${sha}`, content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n', encoding: 'base64' } }
  }

  private tarballRedirect(ref: string): Reply {
    const sha = this.tryRev(`${ref}^{commit}`)
    if (sha === undefined) return error(404, 'Not Found')
    return { status: 302, headers: { location: `${this.url}/_codeload/${this.owner}/${this.repo}/legacy.tar.gz/${sha}` } }
  }

  private tarball(sha: string): Reply {
    const prefix = `${this.owner}-${this.repo}-${sha.slice(0, 7)}/`
    const raw = this.gitBytes(['archive', '--format=tar.gz', `--prefix=${prefix}`, sha])
    return { status: 200, raw, headers: { 'content-type': 'application/x-gzip', 'content-disposition': `attachment; filename=${prefix.slice(0, -1)}.tar.gz` } }
  }

  // ---- issues ----

  private commentJson(c: CommentState) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}`,
      body: c.body,
      user: { ...c.user, html_url: `https://github.com/${c.user.login}` },
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER'
    }
  }

  private listComments(issue: number, url: URL): Reply {
    if (!this.pulls.has(issue)) return error(404, 'Not Found')
    return this.page(url, this.commentsOn(issue).map((c) => this.commentJson(c)))
  }

  private listIssueEvents(issue: number, url: URL): Reply {
    if (!this.pulls.has(issue)) return error(404, 'Not Found')
    const events = this.issueEvents.filter((e) => e.issue === issue).map((e) => ({ id: e.id, node_id: `BRCE_${e.id}`, event: e.event, actor: this.userJson('alice'), created_at: e.createdAt, commit_id: null }))
    return this.page(url, events)
  }

  private identityOf(req: Parsed): Identity {
    return (req.token !== undefined ? this.identities.get(req.token) : undefined) ?? ACTIONS_APP
  }

  private createComment(issue: number, body: unknown, as: Identity): Reply {
    if (!this.pulls.has(issue)) return error(404, 'Not Found')
    const text = (body as { body?: unknown } | undefined)?.body
    if (typeof text !== 'string' || text === '') return error(422, 'Validation Failed')
    if (text.length > 65_536) return error(422, 'Validation Failed: body is too long (maximum is 65536 characters)')
    const now = this.tick()
    const comment: CommentState = { id: this.nextId++, issue, body: text, user: { login: as.login, type: as.type, id: as.id }, createdAt: now, updatedAt: now }
    this.comments.push(comment)
    return { status: 201, body: this.commentJson(comment) }
  }

  private updateComment(id: number, body: unknown): Reply {
    const comment = this.comments.find((c) => c.id === id)
    if (comment === undefined) return error(404, 'Not Found')
    const text = (body as { body?: unknown } | undefined)?.body
    if (typeof text !== 'string' || text === '') return error(422, 'Validation Failed')
    if (text.length > 65_536) return error(422, 'Validation Failed: body is too long (maximum is 65536 characters)')
    comment.body = text
    comment.updatedAt = this.tick()
    return { status: 200, body: this.commentJson(comment) }
  }

  private deleteComment(id: number): Reply {
    const at = this.comments.findIndex((c) => c.id === id)
    if (at === -1) return error(404, 'Not Found')
    this.comments.splice(at, 1)
    return { status: 204 }
  }

  // ---- statuses ----

  private statusJson(s: StatusState) {
    return {
      id: s.id,
      state: s.state,
      context: s.context,
      description: s.description,
      target_url: s.targetUrl ?? null,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      creator: { login: s.by.login, id: s.by.id, type: s.by.type }
    }
  }

  private createStatus(sha: string, body: unknown, as: Identity): Reply {
    if (this.tryRev(`${sha}^{commit}`) === undefined) return error(422, `No commit found for SHA: ${sha}`)
    const b = (body ?? {}) as { state?: string; context?: string; description?: string; target_url?: string }
    if (!['pending', 'success', 'failure', 'error'].includes(b.state ?? '')) return error(422, 'Validation Failed')
    if ((b.description ?? '').length > 140) return error(422, 'Validation Failed: description is too long (maximum is 140 characters)')
    const status: StatusState = { id: this.nextId++, by: as, createdAt: this.tick(), sha, state: b.state!, context: b.context ?? 'default', description: b.description ?? '', targetUrl: b.target_url }
    this.statuses.push(status)
    return { status: 201, body: this.statusJson(status) }
  }

  // ---- checks ----

  private checkRunJson(c: CheckRunState) {
    return {
      id: c.id,
      head_sha: c.sha,
      name: c.name,
      status: c.status,
      conclusion: c.conclusion,
      completed_at: c.completedAt,
      output: { title: c.title, summary: c.title },
      app: c.by.app !== undefined ? { id: c.by.app.id, slug: c.by.app.slug, name: c.by.app.slug, owner: { login: 'acme' } } : null
    }
  }

  private createCheckRun(req: Parsed): Reply {
    const as = this.identityOf(req)
    // The Checks API is for Apps: a personal token cannot create check runs.
    if (as.app === undefined) return error(403, 'You must authenticate via a GitHub App.')
    const b = (req.body ?? {}) as { name?: string; head_sha?: string; status?: string; conclusion?: string; output?: { title?: string } }
    if (typeof b.name !== 'string' || typeof b.head_sha !== 'string' || this.tryRev(`${b.head_sha}^{commit}`) === undefined) return error(422, 'Validation Failed')
    const status = (b.status ?? 'queued') as CheckRunState['status']
    if (status === 'completed' && b.conclusion === undefined) return error(422, 'Validation Failed: conclusion is required when status is completed')
    const run: CheckRunState = { id: this.nextId++, sha: b.head_sha, name: b.name, status, conclusion: status === 'completed' ? b.conclusion! : null, title: b.output?.title ?? '', by: as, completedAt: status === 'completed' ? this.tick() : null }
    this.checkRuns.push(run)
    return { status: 201, body: this.checkRunJson(run) }
  }

  private updateCheckRun(id: number, req: Parsed): Reply {
    const run = this.checkRuns.find((c) => c.id === id)
    if (run === undefined) return error(404, 'Not Found')
    // An App can only update its own check runs.
    if (run.by.app?.id !== this.identityOf(req).app?.id) return error(403, 'Invalid app_id `' + String(this.identityOf(req).app?.id) + '` - check run can only be modified by the GitHub App that created it.')
    const b = (req.body ?? {}) as { status?: string; conclusion?: string; output?: { title?: string } }
    if (b.status !== undefined) run.status = b.status as CheckRunState['status']
    if (b.conclusion !== undefined) {
      run.conclusion = b.conclusion
      run.status = 'completed'
    }
    if (run.status === 'completed') run.completedAt = this.tick()
    if (b.output?.title !== undefined) run.title = b.output.title
    return { status: 200, body: this.checkRunJson(run) }
  }

  private listCheckRuns(ref: string, url: URL): Reply {
    const sha = this.tryRev(`${ref}^{commit}`)
    if (sha === undefined) return error(404, 'Not Found')
    const name = url.searchParams.get('check_name')
    const runs = this.checkRuns.filter((c) => c.sha === sha && (name === null || c.name === name)).reverse()
    const page = this.page(url, runs.map((c) => this.checkRunJson(c)))
    return { ...page, body: { total_count: runs.length, check_runs: page.body } }
  }

  // ---- commits and branches ----

  /** GitHub's "pull requests associated with a commit": open (and closed) pull requests whose commits include it. */
  private pullsOfCommit(sha: string, url: URL): Reply {
    if (this.tryRev(`${sha}^{commit}`) === undefined) return error(422, `No commit found for SHA: ${sha}`)
    const found: unknown[] = []
    for (const [number, pr] of this.pulls) {
      if (this.unassociated.has(number)) continue
      const head = this.tryRev(`refs/heads/${pr.headRef}`)
      const base = this.tryRev(`refs/heads/${pr.baseRef}`)
      if (head === undefined || base === undefined) continue
      const from = this.git(['merge-base', base, head]).trim()
      const commits = this.git(['rev-list', `${from}..${head}`]).split('\n').filter(Boolean)
      if (commits.includes(sha)) found.push(this.getPull(number).body)
    }
    return this.page(url, found)
  }

  private commitIdentity(sha: string) {
    const [an, ae, cn, ce, tree, parents, message] = this.git(['show', '-s', '--format=%an%x00%ae%x00%cn%x00%ce%x00%T%x00%P%x00%B', sha]).trim().split('\0')
    const user = (email: string | undefined) => {
      const login = email !== undefined ? this.logins.get(email) : undefined
      return login !== undefined ? this.userJson(login) : null
    }
    return {
      sha,
      commit: { message, tree: { sha: tree }, author: { name: an, email: ae, date: '2026-11-20T10:00:00Z' }, committer: { name: cn, email: ce, date: '2026-11-20T10:00:00Z' } },
      author: user(ae),
      committer: user(ce),
      parents: (parents ?? '').split(' ').filter(Boolean).map((p) => ({ sha: p })),
      html_url: `https://github.com/${this.owner}/${this.repo}/commit/${sha}`
    }
  }

  private activity(url: URL, pushes = this.pushes): Reply {
    if (this.hideActivity && pushes === this.pushes) return error(403, RESOURCE_NOT_ACCESSIBLE)
    const ref = url.searchParams.get('ref')
    const items = pushes
      .filter((p) => ref === null || p.ref === ref || `refs/heads/${p.ref}` === ref)
      .reverse()
      .map((p, i) => ({ id: 500 + i, ref: p.ref.startsWith('refs/') ? p.ref : `refs/heads/${p.ref}`, activity_type: 'push', actor: this.userJson(p.actor), timestamp: '2026-11-20T10:00:00Z' }))
    return this.page(url, items)
  }

  private pullCommits(number: number, url: URL): Reply {
    const pr = this.pullOr404(number)
    if ('status' in pr) return pr
    const head = this.rev(`refs/heads/${pr.headRef}`)
    const base = this.rev(`refs/heads/${pr.baseRef}`)
    const from = this.git(['merge-base', base, head]).trim()
    // GitHub lists at most 250 commits of a pull request.
    const commits = this.git(['rev-list', '--reverse', `${from}..${head}`]).split('\n').filter(Boolean).slice(0, 250)
    return this.page(url, commits.map((c) => this.commitIdentity(c)))
  }

  private branch(name: string): Reply {
    const sha = this.tryRev(`refs/heads/${name}`)
    if (sha === undefined) return error(404, 'Branch not found')
    return { status: 200, body: { name, commit: this.commitIdentity(sha), protected: this.protectedBranches.has(name) } }
  }

  /** A file of another repository, at exactly the ref asked for (a branch and the commit it points at are different refs here). */
  private otherContents(repository: string, path: string, req: Parsed): Reply {
    const ref = req.url.searchParams.get('ref') ?? 'main'
    const text = this.otherRepos.get(repository)?.get(`${ref}:${path}`)
    if (text === undefined) return error(404, 'Not Found')
    const bytes = Buffer.from(text)
    return { status: 200, body: { type: 'file', encoding: 'base64', size: bytes.length, name: path.split('/').pop(), path, sha: '0'.repeat(40), content: bytes.toString('base64') + '\n' } }
  }

  /** Classic protection as GET /branches/{branch}/protection answers it (only the parts the gate reads, in GitHub's shape). */
  private protection(name: string): Reply {
    if (this.hideProtection) return error(403, RESOURCE_NOT_ACCESSIBLE)
    if (this.tryRev(`refs/heads/${name}`) === undefined) return error(404, 'Branch not found')
    if (!this.protectedBranches.has(name)) return error(404, 'Branch not protected')
    const url = `${this.url}/repos/${this.owner}/${this.repo}/branches/${encodeURIComponent(name)}/protection`
    const wanted = this.protections.get(name) ?? {}
    return {
      status: 200,
      body: {
        url,
        ...(wanted.statusChecks !== undefined ? { required_status_checks: { url: `${url}/required_status_checks`, strict: false, contexts: wanted.statusChecks, checks: wanted.statusChecks.map((context) => ({ context, app_id: null })) } } : {}),
        ...(wanted.approvals !== undefined
          ? { required_pull_request_reviews: { url: `${url}/required_pull_request_reviews`, dismiss_stale_reviews: false, require_code_owner_reviews: false, require_last_push_approval: false, required_approving_review_count: wanted.approvals } }
          : {}),
        enforce_admins: { url: `${url}/enforce_admins`, enabled: false },
        required_linear_history: { enabled: false },
        allow_force_pushes: { enabled: false },
        allow_deletions: { enabled: false }
      }
    }
  }

  /** Classic protection that requires `approvals` approving reviews of a pull request into the branch. */
  protectWithReviews(branch: string, approvals = 1): void {
    this.protectedBranches.add(branch)
    this.protections.set(branch, { approvals })
  }

  // ---- people ----

  private permission(login: string): Reply {
    if (this.hidePermissions) return error(403, RESOURCE_NOT_ACCESSIBLE)
    if (login === 'ghost') return error(404, `${login} is not a user`)
    const role = this.roles.get(login) ?? 'read'
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
    return { status: 200, body: { permission, role_name: role, user: { ...this.userJson(login), permissions: {} } } }
  }

  private teamOf(org: string, slug: string) {
    return this.teams.get(`${org.toLowerCase()}/${slug}`)
  }

  private team(org: string, slug: string): Reply {
    const team = this.teamOf(org, slug)
    if (team === undefined) return error(404, 'Not Found')
    if (!team.readable) return error(403, RESOURCE_NOT_ACCESSIBLE)
    return { status: 200, body: { id: 700, slug, name: slug, organization: { login: org } } }
  }

  private membership(org: string, slug: string, login: string): Reply {
    const team = this.teamOf(org, slug)
    if (team === undefined) return error(404, 'Not Found')
    if (!team.readable) return error(403, RESOURCE_NOT_ACCESSIBLE)
    const invited = (team.invited ?? []).some((m) => m.toLowerCase() === login.toLowerCase())
    if (!invited && !team.members.some((m) => m.toLowerCase() === login.toLowerCase())) return error(404, 'Not Found')
    return { status: 200, body: { state: invited ? 'pending' : 'active', role: 'member', url: `${this.url}/orgs/${org}/teams/${slug}/memberships/${login}` } }
  }

  // ---- helpers ----

  /** One page of a list, with GitHub's `Link` header. */
  private page<T>(url: URL, items: T[]): Reply {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30), 1), 100)
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (p: number) => {
      const next = new URL(url.href)
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(p))
      return `<${this.url}${next.pathname}${next.search}>`
    }
    const links: string[] = []
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`)
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`)
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}) }
  }

  /** Path -> blob sha of every file at a commit (one `git ls-tree`, cached). */
  private blobs(commit: string): Map<string, string> {
    let map = this.blobCache.get(commit)
    if (map === undefined) {
      map = new Map()
      for (const line of this.git(['ls-tree', '-r', '-z', commit]).split('\0').filter(Boolean)) {
        const tab = line.indexOf('\t')
        map.set(line.slice(tab + 1), line.slice(0, tab).split(' ')[2]!)
      }
      this.blobCache.set(commit, map)
    }
    return map
  }

  /** The files between two commits, as GitHub lists them (renames detected), with their patches. */
  private diff(from: string, to: string): ListedFile[] {
    const key = `${from}..${to}`
    const cached = this.diffCache.get(key)
    if (cached !== undefined) return cached
    const names = this.git(['-c', 'core.quotepath=off', 'diff', '--name-status', '-z', '-M', from, to]).split('\0')
    const counts = new Map<string, [number, number]>()
    for (const line of this.git(['-c', 'core.quotepath=off', 'diff', '--numstat', '-M', '--no-renames', from, to]).split('\n').filter(Boolean)) {
      const [a, d, path] = line.split('\t') as [string, string, string]
      counts.set(path, [a === '-' ? 0 : Number(a), d === '-' ? 0 : Number(d)])
    }
    const patches = new Map<string, string>()
    const full = this.git(['-c', 'core.quotepath=off', 'diff', '--no-color', '--no-renames', from, to])
    for (const part of full.split(/^diff --git /m).slice(1)) {
      const header = part.slice(0, part.indexOf('\n'))
      const path = header.slice(header.lastIndexOf(' b/') + 3)
      const hunk = part.indexOf('\n@@')
      if (hunk !== -1) patches.set(path, part.slice(hunk + 1).replace(/\n$/, ''))
    }
    const files: ListedFile[] = []
    for (let i = 0; i < names.length - 1; ) {
      const code = names[i++]!
      const status = code[0]
      if (status === 'R') {
        const previous = names[i++]!
        const path = names[i++]!
        const [a, d] = counts.get(path) ?? [0, 0]
        files.push({ path, previous, status: 'renamed', additions: a, deletions: d, patch: patches.get(path) })
      } else {
        const path = names[i++]!
        const [a, d] = counts.get(path) ?? [0, 0]
        files.push({ path, status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified', additions: a, deletions: d, patch: patches.get(path) })
      }
    }
    this.diffCache.set(key, files)
    return files
  }
}

interface ListedFile {
  path: string
  previous?: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  additions: number
  deletions: number
  patch: string | undefined
}

function error(status: number, message: string): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status) } }
}
