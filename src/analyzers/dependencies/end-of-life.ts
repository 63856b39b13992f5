/**
 * End-of-life knowledge: the bundled endoflife.date snapshot (`rules/outdated-dependency/eol.json`) and the alias
 * table that says which product an image, a version file, a Terraform engine or a package is
 * (`rules/outdated-dependency/aliases.yml`). "Now" is always an argument.
 */
import { matchGlob } from '../../config/globs.js'
import type { Knowledge } from '../../knowledge/knowledge.js'
import type { Dependency, Ecosystem } from './dependency.js'
import { numericSegments } from './versioning.js'

export const EOL_FILE = 'outdated-dependency/eol.json'
export const ALIASES_FILE = 'outdated-dependency/aliases.yml'

export interface EolRelease {
  name: string
  codename?: string
  label?: string
  releaseDate?: string
  lts?: string | boolean
  /** End of active support (bug fixes), when the product distinguishes it. */
  eoas?: string | boolean
  /** End of life: a date, `true` (ended, date unknown) or `false` (not announced). */
  eol: string | boolean
  /** End of extended support (Debian LTS, Ubuntu ESM, RDS extended support), when the product has it. */
  eoes?: string | boolean
  latest?: string
  latestDate?: string
}

export interface EolProduct {
  label: string
  category?: string
  releases: EolRelease[]
}

export interface EolSnapshot {
  source: string
  /** The date of the data (not of the file). */
  dataDate: string
  products: Record<string, EolProduct>
}

export interface Aliases {
  images: Record<string, string>
  mirrors: string[]
  movingTags: string[]
  codenames: Record<string, Record<string, string>>
  tools: Record<string, string>
  terraform: Record<string, Record<string, string>>
  packages: Partial<Record<Ecosystem, Record<string, string>>>
  followsRuntime: Partial<Record<Ecosystem, string[]>>
  securityEndsAtEoas?: string[]
  /** Images whose tag names another product's line (`timescale/timescaledb:2.11.2-pg13` is PostgreSQL 13). */
  tagProducts?: Record<string, { product: string; pattern: string }>
  /** Images whose name carries product lines (`gcr.io/distroless/nodejs18-debian11`): one product per capture group. */
  namePatterns?: { pattern: string; products: string[] }[]
  /** Products whose extended support is free (Debian LTS): it counts as supported under `extendedSupport: free`. */
  freeExtendedSupport?: string[]
}

/** Which extended support counts as supported: `free` (default: Debian LTS yes, Ubuntu ESM no), `all`, or `none`. */
export type ExtendedSupport = 'free' | 'all' | 'none'

/** A product a dependency runs, and the version to read its release line from. */
export interface ProductUse {
  product: string
  version: string
  /** Why: `node:16-alpine3.15 -> alpine-linux 3.15`. */
  via: string
}

export type EolStatus =
  | { kind: 'ended'; on?: string }
  | { kind: 'ending'; on: string; days: number }
  | { kind: 'supported' }

const DAY = 24 * 60 * 60 * 1000

/** When support ends, as a number to compare: `false` (no end announced) is the latest, `true` (ended) the earliest. */
function supportEnds(eol: string | boolean): number {
  if (eol === false) return Number.POSITIVE_INFINITY
  if (eol === true) return Number.NEGATIVE_INFINITY
  const at = Date.parse(`${eol}T00:00:00Z`)
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : at
}

export class EndOfLife {
  readonly snapshot: EolSnapshot
  readonly aliases: Aliases

  constructor(
    knowledge: Knowledge,
    private readonly extended: ExtendedSupport = 'free'
  ) {
    this.snapshot = knowledge.load<EolSnapshot>(EOL_FILE)
    this.aliases = knowledge.load<Aliases>(ALIASES_FILE)
  }

  /** Does this product's extended support count as supported under the setting? */
  countsExtended(product: string): boolean {
    if (this.extended === 'all') return true
    if (this.extended === 'none') return false
    return this.aliases.freeExtendedSupport?.includes(product) ?? false
  }

  label(product: string): string {
    return this.snapshot.products[product]?.label ?? product
  }

