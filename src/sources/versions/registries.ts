/**
 * One adapter per public registry: the request to make and how its answer becomes a `ReleaseInfo`.
 * npm (packument: `dist-tags`, `time`, `deprecated`), PyPI (JSON API), the Go module proxy (`@latest`, newer
 * major module paths), RubyGems, crates.io and Docker Hub tags.
 */
import semver from 'semver'
import type { Ecosystem } from '../../analyzers/dependencies/dependency.js'
import type { Lookup, ReleaseInfo } from '../../analyzers/dependencies/version-lookup.js'
import { compareVersions, isStable } from '../../analyzers/dependencies/versioning.js'
import { authorizationFor, registryFor, type NpmConfig } from './npmrc.js'
import type { HttpResult, RegistryClient } from './registry-client.js'

export interface RegistryBases {
  pypi: string
  go: string
  rubygems: string
  cargo: string
  docker: string
  /** OSV, for advisories of every ecosystem but npm. */
  osv: string
  /** Maven Central's repository (maven-metadata.xml) and its search API (release dates). */
  maven: string
  mavenSearch: string
  /** Packagist's Composer v2 metadata. */
  packagist: string
  /** nuget.org's v3 registration resource (SemVer 2.0 listing, gzip). */
  nuget: string
}

export const PUBLIC_REGISTRIES: RegistryBases = {
  pypi: 'https://pypi.org/',
  go: 'https://proxy.golang.org/',
  rubygems: 'https://rubygems.org/',
  cargo: 'https://crates.io/',
  docker: 'https://hub.docker.com/',
  osv: 'https://api.osv.dev/',
  maven: 'https://repo1.maven.org/maven2/',
  mavenSearch: 'https://search.maven.org/',
  packagist: 'https://repo.packagist.org/',
  nuget: 'https://api.nuget.org/v3/registration5-gz-semver2/'
}

type Json = Record<string, unknown>
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

function unavailable(result: Extract<HttpResult, { kind: 'failed' }>): Lookup {
  return { status: 'unavailable', reason: result.reason }
}

function hostOf(url: string): string {
  return new URL(url).host
}

/** The newest stable version among `dates`' keys (registries list prereleases too). */
function newestStable(ecosystem: Ecosystem, versions: string[]): string | undefined {
  let best: string | undefined
  for (const v of versions) {
    if (!isStable(ecosystem, v)) continue
    if (best === undefined || (compareVersions(ecosystem, v, best) ?? 0) > 0) best = v
  }
  return best
}

export async function lookupNpm(client: RegistryClient, config: NpmConfig, name: string): Promise<Lookup> {
  const base = registryFor(config, name)
  const url = `${base}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`
  const auth = authorizationFor(config, url)
  const result = await client.getJson(url, auth ? { authorization: auth } : {})
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  const body = obj(result.body)
  const versions = obj(body?.versions) ?? {}
  const time = obj(body?.time) ?? {}
  const tagged = str(obj(body?.['dist-tags'])?.latest)
  const latest = tagged !== undefined && semver.valid(tagged) && !semver.prerelease(tagged) ? tagged : newestStable('npm', Object.keys(versions))
  if (latest === undefined) return { status: 'unavailable', reason: `${hostOf(url)} lists no stable version of ${name}` }
  const dates: Record<string, string> = {}
  for (const [v, t] of Object.entries(time)) if (v !== 'created' && v !== 'modified' && typeof t === 'string') dates[v] = t
  const deprecatedVersions: Record<string, string> = {}
  for (const [v, manifest] of Object.entries(versions)) {
    const notice = str(obj(manifest)?.deprecated)
    if (notice !== undefined && notice !== '') deprecatedVersions[v] = notice
  }
  const info: ReleaseInfo = { latest, dates, origin: hostOf(url) }
  if (deprecatedVersions[latest] !== undefined) info.deprecated = deprecatedVersions[latest]
  if (Object.keys(deprecatedVersions).length > 0) info.deprecatedVersions = deprecatedVersions
  if (dates[latest] !== undefined) info.latestDate = dates[latest]
  return { status: 'found', info }
}

export async function lookupPypi(client: RegistryClient, base: string, name: string): Promise<Lookup> {
  const url = `${base}pypi/${encodeURIComponent(name)}/json`
  const result = await client.getJson(url)
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  const body = obj(result.body)
  const releases = obj(body?.releases) ?? {}
  const dates: Record<string, string> = {}
  const live: string[] = []
  for (const [v, files] of Object.entries(releases)) {
    const list = Array.isArray(files) ? files.map(obj).filter((f): f is Json => f !== undefined) : []
    const first = list.map((f) => str(f.upload_time_iso_8601) ?? str(f.upload_time)).filter((t): t is string => t !== undefined).sort()[0]
    if (first !== undefined) dates[v] = first
    if (list.length > 0 && !list.every((f) => f.yanked === true)) live.push(v)
  }
  const info = obj(body?.info)
  const stated = str(info?.version)
  const latest = stated !== undefined && isStable('pypi', stated) ? stated : newestStable('pypi', live)
  if (latest === undefined) return { status: 'unavailable', reason: `${hostOf(url)} lists no stable release of ${name}` }
  const inactive = Array.isArray(info?.classifiers) && (info!.classifiers as unknown[]).includes('Development Status :: 7 - Inactive')
  return {
    status: 'found',
    info: { latest, dates, ...(dates[latest] ? { latestDate: dates[latest] } : {}), ...(inactive ? { deprecated: 'its maintainers mark it Development Status :: 7 - Inactive' } : {}), origin: hostOf(url) }
  }
}

