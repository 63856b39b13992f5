/**
 * A merge-queue entry, judged on its own diff (the queue's base commit to the group's head). Its blocking findings
 * pass only when each one is covered by an approval of the pull request that introduced it: every pull request in
 * the group is judged at its own head under the same configuration, and a group finding must be among the gated
 * findings of a pull request whose approvals count. A finding no approved pull request carries (one the merge
 * itself made, or one of an unapproved pull request in the same group) blocks the entry.
 */
import * as core from '@actions/core'
import { UsageError } from '../../errors.js'
import type { Finding } from '../../findings/finding.js'
import type { Repository, GateTarget } from '../event.js'
import { codeSpan } from '../gate-report.js'
import { needsApproval } from '../gate.js'
import type { GitHubApi } from '../github-client.js'
import { fetchPullRequest } from '../pull-request.js'
import type { Evaluator, Judgement } from './evaluate.js'
import { gateFinding } from './evaluate.js'
import type { Page } from './publish.js'
import { governingConfig, readPinnedChange, type RepositoryFacts } from './read-change.js'

/** More commits than this in one group and the pull requests behind it are not looked up: the entry fails closed. */
const MAX_GROUP_COMMITS = 100

export async function judgeMergeGroup(
  api: GitHubApi,
  repo: Repository,
  facts: RepositoryFacts,
  evaluator: Evaluator,
  target: Extract<GateTarget, { kind: 'merge-group' }>,
  configPath: string
): Promise<Page & { description: string }> {
  const baseRef = target.baseRef ?? facts.defaultBranch
  const config = await governingConfig(api, repo, facts, { ref: baseRef, sha: target.baseSha }, configPath)
  const pinned = await readPinnedChange(api, repo, target.baseSha, target.headSha, `${target.baseSha.slice(0, 7)}...${target.headSha.slice(0, 7)} (merge queue)`)
  if (pinned.mergeBase !== target.baseSha || target.baseSha === target.headSha) {
    // The queue builds on its base: a base that is not an ancestor of the head would hide the group's changes.
    throw new UsageError(`the merge queue base ${target.baseSha.slice(0, 7)} is not an ancestor of the group head ${target.headSha.slice(0, 7)}`, 'prodguard judges a merge group only on its own diff')
  }
  const notes: string[] = []
  const subject = `merge queue entry ${target.headRef.replace(/^refs\/heads\//, '')}`
  const evaluated = [`change \`${target.baseSha.slice(0, 7)}...${target.headSha.slice(0, 7)}\`, ${pinned.change.listing.files.length} files changed (${pinned.change.listing.source})`, `configuration: governing as ${config.governance}`]
  const base = { subject, headSha: target.headSha, author: undefined, judgement: undefined, notes, label: pinned.change.changeSet.label, evaluated }
  if (config.problem !== undefined) {
    const finding = gateFinding(config.loaded.settings, 'unanalyzable/invalid-config', config.path, `${config.problem}. Nothing passes until the file is fixed.`)
    return { ...base, findings: [finding], gated: [finding], decision: 'blocked', stats: { files: 0, bytes: 0, ms: 0 }, description: `Invalid config ${config.problem}` }
  }
  const settings = config.loaded.settings
  const scanned = await evaluator.scan(pinned.change, config, notes)
  const gated = scanned.findings.filter((f) => needsApproval(f, settings.failOn))
  if (gated.length === 0) return { ...base, findings: scanned.findings, gated, decision: 'pass', stats: scanned.stats, description: 'Nothing needs approval' }

  const numbers = new Set<number>(target.pullRequest !== undefined ? [target.pullRequest] : [])
  if (pinned.commits.length > MAX_GROUP_COMMITS || pinned.commitsIncomplete !== undefined) {
    notes.push(`The group has more than ${MAX_GROUP_COMMITS} commits, so the pull requests behind each finding were not looked up: no approval covers it.`)
    return { ...base, findings: scanned.findings, gated, decision: 'blocked', stats: scanned.stats, description: `${gated.length} blocking finding(s): group too large to match approvals` }
  }
  for (const commit of pinned.commits) {
    for await (const page of api.paginate.iterator(api.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: commit.sha, per_page: 100 })) {
      for (const pr of page.data) if (pr.state === 'open' && pr.base.ref === baseRef) numbers.add(pr.number)
    }
  }
  const judgements: Judgement[] = []
  for (const number of [...numbers].sort((a, b) => a - b)) {
    const pr = await fetchPullRequest(api, repo, number)
    if (pr.state !== 'open') continue
    const own = await readPinnedChange(api, repo, pr.baseSha, pr.headSha, `${pr.baseRef}...${pr.headRef} (#${pr.number})`)
    judgements.push(await evaluator.judge(pr, pr.headSha, config, own))
  }
  const covered = new Map<string, number>()
  for (const j of judgements) if (j.decision === 'approved') for (const f of j.gated) covered.set(f.fingerprint, j.pr.number)
  const uncovered: Finding[] = gated.filter((f) => !covered.has(f.fingerprint))
  for (const j of judgements) {
    core.info(`prodguard: merge queue: #${j.pr.number} is ${j.decision} on ${j.headSha.slice(0, 7)} (${j.gated.length} gated finding(s))`)
    evaluated.push(`#${j.pr.number} at \`${j.headSha.slice(0, 7)}\`: ${j.decision}${j.approvals !== undefined && j.approvals.approvers.length > 0 ? ` by ${j.approvals.approvers.join(', ')}` : ''}`)
  }
  if (judgements.length === 0) notes.push(`No open pull request into ${codeSpan(baseRef)} could be found behind this merge queue entry, so no approval can be checked.`)
  if (uncovered.length > 0) {
    const list = uncovered.slice(0, 10).map((f) => `\`${f.ruleId}\` in \`${f.file.replace(/`/g, "'")}:${Math.max(1, f.line)}\``).join(', ')
    notes.push(`Not covered by an approval of the pull request that introduced it: ${list}${uncovered.length > 10 ? ` and ${uncovered.length - 10} more` : ''}. Each finding of a merge group needs an approval, on its own head commit, of a pull request that carries it.`)
    return { ...base, findings: scanned.findings, gated, decision: 'blocked', stats: scanned.stats, description: `${uncovered.length} of ${gated.length} blocking finding(s) not covered by an approved pull request of this group` }
  }
  const by = [...new Set(covered.values())].map((n) => `#${n}`).join(', ')
  return { ...base, findings: scanned.findings, gated, decision: 'approved', stats: scanned.stats, description: `${gated.length} blocking finding(s) approved in ${by}` }
}
