/**
 * The verdict branch protection reads: one commit status (context `prodguard` by default) on the head commit.
 * A token that may not write statuses (a fork's read-only token) is reported once and not asked again.
 */
import { apiErrorMessage, httpStatus, isForbidden, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'
import { statusDescription } from './gate.js'

export type StatusState = 'pending' | 'success' | 'failure' | 'error'

export type PostResult = { ok: true } | { ok: false; forbidden: boolean; message: string; status: number | undefined }

export class CommitStatus {
  /** Set after a 403: the token cannot write statuses, so later attempts are skipped. */
  forbidden: string | undefined
  /** Every state posted, in order (for the log and the summary). */
  readonly posted: Array<{ sha: string; state: StatusState; description: string }> = []

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    readonly context: string,
    private readonly targetUrl: string | undefined
  ) {}

  async set(sha: string, state: StatusState, description: string, options: { retry?: boolean } = {}): Promise<PostResult> {
    if (this.forbidden !== undefined) return { ok: false, forbidden: true, message: this.forbidden, status: 403 }
    const text = statusDescription(description)
    try {
      await this.api.rest.repos.createCommitStatus({
        ...this.repo,
        sha,
        state,
        context: this.context,
        description: text,
        ...(this.targetUrl !== undefined ? { target_url: this.targetUrl } : {}),
        ...(options.retry === false ? { request: { retries: 0 } } : {})
      })
      this.posted.push({ sha, state, description: text })
      return { ok: true }
    } catch (error) {
      const message = apiErrorMessage(error)
      if (isForbidden(error)) this.forbidden = message
      return { ok: false, forbidden: isForbidden(error), message, status: httpStatus(error) }
    }
  }
}
