/**
 * NuGet (nuget.org's v3 registration resource, `registration5-gz-semver2/<id>/index.json`): the versions, their
 * publication dates, which are listed and which are deprecated. A package with few versions has them inline in the
 * index (1 request); a large one has pages, of which the newest `MAX_PAGES` are fetched, on the index's own host only.
 */
import type { Lookup } from '../../analyzers/dependencies/version-lookup.js'
import { compareVersions, isStable, normalizeNugetVersion } from '../../analyzers/dependencies/versioning.js'
import type { HttpResult, RegistryClient } from './registry-client.js'

type Json = Record<string, unknown>
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** Pages fetched for a package whose index does not inline its versions (each holds up to 64). */
export const MAX_PAGES = 4

/** NuGet package IDs: letters, digits, `.`, `-`, `_` (nuget.org's rule); case-insensitive. */
const PACKAGE_ID = /^[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*$/

interface Leaf {
  version: string
  published?: string
  deprecated?: string
}

/** `CriticalBugs`, `Legacy` and the alternate package, as nuget.org shows them. */
function deprecationText(value: unknown): string | undefined {
  const d = obj(value)
  if (d === undefined) return undefined
  const reasons = list(d.reasons).map(str).filter((r): r is string => r !== undefined)
  const words = reasons.map((r): string | undefined => (r === 'CriticalBugs' ? 'it has critical bugs' : r === 'Legacy' ? 'legacy, no longer maintained' : undefined)).filter((w): w is string => w !== undefined)
  const message = str(d.message)?.trim()
  const alternate = str(obj(d.alternatePackage)?.id)
  const parts = [...words, ...(message ? [message] : []), ...(alternate ? [`use ${alternate}`] : [])]
  if (parts.length === 0) parts.push('marked deprecated by its owners')
  return parts.join('; ')
}

/** The leaves of one page: listed versions only (an unlisted version is hidden from installs). */
function leavesOf(page: Json): Leaf[] {
  const out: Leaf[] = []
  for (const raw of list(page.items)) {
    const entry = obj(obj(raw)?.catalogEntry)
    if (entry === undefined) continue
    const written = str(entry.version)
    const version = written === undefined ? undefined : (normalizeNugetVersion(written) ?? written.split('+')[0])
    if (version === undefined || version === '' || entry.listed === false) continue
    const published = str(entry.published)
    const deprecated = deprecationText(entry.deprecation)
    // nuget.org gives unlisted versions the date 1900-01-01.
    out.push({ version, ...(published !== undefined && !published.startsWith('1900-') ? { published } : {}), ...(deprecated ? { deprecated } : {}) })
  }
  return out
}

function unavailable(result: Extract<HttpResult, { kind: 'failed' }>): Lookup {
  return { status: 'unavailable', reason: result.reason }
}

export async function lookupNuget(client: RegistryClient, base: string, name: string): Promise<Lookup> {
  if (!PACKAGE_ID.test(name) || name.length > 100) return { status: 'not-found' }
  const id = name.toLowerCase()
  const url = `${base}${id}/index.json`
  const result = await client.getJson(url)
  if (result.kind === 'not-found') return { status: 'not-found' }
  if (result.kind === 'failed') return unavailable(result)
  const origin = new URL(url)
  const index = obj(result.body)
  const pages = list(index?.items).map(obj).filter((p): p is Json => p !== undefined)
  if (index === undefined || pages.length === 0) return { status: 'unavailable', reason: `${origin.host} gave no version list for ${id}` }
  const leaves: Leaf[] = []
  // Pages are in ascending version order: the newest are last.
  for (const [i, page] of pages.entries()) {
    if (Array.isArray(page.items)) {
      leaves.push(...leavesOf(page))
      continue
    }
    if (i < pages.length - MAX_PAGES) continue
    const at = str(page['@id'])
    let pageUrl: URL | undefined
    try {
      pageUrl = at === undefined ? undefined : new URL(at)
    } catch {
      pageUrl = undefined
    }
    // A page elsewhere than the index's own host is not followed.
    if (pageUrl === undefined || pageUrl.origin !== origin.origin) return { status: 'unavailable', reason: `${origin.host} named a page of ${id} that is not on ${origin.host}` }
    const answer = await client.getJson(pageUrl.href)
    if (answer.kind === 'failed') return unavailable(answer)
    const body = answer.kind === 'ok' ? obj(answer.body) : undefined
    if (body === undefined) return { status: 'unavailable', reason: `${origin.host} gave a page of ${id} that cannot be read` }
    leaves.push(...leavesOf(body))
  }
  let latest: Leaf | undefined
  for (const leaf of leaves) {
    if (!isStable('nuget', leaf.version)) continue
    if (latest === undefined || (compareVersions('nuget', leaf.version, latest.version) ?? 0) > 0) latest = leaf
  }
  if (latest === undefined) return { status: 'unavailable', reason: `${origin.host} lists no stable listed version of ${id}` }
  const dates: Record<string, string> = {}
  const deprecatedVersions: Record<string, string> = {}
  for (const leaf of leaves) {
    if (leaf.published !== undefined) dates[leaf.version] = leaf.published
    if (leaf.deprecated !== undefined) deprecatedVersions[leaf.version] = leaf.deprecated
  }
  return {
    status: 'found',
    info: {
      latest: latest.version,
      ...(latest.published !== undefined ? { latestDate: latest.published } : {}),
      ...(Object.keys(dates).length > 0 ? { dates } : {}),
      ...(latest.deprecated !== undefined ? { deprecated: latest.deprecated } : {}),
      ...(Object.keys(deprecatedVersions).length > 0 ? { deprecatedVersions } : {}),
      origin: origin.host
    }
  }
}
