/**
 * Read-back: after posting, list the head commit's statuses and check runs and name every `prodguard` success that
 * this gate did not post. The rule:
 * - check-run mode: a check run of that name counts as prodguard's only when it comes from the App this run posted
 *   as; a commit status of that context is never prodguard's (this mode posts none).
 * - commit-status mode: a status of that context counts as prodguard's when this run posted it, or when it has the
 *   identity this run posted as and links to an Actions run of this repository (an earlier prodguard run). Another
 *   workflow with the same GITHUB_TOKEN identity cannot be told apart: that is what check-run mode is for.
 */
import { apiErrorMessage, isForbidden, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'
import type { Verdict } from './verdict.js'

export interface ForeignSuccess {
  kind: 'status' | 'check run'
  /** Who posted it, as GitHub names them. */
  by: string
  at: string | undefined
}

export interface ReadBack {
  foreign: ForeignSuccess[]
  /** Set when the statuses or check runs could not be listed. */
  problem: string | undefined
  /** Set when the token may not list check runs (commit-status mode without `checks: read`). */
  checksHidden: string | undefined
}

interface StatusItem {
  id?: number
  state?: string
  context?: string
  target_url?: string | null
  created_at?: string
  creator?: { login?: string; id?: number } | null
}

interface CheckRunItem {
  id?: number
  name?: string
  status?: string
  conclusion?: string | null
  completed_at?: string | null
  app?: { id?: number; slug?: string; name?: string } | null
}

export async function readBack(api: GitHubApi, repo: Repository, sha: string, verdict: Verdict, serverUrl: string): Promise<ReadBack> {
  const foreign: ForeignSuccess[] = []
  const ownIds = new Set(verdict.posted.map((p) => p.id).filter((id): id is number => id !== undefined))
  const runUrl = new RegExp(`^${escape(serverUrl.replace(/\/+$/, ''))}/${escape(repo.owner)}/${escape(repo.repo)}/actions/runs/\\d+(?:/|$)`, 'i')
  try {
    const statuses = (await api.paginate(api.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 })) as StatusItem[]
    for (const s of statuses) {
      if (s.context !== verdict.context || s.state !== 'success') continue
      const own =
        verdict.mode === 'commit-status' &&
        ((s.id !== undefined && ownIds.has(s.id)) ||
          (verdict.identity.userId !== undefined && s.creator?.id === verdict.identity.userId && typeof s.target_url === 'string' && runUrl.test(s.target_url)))
      if (!own) foreign.push({ kind: 'status', by: s.creator?.login ?? 'an unknown identity', at: s.created_at })
    }
    let checks: CheckRunItem[]
    try {
      checks = (await api.paginate(api.rest.checks.listForRef, { ...repo, ref: sha, check_name: verdict.context, filter: 'all', per_page: 100 })) as unknown as CheckRunItem[]
    } catch (error) {
      if (verdict.mode === 'check-run' || !isForbidden(error)) throw error
      return { foreign, problem: undefined, checksHidden: apiErrorMessage(error) }
    }
    for (const c of checks) {
      if (c.name !== verdict.context || c.conclusion !== 'success') continue
      const own = verdict.mode === 'check-run' && ((c.id !== undefined && ownIds.has(c.id)) || (verdict.identity.appId !== undefined && c.app?.id === verdict.identity.appId))
      if (!own) foreign.push({ kind: 'check run', by: c.app?.slug !== undefined ? `the app ${c.app.slug}` : 'an unknown app', at: c.completed_at ?? undefined })
    }
    return { foreign, problem: undefined, checksHidden: undefined }
  } catch (error) {
    return { foreign, problem: apiErrorMessage(error), checksHidden: undefined }
  }
}

/** The sentence the summary and the comment carry about it, or undefined when there is nothing to say. */
export function readBackNote(result: ReadBack, verdict: Verdict, sha: string): string | undefined {
  if (result.problem !== undefined) return `The statuses and check runs of \`${sha.slice(0, 7)}\` could not be read back (${result.problem}), so prodguard cannot say whether anything else claims \`${verdict.context}\` on it.`
  if (result.foreign.length === 0) return undefined
  const items = result.foreign.map((f) => `a ${f.kind} by ${f.by}${f.at !== undefined ? ` at ${f.at}` : ''}`)
  return `**Not posted by prodguard:** commit \`${sha.slice(0, 7)}\` carries ${items.length === 1 ? 'a' : `${items.length}`} \`${verdict.context}\` success that this gate did not post: ${items.join('; ')}. Something else is writing prodguard's verdict: find the workflow or app that posts it. ${verdict.mode === 'commit-status' ? 'Only a required check pinned to a GitHub App (verdict: check-run, see docs/action.md) cannot be forged.' : 'A ruleset that pins the required check to prodguard\'s App ignores it.'}`
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
