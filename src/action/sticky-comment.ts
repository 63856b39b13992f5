/**
 * One comment per pull request and status context, edited in place on every run. It is found by a hidden marker
 * and by its author being this token's own identity (the login behind the token, or a bot when the token cannot
 * say who it is), so a marker pasted into someone else's comment is never taken over.
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
  private ownLogin: Promise<string | undefined> | undefined

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    private readonly issueNumber: number,
    private readonly marker: string
  ) {}

  /** Our comment from an earlier run, if any (the oldest, when a race left two). */
  async find(): Promise<{ comment: ExistingComment | undefined; extras: ExistingComment[] }> {
    const login = await this.whoAmI()
    const ours: ExistingComment[] = []
    for await (const page of this.api.paginate.iterator(this.api.rest.issues.listComments, { ...this.repo, issue_number: this.issueNumber, per_page: 100 })) {
      for (const c of page.data) {
        const body = c.body ?? ''
        if (!body.includes(this.marker)) continue
        const author = c.user
        // Logins cannot contain brackets: a `[bot]` login is an app, never a person pasting the marker.
        const mine = login !== undefined ? author?.login === login : author !== null && author !== undefined && (author.type === 'Bot' || /\[bot\]$/.test(author.login))
        if (mine) ours.push({ id: c.id, body, url: c.html_url })
      }
    }
    return { comment: ours[0], extras: ours.slice(1) }
  }

  /** Edits our comment, or creates it when `create` allows; never a second one. */
  async upsert(body: string, create: boolean): Promise<CommentResult> {
    const text = body.includes(this.marker) ? body : `${this.marker}\n${body}`
    try {
      const { comment, extras } = await this.find()
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

  /** The login behind the token; a GITHUB_TOKEN or an App token cannot read `/user` (then: any bot). */
  private whoAmI(): Promise<string | undefined> {
    this.ownLogin ??= this.api.rest.users
      .getAuthenticated({ request: { retries: 0 } })
      .then(({ data }) => data.login)
      .catch(() => undefined)
    return this.ownLogin
  }
}
