/**
 * Which files are framework migrations, by path alone (the pipeline routes by path): `db/migrate/*.rb`,
 * `<app>/migrations/*.py`, `alembic/versions/*.py`, `migrations/*.{js,ts}`, `Migrations/*.cs`,
 * `database/migrations/*.php`, `priv/repo/migrations/*.exs`, Go files in a migrations folder, Flyway Java migrations
 * (`V3__X.java`), Liquibase changelogs,
 * and whatever `paths.migrations` names. The content then tells the framework where a folder is shared (Knex,
 * TypeORM and Sequelize all use `migrations/*.js`).
 */
import { compileGlobs, type PathPredicate } from '../../config/globs.js'
import type { Settings } from '../../config/settings.js'

export type MigrationLanguage = 'ruby' | 'python' | 'javascript' | 'csharp' | 'php' | 'elixir' | 'go' | 'java' | 'changelog'

const EXTENSIONS: Array<[RegExp, MigrationLanguage]> = [
  [/\.rb$/, 'ruby'],
  [/\.py$/, 'python'],
  [/\.(?:[cm]?js|[cm]?ts)$/, 'javascript'],
  [/\.cs$/, 'csharp'],
  [/\.php$/, 'php'],
  [/\.exs?$/, 'elixir'],
  [/\.go$/, 'go'],
  [/\.(?:java|kt)$/, 'java'],
  [/\.(?:xml|ya?ml|json)$/i, 'changelog']
]

/** Files that sit in migration folders but are never migrations. */
const NEVER = [
  /\.d\.[cm]?ts$/,
  /\.(?:test|spec)\.[cm]?[jt]s$/,
  /(^|\/)__init__\.py$/,
  /\.Designer\.cs$/,
  /ModelSnapshot\.cs$/,
  /_test\.go$/,
  /(^|\/)(?:node_modules|__pycache__|__tests__|__mocks__)\//
]

/** A folder named like a migrations folder (`migrations`, `Migrations`, `db-migrations`, `DoctrineMigrations`), anywhere above the file. */
const MIGRATIONS_FOLDER = /(^|\/)[\w.-]*(?:migrations?|migrate)\//i

const BY_LANGUAGE: Record<Exclude<MigrationLanguage, 'changelog'>, RegExp> = {
  ruby: /(^|\/)db\/(?:[\w-]+_)?migrate\//,
  // Django app migrations (`shop/migrations/0002_x.py`), Alembic and Flask-Migrate (`alembic/versions/`, `migrations/versions/`).
  python: /(^|\/)(?:migrations|versions)\/(?:[^/]+\/)?[^/]+$/,
  javascript: MIGRATIONS_FOLDER,
  csharp: MIGRATIONS_FOLDER,
  php: MIGRATIONS_FOLDER,
  elixir: MIGRATIONS_FOLDER,
  go: MIGRATIONS_FOLDER,
  // Flyway Java migrations are named by version, wherever the classpath keeps them: `V3__Backfill.java`, `U3__...`.
  java: /(^|\/)[VU]\d[\w.]*__[^/]*$/
}

/** Liquibase changelogs: named so, or XML/YAML kept with the database code. */
const CHANGELOG_NAMED = /changelog|changeset|liquibase/i
const CHANGELOG_FOLDER = /(^|\/)(?:db|database|migrations?)\/.*\.(?:xml|ya?ml)$/i

const userGlobs = new WeakMap<Settings, PathPredicate>()

export function migrationLanguage(path: string, settings: Settings): MigrationLanguage | undefined {
  const language = EXTENSIONS.find(([pattern]) => pattern.test(path))?.[1]
  if (language === undefined || NEVER.some((pattern) => pattern.test(path))) return undefined
  if (configured(settings)(path)) return language
  if (language === 'changelog') return CHANGELOG_NAMED.test(path) || CHANGELOG_FOLDER.test(path) ? language : undefined
  return BY_LANGUAGE[language].test(path) ? language : undefined
}

function configured(settings: Settings): PathPredicate {
  let predicate = userGlobs.get(settings)
  if (predicate === undefined) {
    predicate = compileGlobs(settings.paths.migrations)
    userGlobs.set(settings, predicate)
  }
  return predicate
}
