/**
 * Stage 3, evaluate: one pull request at the one head commit being judged, under its own governing configuration.
 * The change is scanned; findings that need approval are matched against the reviews of that exact commit, counting
 * only authorized approvers who are neither the author nor (unless `approvals.allowCommitters`) a committer.
 */
import type { Settings } from '../../config/settings.js'
import { localExtendedPaths } from '../../config/extends.js'
import { analyzers } from '../../analyzers/registry.js'
import type { AnalyzerServices } from '../../analyzers/analyzer.js'
import { isCategory, type Finding } from '../../findings/finding.js'
import { fingerprintOf } from '../../findings/fingerprint.js'
import { ruleCatalog } from '../../knowledge/catalog.js'
import { bundledKnowledge } from '../../knowledge/knowledge.js'
import { scan, type ScanOptions, type ScanStats } from '../../pipeline.js'
import { compareFindings, resolveSeverity, type Decision } from '../../policy/policy.js'
import { createVersionSource, VERSION_SERVICE } from '../../sources/versions/index.js'
import { evaluateApprovals, type ApprovalResult, type Review } from '../approvals.js'
import { ApproverDirectory } from '../approvers.js'
import type { ApiChange } from '../change-listing.js'
import type { Repository } from '../event.js'
import { findingsSince } from '../findings-since.js'
import { gateDecision, needsApproval } from '../gate.js'
import { codeSpan, type SinceApproval } from '../gate-report.js'
import type { GitHubApi } from '../github-client.js'
import { headBranchPushers, type PullRequest } from '../pull-request.js'
import { SnapshotError } from '../snapshots.js'
import type { GoverningConfig, PinnedChange } from './read-change.js'
import type { BaseConfig } from '../base-config.js'

/** One pull request judged at one head commit. */
export interface Judgement {
  pr: PullRequest
  headSha: string
  config: GoverningConfig
  change: ApiChange
  findings: Finding[]
  gated: Finding[]
  approvals: ApprovalResult | undefined
  directory: ApproverDirectory | undefined
  /** Lower-cased logins who authored or committed a commit of the change (never approvers unless allowed). */
  committers: Set<string>
  decision: Decision
  /** Set when nothing can make this pull request pass until the repository is fixed (an invalid config). */
  unapprovable: string | undefined
  since: SinceApproval | undefined
  stats: ScanStats
  notes: string[]
}

