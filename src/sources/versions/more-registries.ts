/**
 * Maven Central (`maven-metadata.xml` for the versions, the search API's `core=gav` listing for their dates),
 * Packagist (the Composer v2 metadata `p2/<vendor>/<package>.json`, minified) and OCI registries other than Docker Hub
 * (the registry v2 tag list, with the anonymous bearer token their `WWW-Authenticate` challenge names).
 */
import { loadXml, XMLParserClass } from '../../analyzers/xml-parser.js'
import type { Ecosystem } from '../../analyzers/dependencies/dependency.js'
import type { Lookup } from '../../analyzers/dependencies/version-lookup.js'
import { compareVersions, isStable } from '../../analyzers/dependencies/versioning.js'
import type { HttpResult, RegistryClient } from './registry-client.js'

type Json = Record<string, unknown>
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)

function unavailable(result: Extract<HttpResult, { kind: 'failed' }>): Lookup {
  return { status: 'unavailable', reason: result.reason }
}

function newestStable(ecosystem: Ecosystem, versions: string[]): string | undefined {
  let best: string | undefined
  for (const v of versions) {
    if (!isStable(ecosystem, v)) continue
    if (best === undefined || (compareVersions(ecosystem, v, best) ?? 0) > 0) best = v
  }
  return best
}

/** `20231201123456` (maven-metadata's lastUpdated) -> `2023-12-01T12:34:56Z`. */
function metadataTime(stamp: string | undefined): string | undefined {
  const m = stamp === undefined ? null : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp)
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined
}

/** `group:artifact` on Maven Central: 1 request for the versions, 1 (best effort) for their release dates. */
export async function lookupMaven(client: RegistryClient, base: string, search: string, name: string): Promise<Lookup> {
  const [group, artifact] = name.split(':')
  if (group === undefined || artifact === undefined || group === '' || artifact === '' || /[^\w.-]/.test(group + artifact)) return { status: 'not-found' }
  const url = `${base}${group.replace(/\./g, '/')}/${artifact}/maven-metadata.xml`
  const result = await client.getText(url)
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  let versioning: Json | undefined
  await loadXml()
  try {
    const doc = new (XMLParserClass())({ ignoreAttributes: true, parseTagValue: false, isArray: (tag) => tag === 'version' }).parse(String(result.body)) as Json
    versioning = obj(obj(doc.metadata)?.versioning)
  } catch {
    versioning = undefined
  }
  const host = new URL(url).host
  if (versioning === undefined) return { status: 'unavailable', reason: `${host} gave a maven-metadata.xml that cannot be read for ${name}` }
  const versions = (Array.isArray(obj(versioning.versions)?.version) ? (obj(versioning.versions)!.version as unknown[]) : []).map(str).filter((v): v is string => v !== undefined)
  const newest = newestStable('maven', versions)
  // Guava publishes each release twice (`33.4.0-android`, `33.4.0-jre`): of equal versions, the one metadata names.
  const release = str(versioning.release)
  const latest = newest !== undefined && release !== undefined && versions.includes(release) && isStable('maven', release) && compareVersions('maven', release, newest) === 0 ? release : newest
  if (latest === undefined) return { status: 'unavailable', reason: `${host} lists no stable version of ${name}` }
  const dates: Record<string, string> = {}
  const q = encodeURIComponent(`g:"${group}" AND a:"${artifact}"`)
  const listing = await client.getJson(`${search}solrsearch/select?q=${q}&core=gav&rows=200&wt=json`)
  if (listing.kind === 'ok') {
    const docs = obj(obj(listing.body)?.response)?.docs
    for (const d of Array.isArray(docs) ? docs : []) {
      const v = str(obj(d)?.v)
      const t = obj(d)?.timestamp
      if (v !== undefined && typeof t === 'number' && Number.isFinite(t)) dates[v] = new Date(t).toISOString()
    }
  }
  const latestDate = dates[latest] ?? (str(versioning.release) === latest ? metadataTime(str(versioning.lastUpdated)) : undefined)
  return { status: 'found', info: { latest, ...(Object.keys(dates).length > 0 ? { dates } : {}), ...(latestDate ? { latestDate } : {}), origin: host } }
}

/** Composer v2 metadata: one request; entries after the first carry only what changed (`__unset` drops a key). */
export async function lookupPackagist(client: RegistryClient, base: string, name: string): Promise<Lookup> {
  const lower = name.toLowerCase()
  if (!/^[a-z0-9]([_.-]?[a-z0-9]+)*\/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$/.test(lower)) return { status: 'not-found' }
  const url = `${base}p2/${lower}.json`
  const result = await client.getJson(url)
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  const host = new URL(url).host
  const entries = obj(obj(result.body)?.packages)?.[lower]
  if (!Array.isArray(entries)) return { status: 'unavailable', reason: `${host} gave no version list for ${lower}` }
  const dates: Record<string, string> = {}
  const live: string[] = []
  let current: Json = {}
  let abandoned: unknown
  for (const [i, raw] of entries.entries()) {
    const entry = obj(raw)
    if (entry === undefined) continue
    current = { ...current, ...entry }
    for (const [k, v] of Object.entries(current)) if (v === '__unset') delete current[k]
    if (i === 0) abandoned = current.abandoned
    const version = str(current.version)?.replace(/^v(?=\d)/, '')
    if (version === undefined) continue
    live.push(version)
    const time = str(current.time)
    if (time !== undefined) dates[version] = time
  }
  const latest = newestStable('composer', live)
  if (latest === undefined) return { status: 'unavailable', reason: `${host} lists no stable version of ${lower}` }
  const deprecated = abandoned === true ? 'its maintainers mark it abandoned' : typeof abandoned === 'string' && abandoned !== '' ? `its maintainers mark it abandoned; use ${abandoned}` : undefined
  return { status: 'found', info: { latest, dates, ...(dates[latest] ? { latestDate: dates[latest] } : {}), ...(deprecated ? { deprecated } : {}), origin: host } }
}