  knows(product: string): boolean {
    return this.snapshot.products[product] !== undefined
  }

  /** The release line a version belongs to: the most specific known cycle; a bare major means the newest under it. */
  releaseOf(product: string, version: string): EolRelease | undefined {
    const releases = this.snapshot.products[product]?.releases
    if (releases === undefined) return undefined
    const wanted = version.trim().toLowerCase()
    const exact = releases.find((r) => r.name.toLowerCase() === wanted)
    if (exact) return exact
    const segments = numericSegments(wanted)
    if (segments === undefined) return undefined
    for (let n = segments.length; n >= 1; n--) {
      const prefix = segments.slice(0, n).join('.')
      const hit = releases.find((r) => r.name === prefix)
      if (hit) return hit
    }
    // A bare major (`mysql:8`, `mongo:7`) names no line: judge it by the best-supported line under it, so an ended
    // side line (MongoDB 7.3, a rapid release) never makes a supported image (`mongo:7` is 7.0) look end-of-life.
    if (segments.length === 1) {
      const under = releases.filter((r) => r.name.startsWith(`${segments[0]}.`))
      return under.reduce<EolRelease | undefined>((best, r) => (best === undefined || supportEnds(this.endOf(product, r)) > supportEnds(this.endOf(product, best)) ? r : best), undefined)
    }
    return undefined
  }