export class Evaluator {
  private versions: ReturnType<typeof createVersionSource> | undefined

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    private readonly configPath: string,
    private readonly now: Date,
    /** The gate's own identity, so guardrail/weakened recognises a workflow that posts or can forge this verdict. */
    private readonly gate: { statusContext: string; verdict: 'commit-status' | 'check-run' } = { statusContext: 'prodguard', verdict: 'commit-status' }
  ) {}

  /**
   * What a scan under this configuration needs. The files the governing config extends locally are config files too:
   * a pull request that loosens `policy/prodguard-base.yml` loosens the gate as surely as one editing `.prodguard.yml`.
   */
  scanOptions(governing: BaseConfig): ScanOptions {
    const config = governing.loaded
    const settings = config.settings
    this.versions ??= createVersionSource({
      offline: settings.offline,
      // No project .npmrc (the workspace may hold the pull request) and no secrets to expand into registry requests.
      env: { HOME: process.env['HOME'], XDG_CACHE_HOME: process.env['XDG_CACHE_HOME'] }
    })
    const services: AnalyzerServices = {
      guardrail: {
        configFiles: [this.configPath, ...localExtendedPaths(config.file)],
        ruleDefault: (id: string) => ruleCatalog().get(id)?.severity,
        statusContext: this.gate.statusContext,
        verdict: this.gate.verdict,
        // The governing file as it was read: a `.prodguard.yml` the change adds beside a governing `.prodguard.yaml` is compared with it.
        configText: (path: string) => Promise.resolve(path === governing.path ? governing.text : undefined)
      },
      [VERSION_SERVICE]: this.versions
    }
    return { settings, knowledge: bundledKnowledge(), catalog: ruleCatalog(), analyzers: analyzers(), now: this.now, services }
  }

  /** The findings of a change under a configuration, with the action's own (an incomplete listing). */
  async scan(change: ApiChange, config: BaseConfig, notes: string[]): Promise<{ findings: Finding[]; stats: ScanStats }> {
    const settings = config.loaded.settings
    const extra: Finding[] = []
    if (change.listing.incomplete !== undefined) {
      extra.push(gateFinding(settings, 'unanalyzable/incomplete-change', '(pull request)', `Not every changed file could be listed: ${change.listing.incomplete}. Only the ${change.listing.files.length} listed files were analyzed.`))
      notes.push(`prodguard could not list every changed file (${change.listing.incomplete}); the pull request needs an approval.`)
    }
    const result = await scan(change.changeSet, this.scanOptions(config))
    if (change.snapshots.failure !== undefined) throw change.snapshots.failure
    return { findings: [...extra, ...result.findings].sort(compareFindings), stats: result.stats }
  }

  async judge(pr: PullRequest, headSha: string, config: GoverningConfig, pinned: PinnedChange): Promise<Judgement> {
    const notes: string[] = []
    const settings = config.loaded.settings
    const committers = new Set<string>()
    for (const c of pinned.commits) {
      for (const login of [c.author, c.committer, ...c.coAuthors.map((a) => a.login)]) if (login !== undefined && login !== 'web-flow') committers.add(login.toLowerCase())
    }
    const base = { pr, headSha, config, change: pinned.change, committers, since: undefined, directory: undefined, approvals: undefined }
    if (config.problem !== undefined) {
      // Never the defaults: a configuration that does not validate fails every pull request it governs.
      const finding = gateFinding(settings, 'unanalyzable/invalid-config', config.path, `${config.problem}. Nothing passes until the file is fixed: prodguard never falls back to its defaults.`)
      return { ...base, findings: [finding], gated: [finding], decision: 'blocked', unapprovable: `invalid ${config.problem}`, stats: { files: 0, bytes: 0, ms: 0 }, notes }
    }
    if (config.replaced) notes.push(`The base branch ${codeSpan(pr.baseRef)} ${config.distrust ?? 'is not protected'}, so its \`${config.path}\` does not govern: ${config.governance.replace(/, because.*$/s, '')}'s does.`)
    const scanned = await this.scan(pinned.change, config, notes)
    const gated = scanned.findings.filter((f) => needsApproval(f, settings.failOn))
    let approvals: ApprovalResult | undefined
    let directory: ApproverDirectory | undefined
    let unapprovable: string | undefined
    if (gated.length > 0) {
      const excluded = settings.approvals.allowCommitters ? new Set<string>() : committers
      if (!settings.approvals.allowCommitters && pinned.commitsIncomplete !== undefined) {
        unapprovable = `the committers cannot be checked: ${pinned.commitsIncomplete}`
        notes.push(`No approval can count: ${pinned.commitsIncomplete}, so prodguard cannot tell who committed to it (the two-person rule).`)
      }
      if (!settings.approvals.allowCommitters && unapprovable === undefined) {
        // Whoever pushed to the head branch is a committer too, whatever e-mail the commits carry.
        const pushers = await headBranchPushers(this.api, pr)
        const anonymous = pinned.commits.filter((c) => c.author === undefined || c.committer === undefined)
        if ('logins' in pushers) {
          for (const login of pushers.logins) committers.add(login)
        } else if (!pr.fromFork) {
          // A writer can commit under a colleague's e-mail; only the push names him. Unknown pushers: nobody counts.
          unapprovable = `who pushed to ${codeSpan(pr.headRef)} cannot be read (${pushers.unreadable}), so the two-person rule cannot be checked`
          notes.push(`No approval can count: ${unapprovable}. The token needs \`contents: read\` on this repository (or set \`approvals.allowCommitters: true\` on the default branch).`)
        } else if (anonymous.length > 0) {
          const names = [...new Set(anonymous.map((c) => (c.author === undefined ? c.authorName : c.committerName)))].slice(0, 5).map(codeSpan).join(', ')
          unapprovable = `commit ${anonymous[0]!.sha.slice(0, 7)} is by ${names} (e-mail linked to no GitHub account), and who pushed it cannot be read, so the two-person rule cannot be checked`
          notes.push(`No approval can count: ${unapprovable}. Link the e-mail to the committer's account (or set \`approvals.allowCommitters: true\` on the default branch).`)
        } else {
          notes.push(`Who pushed to the fork's branch cannot be read (${pushers.unreadable}): the commits' authors and committers are excluded from approving, but a maintainer who pushed into the fork under someone else's e-mail cannot be recognised.`)
        }
        const unlinked = [...new Map(pinned.commits.flatMap((c) => c.coAuthors).filter((a) => a.login === undefined).map((a) => [a.email.toLowerCase(), a])).values()]
        if (unlinked.length > 0) {
          notes.push(`Co-authors named in commit messages without a GitHub no-reply e-mail cannot be matched to an account: ${unlinked.slice(0, 5).map((a) => codeSpan(`${a.name} <${a.email}>`)).join(', ')}. A reviewer who is one of them should not approve (the two-person rule).`)
        }
      }
      directory = new ApproverDirectory(this.api, this.repo, settings.approvals)
      const reviews = await listReviews(this.api, this.repo, pr.number)
      const baseChangedAt = reviews.some((r) => r.state.toUpperCase() === 'APPROVED') ? await lastBaseChange(this.api, this.repo, pr.number) : undefined
      const found = await evaluateApprovals({ reviews, headSha, author: pr.author, committers: excluded, required: settings.approvals.required, authorize: (login) => directory!.authorize(login), baseChangedAt })
      approvals =
        unapprovable !== undefined
          ? { ...found, approvers: [], verdicts: found.verdicts.map((v) => (v.kind === 'counted' ? { ...v, kind: 'unauthorized' as const, reason: 'would count, but no approval can while the two-person rule cannot be checked' } : v)) }
          : found
      notes.push(...directory.notes)
    }
    const decision = unapprovable !== undefined && gated.length > 0 ? 'blocked' : gateDecision(gated, approvals)
    let since: SinceApproval | undefined
    const lastApproval = approvals?.stale[0]
    if (decision === 'blocked' && lastApproval?.commitId !== undefined) {
      const newFindings = await findingsSince(pinned.change, lastApproval.commitId, gated, this.scanOptions(config))
      since = { login: lastApproval.login, commitId: lastApproval.commitId, newFindings }
    }
    return { ...base, findings: scanned.findings, gated, approvals, directory, decision, unapprovable, since, stats: scanned.stats, notes }
  }
}

export async function listReviews(api: GitHubApi, repo: Repository, number: number): Promise<Review[]> {
  const reviews: Review[] = []
  for await (const page of api.paginate.iterator(api.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 })) {
    for (const r of page.data) {
      if (r.user === null || r.user === undefined) continue
      reviews.push({ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id ?? undefined, submittedAt: r.submitted_at ?? undefined })
    }
  }
  return reviews
}

/** When the pull request's base branch was last changed (the issue events' `base_ref_changed`), if ever. */
async function lastBaseChange(api: GitHubApi, repo: Repository, number: number): Promise<string | undefined> {
  let last: string | undefined
  for await (const page of api.paginate.iterator(api.rest.issues.listEvents, { ...repo, issue_number: number, per_page: 100 })) {
    for (const e of page.data) if (e.event === 'base_ref_changed' && (last === undefined || Date.parse(e.created_at) > Date.parse(last))) last = e.created_at
  }
  return last
}

/** A finding the action itself raises (an incomplete listing, a broken config), shaped like the pipeline's. */
export function gateFinding(settings: Settings, ruleId: string, file: string, message: string): Finding {
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

export { SnapshotError }
