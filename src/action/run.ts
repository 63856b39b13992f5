/**
 * One run of the GitHub Action: from the event to the verdict. Pending status first, then the change read as data
 * through the API, the pipeline with the base branch's config, the approvals of the head commit, and the verdict
 * published as a commit status, a sticky comment, a job summary, annotations and the report files.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import * as core from '@actions/core'
import type { Settings } from '../config/settings.js'
import { analyzers } from '../analyzers/registry.js'
import type { AnalyzerServices } from '../analyzers/analyzer.js'
import { describeError, UsageError } from '../errors.js'
import { isCategory, type Finding } from '../findings/finding.js'
import { fingerprintOf } from '../findings/fingerprint.js'
import { ruleCatalog } from '../knowledge/catalog.js'
import { bundledKnowledge } from '../knowledge/knowledge.js'
import { packageVersion } from '../knowledge/package-root.js'
import { scan, type ScanOptions, type ScanStats } from '../pipeline.js'
import { compareFindings, resolveSeverity, type Decision } from '../policy/policy.js'
import { renderJson } from '../reporters/json.js'
import { renderSarif } from '../reporters/sarif.js'
import { SUMMARY_MAX_BYTES } from '../reporters/markdown.js'
import type { Report, ReportContext } from '../reporters/report.js'
import { createVersionSource, VERSION_SERVICE } from '../sources/versions/index.js'
import { emitAnnotations } from './annotations.js'
import { evaluateApprovals, type ApprovalResult, type Review } from './approvals.js'
import { ApproverDirectory } from './approvers.js'
import { readBaseConfig, type BaseConfig } from './base-config.js'
import { changeSetFrom, listPullRequestFiles, mergeBase, treeDiff, type ApiChange } from './change-listing.js'
import { CommitStatus } from './commit-status.js'
import { repositoryFrom, targetFromEvent, type GateTarget, type Repository } from './event.js'
import { findingsSince } from './findings-since.js'
import { gateDecision, needsApproval } from './gate.js'
import { gatePage, statusText, type GateView, type SinceApproval } from './gate-report.js'
import { apiErrorMessage, createClient, httpStatus, type GitHubApi } from './github-client.js'
import { fetchPullRequest, type PullRequest } from './pull-request.js'
import { COMMENT_LIMIT, commentMarker, StickyComment } from './sticky-comment.js'

export interface ActionInputs {
  token: string
  configPath: string
  statusContext: string
  failJob: boolean
  comment: boolean
  requestReviewers: boolean
  /** Where to write SARIF (relative to the workspace); empty: none. */
  sarifFile: string
  /** For workflow_dispatch: the pull request number, when the event's inputs do not carry it. */
  pullRequest: string
}

export interface ActionEnvironment {
  eventName: string
  eventPath: string | undefined
  repository: string | undefined
  apiUrl: string
  serverUrl: string
  runId: string | undefined
  workspace: string
  runnerTemp: string
  waitScale: number
  now: Date
}

export interface ActionOutcome {
  decision: Decision | 'error'
  blockingCount: number
  findingsFile: string | undefined
  sarifFile: string | undefined
  exitCode: 0 | 1
  /** Why the step fails, for `core.setFailed`. */
  failure: string | undefined
}

/** A GitHub API failure that retries did not cure: the run stops and the status is never green. */
class ApiUnavailable extends Error {
  constructor(
    message: string,
    /** A 5xx or network failure (the API is down), rather than an answer like 404. */
    readonly outage: boolean
  ) {
    super(message)
  }
}

function isOutage(status: number | undefined): boolean {
  return status === undefined || status >= 500 || status === 429
}

interface Evaluation {
  subject: string
  headSha: string
  author: string | undefined
  pullRequest: PullRequest | undefined
  config: BaseConfig
  change: ApiChange
  findings: Finding[]
  gated: Finding[]
  approvals: ApprovalResult | undefined
  directory: ApproverDirectory | undefined
  decision: Decision
  since: SinceApproval | undefined
  stats: ScanStats
  notes: string[]
}

