/**
 * Stage 5, publish: the verdict on the head commit (never green unless every pull request at that head still points
 * at it), the read-back of what else claims the verdict's name there, review requests, one sticky comment per pull
 * request, the job summary, annotations and the report files.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import * as core from '@actions/core'
import { describeError } from '../../errors.js'
import type { Finding } from '../../findings/finding.js'
import { ruleCatalog } from '../../knowledge/catalog.js'
import { packageVersion } from '../../knowledge/package-root.js'
import type { Decision } from '../../policy/policy.js'
import { renderJson } from '../../reporters/json.js'
import { SUMMARY_MAX_BYTES } from '../../reporters/markdown.js'
import type { Report, ReportContext } from '../../reporters/report.js'
import { renderSarif } from '../../reporters/sarif.js'
import { emitAnnotations } from '../annotations.js'
import { teamOf } from '../approvers.js'
import type { Repository } from '../event.js'
import { gatePage, type GateView } from '../gate-report.js'
import { apiErrorMessage, type GitHubApi } from '../github-client.js'
import { readBack, readBackNote } from '../read-back.js'
import { COMMENT_LIMIT, commentMarker, StickyComment, tokenLogin } from '../sticky-comment.js'
import type { Verdict, VerdictState } from '../verdict.js'
import type { CommitDecision } from './decide.js'
import type { Judgement } from './evaluate.js'
import type { ActionEnvironment, ActionInputs } from './read-event.js'

export interface ActionOutcome {
  decision: Decision | 'error' | 'superseded'
  blockingCount: number
  findingsFile: string | undefined
  sarifFile: string | undefined
  exitCode: 0 | 1
  /** Why the step fails, for `core.setFailed`. */
  failure: string | undefined
}

/** What one published page is about: a pull request's judgement, or a merge-queue entry's. */
export interface Page {
  subject: string
  headSha: string
  author: string | undefined
  findings: Finding[]
  gated: Finding[]
  decision: Decision
  judgement: Judgement | undefined
  notes: string[]
  label: string
  stats: Report['stats']
  evaluated: string[]
}

