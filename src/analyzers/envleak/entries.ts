/**
 * A configuration file as the env-leak rules see it: a list of entries, each a key path, a scalar value, the line
 * it is on and the environment it belongs to (the file's, or its section's: the `production:` key of database.yml,
 * a Spring profile document, a CI job deploying to production, a `%prod.` property).
 */
import type { Environment } from './environment.js'

export interface ConfigEntry {
  /** Key path segments: `['production', 'database', 'host']`, `['DATABASE_URL']`. */
  path: string[]
  value: string
  /** 1-based line of the value. */
  line: number
  env: Environment
}

/** The path as users read it: `production.database.host`, `jobs.deploy.env.API_URL`. */
export function keyPath(path: readonly string[]): string {
  return path.join('.')
}

/**
 * The canonical form rules match keys against: lower case, every `.`, `_`, `-` and camelCase boundary a single `.`,
 * a Quarkus `%prod.` profile prefix dropped. `spring.jpa.show-sql`, `SPRING_JPA_SHOW_SQL` and `spring.jpa.showSql`
 * are all `spring.jpa.show.sql`.
 */
export function canonicalKey(path: readonly string[]): string {
  const joined = path.join('\0')
  let canonical = canonicalCache.get(joined)
  if (canonical === undefined) {
    canonical = trimDots(
      path
        .filter((segment) => !/^\[\d+\]$/.test(segment))
        .map((segment) => segment.replace(/^%[\w-]+\./, ''))
        .join('.')
        .replace(/([a-z0-9])([A-Z])/g, '$1.$2')
        // `HTTPServer` -> `HTTP.Server`, linear: a lookahead, not a backtracking `[A-Z]+`.
        .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1.')
        .toLowerCase()
        .replace(/[^a-z0-9*]+/g, '.')
    )
    if (canonicalCache.size > 50000) canonicalCache.clear()
    canonicalCache.set(joined, canonical)
  }
  return canonical
}

const canonicalCache = new Map<string, string>()

function trimDots(s: string): string {
  let start = 0
  let end = s.length
  while (start < end && s.charCodeAt(start) === 46) start++
  while (end > start && s.charCodeAt(end - 1) === 46) end--
  return s.slice(start, end)
}

/** The last segment, canonical: `DB_HOST` -> `db.host`. */
export function canonicalName(path: readonly string[]): string {
  const names = path.filter((segment) => !/^\[\d+\]$/.test(segment))
  return canonicalKey(names.slice(-1))
}

/** Removes one level of matching quotes. */
export function unquote(value: string): string {
  const v = value.trim()
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'" || v[0] === '`') && v[v.length - 1] === v[0]) return v.slice(1, -1)
  return v
}
