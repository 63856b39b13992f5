/**
 * The actions part of `prodguard data refresh`: rewrites `actions.yml` (the newest major of each action, and per major
 * the dates of its newest and of its first `vN.M.P` release tag) from the GitHub REST API: `GET /repos/{o}/{r}/tags`
 * (paginated through `Link: rel="next"`) and `GET /repos/{o}/{r}/commits/{sha}` for the dates of the tags it needs.
 * A token (--token, else GITHUB_TOKEN) raises GitHub's limit from 60 to 1,000+ requests an hour. Rate limits are
 * honoured: a secondary limit (`retry-after`) is waited out (briefly), a spent primary limit
 * (`x-ratelimit-remaining: 0`) stops the run's GitHub requests, and every action not refreshed keeps its old data.
 * The curated parts (`retired`, comments) are kept as they are. The token is never printed.
 */
import { isMap, isScalar, parseDocument, Scalar, visit, type Document } from 'yaml'

export interface GitHubResponse {
  status: number
  headers: { get(name: string): string | null }
  json(): Promise<unknown>
}
export type GitHubFetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<GitHubResponse>

export interface ActionsRefreshOptions {
  api: string
  token: string | undefined
  timeoutMs: number
  /** The longest a `retry-after` is waited out, in ms; longer ones count as a failure for that action. */
  maxWaitMs: number
  fetch: GitHubFetch
  today: string
}

export interface ActionsRefreshResult {
  /** The rewritten YAML text, or undefined when no action could be refreshed. */
  text: string | undefined
  refreshed: number
  total: number
  requests: number
  /** action -> why its old data was kept */
  failed: Map<string, string>
}

interface TagDates {
  latestMajor: number
  lines: Map<number, string>
  firstReleases: Map<number, string>
}

class RateLimited extends Error {}

const RELEASE_TAG = /^v(\d+)\.(\d+)\.(\d+)$/

/** `Link: <url>; rel="next", ...` -> the next page's URL. */
function nextLink(header: string | null): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part)
    if (m) return m[1]
  }
  return undefined
}

