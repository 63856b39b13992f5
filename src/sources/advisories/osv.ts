/**
 * OSV (osv.dev): `POST /v1/querybatch` says which advisories affect each package version (ids only, up to 1000
 * queries a request), `GET /v1/vulns/{id}` gives one advisory's record (cached by id and modification time).
 */
import type { Advisory, AdvisoryQuery } from '../../analyzers/dependencies/advisory-lookup.js'
import type { Ecosystem } from '../../analyzers/dependencies/dependency.js'
import { compareVersions } from '../../analyzers/dependencies/versioning.js'
import type { DiskCache, RegistryClient } from '../versions/registry-client.js'
import { cvss3BaseScore, ratingOf, severityWord } from './cvss.js'

/** prodguard's ecosystems as OSV names them; `nuget` is matched by name for the .NET readers. */
const OSV_ECOSYSTEMS: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  go: 'Go',
  rubygems: 'RubyGems',
  cargo: 'crates.io',
  maven: 'Maven',
  composer: 'Packagist',
  nuget: 'NuGet'
}

export function osvEcosystem(ecosystem: string): string | undefined {
  return OSV_ECOSYSTEMS[ecosystem]
}

/** OSV's versions carry no `v` (Go modules and Composer tags often do). */
function osvVersion(version: string): string {
  return version.replace(/^v(?=\d)/, '')
}

const BATCH = 1000
/** Past this many uncached advisories for one version, their records come from one `/v1/query`. */
const MANY = 8

type Json = Record<string, unknown>
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

export type OsvAnswers = { ok: true; advisories: Map<AdvisoryQuery, Advisory[]> } | { ok: false; reason: string }

export async function queryOsv(client: RegistryClient, base: string, queries: AdvisoryQuery[], records: DiskCache<unknown>, now: number): Promise<OsvAnswers> {
  const host = new URL(base).host
  const hits = new Map<AdvisoryQuery, { id: string; modified: string | undefined }[]>()
  for (let start = 0; start < queries.length; start += BATCH) {
    const chunk = queries.slice(start, start + BATCH)
    const body = { queries: chunk.map((q) => ({ package: { ecosystem: osvEcosystem(q.ecosystem)!, name: q.name }, version: osvVersion(q.version) })) }
    const result = await client.postJson(`${base}v1/querybatch`, body)
    if (result.kind === 'not-found') return { ok: false, reason: `${host} has no querybatch endpoint (HTTP 404)` }
    if (result.kind === 'failed') return { ok: false, reason: result.reason }
    const results = list(obj(result.body)?.results)
    if (results.length !== chunk.length) return { ok: false, reason: `${host} answered ${results.length} results to ${chunk.length} queries` }
    chunk.forEach((q, i) => {
      const ids = list(obj(results[i])?.vulns)
        .map(obj)
        .flatMap((v) => {
          const id = str(v?.id)
          return id !== undefined && /^[A-Za-z0-9._:-]+$/.test(id) ? [{ id, modified: str(v?.modified) }] : []
        })
      hits.set(q, ids)
    })
  }
  // One record per advisory, however many versions it affects; cached by id and modification time.
  const fetched = new Map<string, Json>()
  const missing = new Map<string, string | undefined>()
  const recordKey = (id: string, modified: string | undefined) => `osv-record\0${base}\0${id}\0${modified ?? ''}`
  for (const ids of hits.values()) {
    for (const { id, modified } of ids) {
      if (fetched.has(id) || missing.has(id)) continue
      // A record whose modification time is unchanged is the same record: no freshness limit.
      const known = modified === undefined ? undefined : obj((await records.get(recordKey(id, modified), now))?.value)
      if (known !== undefined) fetched.set(id, known)
      else missing.set(id, modified)
    }
  }
  const keep = async (record: Json) => {
    const id = str(record.id)!
    fetched.set(id, record)
    const modified = missing.get(id) ?? str(record.modified)
    missing.delete(id)
    if (modified !== undefined) await records.set(recordKey(id, modified), record, now)
  }
  // A version with many uncached advisories (jackson-databind 2.9.10 has dozens): one `POST /v1/query` returns
  // them all, instead of one `GET /v1/vulns/{id}` each.
  for (const [q, ids] of hits) {
    if (ids.filter((v) => missing.has(v.id)).length <= MANY) continue
    let token: string | undefined
    for (let page = 0; page < 5; page++) {
      const body = { package: { ecosystem: osvEcosystem(q.ecosystem)!, name: q.name }, version: osvVersion(q.version), ...(token ? { page_token: token } : {}) }
      const result = await client.postJson(`${base}v1/query`, body)
      if (result.kind !== 'ok') break
      for (const record of list(obj(result.body)?.vulns).map(obj)) if (record !== undefined && str(record.id) !== undefined) await keep(record)
      token = str(obj(result.body)?.next_page_token)
      if (token === undefined) break
    }
  }
  for (const id of [...missing.keys()]) {
    const result = await client.getJson(`${base}v1/vulns/${encodeURIComponent(id)}`)
    if (result.kind === 'not-found') continue
    if (result.kind === 'failed') return { ok: false, reason: result.reason }
    const record = obj(result.body)
    if (record === undefined || str(record.id) !== id) return { ok: false, reason: `${host} gave a malformed record for ${id}` }
    await keep(record)
  }
  const advisories = new Map<AdvisoryQuery, Advisory[]>()
  for (const [q, ids] of hits) {
    const out: Advisory[] = []
    for (const { id } of ids) {
      const record = fetched.get(id)
      if (record === undefined || record.withdrawn !== undefined) continue
      out.push(advisoryOf(record, q, host))
    }
    advisories.set(q, out)
  }
  return { ok: true, advisories }
}

