/**
 * Advisory sources for `outdated-dependency/vulnerable`: npm packages through the npm registry's bulk advisory
 * endpoint (OSV when the registry has none), every other ecosystem OSV covers through OSV. Built by the version
 * source, with its HTTP client (timeout, concurrency, budget, circuit breaker) and its disk cache. Never throws: a
 * source that is down, slow, rate limited or over budget makes its queries `unavailable`, answered from a stale
 * cache entry when there is one.
 */
import { advisoryKey, type Advisory, type AdvisoryAnswer, type AdvisoryLookup, type AdvisoryQuery } from '../../analyzers/dependencies/advisory-lookup.js'
import { normalizePackageName } from '../../analyzers/dependencies/releases.js'
import { registryFor, type NpmConfig } from '../versions/npmrc.js'
import type { DiskCache, RegistryClient } from '../versions/registry-client.js'
import { queryNpmAudit } from './npm-audit.js'
import { osvEcosystem, queryOsv } from './osv.js'

export const PUBLIC_OSV = 'https://api.osv.dev/'

export interface AdvisorySourceOptions {
  client: RegistryClient
  cache: DiskCache<unknown>
  npm: NpmConfig
  osv: string
  now: () => number
}

/** Advisories that are one issue under several ids (a PYSEC record and its GHSA twin) are one: the rated one stays. */
export function mergeAliases(advisories: Advisory[]): Advisory[] {
  const out: Advisory[] = []
  for (const a of advisories) {
    const names = new Set([a.id, ...a.aliases])
    const twin = out.findIndex((b) => names.has(b.id) || b.aliases.some((x) => names.has(x)))
    if (twin === -1) out.push(a)
    else if (out[twin]!.severity === 'unknown' && a.severity !== 'unknown') out[twin] = { ...a, aliases: [...new Set([...a.aliases, ...out[twin]!.aliases, out[twin]!.id])].filter((x) => x !== a.id), ...(a.fixed ?? out[twin]!.fixed ? { fixed: a.fixed ?? out[twin]!.fixed! } : {}) }
  }
  return out
}

/**
 * The name a source is asked with. OSV compares NuGet IDs exactly (only PyPI names are normalized there), and its
 * records carry nuget.org's casing (`Newtonsoft.Json`), which is what project files write: NuGet IDs go as written.
 */
function sourceName(ecosystem: AdvisoryQuery['ecosystem'], name: string): string {
  return ecosystem === 'nuget' ? name.trim() : normalizePackageName(ecosystem, name)
}

export function createAdvisorySource(options: AdvisorySourceOptions): AdvisoryLookup {
  const { client, cache, npm, osv, now } = options
  const memo = new Map<string, AdvisoryAnswer>()

  return {
    async advisories(raw) {
      const out = new Map<string, AdvisoryAnswer>()
      const viaNpm: AdvisoryQuery[] = []
      const viaOsv: AdvisoryQuery[] = []
      const stale = new Map<string, Advisory[]>()
      const cacheKey = (source: string, q: AdvisoryQuery) => `advisories\0${source}\0${advisoryKey(q)}`
      const seen = new Set<string>()
      for (const query of raw) {
        const key = advisoryKey(query)
        if (seen.has(key)) continue
        seen.add(key)
        const q = { ...query, name: sourceName(query.ecosystem, query.name) }
        const known = memo.get(key)
        if (known !== undefined) {
          out.set(key, known)
          continue
        }
        // A scoped package served by another registry is private: its name goes to no public service.
        const npmHere = q.ecosystem === 'npm' && registryFor(npm, q.name) === npm.registry
        if (q.ecosystem === 'npm' && !npmHere) {
          out.set(key, { status: 'found', advisories: [] })
          continue
        }
        if (!npmHere && osvEcosystem(q.ecosystem) === undefined) {
          out.set(key, { status: 'found', advisories: [] })
          continue
        }
        const source = npmHere ? npm.registry : osv
        const cached = await cache.get(cacheKey(source, q), now())
        if (cached?.fresh && Array.isArray(cached.value)) {
          out.set(key, { status: 'found', advisories: cached.value as Advisory[] })
          continue
        }
        if (cached !== undefined && Array.isArray(cached.value)) stale.set(key, cached.value as Advisory[])
        ;(npmHere ? viaNpm : viaOsv).push(q)
      }
      const settle = async (source: string, queries: AdvisoryQuery[], answer: { ok: true; advisories: Map<AdvisoryQuery, Advisory[]> } | { ok: false; reason: string }) => {
        for (const q of queries) {
          const key = advisoryKey(q)
          if (answer.ok) {
            const advisories = mergeAliases(answer.advisories.get(q) ?? [])
            out.set(key, { status: 'found', advisories })
            await cache.set(cacheKey(source, q), advisories, now())
          } else {
            const old = stale.get(key)
            out.set(key, old !== undefined ? { status: 'found', advisories: old } : { status: 'unavailable', reason: answer.reason })
          }
        }
      }
      if (viaNpm.length > 0) {
        const answer = await queryNpmAudit(client, npm, viaNpm)
        if (!answer.ok && answer.missing === true) viaOsv.push(...viaNpm)
        else await settle(npm.registry, viaNpm, answer)
      }
      if (viaOsv.length > 0) await settle(osv, viaOsv, await queryOsv(client, osv, viaOsv, cache, now()))
      // Keys were normalized for the sources; answer under the keys asked.
      for (const query of raw) {
        const key = advisoryKey(query)
        if (out.has(key)) continue
        const normal = out.get(advisoryKey({ ...query, name: sourceName(query.ecosystem, query.name) }))
        if (normal !== undefined) out.set(key, normal)
      }
      for (const [key, answer] of out) if (answer.status === 'found') memo.set(key, answer)
      return out
    }
  }
}