export async function runAction(inputs: ActionInputs, env: ActionEnvironment): Promise<ActionOutcome> {
  const payload = readEvent(env.eventPath)
  const repo = repositoryFrom(env.repository, payload)
  const target = targetFromEvent(env.eventName, payload, inputs.pullRequest)
  const api = createClient({
    token: inputs.token,
    baseUrl: env.apiUrl,
    userAgent: `prodguard/${packageVersion()}`,
    waitScale: env.waitScale,
    log: { debug: (m) => core.debug(m), warning: (m) => core.warning(m) }
  })
  const runUrl = env.runId !== undefined ? `${env.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${env.runId}` : undefined
  const status = new CommitStatus(api, repo, inputs.statusContext, runUrl)
  const run = new GateRun(api, repo, inputs, env, status, runUrl)
  return run.execute(target)
}

class GateRun {
  private statusSha: string | undefined
  private versions: ReturnType<typeof createVersionSource> | undefined
  private readonly notes: string[] = []

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    private readonly inputs: ActionInputs,
    private readonly env: ActionEnvironment,
    private readonly status: CommitStatus,
    private readonly runUrl: string | undefined
  ) {}

  async execute(target: GateTarget): Promise<ActionOutcome> {
    const subject = target.kind === 'pull-request' ? `pull request #${target.number}` : `merge queue entry ${target.headRef.replace(/^refs\/heads\//, '')}`
    try {
      const evaluation = target.kind === 'pull-request' ? await this.pullRequest(target.number, target.eventHeadSha) : await this.mergeGroup(target)
      return await this.publish(evaluation)
    } catch (error) {
      return this.fail(subject, error)
    }
  }

  // ---- evaluating ----

  private async pullRequest(number: number, eventHeadSha: string | undefined): Promise<Evaluation> {
    if (eventHeadSha !== undefined) await this.pending(eventHeadSha)
    const pr = await this.step(() => fetchPullRequest(this.api, this.repo, number), `reading pull request #${number}`)
    if (pr.headSha !== this.statusSha) await this.pending(pr.headSha)
    core.info(`prodguard: pull request #${pr.number} (${pr.baseRef} <- ${pr.headRef}), head ${pr.headSha}`)
    const config = await this.step(() => readBaseConfig(this.api, this.repo, pr.baseSha, `base branch ${pr.baseRef}`, this.inputs.configPath), 'reading the base branch config')
    const from = await this.step(() => mergeBase(this.api, this.repo, pr.baseSha, pr.headSha), 'finding the merge base')
    const listing = await this.step(() => listPullRequestFiles(this.api, this.repo, pr.number, pr.changedFiles, from, pr.headSha), 'listing the changed files')
    const change = changeSetFrom(this.api, this.repo, listing, from, pr.headSha, `${pr.baseRef}...${pr.headRef} (#${pr.number})`)
    const scanned = await this.scan(change, config)
    const gated = scanned.findings.filter((f) => needsApproval(f, config.loaded.settings.failOn))
    const { approvals, directory } = gated.length > 0 ? await this.approvals(pr, config.loaded.settings) : { approvals: undefined, directory: undefined }
    const decision = gateDecision(gated, approvals)
    let since: SinceApproval | undefined
    const lastApproval = approvals?.stale[0]
    if (decision === 'blocked' && lastApproval?.commitId !== undefined) {
      const newFindings = await findingsSince(change, lastApproval.commitId, gated, this.scanOptions(config.loaded.settings))
      since = { login: lastApproval.login, commitId: lastApproval.commitId, newFindings }
    }
    return {
      subject: `pull request #${pr.number}`,
      headSha: pr.headSha,
      author: pr.author,
      pullRequest: pr,
      config,
      change,
      findings: scanned.findings,
      gated,
      approvals,
      directory,
      decision,
      since,
      stats: scanned.stats,
      notes: [...this.notes, ...(directory?.notes ?? [])]
    }
  }

  /**
   * A merge-queue entry: its own change (base_sha is the entry's parent commit) scanned with the base's config.
   * Blocking findings pass only when the queued pull request is approved on its head commit, exactly as its own
   * gate required; there is no one to ask for a new approval inside the queue.
   */
  private async mergeGroup(target: Extract<GateTarget, { kind: 'merge-group' }>): Promise<Evaluation> {
    await this.pending(target.headSha)
    const config = await this.step(() => readBaseConfig(this.api, this.repo, target.baseSha, 'merge queue base', this.inputs.configPath), 'reading the base config')
    const listing = await this.step(() => treeDiff(this.api, this.repo, target.baseSha, target.headSha), 'comparing the merge group with its base')
    const change = changeSetFrom(this.api, this.repo, listing, target.baseSha, target.headSha, `${target.baseSha.slice(0, 7)}...${target.headSha.slice(0, 7)} (merge queue)`)
    const scanned = await this.scan(change, config)
    const gated = scanned.findings.filter((f) => needsApproval(f, config.loaded.settings.failOn))
    let approvals: ApprovalResult | undefined
    let directory: ApproverDirectory | undefined
    let pr: PullRequest | undefined
    if (gated.length > 0 && target.pullRequest !== undefined) {
      const number = target.pullRequest
      const queued = await this.step(() => fetchPullRequest(this.api, this.repo, number), `reading pull request #${number}`)
      pr = queued
      ;({ approvals, directory } = await this.approvals(queued, config.loaded.settings))
    } else if (gated.length > 0) {
      this.notes.push(`The merge queue ref \`${target.headRef}\` names no pull request, so no approval can be checked.`)
    }
    return {
      subject: pr !== undefined ? `merge queue entry of #${pr.number}` : `merge queue entry ${target.headRef.replace(/^refs\/heads\//, '')}`,
      headSha: target.headSha,
      author: pr?.author,
      pullRequest: undefined,
      config,
      change,
      findings: scanned.findings,
      gated,
      approvals,
      directory,
      decision: gateDecision(gated, approvals),
      since: undefined,
      stats: scanned.stats,
      notes: [...this.notes, ...(directory?.notes ?? [])]
    }
  }

  private scanOptions(settings: Settings): ScanOptions {
    this.versions ??= createVersionSource({
      offline: settings.offline,
      // No project .npmrc (the workspace may hold the pull request) and no secrets to expand into registry requests.
      env: { HOME: process.env['HOME'], XDG_CACHE_HOME: process.env['XDG_CACHE_HOME'] }
    })
    const services: AnalyzerServices = {
      guardrail: { configFiles: [this.inputs.configPath], ruleDefault: (id: string) => ruleCatalog().get(id)?.severity },
      [VERSION_SERVICE]: this.versions
    }
    return { settings, knowledge: bundledKnowledge(), catalog: ruleCatalog(), analyzers: analyzers(), now: this.env.now, services }
  }

  private async scan(change: ApiChange, config: BaseConfig): Promise<{ findings: Finding[]; stats: ScanStats }> {
    const settings = config.loaded.settings
    const extra: Finding[] = []
    if (config.problem !== undefined) {
      extra.push(gateFinding(settings, 'unanalyzable/invalid-config', config.path, `${config.problem}. The defaults were applied instead.`))
    }
    if (change.listing.incomplete !== undefined) {
      extra.push(gateFinding(settings, 'unanalyzable/incomplete-change', '(pull request)', `Not every changed file could be listed: ${change.listing.incomplete}. Only the ${change.listing.files.length} listed files were analyzed.`))
      this.notes.push(`prodguard could not list every changed file (${change.listing.incomplete}); the pull request needs an approval.`)
    }
    core.info(`prodguard: ${files(change.listing.files.length)} changed (${change.listing.source}), config ${config.loaded.source ?? 'defaults'}`)
    const result = await scan(change.changeSet, this.scanOptions(settings))
    if (change.snapshots.failure !== undefined) throw new ApiUnavailable(change.snapshots.failure.message, change.snapshots.failure.outage)
    const findings = [...extra, ...result.findings].sort(compareFindings)
    return { findings, stats: result.stats }
  }

  private async approvals(pr: PullRequest, settings: Settings): Promise<{ approvals: ApprovalResult; directory: ApproverDirectory }> {
    const directory = new ApproverDirectory(this.api, this.repo, settings.approvals)
    const reviews = await this.step(() => listReviews(this.api, this.repo, pr.number), 'reading the reviews')
    const approvals = await this.step(
      () => evaluateApprovals({ reviews, headSha: pr.headSha, author: pr.author, required: settings.approvals.required, authorize: (login) => directory.authorize(login) }),
      'checking who may approve'
    )
    return { approvals, directory }
  }

  // ---- publishing ----

  private async publish(e: Evaluation): Promise<ActionOutcome> {
    const catalog = ruleCatalog()
    const report: Report = { schemaVersion: 1, tool: { name: 'prodguard', version: packageVersion() }, decision: e.decision, findings: e.findings, stats: e.stats }
    const ruleIds = new Set(e.findings.map((f) => f.ruleId))
    const ctx: ReportContext = { rules: catalog.all().filter((r) => ruleIds.has(r.id)), label: e.change.changeSet.label, color: false, quiet: false }
    const notes = [...e.notes]
    const whoCanApprove = e.directory !== undefined && e.author !== undefined ? await e.directory.describe(e.author).catch(() => undefined) : undefined

    const description = statusText({ decision: e.decision, gated: e.gated, approvals: e.approvals })
    const posted = await this.status.set(e.headSha, e.decision === 'blocked' ? 'failure' : 'success', description)
    if (!posted.ok) {
      notes.push(
        posted.forbidden
          ? `The \`${this.status.context}\` status could not be posted (${posted.message}): this token is read-only, as for a fork's pull request under \`pull_request\`. Use \`pull_request_target\` (see the recommended workflow) so the verdict reaches branch protection; until then this job's result is the verdict.`
          : `The \`${this.status.context}\` status could not be posted: ${posted.message}.`
      )
      core.warning(`prodguard: could not post the ${this.status.context} status: ${posted.message}`)
    }

    const view: GateView = {
      context: this.status.context,
      decision: e.decision,
      subject: e.subject,
      headSha: e.headSha,
      author: e.author,
      gated: e.gated,
      approvals: e.approvals,
      whoCanApprove,
      sinceApproval: e.since,
      notes,
      runUrl: this.runUrl,
      fileUrl: (f) => (f.file.startsWith('(') ? undefined : `${this.env.serverUrl}/${this.repo.owner}/${this.repo.repo}/blob/${e.headSha}/${f.file.split('/').map(encodeURIComponent).join('/')}#L${Math.max(1, f.line)}`)
    }

    if (e.pullRequest !== undefined) {
      if (this.inputs.comment) await this.comment(e.pullRequest, report, ctx, view)
      if (this.inputs.requestReviewers && e.decision === 'blocked') await this.requestReviewers(e.pullRequest, e)
    }

    const findingsFile = this.writeReport(join(this.env.runnerTemp, 'prodguard-findings.json'), renderJson(report, ctx), 'findings')
    const sarifFile = this.inputs.sarifFile !== '' ? this.writeReport(this.workspacePath(this.inputs.sarifFile), renderSarif(report, ctx), 'SARIF') : undefined

    await this.summary(report, ctx, view, e)
    const failing = e.decision === 'blocked' && this.inputs.failJob
    emitAnnotations(e.findings, e.gated, failing)

    const blocked = `prodguard: ${statusText(view)} — see the job summary${e.pullRequest !== undefined && this.inputs.comment ? ' and the pull request comment' : ''}.`
    if (e.decision === 'blocked' && !this.inputs.failJob) core.warning(`${blocked} (fail-job is false: the status check carries the verdict)`)
    core.info(`prodguard: ${e.decision} (${description})`)
    return {
      decision: e.decision,
      blockingCount: e.gated.length,
      findingsFile,
      sarifFile,
      exitCode: failing ? 1 : 0,
      failure: failing ? blocked : undefined
    }
  }

  private async comment(pr: PullRequest, report: Report, ctx: ReportContext, view: GateView): Promise<void> {
    const marker = commentMarker(this.status.context)
    const body = gatePage(report, ctx, view, COMMENT_LIMIT - 100, marker)
    const sticky = new StickyComment(this.api, this.repo, pr.number, marker)
    const result = await sticky.upsert(body, view.decision !== 'pass')
    if (result.action === 'failed') {
      const why = result.forbidden ? `${result.message}; the token needs \`pull-requests: write\` (a fork's read-only token cannot comment)` : result.message
      view.notes.push(`The pull request comment could not be written: ${why}. This summary has everything it would say.`)
      core.warning(`prodguard: could not write the pull request comment: ${why}`)
    } else if (result.action !== 'skipped') {
      core.info(`prodguard: comment ${result.action}: ${result.url}`)
    }
  }

  private async requestReviewers(pr: PullRequest, e: Evaluation): Promise<void> {
    const policy = e.config.loaded.settings.approvals
    const counted = new Set((e.approvals?.approvers ?? []).map((l) => l.toLowerCase()))
    const requested = new Set(pr.requestedReviewers.map((l) => l.toLowerCase()))
    const reviewers = policy.users.filter((u) => u.toLowerCase() !== pr.author.toLowerCase() && !counted.has(u.toLowerCase()) && !requested.has(u.toLowerCase()))
    const teams = policy.teams
      .map((t) => (t.includes('/') ? t.split('/', 2) : [this.repo.owner, t]))
      .filter(([org, slug]) => org!.toLowerCase() === this.repo.owner.toLowerCase() && !pr.requestedTeams.includes(slug!))
      .map(([, slug]) => slug!)
    if (reviewers.length + teams.length === 0) {
      core.info('prodguard: request-reviewers: no configured approver left to request (approvals.users / approvals.teams).')
      return
    }
    try {
      await this.api.rest.pulls.requestReviewers({ ...this.repo, pull_number: pr.number, reviewers, team_reviewers: teams })
      core.info(`prodguard: requested reviews from ${[...reviewers, ...teams.map((t) => `team ${t}`)].join(', ')}`)
    } catch (error) {
      e.notes.push(`Reviews could not be requested: ${apiErrorMessage(error)}.`)
      core.warning(`prodguard: could not request reviewers: ${apiErrorMessage(error)}`)
    }
  }

  private async summary(report: Report, ctx: ReportContext, view: GateView, e: Evaluation): Promise<void> {
    const details = [
      '<details><summary>How this was evaluated</summary>',
      '',
      `- Change: \`${e.change.fromSha.slice(0, 7)}...${e.headSha.slice(0, 7)}\`, ${files(e.change.listing.files.length)} changed (${e.change.listing.source})`,
      `- Configuration: ${e.config.loaded.source !== undefined ? `\`${e.config.loaded.source}\`` : 'defaults (no .prodguard.yml on the base branch)'}`,
      `- Status \`${this.status.context}\`: ${this.status.posted.map((p) => `${p.state} on \`${p.sha.slice(0, 7)}\``).join(' → ') || 'not posted'}`,
      '',
      '</details>'
    ].join('\n')
    const page = gatePage(report, ctx, view, SUMMARY_MAX_BYTES - Buffer.byteLength(details) - 1024)
    await writeSummary(`${page}\n${details}\n`)
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

  // ---- failing safely ----

  /** Pending before anything else, so a crash never leaves an earlier green on the commit. */
  private async pending(sha: string): Promise<void> {
    this.statusSha = sha
    const result = await this.status.set(sha, 'pending', 'prodguard is checking this commit…')
    if (result.ok) return
    if (!result.forbidden) throw new ApiUnavailable(`setting the pending status failed: ${result.message}`, isOutage(result.status))
    core.warning(`prodguard: cannot post the ${this.status.context} status with this token (${result.message}); the job's result will carry the verdict.`)
  }

  /** Runs an API step; what retries could not cure stops the run with the step named. */
  private async step<T>(run: () => Promise<T>, what: string): Promise<T> {
    try {
      return await run()
    } catch (error) {
      // Only HTTP failures are the API's; anything else is a bug or bad input and keeps its own message.
      if (httpStatus(error) === undefined) throw error
      throw new ApiUnavailable(`${what} failed: ${apiErrorMessage(error)}`, isOutage(httpStatus(error)))
    }
  }

  private async fail(subject: string, error: unknown): Promise<ActionOutcome> {
    const reason = describeError(error)
    const apiProblem = error instanceof ApiUnavailable && error.outage
    const message = `prodguard could not evaluate ${subject}: ${reason}.${apiProblem ? ' The GitHub API did not answer after retries.' : ''} The ${this.status.context} status is not green; re-run the job to try again.`
    if (this.statusSha !== undefined && !apiProblem) {
      await this.status.set(this.statusSha, 'error', `prodguard could not evaluate: ${reason}`, { retry: false })
    } else if (this.statusSha !== undefined) {
      // The API is failing: one last attempt without retries, so the commit does not sit at pending forever.
      await this.status.set(this.statusSha, 'error', `prodguard could not evaluate: GitHub API unavailable`, { retry: false })
    }
    await writeSummary(`## ❌ prodguard: could not evaluate\n\n${message.replace(/[<>]/g, '')}\n`)
    return { decision: 'error', blockingCount: 0, findingsFile: undefined, sarifFile: undefined, exitCode: 1, failure: message }
  }
}

