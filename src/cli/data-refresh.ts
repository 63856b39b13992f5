/**
 * `prodguard data refresh`: refreshes the knowledge of the outdated-dependency rules from the live sources:
 * `eol.json` from the endoflife.date API (v1, falling back to v0 per product), every part of `latest-versions.json`
 * (npm, PyPI, Go, Maven, and NuGet, RubyGems, crates.io, Packagist where a fork's table has them) from the
 * registries, and `actions.yml` from the GitHub tags API (actions-refresh.ts). It writes to the user's cache directory (knowledge/user-data.ts), which
 * later runs prefer to the data the package ships with, or to `--out DIR` (a fork's rules/outdated-dependency).
 * A source that fails leaves that product's or package's old data in place; nothing is half-written.
 * Exit codes: 0 everything refreshed, 1 some sources failed (their old data is kept), 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { refreshActionsTable, type GitHubFetch } from './actions-refresh.js'
import { join } from 'node:path'
import { userDataDir } from '../knowledge/user-data.js'
import type { EolProduct, EolRelease, EolSnapshot } from '../analyzers/dependencies/end-of-life.js'
import type { LatestEntry, LatestSnapshot } from '../analyzers/dependencies/releases.js'
import type { Ecosystem } from '../analyzers/dependencies/dependency.js'
import { findPackageFile } from '../knowledge/package-root.js'
import { lineDatesOf } from '../analyzers/dependencies/lines.js'
import { npmConfig } from '../sources/versions/npmrc.js'
import { PUBLIC_REGISTRIES } from '../sources/versions/registries.js'
import { lookupPackage, type PackageEcosystem } from '../sources/versions/package-lookup.js'
import type { Lookup } from '../analyzers/dependencies/version-lookup.js'
import { RegistryClient, type FetchLike } from '../sources/versions/registry-client.js'

export interface DataRefreshIO {
  out(line: string): void
  err(line: string): void
  cwd: string
  env?: Record<string, string | undefined>
  fetch?: FetchLike
  /** For the GitHub API (it needs response headers: pagination and rate limits). */
  githubFetch?: GitHubFetch
  now?: () => Date
}

const USAGE = `usage: prodguard data refresh [--only eol|versions|actions] [--products a,b] [--eol-api URL]
                              [--npm-registry URL] [--pypi URL] [--go-proxy URL] [--maven URL] [--maven-search URL]
                              [--nuget URL] [--rubygems URL] [--crates URL] [--packagist URL]
                              [--github-api URL] [--token TOKEN] [--out DIR] [--timeout MS] [--concurrency N]

Fetches the end-of-life table from endoflife.date, the latest versions of the packages prodguard knows (npm, PyPI,
Go, Maven Central; NuGet, RubyGems, crates.io and Packagist where the table lists some) from the registries (npm
honours .npmrc), and the release tags of the GitHub Actions it knows from the GitHub API into your user cache
($XDG_CACHE_HOME/prodguard, else ~/.cache/prodguard), which later runs prefer to the data prodguard ships with.
--out DIR writes there instead (e.g. rules/outdated-dependency in a fork).
The GitHub API allows 60 requests an hour without a token, fewer than the actions table needs: give one with
--token or GITHUB_TOKEN (any token that can read public repositories).

Exit codes: 0 everything refreshed, 1 some sources could not be reached (their old data is kept), 2 usage error.`

