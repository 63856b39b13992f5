/**
 * The npm registry's bulk advisory endpoint, the one `npm audit` uses: `POST {registry}/-/npm/v1/security/advisories/bulk`
 * with `{ "name": ["version", ...] }`; it answers, per name, the advisories whose `vulnerable_versions` admit any
 * version sent. One request for every npm package of the run.
 */
import semver from 'semver'
import type { Advisory, AdvisoryQuery } from '../../analyzers/dependencies/advisory-lookup.js'
import { authorizationFor, type NpmConfig } from '../versions/npmrc.js'
import type { RegistryClient } from '../versions/registry-client.js'
import { severityWord } from './cvss.js'

type Json = Record<string, unknown>
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export type NpmAnswers = { ok: true; advisories: Map<AdvisoryQuery, Advisory[]> } | { ok: false; reason: string; missing?: boolean }

/** The first release out of `vulnerable`'s reach above `version`: the `<X` bound of the comparator set it is in. */
export function npmFixed(vulnerable: string, version: string): string | undefined {
  let range: semver.Range
  try {
    range = new semver.Range(vulnerable, { loose: true })
  } catch {
    return undefined
  }
  let best: string | undefined
  for (const set of range.set) {
    if (!set.every((c) => c.test(version))) continue
    for (const c of set) {
      if (c.operator !== '<') continue
      const bound = c.semver.version
      if (best === undefined || semver.lt(bound, best)) best = bound
    }
  }
  return best
}

export async function queryNpmAudit(client: RegistryClient, config: NpmConfig, queries: AdvisoryQuery[]): Promise<NpmAnswers> {
  const url = `${config.registry}-/npm/v1/security/advisories/bulk`
  const host = new URL(url).host
  const body: Record<string, string[]> = {}
  for (const q of queries) {
    const versions = (body[q.name] ??= [])
    if (!versions.includes(q.version)) versions.push(q.version)
  }
  const auth = authorizationFor(config, url)
  const result = await client.postJson(url, body, auth ? { authorization: auth } : {})
  // A private registry without the endpoint: OSV answers instead.
  if (result.kind === 'not-found') return { ok: false, reason: `${host} has no bulk advisory endpoint`, missing: true }
  if (result.kind === 'failed') return { ok: false, reason: result.reason, ...(result.status === 405 || result.status === 501 ? { missing: true } : {}) }
  const answer = obj(result.body)
  if (answer === undefined) return { ok: false, reason: `${host} gave a malformed bulk advisory answer` }
  const advisories = new Map<AdvisoryQuery, Advisory[]>()
  for (const q of queries) {
    const entries = Array.isArray(answer[q.name]) ? (answer[q.name] as unknown[]) : []
    const out: Advisory[] = []
    for (const raw of entries) {
      const entry = obj(raw)
      const vulnerable = str(entry?.vulnerable_versions)
      if (entry === undefined || vulnerable === undefined) continue
      // The endpoint answers per name: keep what affects this version.
      if (!semver.valid(q.version) || !semver.satisfies(q.version, vulnerable, { loose: true })) continue
      const url = str(entry.url)
      const ghsa = url === undefined ? undefined : /GHSA-[\w-]+/.exec(url)?.[0]
      const number = typeof entry.id === 'number' || typeof entry.id === 'string' ? String(entry.id) : undefined
      const fixed = npmFixed(vulnerable, q.version)
      out.push({
        id: ghsa ?? number ?? url ?? 'advisory',
        aliases: [...(ghsa !== undefined && number !== undefined ? [number] : []), ...(Array.isArray(entry.cves) ? entry.cves.filter((c): c is string => typeof c === 'string') : [])],
        summary: (str(entry.title) ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
        severity: severityWord(entry.severity),
        ...(url !== undefined ? { url } : {}),
        ...(fixed !== undefined ? { fixed } : {}),
        origin: host
      })
    }
    advisories.set(q, out)
  }
  return { ok: true, advisories }
}