export async function refreshActionsTable(yamlText: string, o: ActionsRefreshOptions): Promise<ActionsRefreshResult> {
  const doc = parseDocument(yamlText)
  const table = doc.toJS() as { latestMajor?: Record<string, number> }
  const actions = Object.keys(table.latestMajor ?? {})
  const failed = new Map<string, string>()
  let requests = 0
  let stopped: string | undefined
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'prodguard data refresh' }
  if (o.token !== undefined && o.token !== '') headers.authorization = `Bearer ${o.token}`

  const get = async (url: string): Promise<GitHubResponse> => {
    for (let attempt = 0; ; attempt++) {
      if (stopped !== undefined) throw new RateLimited(stopped)
      requests++
      const response = await o.fetch(url, { headers, signal: AbortSignal.timeout(o.timeoutMs) })
      if (response.status !== 403 && response.status !== 429) return response
      const retryAfter = Number(response.headers.get('retry-after'))
      if (Number.isFinite(retryAfter) && retryAfter >= 0 && response.headers.get('retry-after') !== null) {
        // Secondary rate limit: wait as told, if that is short, and try again (twice at most).
        if (attempt < 2 && retryAfter * 1000 <= o.maxWaitMs) {
          await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000))
          continue
        }
        throw new Error(`GitHub asked to wait ${retryAfter} s (secondary rate limit)`)
      }
      if (response.headers.get('x-ratelimit-remaining') === '0') {
        const reset = Number(response.headers.get('x-ratelimit-reset'))
        const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : ''
        stopped = `GitHub's rate limit is spent${at}${headers.authorization ? '' : '; give a token with --token or GITHUB_TOKEN'}`
        throw new RateLimited(stopped)
      }
      return response
    }
  }

  const tagsOf = async (repo: string): Promise<Array<{ name: string; sha: string }>> => {
    const tags: Array<{ name: string; sha: string }> = []
    let url: string | undefined = `${o.api}/repos/${repo}/tags?per_page=100`
    for (let page = 0; url !== undefined && page < 20; page++) {
      const response = await get(url)
      if (response.status !== 200) throw new Error(`tags: HTTP ${response.status}`)
      const body = await response.json()
      if (!Array.isArray(body)) throw new Error('tags: not a list')
      for (const raw of body as Array<{ name?: unknown; commit?: { sha?: unknown } }>) {
        if (typeof raw?.name === 'string' && typeof raw.commit?.sha === 'string') tags.push({ name: raw.name, sha: raw.commit.sha })
      }
      url = nextLink(response.headers.get('link'))
    }
    return tags
  }

  const dateOf = async (repo: string, sha: string): Promise<string> => {
    const response = await get(`${o.api}/repos/${repo}/commits/${encodeURIComponent(sha)}`)
    if (response.status !== 200) throw new Error(`commit: HTTP ${response.status}`)
    const body = (await response.json()) as { commit?: { committer?: { date?: unknown }; author?: { date?: unknown } } }
    const date = body.commit?.committer?.date ?? body.commit?.author?.date
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(date)) throw new Error('commit: no date')
    return date.slice(0, 10)
  }

  const refreshOne = async (repo: string): Promise<TagDates> => {
    const byMajor = new Map<number, Array<{ version: [number, number, number]; sha: string }>>()
    for (const tag of await tagsOf(repo)) {
      const m = RELEASE_TAG.exec(tag.name)
      if (!m) continue
      const version: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const list = byMajor.get(version[0]) ?? []
      list.push({ version, sha: tag.sha })
      byMajor.set(version[0], list)
    }
    if (byMajor.size === 0) throw new Error('no vN.M.P release tags')
    const result: TagDates = { latestMajor: Math.max(...byMajor.keys()), lines: new Map(), firstReleases: new Map() }
    const dates = new Map<string, string>()
    const cached = async (sha: string) => {
      if (!dates.has(sha)) dates.set(sha, await dateOf(repo, sha))
      return dates.get(sha)!
    }
    for (const major of [...byMajor.keys()].sort((a, b) => a - b)) {
      const list = byMajor.get(major)!.sort((a, b) => a.version[1] - b.version[1] || a.version[2] - b.version[2])
      result.firstReleases.set(major, await cached(list[0]!.sha))
      result.lines.set(major, await cached(list[list.length - 1]!.sha))
    }
    return result
  }

  let refreshed = 0
  // One action at a time: GitHub asks clients not to make concurrent requests (secondary limits).
  for (const repo of actions) {
    try {
      const fresh = await refreshOne(repo)
      setActionData(doc, repo, fresh)
      refreshed++
    } catch (error) {
      failed.set(repo, (error as Error).name === 'TimeoutError' ? 'no answer in time' : (error as Error).message)
    }
  }
  if (refreshed === 0) return { text: undefined, refreshed, total: actions.length, requests, failed }
  // The date of the data: today only when every action was refreshed; otherwise the old (older) date stays.
  if (failed.size === 0) {
    doc.set('dataDate', quoted(o.today))
    doc.set('source', `release tags (vN.M.P) of each action's repository from ${o.api} (tags and their commits' dates), fetched ${o.today}`)
  }
  return { text: doc.toString({ lineWidth: 0 }), refreshed, total: actions.length, requests, failed }
}

function quoted(value: string): Scalar {
  const node = new Scalar(value)
  node.type = Scalar.QUOTE_DOUBLE
  return node
}

/** Replaces the action's entries in `latestMajor`, `lines` and `firstReleases`, keeping the file's layout. */
function setActionData(doc: Document, repo: string, fresh: TagDates): void {
  doc.setIn(['latestMajor', repo], fresh.latestMajor)
  for (const [key, dates] of [['lines', fresh.lines], ['firstReleases', fresh.firstReleases]] as const) {
    const node = doc.createNode(new Map([...dates].map(([major, date]) => [major, quoted(date)])), { flow: true })
    if (!isMap(doc.get(key))) doc.set(key, doc.createNode({}))
    doc.setIn([key, repo], node)
  }
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE
    }
  })
}