interface Options {
  only?: 'eol' | 'versions' | 'actions'
  githubApi: string
  token?: string
  goProxy: string
  /** Maven Central's repository and search API, nuget.org, RubyGems, crates.io and Packagist. */
  maven: string
  mavenSearch: string
  nuget: string
  rubygems: string
  crates: string
  packagist: string
  products?: string[]
  eolApi: string
  npmRegistry?: string
  pypi: string
  /** Where the refreshed files go; undefined: the user cache (resolved when the run starts). */
  out: string | undefined
  timeoutMs: number
  concurrency: number
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { eolApi: 'https://endoflife.date/api/v1', pypi: PUBLIC_REGISTRIES.pypi, goProxy: PUBLIC_REGISTRIES.go, maven: PUBLIC_REGISTRIES.maven, mavenSearch: PUBLIC_REGISTRIES.mavenSearch, nuget: PUBLIC_REGISTRIES.nuget, rubygems: PUBLIC_REGISTRIES.rubygems, crates: PUBLIC_REGISTRIES.cargo, packagist: PUBLIC_REGISTRIES.packagist, githubApi: 'https://api.github.com', out: undefined, timeoutMs: 15000, concurrency: 6 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--only': {
        const v = value()
        if (v !== 'eol' && v !== 'versions' && v !== 'actions') return `--only takes eol, versions or actions, not ${v ?? 'nothing'}`
        o.only = v
        break
      }
      case '--products':
        o.products = (value() ?? '').split(',').map((p) => p.trim()).filter(Boolean)
        break
      case '--eol-api':
        o.eolApi = (value() ?? '').replace(/\/$/, '')
        break
      case '--npm-registry':
        o.npmRegistry = value()
        break
      case '--pypi':
        o.pypi = `${(value() ?? '').replace(/\/$/, '')}/`
        break
      case '--go-proxy':
        o.goProxy = `${(value() ?? '').replace(/\/$/, '')}/`
        break
      case '--maven':
      case '--maven-search':
      case '--nuget':
      case '--rubygems':
      case '--crates':
      case '--packagist': {
        const v = value()
        if (v === undefined || !/^https?:\/\//.test(v)) return `${flag} takes a URL (http:// or https://)`
        const key = flag === '--maven-search' ? 'mavenSearch' : (flag.slice(2) as 'maven' | 'nuget' | 'rubygems' | 'crates' | 'packagist')
        o[key] = `${v.replace(/\/$/, '')}/`
        break
      }
      case '--github-api':
        o.githubApi = (value() ?? '').replace(/\/$/, '')
        break
      case '--token': {
        const v = value()
        if (v === undefined || v === '') return '--token takes a token'
        o.token = v
        break
      }
      case '--out':
        o.out = value() ?? ''
        break
      case '--timeout':
        o.timeoutMs = Number(value())
        break
      case '--concurrency':
        o.concurrency = Number(value())
        break
      default:
        return `unknown option ${arg}`
    }
  }
  if (!Number.isFinite(o.timeoutMs) || o.timeoutMs <= 0) return '--timeout takes a number of milliseconds'
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1) return '--concurrency takes a positive integer'
  return o
}

type Json = Record<string, unknown>
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined)
const dateOrBool = (v: unknown): string | boolean | undefined => (typeof v === 'string' ? v.slice(0, 10) : typeof v === 'boolean' ? v : undefined)

/** endoflife.date API v1 `ProductDetails` -> the snapshot's product. */
export function productFromV1(body: unknown): EolProduct | undefined {
  const result = obj(obj(body)?.result)
  if (!result || !Array.isArray(result.releases)) return undefined
  const releases: EolRelease[] = []
  for (const raw of result.releases) {
    const r = obj(raw)
    if (!r || typeof r.name !== 'string') continue
    const release: EolRelease = { name: r.name, eol: typeof r.eolFrom === 'string' ? r.eolFrom : r.isEol === true }
    if (typeof r.codename === 'string') release.codename = r.codename
    if (typeof r.label === 'string' && r.label !== r.name) release.label = r.label
    if (typeof r.releaseDate === 'string') release.releaseDate = r.releaseDate
    if (typeof r.ltsFrom === 'string') release.lts = r.ltsFrom
    else if (r.isLts === true) release.lts = true
    if (typeof r.eoasFrom === 'string') release.eoas = r.eoasFrom
    else if (typeof r.isEoas === 'boolean') release.eoas = r.isEoas
    // Extended support (Debian LTS, Ubuntu ESM, RDS extended support): kept; whether it counts is policy.
    if (typeof r.eoesFrom === 'string') release.eoes = r.eoesFrom
    else if (typeof r.isEoes === 'boolean') release.eoes = r.isEoes
    const latest = obj(r.latest)
    if (typeof latest?.name === 'string') release.latest = latest.name
    if (typeof latest?.date === 'string') release.latestDate = latest.date
    releases.push(release)
  }
  return { label: typeof result.label === 'string' ? result.label : String(result.name ?? ''), ...(typeof result.category === 'string' ? { category: result.category } : {}), releases }
}

/** endoflife.date API v0 (`/api/<product>.json`, an array of cycles) -> the snapshot's product. */
export function productFromV0(body: unknown, label: string): EolProduct | undefined {
  if (!Array.isArray(body)) return undefined
  const releases: EolRelease[] = []
  for (const raw of body) {
    const r = obj(raw)
    if (!r || (typeof r.cycle !== 'string' && typeof r.cycle !== 'number')) continue
    const release: EolRelease = { name: String(r.cycle), eol: dateOrBool(r.eol) ?? false }
    if (typeof r.codename === 'string') release.codename = r.codename
    if (typeof r.releaseDate === 'string') release.releaseDate = r.releaseDate
    const lts = dateOrBool(r.lts)
    if (lts !== undefined && lts !== false) release.lts = lts
    const support = dateOrBool(r.support)
    if (support !== undefined) release.eoas = support
    const extended = dateOrBool(r.extendedSupport)
    if (extended !== undefined) release.eoes = extended
    if (typeof r.latest === 'string') release.latest = r.latest
    if (typeof r.latestReleaseDate === 'string') release.latestDate = r.latestReleaseDate
    releases.push(release)
  }
  return { label, releases }
}

