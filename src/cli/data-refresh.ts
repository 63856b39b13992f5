/**
 * `prodguard data refresh`: rewrites the bundled knowledge of the outdated-dependency rules from the live sources:
 * `eol.json` from the endoflife.date API (v1, falling back to v0 per product) and the npm and PyPI parts of
 * `latest-versions.json` from the registries. A source that fails leaves that product's or package's old data in
 * place and makes the exit code 1; nothing is half-written.
 */
import { readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { EolProduct, EolRelease, EolSnapshot } from '../analyzers/dependencies/end-of-life.js'
import type { LatestEntry, LatestSnapshot } from '../analyzers/dependencies/releases.js'
import { findPackageFile } from '../knowledge/package-root.js'
import { lineDatesOf } from '../analyzers/dependencies/lines.js'
import { npmConfig } from '../sources/versions/npmrc.js'
import { lookupNpm, lookupPypi, PUBLIC_REGISTRIES } from '../sources/versions/registries.js'
import { RegistryClient, type FetchLike } from '../sources/versions/registry-client.js'

export interface DataRefreshIO {
  out(line: string): void
  err(line: string): void
  cwd: string
  env?: Record<string, string | undefined>
  fetch?: FetchLike
  now?: () => Date
}

const USAGE = `usage: prodguard data refresh [--only eol|versions] [--products a,b] [--eol-api URL] [--npm-registry URL]
                              [--pypi URL] [--out DIR] [--timeout MS] [--concurrency N]

Updates rules/outdated-dependency/eol.json from endoflife.date and the npm and PyPI entries of
rules/outdated-dependency/latest-versions.json from the registries (npm honours .npmrc).`

interface Options {
  only?: 'eol' | 'versions'
  products?: string[]
  eolApi: string
  npmRegistry?: string
  pypi: string
  out: string
  timeoutMs: number
  concurrency: number
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { eolApi: 'https://endoflife.date/api/v1', pypi: PUBLIC_REGISTRIES.pypi, out: findPackageFile('rules/outdated-dependency'), timeoutMs: 15000, concurrency: 6 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--only': {
        const v = value()
        if (v !== 'eol' && v !== 'versions') return `--only takes eol or versions, not ${v ?? 'nothing'}`
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
  if (o.out === '') return '--out takes a folder'
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

async function refreshEol(o: Options, io: DataRefreshIO, fetchImpl: FetchLike, today: string): Promise<number> {
  const file = join(o.out, 'eol.json')
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as EolSnapshot
  const products = o.products ?? Object.keys(snapshot.products)
  let failures = 0
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
      io.err(`eol: ${product}: kept the old data: ${(error as Error).message}`)
    }
  })
  if (failures < products.length) {
    snapshot.dataDate = today
    snapshot.source = `endoflife.date API (${o.eolApi}), fetched ${today}, MIT licence`
    await writeJson(file, snapshot, true)
  }
  io.out(`eol.json: ${products.length - failures} of ${products.length} products refreshed`)
  return failures
}

async function refreshVersions(o: Options, io: DataRefreshIO, fetchImpl: FetchLike, today: string): Promise<number> {
  const file = join(o.out, 'latest-versions.json')
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as LatestSnapshot
  const env = { ...(io.env ?? process.env), ...(o.npmRegistry ? { npm_config_registry: o.npmRegistry } : {}) }
  const npm = npmConfig(io.cwd, env)
  const client = new RegistryClient({ fetch: fetchImpl, timeoutMs: o.timeoutMs, concurrency: o.concurrency, budget: Number.MAX_SAFE_INTEGER, hostFailures: 5 })
  let failures = 0
  const refreshed = { npm: 0, pypi: 0 }
  const update = async (ecosystem: 'npm' | 'pypi', name: string) => {
    const found = ecosystem === 'npm' ? await lookupNpm(client, npm, name) : await lookupPypi(client, o.pypi, name)
    if (found.status === 'found') refreshed[ecosystem]++
    if (found.status !== 'found') {
      failures++
      io.err(`versions: ${ecosystem} ${name}: kept the old data: ${found.status === 'unavailable' ? found.reason : 'not found'}`)
      return
    }
    const entry: LatestEntry = { latest: found.info.latest }
    if (found.info.latestDate !== undefined) entry.released = found.info.latestDate.slice(0, 10)
    if (found.info.deprecated !== undefined) entry.deprecated = found.info.deprecated
    // Per-line dates, so that --offline can tell an unmaintained major from a maintained one.
    if (found.info.dates !== undefined) Object.assign(entry, lineDatesOf(ecosystem, found.info.dates, found.info.latest))
    snapshot.packages[ecosystem]![name] = entry
  }
  let total = 0
  for (const ecosystem of ['npm', 'pypi'] as const) {
    const names = Object.keys(snapshot.packages[ecosystem] ?? {})
    snapshot.packages[ecosystem] ??= {}
    total += names.length
    await inBatches(names, o.concurrency, (name) => update(ecosystem, name))
  }
  if (failures < total) {
    snapshot.dataDate = today
    // an ecosystem whose registry could not be reached keeps its old data, and says where that came from
    if (refreshed.npm > 0) snapshot.sources.npm = `latest stable version and its release date from ${npm.registry}, fetched ${today}`
    if (refreshed.pypi > 0) snapshot.sources.pypi = `latest stable version and its release date from ${o.pypi}, fetched ${today}`
    await writeJson(file, snapshot, false)
  }
  io.out(`latest-versions.json: ${total - failures} of ${total} packages refreshed (${client.requestsMade} requests)`)
  return failures
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
  const fetchImpl = io.fetch ?? (globalThis.fetch as unknown as FetchLike)
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10)
  let failures = 0
  try {
    if (options.only !== 'versions') failures += await refreshEol(options, io, fetchImpl, today)
    if (options.only !== 'eol') failures += await refreshVersions(options, io, fetchImpl, today)
  } catch (error) {
    io.err(`prodguard data refresh: ${(error as Error).message}`)
    return 1
  }
  return failures === 0 ? 0 : 1
}
