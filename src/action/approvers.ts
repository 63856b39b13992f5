/**
 * Who may approve: the configured users (each while it has write access: a login can be re-registered by someone
 * else) and teams, or, only when none are configured, anyone with write, maintain or admin permission on the
 * repository, checked with the collaborator-permission API (never `author_association`, which hides private
 * organization members); a permission that cannot be read counts as none. A configured team this token cannot read (403) or that does not exist
 * (404) approves no one: it never falls back to write permission.
 */
import type { Settings } from '../config/settings.js'
import { apiErrorMessage, httpStatus, isRateLimited, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'

export interface Authorization {
  ok: boolean
  /** How the reviewer qualifies (`write permission`, `approvals.users`, `team acme/dba`) or why not. */
  reason: string
}

export interface Team {
  /** Lower case, as GitHub answers for it. */
  org: string
  slug: string
  /** As configured, for messages. */
  label: string
}

/**
 * `slug` or `org/slug` as configured. GitHub makes every slug lower case (the team "DBA" is `dba`) and matches
 * organization logins in any case, so `ACME/DBA` names the same team as `acme/dba`.
 */
export function teamOf(configured: string, owner: string): Team {
  const [org, slug] = configured.includes('/') ? configured.split('/', 2) : [owner, configured]
  return { org: org!.toLowerCase(), slug: slug!.toLowerCase(), label: `${org!}/${slug!}` }
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write', 'push'])

export class ApproverDirectory {
  private readonly users: Set<string>
  private readonly teams: Team[]
  private readableTeams: Team[] | undefined
  private readonly cache = new Map<string, Promise<Authorization>>()
  /** Things a reader should know about how approvers were checked (a team this token cannot read). */
  readonly notes: string[] = []

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    policy: Settings['approvals']
  ) {
    this.users = new Set(policy.users.map((u) => u.toLowerCase()))
    this.teams = policy.teams.map((t) => teamOf(t, repo.owner))
  }

  authorize(login: string): Promise<Authorization> {
    const key = login.toLowerCase()
    let pending = this.cache.get(key)
    if (pending === undefined) {
      pending = this.check(login)
      this.cache.set(key, pending)
    }
    return pending
  }

  /** The configured teams this token can read; the others cannot vouch for anyone. */
  async teamsInForce(): Promise<Team[]> {
    if (this.readableTeams !== undefined) return this.readableTeams
    const readable: Team[] = []
    for (const team of this.teams) {
      try {
        await this.api.rest.teams.getByName({ org: team.org, team_slug: team.slug })
        readable.push(team)
      } catch (error) {
        const status = httpStatus(error)
        if ((status !== 403 && status !== 404 && status !== 401) || isRateLimited(error)) throw error
        this.notes.push(
          status === 404
            ? `Team \`${team.label}\` (approvals.teams) was not found (${apiErrorMessage(error)}), so it approves no one. Check the slug (the team's URL name, e.g. \`${team.org}/${team.slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}\`) on github.com/orgs/${team.org}/teams, and that the token can see the team (a GitHub App with Members: read).`
            : `Team \`${team.label}\` (approvals.teams) could not be read with this token (${apiErrorMessage(error)}), so it approves no one. The token needs the organization permission Members: read: GITHUB_TOKEN never has it; pass a GitHub App installation token as \`github-token\`.`
        )
      }
    }
    return (this.readableTeams = readable)
  }

  /** True when approvals fall back to repository write permission: no user and no team is configured at all. */
  usesWritePermission(): boolean {
    return this.users.size === 0 && this.teams.length === 0
  }

  /** "Who can approve", for the comment: configured names, or the write-permission rule; `excluded` never counts. */
  async describe(author: string, excluded: ReadonlySet<string> = new Set()): Promise<string> {
    const never = [author, ...[...excluded].filter((l) => l !== author.toLowerCase())]
    const except = never.map((l) => `@${l}`).join(', ')
    if (this.usesWritePermission()) return `anyone with write access to ${this.repo.owner}/${this.repo.repo}, except ${never.length === 1 ? 'the author' : 'the author and the committers'} ${except}`
    const parts: string[] = []
    for (const user of this.users) if (user !== author.toLowerCase() && !excluded.has(user)) parts.push(`@${user}`)
    for (const team of await this.teamsInForce()) parts.push(`members of @${team.org}/${team.slug}`)
    if (parts.length === 0) {
      return `no one. Every approver configured in approvals.users / approvals.teams is the author or a committer of this pull request, or a team that cannot be read: add another approver to .prodguard.yml on the default branch`
    }
    return `${parts.join(', ')} (never ${except})`
  }

  private async check(login: string): Promise<Authorization> {
    let listed: Authorization | undefined
    if (this.users.has(login.toLowerCase())) {
      // A login is only a name: renamed or deleted, it can be registered again by someone else. A listed login counts
      // only while it can write to this repository, which a stranger's new account cannot.
      const permission = await this.writePermission(login)
      if (permission.ok) return { ok: true, reason: `listed in approvals.users (${permission.reason})` }
      listed = { ok: false, reason: `listed in approvals.users, but ${permission.reason}: a listed login counts only while it has write access here (a renamed or re-registered account must not inherit it)` }
    }
    for (const team of await this.teamsInForce()) {
      try {
        const { data } = await this.api.rest.teams.getMembershipForUserInOrg({ org: team.org, team_slug: team.slug, username: login })
        if (data.state === 'active') return { ok: true, reason: `member of @${team.org}/${team.slug}` }
      } catch (error) {
        if (httpStatus(error) !== 404) throw error
      }
    }
    if (listed !== undefined) return listed
    if (!this.usesWritePermission()) return { ok: false, reason: 'not in approvals.users or an approving team' }
    // Bots never count through repository permission: a workflow token must not approve its own gate.
    if (login.toLowerCase().endsWith('[bot]')) return { ok: false, reason: 'a bot (list it in approvals.users to count it)' }
    return this.writePermission(login)
  }

  /** Write, maintain or admin on this repository, from the collaborator-permission API; unreadable is not write. */
  private async writePermission(login: string): Promise<Authorization> {
    try {
      const { data } = await this.api.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: login })
      const role = (data as { role_name?: string }).role_name
      if (WRITE_ROLES.has(data.permission) || (role !== undefined && WRITE_ROLES.has(role))) return { ok: true, reason: `${role ?? data.permission} permission` }
      return { ok: false, reason: `${role ?? data.permission} permission (needs write)` }
    } catch (error) {
      if (httpStatus(error) === 404) return { ok: false, reason: `not a collaborator of ${this.repo.owner}/${this.repo.repo}` }
      if (httpStatus(error) === 403 && !isRateLimited(error)) return { ok: false, reason: `permission could not be checked (${apiErrorMessage(error)})` }
      throw error
    }
  }
}