  /**
   * A version older than every numbered line the data lists, when the oldest listed lines have all ended: it is past
   * its end too (a maintainer still patching an older line would have it listed), on a date the data does not give.
   * Returns the oldest listed line, for the message; undefined when the version is newer than some listed line, or
   * the oldest lines are not all ended at `now` (then the line stays unknown). `22.3` of ClickHouse, whose data
   * starts at 25.1; `2.30` of Prometheus. With `under`, only the lines below that major count (Jenkins lists its
   * weekly line as `2` and its LTS lines as `2.346` ... `2.568`: 2.60.3 is older than every LTS line).
   */
  olderThanListed(product: string, version: string, now: Date, under?: string): { line: string; oldest: EolRelease; on?: string } | undefined {
    const segments = numericSegments(version.trim())
    const releases = this.snapshot.products[product]?.releases
    if (segments === undefined || releases === undefined) return undefined
    const numbered = releases
      .filter((r) => under === undefined || r.name.startsWith(`${under}.`))
      .map((r) => ({ r, at: /^\d+(\.\d+)*$/.test(r.name) ? r.name.split('.').map(Number) : undefined }))
      .filter((x): x is { r: EolRelease; at: number[] } => x.at !== undefined)
    // Two lines at least: with one, "older than everything" says little.
    if (numbered.length < 2) return undefined
    const compare = (a: number[], b: number[]) => {
      for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0)
      return 0
    }
    const ordered = numbered.sort((x, y) => compare(x.at, y.at))
    const oldest = ordered[0]!
    const line = segments.slice(0, oldest.at.length)
    // Below the oldest listed line, and on none of its majors' lines: 2.30 is older than 2.36, 3.1 is not below 3.4 if 3 itself is listed.
    if (compare(line, oldest.at) >= 0) return undefined
    if (ordered.slice(0, 2).some((x) => this.status(product, x.r, now, 0).kind !== 'ended')) return undefined
    const end = this.endOf(product, oldest.r)
    return { line: line.join('.'), oldest: oldest.r, ...(typeof end === 'string' ? { on: end } : {}) }
  }

  /**
   * When security fixes stop: the `eol` column, or `eoas` for products listed in `securityEndsAtEoas`; extended
   * support (`eoes`) when it counts (free extended support by default: Debian LTS).
   */
  endOf(product: string, release: EolRelease): string | boolean {
    if (this.aliases.securityEndsAtEoas?.includes(product) && release.eoas !== undefined && release.eoas !== false) return release.eoas
    if (release.eoes !== undefined && release.eoes !== true && this.countsExtended(product) && supportEnds(release.eoes) > supportEnds(release.eol)) return release.eoes
    return release.eol
  }

  /** Extended support this run does not count (paid), when it runs past the end of life: said in messages. */
  uncountedExtended(product: string, release: EolRelease): string | undefined {
    if (typeof release.eoes !== 'string' || this.countsExtended(product)) return undefined
    return supportEnds(release.eoes) > supportEnds(release.eol) ? release.eoes : undefined
  }

  status(product: string, release: EolRelease, now: Date, warnDays: number): EolStatus {
    const eol = this.endOf(product, release)
    if (eol === true) return { kind: 'ended' }
    if (eol === false) return { kind: 'supported' }
    const end = Date.parse(`${eol}T00:00:00Z`)
    if (Number.isNaN(end)) return { kind: 'supported' }
    if (end <= now.getTime()) return { kind: 'ended', on: eol }
    const days = Math.ceil((end - now.getTime()) / DAY)
    return days <= warnDays ? { kind: 'ending', on: eol, days } : { kind: 'supported' }
  }

  /**
   * Days a release line was supported, from its release to its end (as `endOf` counts it); undefined when either date
   * is unknown. A line whose window is short (Rust's six weeks, Neo4j's monthly lines) is replaced rather than retired.
   */
  supportWindowDays(product: string, release: EolRelease): number | undefined {
    const end = this.endOf(product, release)
    if (typeof end !== 'string' || release.releaseDate === undefined) return undefined
    const from = Date.parse(`${release.releaseDate}T00:00:00Z`)
    const to = Date.parse(`${end}T00:00:00Z`)
    if (Number.isNaN(from) || Number.isNaN(to) || to < from) return undefined
    return Math.round((to - from) / DAY)
  }

  /**
   * The day an ended short-lived line starts to block: its end plus `graceDays`, when its support window was shorter
   * than `shortLivedDays` and that day is still ahead of `now`; else undefined (the line blocks as end-of-life).
   */
  graceEnds(product: string, release: EolRelease, now: Date, shortLivedDays: number, graceDays: number): string | undefined {
    if (graceDays <= 0) return undefined
    const window = this.supportWindowDays(product, release)
    if (window === undefined || window >= shortLivedDays) return undefined
    const end = Date.parse(`${this.endOf(product, release) as string}T00:00:00Z`)
    const blocksFrom = end + graceDays * DAY
    return blocksFrom > now.getTime() ? new Date(blocksFrom).toISOString().slice(0, 10) : undefined
  }

  /** Days since the snapshot's data date. */
  ageInDays(now: Date): number {
    const at = Date.parse(`${this.snapshot.dataDate}T00:00:00Z`)
    return Number.isNaN(at) ? 0 : Math.floor((now.getTime() - at) / DAY)
  }

  /** The products a dependency runs: an image can be two (`python:3.8-slim-buster` is Python 3.8 on Debian 10). */
  productsOf(dep: Dependency): ProductUse[] {
    const version = dep.version ?? dep.range
    if (dep.ecosystem === 'docker') return this.imageProducts(dep.name, version)
    if (version === undefined) return []
    switch (dep.ecosystem) {
      case 'runtime':
        return this.runtimeProducts(dep.name, version)
      case 'terraform': {
        const [resource, engine] = dep.name.split(':')
        const product = this.aliases.terraform[resource ?? '']?.[engine ?? '']
        if (product === undefined) return []
        // OpenSearch domains say `OpenSearch_2.11`.
        const v = version.replace(/^(OpenSearch|Elasticsearch)_/, '')
        return [{ product, version: v, via: `${dep.name} ${version}` }]
      }
      default: {
        const table = this.aliases.packages[dep.ecosystem]
        if (table === undefined) return []
        // PyPI names normalize (PEP 503); NuGet package IDs are case-insensitive (the table lists them in lower case).
        const name = dep.ecosystem === 'pypi' ? dep.name.toLowerCase().replace(/[-_.]+/g, '-') : dep.ecosystem === 'nuget' ? dep.name.toLowerCase() : dep.name
        for (const [pattern, product] of Object.entries(table)) {
          if (pattern === name || matchGlob(name, pattern)) return [{ product, version, via: `${dep.name} ${version}` }]
        }
        return []
      }
    }
  }

  /** Registry mirrors of official images removed: `docker.io/library/node` -> `node`. */
  imageRepository(name: string): string {
    let repo = name.toLowerCase()
    for (const mirror of this.aliases.mirrors) {
      if (repo.startsWith(mirror)) {
        repo = repo.slice(mirror.length)
        break
      }
    }
    return repo
  }

  /** `latest`, no tag, or a moving word first (`lts-alpine`, `stable-alpine`, `current-bookworm`). */
  isMovingTag(tag: string | undefined): boolean {
    if (tag === undefined) return true
    const lower = tag.toLowerCase()
    return this.aliases.movingTags.includes(lower) || this.aliases.movingTags.includes(lower.split('-')[0]!)
  }

  /** The image's name carries its product lines (distroless `nodejs18-debian11`): no tag does not move across them. */
  namePinsLines(name: string): boolean {
    const repo = this.imageRepository(name)
    return (this.aliases.namePatterns ?? []).some((p) => new RegExp(p.pattern).test(repo))
  }

  private runtimeProducts(tool: string, version: string): ProductUse[] {
    const product = this.aliases.tools[tool.toLowerCase()] ?? (this.knows(tool) ? tool : undefined)
    if (product === undefined) return []
    let v = version.trim().replace(/^v(?=\d)/, '')
    const lts = /^lts\/(\w+)$/i.exec(v)
    if (lts) {
      const line = this.aliases.codenames[product]?.[lts[1]!.toLowerCase()]
      if (line === undefined) return []
      v = line
    }
    v = this.aliases.codenames[product]?.[v.toLowerCase()] ?? v
    return [{ product, version: v, via: `${tool} ${version}` }]
  }

  private imageProducts(name: string, tag: string | undefined): ProductUse[] {
    const repo = this.imageRepository(name)
    const out: ProductUse[] = []
    const display = tag === undefined ? name : `${name}:${tag}`
    for (const p of this.aliases.namePatterns ?? []) {
      const m = new RegExp(p.pattern).exec(repo)
      if (m) p.products.forEach((product, i) => m[i + 1] !== undefined && out.push({ product, version: m[i + 1]!, via: display }))
    }
    if (tag === undefined) return out
    const byTag = this.aliases.tagProducts?.[repo]
    const lowerTag = tag.toLowerCase()
    if (byTag !== undefined) {
      const m = new RegExp(byTag.pattern).exec(lowerTag)
      if (m?.[1] !== undefined) out.push({ product: byTag.product, version: m[1], via: display })
    }
    const product = byTag === undefined ? this.aliases.images[repo] : undefined
    const parts = lowerTag.split('-')
    const head = parts[0] ?? ''
    if (product !== undefined) {
      const codename = this.aliases.codenames[product]?.[head]
      // mssql tags read `2019-latest` (a year: codenames); plain versions read as themselves.
      const version = codename ?? (/^v?\d/.test(head) ? head.replace(/^v/, '') : undefined)
      if (version !== undefined) out.push({ product, version, via: display })
    }
    // Variants name the base OS: `-alpine3.15`, `-slim-buster`, `-jammy`, Bitnami's `-debian-11-r4`, `-ubuntu-22.04`.
    if (product === undefined && byTag === undefined) return out
    const rest = parts.slice(1)
    rest.forEach((part, i) => {
      const alpine = /^alpine(\d+\.\d+)/.exec(part)
      if (alpine) out.push({ product: 'alpine-linux', version: alpine[1]!, via: display })
      const numbered = /^(debian|ubuntu)(\d+(?:\.\d+)?)?$/.exec(part)
      if (numbered) {
        const os = numbered[1]!
        const version = numbered[2] ?? (/^\d+(\.\d+)?$/.test(rest[i + 1] ?? '') ? rest[i + 1] : undefined)
        if (version !== undefined && os !== product) out.push({ product: os, version, via: display })
      }
      for (const os of ['debian', 'ubuntu']) {
        const line = this.aliases.codenames[os]?.[part]
        if (line !== undefined && os !== product) out.push({ product: os, version: line, via: display })
      }
    })
    return out
  }
}
