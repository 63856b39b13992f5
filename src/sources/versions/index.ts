/**
 * Version sources for the dependency analyzer: the public registries behind a disk cache, a timeout, a concurrency
 * limit and a request budget. The front door builds one and passes it as `services.versions`:
 *
 *   const versions = createVersionSource({ offline: flags.offline || settings.offline, cwd: repoRoot })
 *   await scan(changeSet, { ..., services: { [VERSION_SERVICE]: versions } })
 *
 * Offline, every lookup is `unavailable` and the analyzer uses the bundled snapshot. A lookup never throws.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Ecosystem } from '../../analyzers/dependencies/dependency.js'
import { VERSION_SERVICE, type Lookup, type VersionLookup } from '../../analyzers/dependencies/version-lookup.js'
import { advisoryKey, type AdvisoryLookup } from '../../analyzers/dependencies/advisory-lookup.js'
import { createAdvisorySource } from '../advisories/index.js'
import { normalizePackageName } from '../../analyzers/dependencies/releases.js'
import { npmConfig } from './npmrc.js'
import { lookupDockerHub, PUBLIC_REGISTRIES, type RegistryBases } from './registries.js'
import { lookupOci } from './more-registries.js'
import { lookupPackage } from './package-lookup.js'
import { DiskCache, RegistryClient, type FetchLike } from './registry-client.js'

export { VERSION_SERVICE }

export interface VersionSourceOptions {
  /** `--offline` or `offline: true`: never touch the network. */
  offline?: boolean
  /** Where the project's `.npmrc` is (the repository root). */
  cwd?: string
  /** For `.npmrc` variables, `npm_config_registry`, HOME and XDG_CACHE_HOME. Default: process.env. */
  env?: Record<string, string | undefined>
  /** Disk cache folder; `false` for none. Default: `$XDG_CACHE_HOME/prodguard/versions` or `~/.cache/prodguard/versions`. */
  cacheDir?: string | false
  /** How long a cached answer is fresh. Default 24 h. */
  cacheTtlMs?: number
  /** Per request. Default 5 s. */
  timeoutMs?: number
  /** Requests in flight. Default 8. */
  concurrency?: number
  /** Requests per run; past it, lookups fall back to the snapshot. Default 300. */
  budget?: number
  /** Base URLs of the non-npm registries (npm comes from `.npmrc`): tests point them at 127.0.0.1. */
  registries?: Partial<RegistryBases>
  /** OCI registries by host (`ghcr.io` -> base URL): tests point them at 127.0.0.1. Default `https://<host>/` for the public ones. */
  oci?: Record<string, string>
  fetch?: FetchLike
  /** The clock, for cache freshness. */
  now?: () => number
}

/** Also the advisory source (`outdated-dependency/vulnerable`), on the same client, budget and cache. */
export interface VersionSource extends VersionLookup, AdvisoryLookup {
  /** Requests made so far (for reports and benchmarks). */
  readonly requestsMade: number
}

const ONLINE: ReadonlySet<Ecosystem> = new Set(['npm', 'pypi', 'go', 'rubygems', 'cargo', 'maven', 'composer', 'nuget', 'docker'])

/** `ghcr.io/owner/app`, `localhost:5000/app`: an image of a registry other than Docker Hub. */
function registryHost(image: string): string | undefined {
  const first = image.split('/')[0]!
  if (!image.includes('/') || !(first.includes('.') || first.includes(':') || first === 'localhost')) return undefined
  return /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/i.test(first) ? undefined : first.toLowerCase()
}

function defaultCacheDir(env: Record<string, string | undefined>): string {
  const base = env.XDG_CACHE_HOME ?? join(env.HOME ?? homedir(), '.cache')
  return join(base, 'prodguard', 'versions')
}

export function createVersionSource(options: VersionSourceOptions = {}): VersionSource {
  if (options.offline) {
    return {
      requestsMade: 0,
      lookup: async () => ({ status: 'unavailable', reason: 'offline' }),
      advisories: async (queries) => new Map(queries.map((q) => [advisoryKey(q), { status: 'unavailable', reason: 'offline' }]))
    }
  }
  const env = options.env ?? process.env
  const npm = npmConfig(options.cwd, env)
  const bases: RegistryBases = { ...PUBLIC_REGISTRIES, ...options.registries }
  for (const key of Object.keys(bases) as (keyof RegistryBases)[]) if (!bases[key].endsWith('/')) bases[key] = `${bases[key]}/`
  const oci: Record<string, string> = {}
  for (const [host, url] of Object.entries(options.oci ?? {})) oci[host.toLowerCase()] = url.endsWith('/') ? url : `${url}/`
  const client = new RegistryClient({
    fetch: options.fetch ?? (globalThis.fetch as unknown as FetchLike),
    timeoutMs: options.timeoutMs ?? 5000,
    concurrency: options.concurrency ?? 8,
    budget: options.budget ?? 300,
    hostFailures: 3
  })
  const cache = new DiskCache<Lookup>(options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir(env)), options.cacheTtlMs ?? 24 * 60 * 60 * 1000)
  const now = options.now ?? Date.now
  const advisories = createAdvisorySource({
    client,
    cache: new DiskCache<unknown>(options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir(env)), options.cacheTtlMs ?? 24 * 60 * 60 * 1000),
    npm,
    osv: bases.osv,
    now
  })
  const inFlight = new Map<string, Promise<Lookup>>()

  const ask = (ecosystem: Ecosystem, name: string): Promise<Lookup> => {
    switch (ecosystem) {
      case 'npm':
      case 'pypi':
      case 'go':
      case 'rubygems':
      case 'cargo':
      case 'maven':
      case 'composer':
      case 'nuget':
        return lookupPackage(client, npm, bases, ecosystem, name)
      default:
        return registryHost(name) !== undefined ? lookupOci(client, oci, name) : lookupDockerHub(client, bases.docker, name)
    }
  }

  const lookup = async (ecosystem: Ecosystem, rawName: string): Promise<Lookup> => {
    if (!ONLINE.has(ecosystem)) return { status: 'unavailable', reason: `no public registry lookup for ${ecosystem}` }
    const name = normalizePackageName(ecosystem, rawName)
    const host = ecosystem === 'docker' ? registryHost(name) : undefined
    const registry = ecosystem === 'npm' ? npm.registry : host !== undefined ? (oci[host] ?? host) : ecosystem === 'composer' ? bases.packagist : bases[ecosystem as keyof RegistryBases]
    const key = `${ecosystem}\0${registry}\0${name}`
    const cached = await cache.get(key, now())
    if (cached?.fresh) return cached.value
    const answer = await ask(ecosystem, name)
    if (answer.status === 'unavailable') return cached?.value ?? answer
    await cache.set(key, answer, now())
    return answer
  }

  return {
    get requestsMade() {
      return client.requestsMade
    },
    advisories(queries) {
      // Never throws: a bug in an adapter is a failed lookup, not a failed run.
      return advisories.advisories(queries).catch((error: unknown) => new Map(queries.map((q) => [advisoryKey(q), { status: 'unavailable' as const, reason: String((error as Error)?.message ?? error) }])))
    },
    lookup(ecosystem, name) {
      const key = `${ecosystem}\0${normalizePackageName(ecosystem, name)}`
      let pending = inFlight.get(key)
      if (pending === undefined) {
        // Never throws: a bug in an adapter is a failed lookup, not a failed run.
        pending = lookup(ecosystem, name).catch((error: unknown) => ({ status: 'unavailable' as const, reason: String((error as Error)?.message ?? error) }))
        inFlight.set(key, pending)
      }
      return pending
    }
  }
}
