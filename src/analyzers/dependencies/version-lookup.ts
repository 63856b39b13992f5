/**
 * The port through which the dependency rules learn the latest release of a package. The front door may hand the
 * analyzer an online implementation as `ctx.services.versions` (see `src/sources/versions`); without one the
 * analyzer uses the bundled snapshot only. Implementations never throw: a failure is `unavailable`.
 */
import type { Ecosystem } from './dependency.js'

/** The key under `ctx.services`. */
export const VERSION_SERVICE = 'versions'

export interface ReleaseInfo {
  /** The latest stable release. */
  latest: string
  /** Its release date (ISO 8601; a month `2026-11` when that is all that is known). */
  latestDate?: string
  /** Release dates by version, when known (for libyears). */
  dates?: Record<string, string>
  /** The date of the newest release of each line (major, or `0.x` minor), when per-version dates are not given. */
  lineDates?: Record<string, string>
  /** The date of the first release of each line. */
  lineStarts?: Record<string, string>
  /** Set when the package as a whole is deprecated (its latest release is). */
  deprecated?: string
  /** Deprecation notices of single versions. */
  deprecatedVersions?: Record<string, string>
  /** Where it came from, for messages: `registry.npmjs.org`, `bundled snapshot of 2026-11-25`. */
  origin: string
}

export type Lookup =
  | { status: 'found'; info: ReleaseInfo }
  /** The registry does not know the name (a private package): nothing to say. */
  | { status: 'not-found' }
  /** Offline, timed out, failed, over budget: fall back to the snapshot and say it could not be checked. */
  | { status: 'unavailable'; reason: string }

export interface VersionLookup {
  lookup(ecosystem: Ecosystem, name: string): Promise<Lookup>
}

export function isVersionLookup(value: unknown): value is VersionLookup {
  return typeof value === 'object' && value !== null && typeof (value as { lookup?: unknown }).lookup === 'function'
}