function severityOf(record: Json, affected: Json[]): Advisory['severity'] {
  const stated = severityWord(obj(record.database_specific)?.severity)
  if (stated !== 'unknown') return stated
  for (const a of affected) {
    const s = severityWord(obj(a.ecosystem_specific)?.severity)
    if (s !== 'unknown') return s
  }
  for (const s of list(record.severity).map(obj)) {
    const score = str(s?.score)
    if (score === undefined) continue
    const value = cvss3BaseScore(score)
    if (value !== undefined) return ratingOf(value)
  }
  return 'unknown'
}

const sameName = (ecosystem: string, a: string, b: string) => (ecosystem === 'pypi' || ecosystem === 'composer' || ecosystem === 'nuget' ? a.toLowerCase().replace(/[-_.]+/g, '-') === b.toLowerCase().replace(/[-_.]+/g, '-') : a === b)

/**
 * The first release that fixes the version asked about: the `fixed` event that closes the range the version is in
 * (`introduced 2.13.0, fixed 2.15.0` for 2.14.1, not the 2.12.2 backport); else the lowest `fixed` above it.
 */
export function fixedFor(ecosystem: Ecosystem, version: string, affected: Json[]): string | undefined {
  const cmp = (a: string, b: string) => compareVersions(ecosystem, a, b)
  const v = osvVersion(version)
  let closing: string | undefined
  let above: string | undefined
  const lower = (current: string | undefined, next: string) => (current === undefined || (cmp(next, current) ?? 0) < 0 ? next : current)
  for (const a of affected) {
    for (const range of list(a.ranges).map(obj)) {
      const type = str(range?.type)
      if (type !== 'ECOSYSTEM' && type !== 'SEMVER') continue
      let introduced: string | undefined
      for (const event of list(range?.events).map(obj)) {
        const intro = str(event?.introduced)
        const fixed = str(event?.fixed)
        if (intro !== undefined) introduced = intro
        if (fixed === undefined) continue
        const after = cmp(fixed, v)
        if (after === undefined || after <= 0) {
          introduced = undefined
          continue
        }
        above = lower(above, fixed)
        const started = introduced === undefined || introduced === '0' || (cmp(v, introduced) ?? -1) >= 0
        if (started) closing = lower(closing, fixed)
        introduced = undefined
      }
    }
  }
  return closing ?? above
}

function advisoryOf(record: Json, q: AdvisoryQuery, origin: string): Advisory {
  const id = str(record.id)!
  const eco = osvEcosystem(q.ecosystem)
  const affected = list(record.affected)
    .map(obj)
    .filter((a): a is Json => a !== undefined && str(obj(a.package)?.ecosystem)?.split(':')[0] === eco && sameName(q.ecosystem, str(obj(a.package)?.name) ?? '', q.name))
  const summary = (str(record.summary) ?? str(record.details)?.split('\n').find((l) => l.trim() !== '') ?? '').replace(/\s+/g, ' ').trim()
  const fixed = fixedFor(q.ecosystem, q.version, affected)
  return {
    id,
    aliases: list(record.aliases).filter((a): a is string => typeof a === 'string'),
    summary: summary.length > 160 ? `${summary.slice(0, 157)}...` : summary,
    severity: severityOf(record, affected),
    url: id.startsWith('GHSA-') ? `https://github.com/advisories/${id}` : `https://osv.dev/vulnerability/${id}`,
    ...(fixed !== undefined ? { fixed } : {}),
    origin
  }
}
