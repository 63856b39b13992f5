/**
 * One run of the GitHub Action, in the contract's order: read the event, read the change, evaluate, decide, publish.
 * The subject is one head commit: every open pull request whose head it is gets judged under its own rules, and the
 * commit's verdict is green only when all of them pass and still point at that commit when the verdict is posted.
 */
import * as core from '@actions/core'
import { describeError } from '../errors.js'
import type { GateTarget } from './event.js'
import { apiErrorMessage, httpStatus, isRateLimited } from './github-client.js'
import { fetchPullRequest, openPullRequestsAt, type PullRequest } from './pull-request.js'
import { SnapshotError } from './snapshots.js'
import { decideCommit, sharedHeadNote, type CommitDecision } from './stages/decide.js'
import { Evaluator, listReviews, type Judgement } from './stages/evaluate.js'
import { latestReviews } from './approvals.js'
import { judgeMergeGroup } from './stages/merge-queue.js'
import { Publisher, writeSummary, type ActionOutcome, type Page } from './stages/publish.js'
import { readRunContext, type ActionEnvironment, type ActionInputs, type RunContext } from './stages/read-event.js'
import { governingConfig, readPinnedChange, repositoryFacts, type RepositoryFacts } from './stages/read-change.js'

export type { ActionEnvironment, ActionInputs } from './stages/read-event.js'
export type { ActionOutcome } from './stages/publish.js'

/** A GitHub API failure that retries did not cure: the run stops and the verdict is never green. */
export class ApiUnavailable extends Error {
  constructor(
    message: string,
    /** A 5xx or network failure (the API is down), rather than an answer like 404. */
    readonly outage: boolean
  ) {
    super(message)
  }
}

/** Stage 4's result for one commit: the verdict, one page per judged pull request, and what all pages share. */
interface CommitVerdict {
  decided: CommitDecision
  pages: Page[]
  shared: string[]
}

export async function runAction(inputs: ActionInputs, env: ActionEnvironment): Promise<ActionOutcome> {
  const context = readRunContext(inputs, env)
  return new GateRun(context, inputs, env).execute()
}

class GateRun {
  private readonly publisher: Publisher
  private readonly evaluator: Evaluator
  /** The commit this run posted pending on: on failure it gets an error, never stays pending. */
  private pendingSha: string | undefined

  constructor(
    private readonly ctx: RunContext,
    private readonly inputs: ActionInputs,
    env: ActionEnvironment
  ) {
    this.publisher = new Publisher(ctx.api, ctx.repo, inputs, env, ctx.verdict, ctx.runUrl)
    this.evaluator = new Evaluator(ctx.api, ctx.repo, inputs.configPath, env.now, { statusContext: inputs.statusContext, verdict: inputs.verdict })
  }

  async execute(): Promise<ActionOutcome> {
    const target = this.ctx.target
    const subject = target.kind === 'pull-request' ? `pull request #${target.number}` : target.kind === 'commit' ? `commit ${target.sha.slice(0, 7)}` : `merge queue entry ${target.headRef.replace(/^refs\/heads\//, '')}`
    try {
      return await this.judge(target)
    } catch (error) {
      return this.fail(subject, error)
    }
  }