async function getJson(fetchImpl: FetchLike, url: string, timeoutMs: number): Promise<{ status: number; body?: unknown }> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetchImpl(url, { headers: { accept: 'application/json', 'user-agent': 'prodguard data refresh' }, signal: AbortSignal.timeout(timeoutMs) })
    if (response.status === 429 && attempt < 2) {
      // Rate limited: wait briefly and try again (endoflife.date sends Retry-After).
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)))
      continue
    }
    if (response.status !== 200) return { status: response.status }
    return { status: 200, body: await response.json() }
  }
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await run(items[next++]!)
    })
  )
}

async function writeJson(file: string, value: unknown, pretty: boolean): Promise<void> {
  const text = pretty ? `${JSON.stringify(value, null, 1)}\n` : `${JSON.stringify(value).replace(/\},"/g, '},\n"')}\n`
  const temp = `${file}.tmp`
  await writeFile(temp, text)
  await rename(temp, file)
}

interface Outcome {
  failures: number
  /** Whether the file was rewritten (not when every source failed). */
  wrote: boolean
}

/**
 * What to start from: the file already in the output folder (always, for --out: it is the caller's), or the shipped
 * one when the user cache has none or an older one (prodguard was upgraded since).
 */
function startingPoint<T extends { dataDate?: string }>(o: Options & { out: string; explicit: boolean }, name: string): T {
  const out = o.out
  if (o.explicit && existsSync(join(out, name))) return JSON.parse(readFileSync(join(out, name), 'utf8')) as T
  const shipped = JSON.parse(readFileSync(findPackageFile(`rules/outdated-dependency/${name}`), 'utf8')) as T
  const file = join(out, name)
  if (!existsSync(file)) return shipped
  try {
    const current = JSON.parse(readFileSync(file, 'utf8')) as T
    return (current.dataDate ?? '') >= (shipped.dataDate ?? '') ? current : shipped
  } catch {
    return shipped
  }
}