/**
 * The public registries looked up (a name elsewhere is private or unknown: not asked, so that a pull request cannot
 * make the gate call any host it names).
 */
export const PUBLIC_OCI_REGISTRIES = ['ghcr.io', 'quay.io', 'public.ecr.aws', 'mcr.microsoft.com', 'registry.k8s.io', 'gcr.io', 'registry.gitlab.com', 'docker.elastic.co', 'cgr.dev', 'nvcr.io']

/** `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/i:pull"` -> its parameters. */
export function parseChallenge(header: string): { realm: string; params: Record<string, string> } | undefined {
  const m = /^\s*Bearer\s+(.*)$/i.exec(header)
  if (!m) return undefined
  const params: Record<string, string> = {}
  for (const p of m[1]!.matchAll(/([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|([^,\s]*))/g)) params[p[1]!.toLowerCase()] = p[2] ?? p[3] ?? ''
  const realm = params.realm
  if (realm === undefined || realm === '') return undefined
  delete params.realm
  return { realm, params }
}

const TAG = /^v?\d+(\.\d+){0,2}$/
const PAGES = 4

/**
 * A registry v2 tag list: `GET /v2/<repo>/tags/list`; on 401 with a Bearer challenge, an anonymous token from the
 * realm (on the registry's own host) and the request again; `Link: <...>; rel="next"` pages followed up to 4.
 * Costs 1 request (MCR: no token) or 3 (GHCR, Quay, ECR Public), plus one per further page.
 */
export async function lookupOci(client: RegistryClient, hosts: Record<string, string>, image: string): Promise<Lookup> {
  const slash = image.indexOf('/')
  const registry = image.slice(0, slash).toLowerCase()
  const repo = image.slice(slash + 1).toLowerCase()
  const base = hosts[registry] ?? (PUBLIC_OCI_REGISTRIES.includes(registry) ? `https://${registry}/` : undefined)
  if (base === undefined || repo === '' || !/^[a-z0-9._/-]+$/.test(repo)) return { status: 'not-found' }
  const origin = new URL(base)
  let authorization: string | undefined
  const tags: string[] = []
  let next: string | undefined = `${base}v2/${repo}/tags/list?n=1000`
  for (let page = 0; page < PAGES && next !== undefined; page++) {
    let result = await client.getJson(next, authorization ? { authorization } : {})
    if (result.kind === 'failed' && result.status === 401 && authorization === undefined) {
      const challenge = result.challenge === undefined ? undefined : parseChallenge(result.challenge)
      // No bearer challenge (Basic): a private registry. A realm on another host is not followed.
      if (challenge === undefined) return { status: 'not-found' }
      let realm: URL
      try {
        realm = new URL(challenge.realm)
      } catch {
        return { status: 'not-found' }
      }
      if (realm.host !== origin.host && !realm.host.endsWith(`.${origin.hostname}`)) return { status: 'not-found' }
      for (const [k, v] of Object.entries(challenge.params)) realm.searchParams.set(k, v)
      if (!realm.searchParams.has('scope')) realm.searchParams.set('scope', `repository:${repo}:pull`)
      const token = await client.getJson(realm.toString())
      // Anonymous pull refused: a private image, nothing to say.
      if (token.kind === 'not-found' || (token.kind === 'failed' && (token.status === 401 || token.status === 403))) return { status: 'not-found' }
      if (token.kind === 'failed') return unavailable(token)
      const value = str(obj(token.body)?.token) ?? str(obj(token.body)?.access_token)
      if (value === undefined) return { status: 'unavailable', reason: `${realm.host} gave no token for ${registry}/${repo}` }
      authorization = `Bearer ${value}`
      result = await client.getJson(next, { authorization })
    }
    if (result.kind === 'not-found' || (result.kind === 'failed' && (result.status === 401 || result.status === 403))) return page === 0 ? { status: 'not-found' } : { status: 'unavailable', reason: `${origin.host} refused page ${page + 1} of the tags of ${repo}` }
    if (result.kind === 'failed') return unavailable(result)
    const listed = obj(result.body)?.tags
    for (const t of Array.isArray(listed) ? listed : []) if (typeof t === 'string') tags.push(t)
    const link = result.headers?.get('link') ?? undefined
    const target = link === undefined ? undefined : /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1]
    next = target === undefined ? undefined : new URL(target, base).toString()
    if (next !== undefined && new URL(next).host !== origin.host) next = undefined
  }
  const latest = newestStable('docker', tags.filter((t) => TAG.test(t)))
  if (latest === undefined) return { status: 'not-found' }
  return { status: 'found', info: { latest, origin: origin.host } }
}