  private async judge(target: GateTarget): Promise<ActionOutcome> {
    if (target.kind === 'merge-group') {
      await this.pending(target.headSha)
      const facts = await this.step(() => repositoryFacts(this.ctx.api, this.ctx.repo), 'reading the repository')
      const page = await this.step(() => judgeMergeGroup(this.ctx.api, this.ctx.repo, facts, this.evaluator, target, this.inputs.configPath), 'judging the merge queue entry')
      const decided: CommitDecision = { decision: page.decision, state: page.decision === 'blocked' ? 'failure' : 'success', description: page.description }
      const posted = await this.publisher.post(target.headSha, decided.state, decided.description, page.notes)
      const foreign = await this.publisher.readBackNote(target.headSha, page.evaluated)
      if (foreign !== undefined) page.notes.push(foreign)
      return this.publisher.finish(target.headSha, decided, [page], page, posted, [])
    }
    let sha: string
    let hinted: number[]
    let primary: number | undefined
    if (target.kind === 'pull-request') {
      const pr = await this.step(() => fetchPullRequest(this.ctx.api, this.ctx.repo, target.number), `reading pull request #${target.number}`)
      sha = pr.headSha
      hinted = [pr.number]
      primary = pr.number
    } else {
      sha = target.sha
      hinted = target.pullRequests
      primary = target.pullRequests[0]
    }
    return this.judgeCommit(sha, hinted, primary)
  }

  /** Stages 2 to 5 for one head commit and every open pull request whose head it is. */
  private async judgeCommit(sha: string, hinted: number[], primaryNumber: number | undefined): Promise<ActionOutcome> {
    // Pending before anything else: an earlier green on this commit must not survive a run that fails.
    await this.pending(sha)
    const prs = await this.step(() => openPullRequestsAt(this.ctx.api, this.ctx.repo, sha, hinted), `listing the open pull requests of commit ${sha.slice(0, 7)}`)
    if (prs.length === 0) return this.superseded(sha, hinted)
    const judgements = await this.evaluateEach(prs, sha)
    const verdict = this.decide(sha, judgements)
    if (verdict.decided.state === 'success') {
      // Pinned: green only if every pull request still points at this commit and no new one appeared meanwhile.
      const moved = await this.step(() => this.movedSince(sha, judgements), 'reading the pull requests again')
      if (moved !== undefined) return this.publishSuperseded(sha, moved, verdict, primaryNumber)
    }
    return this.publish(sha, verdict, primaryNumber)
  }