export class Publisher {
  private login: Promise<string | undefined> | undefined

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    private readonly inputs: ActionInputs,
    private readonly env: ActionEnvironment,
    readonly verdict: Verdict,
    private readonly runUrl: string | undefined
  ) {}

  /** Pending before the evaluation, so a crash never leaves an earlier green on the commit. */
  async pending(sha: string): Promise<{ ok: true } | { ok: false; message: string; status: number | undefined; forbidden: boolean }> {
    const result = await this.verdict.set(sha, 'pending', 'prodguard is checking this commit…')
    if (!result.ok && result.forbidden) core.warning(`prodguard: cannot post ${this.verdict.noun.replace(/`/g, '')} with this token (${result.message}); the job's result will carry the verdict.`)
    return result
  }

  /** Posts the verdict; a failure to post becomes a note for every page. */
  async post(sha: string, state: VerdictState, description: string, notes: string[]): Promise<boolean> {
    const posted = await this.verdict.set(sha, state, description)
    if (posted.ok) return true
    notes.push(
      posted.forbidden
        ? `${cap(this.verdict.noun)} could not be posted (${posted.message}): this token is read-only, as for a fork's pull request under \`pull_request\`. Use \`pull_request_target\` (see the recommended workflow) so the verdict reaches branch protection; until then this job's result is the verdict.`
        : `${cap(this.verdict.noun)} could not be posted: ${posted.message}.`
    )
    core.warning(`prodguard: could not post ${this.verdict.noun.replace(/`/g, '')}: ${posted.message}`)
    return false
  }

  /** The note for the comment and summary about foreign successes; `evaluated` gets what the summary alone says. */
  async readBackNote(sha: string, evaluated: string[]): Promise<string | undefined> {
    const result = await readBack(this.api, this.repo, sha, this.verdict, this.env.serverUrl)
    if (result.checksHidden !== undefined) {
      evaluated.push(`read-back: check runs could not be listed (${result.checksHidden}); give the job \`checks: read\` so a forged \`${this.verdict.context}\` check run is reported too`)
    }
    const notes = [readBackNote(result, this.verdict, sha), this.forgeableNote()].filter((n): n is string => n !== undefined)
    for (const note of notes) core.warning(`prodguard: ${note.replace(/\*\*/g, '').replace(/`/g, '')}`)
    return notes.length > 0 ? notes.join('\n\n') : undefined
  }

  /** Check-run mode posted with GITHUB_TOKEN is the GitHub Actions app: every workflow of the repository posts as it. */
  private forgeableNote(): string | undefined {
    if (this.verdict.mode !== 'check-run' || this.verdict.identity.login !== 'github-actions[bot]') return undefined
    return `**Not hardened:** ${this.verdict.noun} was posted with \`GITHUB_TOKEN\`, as the GitHub Actions app, and any workflow of this repository can post a check run of that name as the same app. Pass a GitHub App installation token as \`github-token\` and pin the required check to that App (docs/action.md, Hardened setup).`
  }

  /** Everything after the verdict: review requests, comments, summary, annotations, report files, the outcome. */
  async finish(sha: string, decided: CommitDecision, pages: Page[], primary: Page, posted: boolean, shared: string[], options: { superseded?: boolean } = {}): Promise<ActionOutcome> {
    // A superseded commit's run leaves the comment to the run of the newer head, and claims no verdict in the summary.
    if (options.superseded === true) posted = false
    for (const page of options.superseded === true ? [] : pages) {
      const j = page.judgement
      if (j === undefined) continue
      if (this.inputs.requestReviewers && j.decision === 'blocked' && j.unapprovable === undefined) await this.requestReviewers(j, page.notes)
      if (this.inputs.comment) await this.comment(j, page, posted, decided)
    }
    const report = this.report(primary, decided.decision)
    const ctx = this.context(primary)
    const findingsFile = this.writeReport(join(this.env.runnerTemp, 'prodguard-findings.json'), renderJson(report, ctx), 'findings')
    const sarifFile = this.inputs.sarifFile !== '' ? this.writeReport(this.workspacePath(this.inputs.sarifFile), renderSarif(report, ctx), 'SARIF') : undefined
    await this.summary(sha, pages, posted, decided, shared)
    const failing = decided.decision === 'blocked' && this.inputs.failJob
    emitAnnotations(primary.findings, primary.gated, failing)
    const others = pages.filter((p) => p !== primary && p.decision === 'blocked').map((p) => p.subject)
    const message = `prodguard: ${decided.description}${others.length > 0 && primary.decision !== 'blocked' ? ` (${others.join(', ')} share${others.length === 1 ? 's' : ''} this head commit)` : ''} — see the job summary${primary.judgement !== undefined && this.inputs.comment ? ' and the pull request comment' : ''}.`
    if (decided.decision === 'blocked' && !this.inputs.failJob) core.warning(`${message} (fail-job is false: ${this.verdict.noun.replace(/`/g, '')} carries the verdict)`)
    core.info(`prodguard: ${decided.decision} (${decided.description})`)
    return {
      decision: decided.decision,
      blockingCount: primary.gated.length,
      findingsFile,
      sarifFile,
      exitCode: failing ? 1 : 0,
      failure: failing ? message : undefined
    }
  }

  private report(page: Page, decision: Decision): Report {
    return { schemaVersion: 1, tool: { name: 'prodguard', version: packageVersion() }, decision: page.decision === 'blocked' ? 'blocked' : decision === 'blocked' ? 'blocked' : page.decision, findings: page.findings, stats: page.stats }
  }

  private context(page: Page, findings: Finding[] = page.findings): ReportContext {
    const ids = new Set(findings.map((f) => f.ruleId))
    return { rules: ruleCatalog().all().filter((r) => ids.has(r.id)), label: page.label, color: false, quiet: false }
  }

  /** The page as people read it: a suppression the change adds itself is shown with the findings it needs approval for. */
  private pageReport(page: Page): { report: Report; ctx: ReportContext } {
    const gated = new Set(page.gated)
    const findings = page.findings.map((f) => {
      if (!gated.has(f) || f.suppressed === undefined) return f
      const { suppressed, ...rest } = f
      return { ...rest, message: `${f.message} (suppressed in this change: "${suppressed.reason}"; a suppression the change adds still needs an approval)` }
    })
    return { report: { schemaVersion: 1, tool: { name: 'prodguard', version: packageVersion() }, decision: page.decision, findings, stats: page.stats }, ctx: this.context(page, findings) }
  }

  async view(page: Page, posted: boolean, decided?: CommitDecision): Promise<GateView> {
    const j = page.judgement
    const whoCanApprove = j?.directory !== undefined ? await j.directory.describe(j.pr.author, j.config.loaded.settings.approvals.allowCommitters ? new Set() : j.committers).catch(() => undefined) : undefined
    return {
      context: this.verdict.context,
      verdictNoun: this.verdict.noun,
      verdictPosted: posted,
      sharedRed: decided !== undefined && decided.state !== 'success' && page.decision !== 'blocked',
      unapprovable: j?.unapprovable,
      decision: page.decision,
      subject: page.subject,
      headSha: page.headSha,
      author: page.author,
      gated: page.gated,
      approvals: j?.approvals,
      whoCanApprove,
      sinceApproval: j?.since,
      notes: page.notes,
      runUrl: this.runUrl,
      fileUrl: (f) => (f.file.startsWith('(') ? undefined : `${this.env.serverUrl}/${this.repo.owner}/${this.repo.repo}/blob/${page.headSha}/${f.file.split('/').map(encodeURIComponent).join('/')}#L${Math.max(1, f.line)}`)
    }
  }

  private ownLogin(): Promise<string | undefined> {
    this.login ??= tokenLogin(this.api)
    return this.login.then((login) => login ?? this.verdict.identity.login)
  }

  private async comment(j: Judgement, page: Page, posted: boolean, decided: CommitDecision): Promise<void> {
    const marker = commentMarker(this.verdict.context)
    const { report, ctx } = this.pageReport(page)
    const view = await this.view(page, posted, decided)
    const body = gatePage(report, ctx, view, COMMENT_LIMIT - 100, marker)
    const sticky = new StickyComment(this.api, this.repo, j.pr.number, marker, () => this.ownLogin())
    // A pull request that passes on its own but shares a red head commit is told why it is red.
    const result = await sticky.upsert(body, page.decision !== 'pass' || decided.decision === 'blocked' || !posted)
    if (result.action === 'failed') {
      const why = result.forbidden ? `${result.message}; the token needs \`pull-requests: write\` (a fork's read-only token cannot comment)` : result.message
      page.notes.push(`The pull request comment could not be written: ${why}. This summary has everything it would say.`)
      core.warning(`prodguard: could not write the pull request comment on #${j.pr.number}: ${why}`)
    } else if (result.action !== 'skipped') {
      core.info(`prodguard: comment ${result.action}: ${result.url}`)
    }
  }

  /** User and team requests are sent separately, so a team that cannot be requested does not sink the users. */
  private async requestReviewers(j: Judgement, notes: string[]): Promise<void> {
    const pr = j.pr
    const policy = j.config.loaded.settings.approvals
    const counted = new Set((j.approvals?.approvers ?? []).map((l) => l.toLowerCase()))
    const requested = new Set(pr.requestedReviewers.map((l) => l.toLowerCase()))
    const excluded = policy.allowCommitters ? new Set<string>() : j.committers
    const reviewers = policy.users.filter((u) => u.toLowerCase() !== pr.author.toLowerCase() && !excluded.has(u.toLowerCase()) && !counted.has(u.toLowerCase()) && !requested.has(u.toLowerCase()))
    const teams = policy.teams
      .map((t) => teamOf(t, this.repo.owner))
      .filter((t) => t.org === this.repo.owner.toLowerCase() && !pr.requestedTeams.some((r) => r.toLowerCase() === t.slug))
      .map((t) => t.slug)
    if (reviewers.length + teams.length === 0) {
      core.info('prodguard: request-reviewers: no configured approver left to request (approvals.users / approvals.teams).')
      return
    }
    const send = async (what: string, body: { reviewers: string[]; team_reviewers?: string[] } | { reviewers?: string[]; team_reviewers: string[] }) => {
      try {
        await this.api.rest.pulls.requestReviewers({ ...this.repo, pull_number: pr.number, ...body })
        core.info(`prodguard: requested reviews from ${what}`)
      } catch (error) {
        notes.push(`Reviews could not be requested from ${what}: ${apiErrorMessage(error)}.`)
        core.warning(`prodguard: could not request reviews from ${what}: ${apiErrorMessage(error)}`)
      }
    }
    if (reviewers.length > 0) await send(reviewers.map((r) => `@${r}`).join(', '), { reviewers })
    if (teams.length > 0) await send(teams.map((t) => `team ${this.repo.owner}/${t}`).join(', '), { team_reviewers: teams })
  }

  private async summary(sha: string, pages: Page[], posted: boolean, decided: CommitDecision, shared: string[]): Promise<void> {
    const parts: string[] = []
    const budget = Math.floor((SUMMARY_MAX_BYTES - 8192) / Math.max(1, pages.length))
    for (const page of pages) {
      const { report, ctx } = this.pageReport(page)
      parts.push(gatePage(report, ctx, await this.view(page, posted, decided), budget))
    }
    const details = [
      '<details><summary>How this was evaluated</summary>',
      '',
      `- Commit \`${sha.slice(0, 7)}\`: ${decided.decision} (${decided.description.replace(/[<>]/g, '')})`,
      ...shared.map((s) => `- ${s}`),
      ...pages.flatMap((p) => p.evaluated.map((e) => `- ${p.subject}: ${e}`)),
      `- ${cap(this.verdict.noun)} (${this.verdict.mode}): ${this.verdict.posted.map((p) => `${p.state} on \`${p.sha.slice(0, 7)}\``).join(' → ') || 'not posted'}`,
      '',
      '</details>'
    ].join('\n')
    await writeSummary(`${parts.join('\n\n---\n\n')}\n${details}\n`)
  }

  private writeReport(path: string, text: string, what: string): string | undefined {
    try {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, text)
      return path
    } catch (error) {
      core.warning(`prodguard: could not write the ${what} file ${path}: ${describeError(error)}`)
      return undefined
    }
  }

  private workspacePath(path: string): string {
    return isAbsolute(path) ? path : resolve(this.env.workspace, path)
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false })
  } catch (error) {
    core.warning(`prodguard: could not write the job summary: ${describeError(error)}`)
  }
}

function cap(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`
}
