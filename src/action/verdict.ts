/**
 * The verdict branch protection reads, on the judged head commit: a commit status (the default, `verdict:
 * commit-status`) or a check run (`verdict: check-run`, posted with a GitHub App token so that a ruleset can pin the
 * required check to that App). Both remember who they posted as, for the read-back and the sticky comment. A token
 * that may not write (a fork's read-only token) is reported once and not asked again.
 */
import { apiErrorMessage, httpStatus, isForbidden, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'
import { statusDescription } from './gate.js'

export type VerdictState = 'pending' | 'success' | 'failure' | 'error'
export type VerdictMode = 'commit-status' | 'check-run'

export type PostResult = { ok: true } | { ok: false; forbidden: boolean; message: string; status: number | undefined }

/** Who the verdict was posted as: the status's creator, or the check run's App. */
export interface Identity {
  login: string | undefined
  userId: number | undefined
  appId: number | undefined
}

export interface Posted {
  sha: string
  state: VerdictState
  description: string
  /** The status id or check run id GitHub gave it. */
  id: number | undefined
}

export abstract class Verdict {
  /** Set after a 403: the token cannot write, so later attempts are skipped. */
  forbidden: string | undefined
  readonly posted: Posted[] = []
  readonly identity: Identity = { login: undefined, userId: undefined, appId: undefined }

  constructor(
    protected readonly api: GitHubApi,
    protected readonly repo: Repository,
    readonly context: string,
    protected readonly targetUrl: string | undefined
  ) {}

  abstract readonly mode: VerdictMode
  /** How the verdict is called in sentences: "the `prodguard` status", "the `prodguard` check". */
  get noun(): string {
    return `the \`${this.context}\` ${this.mode === 'check-run' ? 'check' : 'status'}`
  }

  /** The last state posted on `sha` by this run. */
  lastOn(sha: string): VerdictState | undefined {
    return this.posted.filter((p) => p.sha === sha).at(-1)?.state
  }

  async set(sha: string, state: VerdictState, description: string, options: { retry?: boolean } = {}): Promise<PostResult> {
    if (this.forbidden !== undefined) return { ok: false, forbidden: true, message: this.forbidden, status: 403 }
    const text = statusDescription(description)
    try {
      const id = await this.write(sha, state, text, options.retry === false ? { request: { retries: 0 } } : {})
      this.posted.push({ sha, state, description: text, id })
      return { ok: true }
    } catch (error) {
      const message = apiErrorMessage(error)
      if (isForbidden(error)) this.forbidden = message
      return { ok: false, forbidden: isForbidden(error), message, status: httpStatus(error) }
    }
  }

  protected abstract write(sha: string, state: VerdictState, description: string, request: object): Promise<number | undefined>
}

interface Creator {
  login?: string
  id?: number
}

export class CommitStatusVerdict extends Verdict {
  readonly mode = 'commit-status' as const

  protected async write(sha: string, state: VerdictState, description: string, request: object): Promise<number | undefined> {
    const { data } = await this.api.rest.repos.createCommitStatus({
      ...this.repo,
      sha,
      state,
      context: this.context,
      description,
      ...(this.targetUrl !== undefined ? { target_url: this.targetUrl } : {}),
      ...request
    })
    const creator = (data as { creator?: Creator | null }).creator ?? undefined
    if (creator?.login !== undefined) this.identity.login = creator.login
    if (creator?.id !== undefined) this.identity.userId = creator.id
    return typeof data.id === 'number' ? data.id : undefined
  }
}

/** Pending is a check run `in_progress`; the verdict completes that same run with `success` or `failure`. */
export class CheckRunVerdict extends Verdict {
  readonly mode = 'check-run' as const
  private readonly open = new Map<string, number>()

  protected async write(sha: string, state: VerdictState, description: string, request: object): Promise<number | undefined> {
    const output = { title: description, summary: description }
    const details = this.targetUrl !== undefined ? { details_url: this.targetUrl } : {}
    const running = this.open.get(sha)
    let data: { id: number; app?: { id?: number; slug?: string } | null }
    if (state === 'pending') {
      ;({ data } = await this.api.rest.checks.create({ ...this.repo, name: this.context, head_sha: sha, status: 'in_progress', output, ...details, ...request }))
      this.open.set(sha, data.id)
    } else {
      const conclusion = state === 'success' ? 'success' : 'failure'
      if (running !== undefined) {
        ;({ data } = await this.api.rest.checks.update({ ...this.repo, check_run_id: running, status: 'completed', conclusion, output, ...details, ...request }))
        this.open.delete(sha)
      } else {
        ;({ data } = await this.api.rest.checks.create({ ...this.repo, name: this.context, head_sha: sha, status: 'completed', conclusion, output, ...details, ...request }))
      }
    }
    const app = data.app ?? undefined
    if (app?.id !== undefined) this.identity.appId = app.id
    if (app?.slug !== undefined) this.identity.login = `${app.slug}[bot]`
    return data.id
  }
}

export function createVerdict(mode: VerdictMode, api: GitHubApi, repo: Repository, context: string, targetUrl: string | undefined): Verdict {
  return mode === 'check-run' ? new CheckRunVerdict(api, repo, context, targetUrl) : new CommitStatusVerdict(api, repo, context, targetUrl)
}