  /** Stages 2 and 3 for each pull request at the commit: its governing config, its change pinned to `sha`, its findings and approvals. */
  private async evaluateEach(prs: PullRequest[], sha: string): Promise<Judgement[]> {
    const facts = await this.step(() => repositoryFacts(this.ctx.api, this.ctx.repo), 'reading the repository')
    core.info(`prodguard: commit ${sha} is the head of ${prs.map((p) => `#${p.number} (${p.baseRef} <- ${p.headRef})`).join(', ')}`)
    const judgements: Judgement[] = []
    for (const pr of prs) judgements.push(await this.judgePullRequest(pr, sha, facts))
    return judgements
  }

  /** Stage 4: one verdict for the commit, and a page (comment, summary) per pull request that says how it was reached. */
  private decide(sha: string, judgements: Judgement[]): CommitVerdict {
    const decided = decideCommit(judgements)
    const pages: Page[] = judgements.map((j) => pageOf(j))
    for (const page of pages) {
      const note = sharedHeadNote(page.judgement!, judgements, this.ctx.verdict.noun)
      if (note !== undefined) page.notes.push(note)
    }
    const shared = judgements.length > 1 ? [`Every open pull request with head \`${sha.slice(0, 7)}\` was judged: ${judgements.map((j) => `#${j.pr.number} ${j.decision}`).join(', ')}`] : []
    return { decided, pages, shared }
  }

  /** Stage 5: the verdict posted on the commit, read back for successes it did not post, then comments and summary. */
  private async publish(sha: string, { decided, pages, shared }: CommitVerdict, primaryNumber: number | undefined): Promise<ActionOutcome> {
    const posted = await this.publisher.post(sha, decided.state, decided.description, pages[0]!.notes)
    if (!posted) for (const page of pages.slice(1)) page.notes.push(...pages[0]!.notes.slice(-1))
    const foreign = await this.publisher.readBackNote(sha, pages[0]!.evaluated)
    if (foreign !== undefined) for (const page of pages) page.notes.push(foreign)
    return this.publisher.finish(sha, decided, pages, primaryPage(pages, primaryNumber), posted, shared)
  }

  /** Stage 5 when the facts moved during the run: never green; the run for the newer state decides. */
  private async publishSuperseded(sha: string, moved: string, { pages, shared }: CommitVerdict, primaryNumber: number | undefined): Promise<ActionOutcome> {
    for (const page of pages) page.notes.push(`Not green: ${moved}. A newer run owns the newer head; this commit is marked as superseded.`)
    const superseded: CommitDecision = { decision: 'blocked', state: 'failure', description: `Superseded: ${moved}` }
    const posted = await this.publisher.post(sha, superseded.state, superseded.description, pages[0]!.notes)
    return this.publisher.finish(sha, superseded, pages, primaryPage(pages, primaryNumber), posted, shared, { superseded: true })
  }

  private async judgePullRequest(pr: PullRequest, sha: string, facts: RepositoryFacts): Promise<Judgement> {
    const config = await this.step(() => governingConfig(this.ctx.api, this.ctx.repo, facts, { ref: pr.baseRef, sha: pr.baseSha }, this.inputs.configPath), `reading the configuration for #${pr.number}`)
    const pinned = await this.step(() => readPinnedChange(this.ctx.api, this.ctx.repo, pr.baseSha, sha, `${pr.baseRef}...${pr.headRef} (#${pr.number})`), `comparing ${pr.baseRef} with ${sha.slice(0, 7)}`)
    core.info(`prodguard: #${pr.number}: ${pinned.change.listing.files.length} changed file(s) (${pinned.change.listing.source}), config from ${config.governance}`)
    return this.step(() => this.evaluator.judge(pr, sha, config, pinned), `evaluating #${pr.number}`)
  }

  /**
   * Why `sha` can no longer be judged green for these pull requests, or undefined when nothing moved: a head pushed
   * over, a base changed (another base brings other commits and another config), an approval that counted dismissed
   * or followed by "changes requested", or a pull request opened on the commit meanwhile. Another run may have
   * posted its verdict on this commit already; a green from this run must not overwrite it with stale facts.
   */
  private async movedSince(sha: string, judged: Judgement[]): Promise<string | undefined> {
    for (const { pr, approvals } of judged) {
      const now = await fetchPullRequest(this.ctx.api, this.ctx.repo, pr.number)
      if (now.headSha !== sha) return `#${pr.number} now points at ${now.headSha.slice(0, 7)}, not ${sha.slice(0, 7)}`
      if (now.baseRef !== pr.baseRef) return `#${pr.number} was retargeted from ${pr.baseRef} to ${now.baseRef} during this run`
      if (approvals === undefined || approvals.approvers.length === 0) continue
      const latest = new Map(latestReviews(await listReviews(this.ctx.api, this.ctx.repo, pr.number)).map((r) => [r.login.toLowerCase(), r]))
      for (const login of approvals.approvers) {
        const review = latest.get(login.toLowerCase())
        if (review === undefined || review.state.toUpperCase() !== 'APPROVED' || review.commitId !== sha) return `the approval of #${pr.number} by ${login} no longer stands (${review === undefined ? 'gone' : review.state.toLowerCase()}) since this run read it`
      }
    }
    const again = await openPullRequestsAt(this.ctx.api, this.ctx.repo, sha, [])
    const known = new Set(judged.map((j) => j.pr.number))
    const fresh = again.filter((p) => !known.has(p.number))
    if (fresh.length > 0) return `${fresh.map((p) => `#${p.number}`).join(', ')} opened on ${sha.slice(0, 7)} during this run; its run decides`
    return undefined
  }

  /** No open pull request has this commit as its head (it was pushed over, or closed): its pending becomes a failure. */
  private async superseded(sha: string, hinted: number[]): Promise<ActionOutcome> {
    await this.ctx.verdict.set(sha, 'failure', 'Superseded: no open pull request has this commit as its head; the run for the newer head decides', { retry: false })
    const message = `prodguard: no open pull request has commit ${sha.slice(0, 7)} as its head any more${hinted.length > 0 ? ` (${hinted.map((n) => `#${n}`).join(', ')} moved on or closed)` : ''}; it is marked superseded (never green, never left pending), the run for the newer head decides.`
    core.info(message)
    await writeSummary(`## prodguard: nothing to judge\n\n${message.replace(/^prodguard: /, '')}\n`)
    return { decision: 'superseded', blockingCount: 0, findingsFile: undefined, sarifFile: undefined, exitCode: 0, failure: undefined }
  }

  private async pending(sha: string): Promise<void> {
    this.pendingSha = sha
    const result = await this.publisher.pending(sha)
    if (!result.ok && !result.forbidden) throw new ApiUnavailable(`setting the pending verdict failed: ${result.message}`, isOutage(result.status))
  }

  /** Runs an API step; what retries could not cure stops the run with the step named. */
  private async step<T>(run: () => Promise<T>, what: string): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof SnapshotError) throw new ApiUnavailable(error.message, error.outage)
      // Only HTTP failures are the API's; anything else is a bug or bad input and keeps its own message.
      if (httpStatus(error) === undefined) throw error
      throw new ApiUnavailable(`${what} failed: ${apiErrorMessage(error)}`, isOutage(httpStatus(error)) || isRateLimited(error))
    }
  }

  private async fail(subject: string, error: unknown): Promise<ActionOutcome> {
    const reason = describeError(error)
    const apiProblem = error instanceof ApiUnavailable && error.outage
    const noun = this.ctx.verdict.noun
    const posted = this.pendingSha !== undefined && this.ctx.verdict.forbidden === undefined
    let marked = false
    if (posted) {
      // One attempt without retries when the API is failing, so the commit does not sit at pending forever.
      const result = await this.ctx.verdict.set(this.pendingSha!, 'error', `prodguard could not evaluate: ${apiProblem ? 'GitHub API unavailable' : reason}`, { retry: false })
      marked = result.ok
    }
    const state = marked ? `${noun} is set to error` : this.pendingSha !== undefined ? `${noun} could not be set (it may still show pending; it is not green)` : `${noun} was not posted`
    const message = `prodguard could not evaluate ${subject}: ${reason}.${apiProblem ? ' The GitHub API did not answer after retries.' : ''} ${cap(state)}; re-run the job to try again.`
    await writeSummary(`## ❌ prodguard: could not evaluate\n\n${message.replace(/[<>]/g, '')}\n`)
    return { decision: 'error', blockingCount: 0, findingsFile: undefined, sarifFile: undefined, exitCode: 1, failure: message }
  }
}

function pageOf(j: Judgement): Page {
  const listing = j.change.listing
  return {
    subject: `pull request #${j.pr.number}`,
    headSha: j.headSha,
    author: j.pr.author,
    findings: j.findings,
    gated: j.gated,
    decision: j.decision,
    judgement: j,
    notes: [...j.notes],
    label: j.change.changeSet.label,
    stats: j.stats,
    evaluated: [
      `change \`${j.change.fromSha.slice(0, 7)}...${j.headSha.slice(0, 7)}\`, ${listing.files.length} file${listing.files.length === 1 ? '' : 's'} changed (${listing.source})`,
      `configuration: ${j.config.loaded.source !== undefined ? `\`${j.config.loaded.source}\`` : 'defaults (no .prodguard.yml)'}, governing as ${j.config.governance}`
    ]
  }
}

function primaryPage(pages: Page[], number: number | undefined): Page {
  return pages.find((p) => p.judgement?.pr.number === number) ?? pages.find((p) => p.decision === 'blocked') ?? pages[0]!
}

function isOutage(status: number | undefined): boolean {
  return status === undefined || status >= 500 || status === 429
}

function cap(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`
}