/** "a, b, c and 12 more" */
function someOf(names: string[], shown = 5): string {
  if (names.length <= shown) return names.join(', ')
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`
}

/** Failures grouped by reason, one line each, so a dead network is one line and not thousands. */
function reportFailures(io: DataRefreshIO, what: string, failed: Map<string, string[]>): void {
  for (const [reason, names] of failed) io.err(`${what}: kept the old data of ${names.length} (${reason}): ${someOf(names.sort())}`)
}

function noteFailure(failed: Map<string, string[]>, reason: string, name: string): void {
  // Numbers and URLs vary per request; the reason's kind is what groups.
  const kind = reason.replace(/https?:\/\/\S+/g, 'URL').slice(0, 120)
  const list = failed.get(kind) ?? []
  list.push(name)
  failed.set(kind, list)
}

async function refreshEol(o: Options & { out: string; explicit: boolean }, io: DataRefreshIO, fetchImpl: FetchLike, today: string): Promise<Outcome> {
  const file = join(o.out, 'eol.json')
  const snapshot = startingPoint<EolSnapshot>(o, 'eol.json')
  const products = o.products ?? Object.keys(snapshot.products)
  let failures = 0
  const failed = new Map<string, string[]>()
  await inBatches(products, o.concurrency, async (product) => {
    try {
      let fresh: EolProduct | undefined
      const v1 = await getJson(fetchImpl, `${o.eolApi}/products/${encodeURIComponent(product)}`, o.timeoutMs)
      if (v1.status === 200) fresh = productFromV1(v1.body)
      if (fresh === undefined && /\/v1$/.test(o.eolApi)) {
        const v0 = await getJson(fetchImpl, `${o.eolApi.replace(/\/v1$/, '')}/${encodeURIComponent(product)}.json`, o.timeoutMs)
        if (v0.status === 200) fresh = productFromV0(v0.body, snapshot.products[product]?.label ?? product)
      }
      if (fresh === undefined || fresh.releases.length === 0) throw new Error(`no release data (HTTP ${v1.status})`)
      snapshot.products[product] = fresh
    } catch (error) {
      failures++
      noteFailure(failed, (error as Error).message, product)
    }
  })
  reportFailures(io, 'eol', failed)
  if (failures < products.length) {
    // The data's date is today only when every product is today's; products kept from before are older than that.
    if (failures === 0) {
      snapshot.dataDate = today
      snapshot.source = `endoflife.date API (${o.eolApi}), fetched ${today}, MIT licence`
    } else snapshot.source = `endoflife.date API (${o.eolApi}): ${products.length - failures} of ${products.length} products fetched ${today}, the others of ${snapshot.dataDate} or before, MIT licence`
    await writeJson(file, snapshot, true)
  }
  io.out(`eol.json: ${products.length - failures} of ${products.length} products refreshed`)
  return { failures, wrote: failures < products.length }
}

/** Every ecosystem of latest-versions.json that a registry answers for (the bundled one has npm, pypi, go, maven). */
type Refreshed = PackageEcosystem
const REFRESHED: readonly Refreshed[] = ['npm', 'pypi', 'go', 'maven', 'nuget', 'rubygems', 'cargo', 'composer']

async function refreshActions(o: Options & { out: string; explicit: boolean }, io: DataRefreshIO, today: string): Promise<Outcome> {
  const name = 'actions.yml'
  const file = join(o.out, name)
  const shipped = readFileSync(findPackageFile(`rules/outdated-dependency/${name}`), 'utf8')
  let text = shipped
  if (existsSync(file)) {
    const current = readFileSync(file, 'utf8')
    const dateOf = (t: string) => /^dataDate:\s*"?([\d-]+)"?/m.exec(t)?.[1] ?? ''
    if (o.explicit || dateOf(current) >= dateOf(shipped)) text = current
  }
  const env = io.env ?? process.env
  const token = o.token ?? (env['GITHUB_TOKEN'] || env['GH_TOKEN'] || undefined)
  const fetchImpl = (io.githubFetch ?? (globalThis.fetch as unknown as GitHubFetch))
  const result = await refreshActionsTable(text, { api: o.githubApi, token, timeoutMs: o.timeoutMs, maxWaitMs: 60_000, fetch: fetchImpl, today })
  const failed = new Map<string, string[]>()
  for (const [action, reason] of result.failed) noteFailure(failed, reason, action)
  reportFailures(io, 'actions', failed)
  if (result.text !== undefined) {
    const temp = `${file}.tmp`
    await writeFile(temp, result.text)
    await rename(temp, file)
  }
  io.out(`actions.yml: ${result.refreshed} of ${result.total} actions refreshed (${result.requests} requests${token ? ', with a token' : ', without a token'})`)
  return { failures: result.failed.size, wrote: result.text !== undefined }
}

async function refreshVersions(o: Options & { out: string; explicit: boolean }, io: DataRefreshIO, fetchImpl: FetchLike, today: string): Promise<Outcome> {
  const file = join(o.out, 'latest-versions.json')
  const snapshot = startingPoint<LatestSnapshot>(o, 'latest-versions.json')
  const env = { ...(io.env ?? process.env), ...(o.npmRegistry ? { npm_config_registry: o.npmRegistry } : {}) }
  const npm = npmConfig(io.cwd, env)
  const client = new RegistryClient({ fetch: fetchImpl, timeoutMs: o.timeoutMs, concurrency: o.concurrency, budget: Number.MAX_SAFE_INTEGER, hostFailures: 5 })
  let failures = 0
  const failed = new Map<string, string[]>()
  const refreshed = Object.fromEntries(REFRESHED.map((e) => [e, 0])) as Record<Refreshed, number>
  const unreachable = { ...refreshed }
  const bases: Record<Refreshed, string> = { npm: npm.registry, pypi: o.pypi, go: o.goProxy, maven: o.maven, nuget: o.nuget, rubygems: o.rubygems, cargo: o.crates, composer: o.packagist }
  const packageBases = { pypi: o.pypi, go: o.goProxy, maven: o.maven, mavenSearch: o.mavenSearch, nuget: o.nuget, rubygems: o.rubygems, cargo: o.crates, packagist: o.packagist }
  const ask = (ecosystem: Refreshed, name: string): Promise<Lookup> => lookupPackage(client, npm, packageBases, ecosystem, name)
  const update = async (ecosystem: Refreshed, name: string) => {
    const found = await ask(ecosystem, name)
    if (found.status === 'found') refreshed[ecosystem]++
    if (found.status !== 'found') {
      failures++
      if (found.status === 'unavailable') unreachable[ecosystem]++
      noteFailure(failed, `${ecosystem}: ${found.status === 'unavailable' ? found.reason : 'not found'}`, name)
      return
    }
    const entry: LatestEntry = { latest: found.info.latest }
    if (found.info.latestDate !== undefined) entry.released = found.info.latestDate.slice(0, 10)
    if (found.info.deprecated !== undefined) entry.deprecated = found.info.deprecated
    // Per-line dates, so that --offline can tell an unmaintained major from a maintained one.
    if (found.info.dates !== undefined) Object.assign(entry, lineDatesOf(ecosystem, found.info.dates, found.info.latest))
    else {
      // The dates are best effort (Maven Central's search API): without them, the per-line dates already known stay.
      const old = snapshot.packages[ecosystem]![name]
      if (old?.lines !== undefined) entry.lines = old.lines
      if (old?.lineStarts !== undefined) entry.lineStarts = old.lineStarts
    }
    snapshot.packages[ecosystem]![name] = entry
  }
  let total = 0
  for (const ecosystem of REFRESHED) {
    const names = Object.keys(snapshot.packages[ecosystem] ?? {})
    if (names.length === 0) continue
    total += names.length
    await inBatches(names, o.concurrency, (name) => update(ecosystem, name))
  }
  reportFailures(io, 'versions', failed)
  if (failures < total) {
    // Each ecosystem's date is today when its registry answered for every package (a package the registry no longer
    // has is an answer); the snapshot's date is the oldest of them.
    const dates: Partial<Record<Ecosystem, string>> = { ...snapshot.dates }
    for (const ecosystem of REFRESHED) {
      if (refreshed[ecosystem] === 0) continue
      if (unreachable[ecosystem] === 0) dates[ecosystem] = today
      snapshot.sources[ecosystem] = `latest stable version and its release date from ${bases[ecosystem]}, fetched ${today}${unreachable[ecosystem] > 0 ? ` (${unreachable[ecosystem]} packages kept from before)` : ''}`
    }
    for (const [ecosystem, table] of Object.entries(snapshot.packages) as [Ecosystem, Record<string, unknown>][]) {
      if (Object.keys(table).length > 0) dates[ecosystem] ??= snapshot.dataDate
      else delete dates[ecosystem]
    }
    snapshot.dates = dates
    snapshot.dataDate = Object.values(dates).reduce((a, b) => (a < b ? a : b), today)
    await writeJson(file, snapshot, false)
  }
  io.out(`latest-versions.json: ${total - failures} of ${total} packages refreshed (${client.requestsMade} requests)`)
  return { failures, wrote: failures < total }
}

export async function runDataRefresh(argv: string[], io: DataRefreshIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE)
    return 0
  }
  const options = parseArgs(argv)
  if (typeof options === 'string') {
    io.err(`prodguard data refresh: ${options}\n${USAGE}`)
    return 2
  }
  const out = options.out ?? defaultOut(io)
  if (out === undefined) {
    io.err('prodguard data refresh: no home or XDG_CACHE_HOME to keep the data in; give --out DIR')
    return 2
  }
  try {
    mkdirSync(out, { recursive: true })
  } catch (error) {
    io.err(`prodguard data refresh: cannot create ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'}); give --out DIR`)
    return 2
  }
  const fetchImpl = io.fetch ?? (globalThis.fetch as unknown as FetchLike)
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10)
  const outcomes: Outcome[] = []
  try {
    if (options.only === undefined || options.only === 'eol') outcomes.push(await refreshEol({ ...options, out, explicit: options.out !== undefined }, io, fetchImpl, today))
    if (options.only === undefined || options.only === 'versions') outcomes.push(await refreshVersions({ ...options, out, explicit: options.out !== undefined }, io, fetchImpl, today))
    if (options.only === undefined || options.only === 'actions') outcomes.push(await refreshActions({ ...options, out, explicit: options.out !== undefined }, io, today))
  } catch (error) {
    io.err(`prodguard data refresh: ${(error as Error).message}`)
    return 1
  }
  if (outcomes.some((o) => o.wrote)) {
    io.out(
      options.out === undefined
        ? `Wrote to ${out}: prodguard uses this data from now on (delete the folder to go back to the bundled data).`
        : `Wrote to ${out}.`
    )
  } else {
    io.out('Nothing was written: no source could be reached (try again later, or check the proxy and .npmrc).')
  }
  return outcomes.every((o) => o.failures === 0) ? 0 : 1
}

function defaultOut(io: DataRefreshIO): string | undefined {
  const dir = userDataDir(io.env ?? process.env)
  return dir === undefined ? undefined : join(dir, 'outdated-dependency')
}
