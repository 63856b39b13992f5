/**
 * Stage 1, read the event: which repository, what to judge (a pull request, a commit relayed by workflow_run, a
 * merge-queue entry), and the API client and verdict channel the run talks through.
 */
import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import { describeError, UsageError } from '../../errors.js'
import { packageVersion } from '../../knowledge/package-root.js'
import { repositoryFrom, targetFromEvent, type GateTarget, type Repository } from '../event.js'
import { createClient, type GitHubApi } from '../github-client.js'
import { createVerdict, type Verdict, type VerdictMode } from '../verdict.js'

export interface ActionInputs {
  token: string
  configPath: string
  statusContext: string
  /** `commit-status` (default, GITHUB_TOKEN) or `check-run` (hardened mode, a GitHub App token). */
  verdict: VerdictMode
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

export interface RunContext {
  repo: Repository
  target: GateTarget
  api: GitHubApi
  verdict: Verdict
  runUrl: string | undefined
}

export function readRunContext(inputs: ActionInputs, env: ActionEnvironment): RunContext {
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
  return { repo, target, api, verdict: createVerdict(inputs.verdict, api, repo, inputs.statusContext, runUrl), runUrl }
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
