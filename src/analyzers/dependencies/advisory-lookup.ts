/**
 * The port through which `outdated-dependency/vulnerable` learns the published advisories of a package version.
 * The online implementation is `src/sources/advisories` (the npm registry's bulk advisory endpoint and OSV), which
 * the version source also serves, so that both share one cache and one request budget. Without one, nothing is
 * looked up (advisories are never bundled: a snapshot of them would be stale on the day it ships). Implementations
 * never throw: a failure is `unavailable`.
 */
import type { Ecosystem } from './dependency.js'

/** The key under `ctx.services`; the version source (`services.versions`) is asked when nothing is set here. */
export const ADVISORY_SERVICE = 'advisories'

/** The GitHub advisory database's scale (what `npm audit`, dependency-review-action and OSV's GHSA records use). */
export const ADVISORY_SEVERITIES = ['low', 'moderate', 'high', 'critical'] as const
export type AdvisorySeverity = (typeof ADVISORY_SEVERITIES)[number] | 'unknown'

export interface Advisory {
  /** `GHSA-jfh8-c2jp-5v3q`, `PYSEC-2023-62`, `RUSTSEC-2021-0078`, or the npm advisory number. */
  id: string
  /** CVE and other ids of the same advisory. */
  aliases: string[]
  summary: string
  severity: AdvisorySeverity
  url?: string
  /** The first release after the version asked about that is no longer affected, when the advisory names one. */
  fixed?: string
  /** Where it came from, for messages: `api.osv.dev`, `registry.npmjs.org`. */
  origin: string
}

export interface AdvisoryQuery {
  ecosystem: Ecosystem
  name: string
  version: string
}

export type AdvisoryAnswer = { status: 'found'; advisories: Advisory[] } | { status: 'unavailable'; reason: string }

export interface AdvisoryLookup {
  /** One answer per query, keyed by `advisoryKey(query)`; every query gets an answer. */
  advisories(queries: AdvisoryQuery[]): Promise<Map<string, AdvisoryAnswer>>
}

export function advisoryKey(query: AdvisoryQuery): string {
  return `${query.ecosystem}:${query.name}@${query.version}`
}

export function isAdvisoryLookup(value: unknown): value is AdvisoryLookup {
  return typeof value === 'object' && value !== null && typeof (value as { advisories?: unknown }).advisories === 'function'
}

export function severityOrder(severity: AdvisorySeverity): number {
  return severity === 'unknown' ? 0 : ADVISORY_SEVERITIES.indexOf(severity) + 1
}
