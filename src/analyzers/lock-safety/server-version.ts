/**
 * Which PostgreSQL / MySQL the repository runs, read from the files that declare it: compose and Kubernetes image
 * tags (`postgres:16-alpine`, `mysql:8.0.36`), a Dockerfile's `FROM`, Terraform's `engine_version` next to its
 * `engine` (RDS, Aurora), Cloud SQL's `database_version = "POSTGRES_15"`. Several declarations: the lowest wins,
 * because the rules are stricter on older servers. Kept to a few regular expressions on purpose: a setting
 * (`postgres.version`) beats any of it.
 */
import type { SourceText } from '../analyzer.js'
import { atLeast, parseVersion, type ServerVersion } from './version.js'

export type Engine = 'postgres' | 'mysql'

/** Files that can declare a server version. */
export const DECLARING_FILE = /(?:^|\/)(?:(?:docker-)?compose[^/]*\.ya?ml|[^/]*\.dockerfile|Dockerfile[^/]*|[^/]+\.tf|[^/]*(?:deployment|statefulset|values)[^/]*\.ya?ml)$/i

const IMAGE = /(?:image:\s*|^[ \t]*FROM[ \t]+(?:--platform=\S+[ \t]+)?)["']?(?:[\w.-]+(?::\d+)?\/)*(postgres|postgresql|postgis|mysql|percona-server|percona)(?:\/[\w.-]+)?:([\w.-]+)/gim
/** `engine = "postgres"` and `engine_version = "15.4"`, paired when within 2,000 characters of each other (one resource). */
const TF_SETTING = /\b(engine|engine_version)\s*=\s*"([^"\n]*)"/g
const TF_ENGINE = /^(?:aurora-postgresql|postgres|aurora-mysql|mysql)$/
const TF_PAIR_DISTANCE = 2000
const CLOUD_SQL = /\bdatabase_version\s*=\s*"(POSTGRES|MYSQL)_(\d+)(?:_(\d+))?"/g

function engineOf(name: string): Engine {
  return /postg/i.test(name) ? 'postgres' : 'mysql'
}

function keepLowest(found: Map<Engine, ServerVersion>, engine: Engine, version: ServerVersion | undefined): void {
  if (version === undefined) return
  const current = found.get(engine)
  if (current === undefined || !atLeast(version, current.major, current.minor, current.patch)) found.set(engine, version)
}

export function declaredVersions(files: Iterable<SourceText>): Map<Engine, ServerVersion> {
  const found = new Map<Engine, ServerVersion>()
  for (const file of files) {
    if (!DECLARING_FILE.test(file.path)) continue
    for (const m of file.text.matchAll(IMAGE)) {
      // postgis tags are `<postgres>-<postgis>`; `latest` and digests tell nothing
      keepLowest(found, engineOf(m[1]!), parseVersion(m[2]!, file.path))
    }
    if (!file.path.endsWith('.tf')) continue
    // two linear scans' worth: a window regex (`engine ... [\s\S]{0,2000}? engine_version`) rescans 2,000 characters
    // after every `engine =`
    let open: { key: string; value: string; end: number } | undefined
    for (const m of file.text.matchAll(TF_SETTING)) {
      const key = m[1]!
      const value = m[2]!
      if (open !== undefined && open.key !== key && m.index - open.end <= TF_PAIR_DISTANCE) {
        const engine = key === 'engine' ? value : open.value
        const version = key === 'engine' ? open.value : value
        // aurora-mysql's `8.0.mysql_aurora.3.05.2`, aurora-postgresql's `15.4`; a redis block's version is its own
        if (TF_ENGINE.test(engine)) keepLowest(found, engineOf(engine), parseVersion(version, file.path))
        open = undefined
      } else {
        open = { key, value, end: m.index + m[0].length }
      }
    }
    for (const m of file.text.matchAll(CLOUD_SQL)) keepLowest(found, engineOf(m[1]!), parseVersion(`${m[2]}.${m[3] ?? 0}`, file.path))
  }
  return found
}
