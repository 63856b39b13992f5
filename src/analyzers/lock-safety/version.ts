/**
 * The database server version the lock rules judge against: `postgres.version` / `mysql.version` in .prodguard.yml,
 * else what the repository declares (see server-version.ts), else a current release. What is safe depends on it:
 * `ADD COLUMN ... DEFAULT` rewrites before PostgreSQL 11, `REINDEX CONCURRENTLY` exists from 12, MySQL's INSTANT
 * ADD COLUMN from 8.0.12.
 */
export interface ServerVersion {
  major: number
  minor: number
  patch: number
  /** Where it came from, for messages: `postgres.version`, `docker-compose.yml`, or `assumed`. */
  source: string
  /**
   * Set on a probe (a file read before the scan has seen the files that declare the version): every version a rule
   * compares against is noted here, so the findings can be worked out for each range of versions between them.
   */
  consulted?: Map<string, Triple>
}

export type Triple = [number, number, number]

/** Stands for the version in the messages of a probe; replaced by `describe` of the settled version. */
export const VERSION_MARK = '\u0000server-version\u0000'

/** Assumed when nothing says: the current releases (PostgreSQL 19 brings REPACK; MySQL 8.4 is the LTS line). */
export const ASSUMED_POSTGRES = '19'
export const ASSUMED_MYSQL = '8.4.0'

/** `16`, `16.4`, `8.0.29`, `5.7`, `v15`, `15-alpine` -> a version; undefined when it does not start with a number. */
export function parseVersion(text: string, source: string): ServerVersion | undefined {
  const m = /^v?(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,4}))?/.exec(text.trim())
  if (m === null) return undefined
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), patch: Number(m[3] ?? 0), source }
}

/** a >= b, on major.minor.patch. */
export function atLeast(version: ServerVersion, major: number, minor = 0, patch = 0): boolean {
  version.consulted?.set(`${major}.${minor}.${patch}`, [major, minor, patch])
  if (version.major !== major) return version.major > major
  if (version.minor !== minor) return version.minor > minor
  return version.patch >= patch
}

export function describe(version: ServerVersion): string {
  if (version.consulted !== undefined) return VERSION_MARK
  const text = version.minor === 0 && version.patch === 0 ? String(version.major) : `${version.major}.${version.minor}${version.patch ? `.${version.patch}` : ''}`
  return version.source === 'assumed' ? `${text} (assumed: no version declared)` : `${text} (${version.source})`
}
