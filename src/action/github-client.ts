/**
 * The REST client the action talks to GitHub with: Octokit with the retry plugin (5xx and network errors, with
 * backoff) and the throttling plugin (primary and secondary rate limits, honouring `retry-after`; writes spaced out
 * as GitHub asks). `baseUrl` comes from GITHUB_API_URL, so GitHub Enterprise Server works. No GraphQL.
 */
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'

const GuardedOctokit = Octokit.plugin(retry, throttling)
export type GitHubApi = InstanceType<typeof GuardedOctokit>

export interface ClientOptions {
  token: string
  baseUrl: string
  userAgent: string
  /**
   * Multiplies every wait (retry backoff, `retry-after`, write spacing): 1 in production; the test harness sets
   * PRODGUARD_API_WAIT_SCALE to a small number so retries take milliseconds.
   */
  waitScale: number
  log: { debug(message: string): void; warning(message: string): void }
}

/** Rate-limit waits longer than this fail the run with a clear message instead of holding the runner. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 15 * 60
const MAX_RATE_LIMIT_RETRIES = 3
const REQUEST_TIMEOUT_MS = 90_000
const ARCHIVE_TIMEOUT_MS = 10 * 60_000

export function createClient(options: ClientOptions): GitHubApi {
  const scale = options.waitScale
  const ms = (value: number) => Math.max(0, Math.round(value * scale))
  const onLimit = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const what = `${request.method ?? 'GET'} ${request.url ?? ''}`
    if (retryCount >= MAX_RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      options.log.warning(`GitHub ${kind} rate limit on ${what}: retry-after ${retryAfter}s is too long or retried too often; giving up.`)
      return false
    }
    options.log.warning(`GitHub ${kind} rate limit on ${what}: waiting ${retryAfter}s before retry ${retryCount + 1}.`)
    return true
  }
  return new GuardedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent,
    // Octokit logs every failed request; the action reports the failures that matter itself, in context.
    log: {
      debug: (message: string) => options.log.debug(message),
      info: (message: string) => options.log.debug(message),
      warn: (message: string) => options.log.debug(message),
      error: (message: string) => options.log.debug(message)
    },
    request: { fetch: fetchWithTimeout },
    retry: { retries: 3, retryAfterBaseValue: ms(500) },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: ms(1000),
      fallbackSecondaryRateRetryAfter: 60,
      // GitHub asks integrations to space out content-creating requests; the plugin's defaults, scaled.
      write: new Bottleneck.Group({ id: 'prodguard-write', maxConcurrent: 1, minTime: ms(1000) }),
      notifications: new Bottleneck.Group({ id: 'prodguard-notifications', maxConcurrent: 1, minTime: ms(3000) })
    }
  })
}

/** A request that hangs is a failure to retry, not a runner held until the job times out. */
function fetchWithTimeout(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  const timeout = AbortSignal.timeout(/\/(tarball|zipball)\//.test(url) ? ARCHIVE_TIMEOUT_MS : REQUEST_TIMEOUT_MS)
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
  return fetch(input, { ...init, signal })
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status
    return typeof status === 'number' ? status : undefined
  }
  return undefined
}

/** GitHub's answer when a token lacks a permission (fork pull requests, read-only tokens). */
export function isForbidden(error: unknown): boolean {
  return httpStatus(error) === 403
}

/**
 * A rate limit that outlasted the throttling plugin's retries (403 or 429 naming a rate limit, or no requests left):
 * the API did not answer, which is never "not allowed" or "not found".
 */
export function isRateLimited(error: unknown): boolean {
  const status = httpStatus(error)
  if (status !== 403 && status !== 429) return false
  if (status === 429) return true
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers
  return headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(error instanceof Error ? error.message : String(error))
}

export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404
}

/** The message GitHub sent with an error, without the request dump. */
export function apiErrorMessage(error: unknown): string {
  const status = httpStatus(error)
  // Octokit appends the documentation link to GitHub's message.
  const message = (error instanceof Error ? error.message : String(error)).replace(/ - https?:\/\/\S+$/, '')
  return status !== undefined && status < 600 && status !== 500 ? `${status} ${message}` : message
}
