/** What the workflow run is about, from the event the runner hands over (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). */
import { UsageError } from '../errors.js'

export interface Repository {
  owner: string
  repo: string
}

export type GateTarget =
  | {
      kind: 'pull-request'
      number: number
      /** The head commit the event names; the API's current head wins when they differ. */
      eventHeadSha: string | undefined
      trigger: string
    }
  | {
      /** A commit to judge (a review relayed through workflow_run): every open pull request whose head it is. */
      kind: 'commit'
      sha: string
      /** Pull request numbers the payload names; only a hint, each is read back from the API. */
      pullRequests: number[]
      trigger: string
    }
  | {
      kind: 'merge-group'
      baseSha: string
      headSha: string
      headRef: string
      /** The branch the queue merges into, from `gh-readonly-queue/<base>/pr-<n>-<sha>`. */
      baseRef: string | undefined
      /** The pull request this queue entry merges, from `gh-readonly-queue/<base>/pr-<n>-<sha>`. */
      pullRequest: number | undefined
      trigger: string
    }

export const SUPPORTED_EVENTS = ['pull_request_target', 'pull_request', 'pull_request_review', 'merge_group', 'workflow_dispatch', 'workflow_run'] as const

/** `gh-readonly-queue/<base>/pr-<n>-<base sha>`: the queue's own branch names. */
const QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40})$/i

/** workflow_dispatch input names people use for the pull request number. */
const DISPATCH_INPUTS = ['pull-request', 'pull_request', 'pull-request-number', 'pull_request_number', 'pr', 'pr-number', 'pr_number', 'number']

export function repositoryFrom(envRepository: string | undefined, payload: Record<string, unknown>): Repository {
  const full = envRepository !== undefined && envRepository !== '' ? envRepository : stringAt(payload, ['repository', 'full_name'])
  const match = full !== undefined ? /^([^/\s]+)\/([^/\s]+)$/.exec(full) : null
  if (match === null) throw new UsageError('cannot tell which repository this run is for: GITHUB_REPOSITORY is not set', 'run prodguard as a step of a GitHub Actions workflow')
  return { owner: match[1]!, repo: match[2]! }
}

export function targetFromEvent(eventName: string, payload: Record<string, unknown>, pullRequestInput: string): GateTarget {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const number = numberAt(payload, ['pull_request', 'number']) ?? numberAt(payload, ['number'])
      if (number === undefined || number <= 0) throw new UsageError(`the ${eventName} event has no pull request number`, 'check the workflow trigger')
      return { kind: 'pull-request', number, eventHeadSha: stringAt(payload, ['pull_request', 'head', 'sha']), trigger: eventName }
    }
    case 'merge_group': {
      const headSha = stringAt(payload, ['merge_group', 'head_sha'])
      const baseSha = stringAt(payload, ['merge_group', 'base_sha'])
      const headRef = stringAt(payload, ['merge_group', 'head_ref']) ?? ''
      if (headSha === undefined || baseSha === undefined) throw new UsageError('the merge_group event has no head_sha/base_sha')
      const queue = QUEUE_REF.exec(headRef)
      const baseRef = stringAt(payload, ['merge_group', 'base_ref'])?.replace(/^refs\/heads\//, '') ?? queue?.[1]
      return { kind: 'merge-group', baseSha, headSha, headRef, baseRef, pullRequest: queue ? Number(queue[2]) : undefined, trigger: 'merge_group' }
    }
    case 'workflow_run':
      return relayedTarget(payload)
    case 'workflow_dispatch': {
      const inputs = payload['inputs']
      const fromEvent = DISPATCH_INPUTS.map((name) => valueAt(inputs, [name])).find((v) => v !== undefined && v !== '')
      const raw = pullRequestInput !== '' ? pullRequestInput : fromEvent
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' && /^#?\d+$/.test(raw.trim()) ? Number(raw.trim().replace('#', '')) : undefined
      if (number === undefined || !Number.isSafeInteger(number) || number <= 0) {
        throw new UsageError(
          'workflow_dispatch needs the pull request number to evaluate',
          'add a workflow_dispatch input `pull-request` (see the recommended workflow), or set the action input `pull-request`'
        )
      }
      return { kind: 'pull-request', number, eventHeadSha: undefined, trigger: eventName }
    }
    default:
      throw new UsageError(
        `prodguard does not evaluate ${eventName === '' ? 'this' : `the ${eventName}`} event`,
        `trigger the workflow on ${SUPPORTED_EVENTS.join(', ')}`
      )
  }
}

/**
 * A `workflow_run` fired by the relay workflow: the event it relayed, and the commit it ran on. Only the event name
 * and the head commit are taken from the payload; who the pull requests are, and their heads, come from the API.
 */
function relayedTarget(payload: Record<string, unknown>): GateTarget {
  const event = stringAt(payload, ['workflow_run', 'event'])
  const headSha = stringAt(payload, ['workflow_run', 'head_sha'])
  const headBranch = stringAt(payload, ['workflow_run', 'head_branch']) ?? ''
  if (headSha === undefined || !/^[0-9a-f]{40}$/i.test(headSha)) throw new UsageError('the workflow_run event has no head_sha', 'trigger it from the prodguard relay workflow')
  const listed = valueAt(payload, ['workflow_run', 'pull_requests'])
  const pullRequests = Array.isArray(listed) ? listed.map((p) => numberAt(p, ['number'])).filter((n): n is number => n !== undefined) : []
  switch (event) {
    case 'pull_request_review':
    case 'pull_request_review_comment':
    case 'pull_request':
    case 'pull_request_target':
      return { kind: 'commit', sha: headSha.toLowerCase(), pullRequests, trigger: `workflow_run (${event})` }
    case 'merge_group': {
      const queue = QUEUE_REF.exec(headBranch)
      if (queue === null) throw new UsageError(`the relayed merge_group run is on ${headBranch === '' ? 'no branch' : headBranch}, not a merge queue branch`)
      return { kind: 'merge-group', baseSha: queue[3]!.toLowerCase(), headSha: headSha.toLowerCase(), headRef: `refs/heads/${headBranch}`, baseRef: queue[1]!, pullRequest: Number(queue[2]), trigger: 'workflow_run (merge_group)' }
    }
    default:
      throw new UsageError(`prodguard does not evaluate a workflow_run relayed from ${event === undefined ? 'an unknown event' : `the ${event} event`}`, 'relay pull_request_review and merge_group only')
  }
}

function valueAt(value: unknown, path: string[]): unknown {
  let at = value
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined
    at = (at as Record<string, unknown>)[key]
  }
  return at
}

function stringAt(value: unknown, path: string[]): string | undefined {
  const at = valueAt(value, path)
  return typeof at === 'string' && at !== '' ? at : undefined
}

function numberAt(value: unknown, path: string[]): number | undefined {
  const at = valueAt(value, path)
  return typeof at === 'number' && Number.isSafeInteger(at) ? at : undefined
}
