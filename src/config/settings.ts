/** The resolved configuration: `.prodguard.yml` merged over defaults. Analyzers read it; they never read the file. */
import type { RuleLevel } from '../findings/finding.js'

export type FailOn = 'block' | 'warn' | 'never'

export type SqlDialectSetting =
  | 'auto'
  | 'postgresql'
  | 'mysql'
  | 'mariadb'
  | 'sqlite'
  | 'tsql'
  | 'bigquery'
  | 'snowflake'
  | 'redshift'
  | 'db2'
  | 'hive'
  | 'athena'
  | 'trino'
  | 'flinksql'
  | 'noql'

export interface MajorsBehind {
  block: number
  warn: number
}

export interface DependencyOverride {
  match: string
  majorsBehind?: Partial<MajorsBehind>
  eol?: RuleLevel
  level?: RuleLevel
}

export interface Settings {
  failOn: FailOn
  offline: boolean
  ignore: string[]
  rules: Record<string, RuleLevel>
  paths: { migrations: string[]; production: string[]; nonProduction: string[] }
  sql: { dialect: SqlDialectSetting; downMigrations: RuleLevel }
  approvals: { required: number; users: string[]; teams: string[]; allowAuthor: false; allowCommitters: boolean }
  dependencies: {
    majorsBehind: MajorsBehind
    eol: RuleLevel
    eolWarnDays: number
    /** A release line supported for fewer days than this is short-lived (Rust, Neo4j, Keycloak, GitLab lines). */
    eolShortLivedDays: number
    /** Days an ended short-lived line warns ("it blocks from DATE") before it blocks as end-of-life. */
    eolGraceDays: number
    devScope: RuleLevel
    ignore: string[]
    /** Paths (globs) scanned although they are test fixtures or examples (out of scope by default). */
    include: string[]
    /** Which extended support counts as supported: free (Debian LTS; the default), all (paid too: Ubuntu ESM, RDS), none. */
    extendedSupport: 'free' | 'all' | 'none'
    /** The advisory severity from which `outdated-dependency/vulnerable` blocks (dependency-review-action's fail-on-severity); below it warns. */
    failOnSeverity: 'low' | 'moderate' | 'high' | 'critical'
    overrides: DependencyOverride[]
  }
  secrets: { allow: string[] }
  limits: { maxFileBytes: number }
  /** Database server versions the lock-safety rules judge against (unset: detected from the repository, else current). */
  postgres: { version?: string | number; assumeInTransaction?: boolean; timeoutsBefore?: 'blocking' | 'any-ddl' }
  mysql: { version?: string | number }
}

export function defaultSettings(): Settings {
  return {
    failOn: 'block',
    offline: false,
    ignore: [],
    rules: {},
    paths: { migrations: [], production: [], nonProduction: [] },
    sql: { dialect: 'auto', downMigrations: 'warn' },
    approvals: { required: 1, users: [], teams: [], allowAuthor: false, allowCommitters: false },
    dependencies: {
      // Behind on a maintained line only warns; `unmaintained` and `end-of-life` block. A number opts in to blocking.
      majorsBehind: { block: Number.POSITIVE_INFINITY, warn: 1 },
      eol: 'block',
      eolWarnDays: 90,
      eolShortLivedDays: 183,
      eolGraceDays: 90,
      devScope: 'warn',
      ignore: [],
      include: [],
      extendedSupport: 'free',
      failOnSeverity: 'high',
      overrides: []
    },
    secrets: { allow: [] },
    limits: { maxFileBytes: 16 * 1024 * 1024 },
    postgres: {},
    mysql: {}
  }
}

/** The shape of `.prodguard.yml` after schema validation: every key optional. */
export interface ConfigFile {
  $schema?: string
  extends?: string | string[]
  version?: 1
  failOn?: FailOn
  offline?: boolean
  ignore?: string[]
  rules?: Record<string, RuleLevel>
  paths?: Partial<Settings['paths']>
  sql?: Partial<Settings['sql']>
  approvals?: Partial<Settings['approvals']>
  dependencies?: Partial<Omit<Settings['dependencies'], 'majorsBehind'>> & { majorsBehind?: Partial<MajorsBehind> }
  secrets?: Partial<Settings['secrets']>
  limits?: Partial<Settings['limits']>
  postgres?: Settings['postgres']
  mysql?: Settings['mysql']
}

export function resolveSettings(file: ConfigFile | undefined): Settings {
  const d = defaultSettings()
  if (file === undefined) return d
  return {
    failOn: file.failOn ?? d.failOn,
    offline: file.offline ?? d.offline,
    ignore: file.ignore ?? d.ignore,
    rules: { ...d.rules, ...file.rules },
    paths: { ...d.paths, ...file.paths },
    sql: { ...d.sql, ...file.sql },
    approvals: { ...d.approvals, ...file.approvals, allowAuthor: false },
    dependencies: {
      ...d.dependencies,
      ...file.dependencies,
      majorsBehind: { ...d.dependencies.majorsBehind, ...file.dependencies?.majorsBehind }
    },
    secrets: { ...d.secrets, ...file.secrets },
    limits: { ...d.limits, ...file.limits },
    postgres: { ...d.postgres, ...file.postgres },
    mysql: { ...d.mysql, ...file.mysql }
  }
}
