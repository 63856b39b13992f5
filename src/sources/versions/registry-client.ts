/**
 * HTTP for version lookups, made safe to use in a merge gate: a timeout per request, a limit on requests in flight,
 * a budget of requests per run, a circuit breaker per host, and a disk cache. It never throws: failures are values.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export type FetchLike = (
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: string; signal: AbortSignal }
) => Promise<{ status: number; json(): Promise<unknown>; text(): Promise<string>; headers?: { get(name: string): string | null } }>

export type HttpResult =
  | { kind: 'ok'; body: unknown; headers?: { get(name: string): string | null } }
  | { kind: 'not-found' }
  /** `challenge`: the `WWW-Authenticate` header of a 401 (an OCI registry asking for its anonymous token). */
  | { kind: 'failed'; reason: string; status?: number; challenge?: string }

export interface RequestOptions {
  headers?: Record<string, string>
  /** A JSON body: the request is a POST. */
  post?: unknown
  /** `text`: the body is returned as a string (maven-metadata.xml); default JSON. */
  as?: 'json' | 'text'
}

export interface RegistryClientOptions {
  fetch: FetchLike
  timeoutMs: number
  concurrency: number
  budget: number
  /** Consecutive failures after which a host is not asked again in this run. */
  hostFailures: number
}

export class RegistryClient {
  private active = 0
  private readonly waiting: (() => void)[] = []
  private spent = 0
  private readonly failures = new Map<string, number>()

  constructor(private readonly options: RegistryClientOptions) {}

  get requestsMade(): number {
    return this.spent
  }

  getJson(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    return this.request(url, { headers })
  }

  postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
    return this.request(url, { headers, post: body })
  }

  getText(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    return this.request(url, { headers, as: 'text' })
  }

  async request(url: string, options: RequestOptions = {}): Promise<HttpResult> {
    const host = new URL(url).host
    if ((this.failures.get(host) ?? 0) >= this.options.hostFailures) return { kind: 'failed', reason: `${host} did not answer earlier in this run` }
    if (this.spent >= this.options.budget) return { kind: 'failed', reason: `the budget of ${this.options.budget} registry requests is spent` }
    this.spent++
    await this.acquire()
    try {
      const headers: Record<string, string> = { accept: options.as === 'text' ? '*/*' : 'application/json', 'user-agent': 'prodguard (dependency check)', ...options.headers }
      const post = options.post !== undefined
      if (post) headers['content-type'] = 'application/json'
      const response = await this.options.fetch(url, {
        ...(post ? { method: 'POST', body: JSON.stringify(options.post) } : {}),
        headers,
        signal: AbortSignal.timeout(this.options.timeoutMs)
      })
      if (response.status === 404 || response.status === 410) {
        this.failures.set(host, 0)
        return { kind: 'not-found' }
      }
      if (response.status === 401) {
        // Not the host's fault: a registry that wants a token (or a private package).
        const challenge = response.headers?.get('www-authenticate') ?? undefined
        return { kind: 'failed', reason: `${host} answered HTTP 401`, status: 401, ...(challenge ? { challenge } : {}) }
      }
      if (response.status !== 200) {
        this.fail(host)
        const why = response.status === 429 ? ' (rate limited)' : ''
        return { kind: 'failed', reason: `${host} answered HTTP ${response.status}${why}`, status: response.status }
      }
      const text = await response.text()
      let body: unknown = text
      if (options.as !== 'text') {
        try {
          body = JSON.parse(text)
        } catch {
          this.fail(host)
          return { kind: 'failed', reason: `${host} gave an answer that is not JSON` }
        }
      }
      this.failures.set(host, 0)
      return { kind: 'ok', body, ...(response.headers ? { headers: response.headers } : {}) }
    } catch (error) {
      this.fail(host)
      const name = (error as { name?: string }).name
      if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'failed', reason: `${host} did not answer within ${this.options.timeoutMs} ms` }
      return { kind: 'failed', reason: `${host} could not be reached (${(error as Error).message})` }
    } finally {
      this.release()
    }
  }

  private fail(host: string): void {
    this.failures.set(host, (this.failures.get(host) ?? 0) + 1)
  }

  private async acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
}

/** Lookups cached on disk as JSON files, one per package; unreadable entries are misses. */
export class DiskCache<T> {
  constructor(
    private readonly dir: string | undefined,
    private readonly ttlMs: number
  ) {}

  private file(key: string): string | undefined {
    if (this.dir === undefined) return undefined
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`)
  }

  /** The cached value and whether it is still fresh. */
  async get(key: string, now: number): Promise<{ value: T; fresh: boolean } | undefined> {
    const file = this.file(key)
    if (file === undefined) return undefined
    try {
      const entry = JSON.parse(await readFile(file, 'utf8')) as { key: string; at: number; value: T }
      if (entry.key !== key) return undefined
      return { value: entry.value, fresh: now - entry.at < this.ttlMs }
    } catch {
      return undefined
    }
  }

  async set(key: string, value: T, now: number): Promise<void> {
    const file = this.file(key)
    if (file === undefined) return
    try {
      await mkdir(this.dir!, { recursive: true })
      const temp = `${file}.${process.pid}.tmp`
      await writeFile(temp, JSON.stringify({ key, at: now, value }))
      await rename(temp, file)
    } catch {
      // a cache that cannot be written only costs a request next time
    }
  }
}