function files(n: number): string {
  return `${n} file${n === 1 ? '' : 's'}`
}

async function listReviews(api: GitHubApi, repo: Repository, number: number): Promise<Review[]> {
  const reviews: Review[] = []
  for await (const page of api.paginate.iterator(api.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 })) {
    for (const r of page.data) {
      if (r.user === null || r.user === undefined) continue
      reviews.push({ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id ?? undefined, submittedAt: r.submitted_at ?? undefined })
    }
  }
  return reviews
}

/** A finding the action itself raises (an incomplete listing, a broken base config), shaped like the pipeline's. */
function gateFinding(settings: Settings, ruleId: string, file: string, message: string): Finding {
  const meta = ruleCatalog().get(ruleId)
  const category = ruleId.split('/')[0]!
  const severity = resolveSeverity(settings, ruleId, meta?.severity ?? 'block', undefined)
  return {
    ruleId,
    category: meta?.category ?? (isCategory(category) ? category : 'unanalyzable'),
    severity: severity === 'off' ? 'block' : severity,
    file,
    line: 1,
    message,
    evidence: '',
    hint: meta?.hint ?? '',
    docs: meta?.docs ?? '',
    fingerprint: fingerprintOf(ruleId, file, ruleId, 0)
  }
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false })
  } catch (error) {
    core.warning(`prodguard: could not write the job summary: ${describeError(error)}`)
  }
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (path === undefined || path === '') throw new UsageError('GITHUB_EVENT_PATH is not set', 'run prodguard as a step of a GitHub Actions workflow')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read the event payload ${path}: ${describeError(error)}`)
  }
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new UsageError(`the event payload ${path} is not a JSON object`)
}
