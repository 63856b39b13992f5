/**
 * One comment per pull request and status context, edited in place on every run. It is found by a hidden marker
 * AND by its author being this token's own identity (the login behind the token, or the identity the verdict was
 * posted as), so a comment by anyone else (a person, another app) carrying the marker is never edited or deleted.
 * When the token's identity cannot be told, no existing comment is touched.
 */
import { apiErrorMessage, isForbidden, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536

export function commentMarker(context: string): string {
  return `<!-- prodguard:gate context=${context.replace(/-->|[\r\n]/g, '')} -->`
}

export interface ExistingComment {
  id: number
  body: string
  url: string
}

export type CommentResult =
  | { action: 'created' | 'updated'; url: string }
  | { action: 'skipped' }
  | { action: 'failed'; forbidden: boolean; message: string }

export class StickyComment {
  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    private readonly issueNumber: number,
    private readonly marker: string,
    /** The login this token writes as (`github-actions[bot]`, `my-app[bot]`, a user), when it is known. */
    private readonly ownLogin: () => Promise<string | undefined>
  ) {}

  /** Our comment from an earlier run, if any (the oldest, when a race left two). */
  async find(): Promise<{ comment: ExistingComment | undefined; extras: ExistingComment[]; marked: number }> {
    const login = await this.ownLogin()
    const ours: ExistingComment[] = []
    let marked = 0
    for await (const page of this.api.paginate.iterator(this.api.rest.issues.listComments, { ...this.repo, issue_number: this.issueNumber, per_page: 100 })) {
      for (const c of page.data) {
        const body = c.body ?? ''
        if (!body.includes(this.marker)) continue
        marked++
        if (login !== undefined && c.user?.login.toLowerCase() === login.toLowerCase()) ours.push({ id: c.id, body, url: c.html_url })
      }
    }
    return { comment: ours[0], extras: ours.slice(1), marked }
  }

  /** Edits our comment, or creates it when `create` allows; never a second one. */
  async upsert(body: string, create: boolean): Promise<CommentResult> {
    const text = body.includes(this.marker) ? body : `${this.marker}\n${body}`
    try {
      const { comment, extras, marked } = await this.find()
      if ((await this.ownLogin()) === undefined && marked > 0) {
        return { action: 'failed', forbidden: false, message: 'the identity this token writes as is unknown (the verdict could not be posted and /user is not readable), so no existing comment is touched' }
      }
      for (const extra of extras) await this.api.rest.issues.deleteComment({ ...this.repo, comment_id: extra.id }).catch(() => undefined)
      if (comment !== undefined) {
        if (comment.body === text) return { action: 'updated', url: comment.url }
        const { data } = await this.api.rest.issues.updateComment({ ...this.repo, comment_id: comment.id, body: text })
        return { action: 'updated', url: data.html_url }
      }
      if (!create) return { action: 'skipped' }
      const { data } = await this.api.rest.issues.createComment({ ...this.repo, issue_number: this.issueNumber, body: text })
      return { action: 'created', url: data.html_url }
    } catch (error) {
      return { action: 'failed', forbidden: isForbidden(error), message: apiErrorMessage(error) }
    }
  }
}

/** The login behind a token: `/user` for a personal token; installation tokens cannot read it (then undefined). */
export async function tokenLogin(api: GitHubApi): Promise<string | undefined> {
  try {
    const { data } = await api.rest.users.getAuthenticated({ request: { retries: 0 } })
    return data.login
  } catch {
    return undefined
  }
}
