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
      kind: 'merge-group'
      baseSha: string
      headSha: string
      headRef: string
      /** The pull request this queue entry merges, from `gh-readonly-queue/<base>/pr-<n>-<sha>`. */
      pullRequest: number | undefined
      trigger: 'merge_group'
    }

export const SUPPORTED_EVENTS = ['pull_request_target', 'pull_request', 'pull_request_review', 'merge_group', 'workflow_dispatch'] as const

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
      if (number === undefined) throw new UsageError(`the ${eventName} event has no pull request number`, 'check the workflow trigger')
      return { kind: 'pull-request', number, eventHeadSha: stringAt(payload, ['pull_request', 'head', 'sha']), trigger: eventName }
    }
    case 'merge_group': {
      const headSha = stringAt(payload, ['merge_group', 'head_sha'])
      const baseSha = stringAt(payload, ['merge_group', 'base_sha'])
      const headRef = stringAt(payload, ['merge_group', 'head_ref']) ?? ''
      if (headSha === undefined || baseSha === undefined) throw new UsageError('the merge_group event has no head_sha/base_sha')
      const pr = /\/pr-(\d+)-[0-9a-f]+$/i.exec(headRef)
      return { kind: 'merge-group', baseSha, headSha, headRef, pullRequest: pr ? Number(pr[1]) : undefined, trigger: 'merge_group' }
    }
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
