/**
 * The latest release of each dependency: asked of the version service when the front door gave one, else (and
 * whenever the service cannot answer) read from the bundled snapshot. Curated deprecations and GitHub Actions majors
 * are bundled data too.
 */
import type { Knowledge } from '../../knowledge/knowledge.js'
import { dependencyKey, type Dependency, type Ecosystem } from './dependency.js'
import type { ReleaseInfo, VersionLookup } from './version-lookup.js'
import { compareVersions, majorOf } from './versioning.js'

export const LATEST_FILE = 'outdated-dependency/latest-versions.json'
export const ACTIONS_FILE = 'outdated-dependency/actions.yml'
export const DEPRECATED_FILE = 'outdated-dependency/deprecated.yml'

export interface LatestEntry {
  latest: string
  /** Release date (ISO) or month (`2026-11`) of `latest`. */
  released?: string
  deprecated?: string
  /** The date of the newest release of each older line (major, or `0.x` minor), for "unmaintained": `{ "3": "2024-05-01" }`. */
  lines?: Record<string, string>
  /** The date of the first release of each line. */
  lineStarts?: Record<string, string>
}

export interface LatestSnapshot {
  /** The oldest of `dates`: what the whole snapshot can be trusted to know. */
  dataDate: string
  /** The date of each ecosystem's part (when it was fetched, or the newest release it holds). */
  dates?: Partial<Record<Ecosystem, string>>
  sources: Partial<Record<Ecosystem, string>>
  packages: Partial<Record<Ecosystem, Record<string, LatestEntry>>>
}

export interface ActionsTable {
  dataDate: string
  latestMajor: Record<string, number>
  /** The date of the newest release (tag) of each major, from the action's tags: `{ actions/checkout: { 4: "2026-07-16" } }`. */
  lines?: Record<string, Record<string, string>>
  /** The date of the first release of each major, from the same tags. */
  firstReleases?: Record<string, Record<string, string>>
  retired: { action: string; below: number; since: string; why: string }[]
}

type DeprecationEntry = string | { below: string; message: string }
export type DeprecatedTable = { dataDate: string } & Partial<Record<Ecosystem, Record<string, DeprecationEntry>>>

/** What is known about one dependency's releases. */
export interface Resolution {
  info?: ReleaseInfo
  /** Set when an online check was wanted and failed, or the name is in no data at all. */
  unchecked?: string
}

/** Ecosystems with a "latest release" to compare against. */
const LOOKUP_ECOSYSTEMS: ReadonlySet<Ecosystem> = new Set(['npm', 'pypi', 'go', 'rubygems', 'cargo', 'maven', 'composer', 'nuget', 'docker', 'actions'])

export function wantsLatest(dep: Dependency): boolean {
  return dep.direct && LOOKUP_ECOSYSTEMS.has(dep.ecosystem)
}

/** PEP 503: `Django_REST.framework` and `django-rest-framework` are one project. */
export function normalizePackageName(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === 'pypi') return name.toLowerCase().replace(/[-_.]+/g, '-')
  if (ecosystem === 'composer' || ecosystem === 'docker' || ecosystem === 'actions' || ecosystem === 'nuget') return name.toLowerCase()
  return name
}

export class ReleaseData {
  private readonly latest: LatestSnapshot
  private readonly actions: ActionsTable
  private readonly deprecated: DeprecatedTable
  private goMajors: Map<string, { path: string; major: number }> | undefined

  constructor(knowledge: Knowledge) {
    this.latest = knowledge.load<LatestSnapshot>(LATEST_FILE)
    this.actions = knowledge.load<ActionsTable>(ACTIONS_FILE)
    this.deprecated = knowledge.load<DeprecatedTable>(DEPRECATED_FILE)
  }

  get dataDate(): string {
    return this.latest.dataDate
  }