/** Module paths are case-encoded on the proxy: `Azure` -> `!azure`. */
function escapeModule(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)
}

export async function lookupGo(client: RegistryClient, base: string, module: string): Promise<Lookup> {
  const latestOf = async (path: string) => client.getJson(`${base}${escapeModule(path)}/@latest`)
  const first = await latestOf(module)
  if (first.kind === 'not-found') return { status: 'not-found' }
  if (first.kind === 'failed') return unavailable(first)
  let latest = str(obj(first.body)?.Version)
  let date = str(obj(first.body)?.Time)
  if (latest === undefined) return { status: 'unavailable', reason: `${hostOf(base)} gave no version for ${module}` }
  // A new major is a new module path (`/v9`): look a few majors ahead.
  const root = module.replace(/\/v\d+$/, '')
  let major = semver.major(semver.coerce(latest) ?? '0.0.0')
  for (let probe = 0; probe < 3; probe++) {
    const next = await latestOf(`${root}/v${Math.max(2, major + 1)}`)
    if (next.kind !== 'ok') break
    const v = str(obj(next.body)?.Version)
    if (v === undefined) break
    latest = v
    date = str(obj(next.body)?.Time)
    major = semver.major(semver.coerce(v) ?? '0.0.0')
  }
  return { status: 'found', info: { latest, ...(date ? { latestDate: date, dates: { [latest]: date } } : {}), origin: hostOf(base) } }
}

export async function lookupRubygems(client: RegistryClient, base: string, name: string): Promise<Lookup> {
  const url = `${base}api/v1/versions/${encodeURIComponent(name)}.json`
  const result = await client.getJson(url)
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  const list = Array.isArray(result.body) ? result.body.map(obj).filter((v): v is Json => v !== undefined) : []
  const dates: Record<string, string> = {}
  const stable: string[] = []
  for (const v of list) {
    const number = str(v.number)
    if (number === undefined) continue
    const at = str(v.created_at)
    if (at !== undefined) dates[number] = at
    if (v.prerelease !== true) stable.push(number)
  }
  const latest = newestStable('rubygems', stable)
  if (latest === undefined) return { status: 'unavailable', reason: `${hostOf(url)} lists no stable version of ${name}` }
  return { status: 'found', info: { latest, dates, ...(dates[latest] ? { latestDate: dates[latest] } : {}), origin: hostOf(url) } }
}

export async function lookupCrates(client: RegistryClient, base: string, name: string): Promise<Lookup> {
  const url = `${base}api/v1/crates/${encodeURIComponent(name)}`
  const result = await client.getJson(url)
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  const body = obj(result.body)
  const dates: Record<string, string> = {}
  const live: string[] = []
  for (const v of Array.isArray(body?.versions) ? body!.versions : []) {
    const version = obj(v)
    const num = str(version?.num)
    if (num === undefined) continue
    const at = str(version?.created_at)
    if (at !== undefined) dates[num] = at
    if (version?.yanked !== true) live.push(num)
  }
  const latest = str(obj(body?.crate)?.max_stable_version) ?? newestStable('cargo', live)
  if (latest === undefined) return { status: 'unavailable', reason: `${hostOf(url)} lists no stable version of ${name}` }
  return { status: 'found', info: { latest, dates, ...(dates[latest] ? { latestDate: dates[latest] } : {}), origin: hostOf(url) } }
}

/** Docker Hub only: images of other registries (`ghcr.io/...`) are not looked up. */
export async function lookupDockerHub(client: RegistryClient, base: string, image: string): Promise<Lookup> {
  let repo = image.toLowerCase().replace(/^(docker\.io|index\.docker\.io)\//, '')
  if (repo.split('/')[0]!.includes('.') || repo.split('/')[0]!.includes(':')) return { status: 'not-found' }
  if (!repo.includes('/')) repo = `library/${repo}`
  const url = `${base}v2/repositories/${repo}/tags?page_size=100&ordering=last_updated`
  const result = await client.getJson(url)
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  const dates: Record<string, string> = {}
  for (const tag of Array.isArray(obj(result.body)?.results) ? (obj(result.body)!.results as unknown[]) : []) {
    const name = str(obj(tag)?.name)
    const at = str(obj(tag)?.last_updated)
    if (name !== undefined && /^v?\d+(\.\d+){0,2}$/.test(name)) dates[name] = at ?? ''
  }
  const latest = newestStable('docker', Object.keys(dates))
  if (latest === undefined) return { status: 'not-found' }
  return { status: 'found', info: { latest, dates, ...(dates[latest] ? { latestDate: dates[latest] } : {}), origin: hostOf(url) } }
}