  /** The bundled knowledge about a package, or undefined. */
  fromSnapshot(ecosystem: Ecosystem, rawName: string): ReleaseInfo | undefined {
    const name = normalizePackageName(ecosystem, rawName)
    if (ecosystem === 'actions') {
      const major = this.actions.latestMajor[actionRepository(name)]
      if (major === undefined) return undefined
      const strings = (table: Record<string, string> | undefined) => (table === undefined ? undefined : Object.fromEntries(Object.entries(table).map(([k, v]) => [k, String(v)])))
      const lines = strings(this.actions.lines?.[actionRepository(name)])
      const starts = strings(this.actions.firstReleases?.[actionRepository(name)])
      return { latest: `v${major}`, ...(lines ? { lineDates: lines } : {}), ...(starts ? { lineStarts: starts } : {}), origin: `bundled actions table of ${this.actions.dataDate}` }
    }
    const origin = `bundled snapshot of ${this.latest.dataDate}`
    const table = this.latest.packages[ecosystem]
    let entry = table?.[name]
    if (ecosystem === 'go' && table !== undefined) entry = this.newestGoMajor(table, name) ?? entry
    if (entry === undefined) return undefined
    return {
      latest: entry.latest,
      ...(entry.released !== undefined ? { latestDate: entry.released } : {}),
      ...(entry.deprecated !== undefined ? { deprecated: entry.deprecated } : {}),
      ...(entry.lines !== undefined ? { lineDates: entry.lines } : {}),
      ...(entry.lineStarts !== undefined ? { lineStarts: entry.lineStarts } : {}),
      origin
    }
  }

  /** The curated deprecation notice that applies to this version, if any. */
  curatedDeprecation(ecosystem: Ecosystem, rawName: string, version: string | undefined): string | undefined {
    const entry = this.deprecated[ecosystem]?.[normalizePackageName(ecosystem, rawName)]
    if (entry === undefined) return undefined
    if (typeof entry === 'string') return entry
    if (version === undefined) return undefined
    const cmp = compareVersions(ecosystem, version, entry.below)
    return cmp !== undefined && cmp < 0 ? entry.message : undefined
  }

  retiredAction(name: string, version: string | undefined): { since: string; why: string } | undefined {
    const major = version === undefined ? undefined : majorOf('actions', version)
    if (major === undefined) return undefined
    const repo = actionRepository(name.toLowerCase())
    return this.actions.retired.find((r) => r.action === repo && major < r.below)
  }

  /**
   * Latest releases for every dependency that has one, keyed by `dependencyKey`. Online first when a lookup is
   * given; a failed lookup falls back to the snapshot and is marked unchecked.
   */
  async resolve(deps: Dependency[], lookup: VersionLookup | undefined): Promise<Map<string, Resolution>> {
    const wanted = new Map<string, Dependency>()
    for (const dep of deps) if (wantsLatest(dep)) wanted.set(dependencyKey(dep), dep)
    const out = new Map<string, Resolution>()
    await Promise.all(
      [...wanted].map(async ([key, dep]) => {
        const snapshot = this.fromSnapshot(dep.ecosystem, dep.name)
        // Actions have no public registry without a token: the curated table is the source.
        if (lookup === undefined || dep.ecosystem === 'actions') {
          out.set(key, snapshot ? { info: snapshot } : { unchecked: 'not in the bundled data' })
          return
        }
        const found = await lookup.lookup(dep.ecosystem, dep.name)
        if (found.status === 'found') out.set(key, { info: found.info })
        else if (found.status === 'not-found') out.set(key, snapshot ? { info: snapshot } : {})
        else out.set(key, snapshot ? { info: snapshot, unchecked: found.reason } : { unchecked: found.reason })
      })
    )
    return out
  }

  /** Go majors are separate module paths (`.../v9`): the snapshot entry of the newest one. */
  private newestGoMajor(table: Record<string, LatestEntry>, name: string): LatestEntry | undefined {
    if (this.goMajors === undefined) {
      this.goMajors = new Map()
      for (const path of Object.keys(table)) {
        const m = /^(.*?)(?:\/v(\d+))?$/.exec(path)!
        const base = m[1]!
        const major = m[2] === undefined ? 1 : Number(m[2])
        const known = this.goMajors.get(base)
        if (known === undefined || known.major < major) this.goMajors.set(base, { path, major })
      }
    }
    const base = name.replace(/\/v\d+$/, '')
    const newest = this.goMajors.get(base)
    return newest === undefined ? undefined : table[newest.path]
  }
}

/** `actions/cache/save` and `actions/cache` are one action. */
export function actionRepository(name: string): string {
  return name.split('/').slice(0, 2).join('/')
}
