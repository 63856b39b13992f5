/**
 * Production inside a file: environment sections. A mapping whose keys are environment names (database.yml's
 * `production:`/`development:`, Sequelize's config.json, Helmfile `environments:`), Symfony `when@prod:`, a Spring
 * profile document, a Quarkus `%prod.` key, a CI job whose `environment:` is production.
 */
import type { Environment } from './environment.js'
import { pathTokens } from './environment.js'

export interface SectionNames {
  production: Set<string>
  nonProduction: Set<string>
}

export function sectionNames(names: { production: string[]; nonProduction: string[] }): SectionNames {
  return { production: new Set(names.production), nonProduction: new Set(names.nonProduction) }
}

/** A key that is exactly an environment name: `production`, `prod`, `when@prod`, `%prod`. */
export function sectionEnvOfKey(key: string, names: SectionNames): Environment | undefined {
  const k = key.toLowerCase().replace(/^when@|^%/, '')
  if (names.production.has(k)) return 'production'
  if (names.nonProduction.has(k)) return 'non-production'
  return undefined
}

/**
 * An environment named in free text (a CI `environment:` value, a Spring profile list): any non-production token
 * makes it non-production, else any production token makes it production. Expressions are neither.
 */
export function envOfName(name: string, names: SectionNames): Environment | undefined {
  if (/\$\{\{|\$\{|\{\{/.test(name)) return undefined
  const parts = name.split(/[\s,]+/).filter((p) => p !== '' && !p.startsWith('!'))
  const tokens = parts.flatMap((p) => pathTokens(p).name)
  if (tokens.some((t) => names.nonProduction.has(t))) return 'non-production'
  if (tokens.some((t) => names.production.has(t))) return 'production'
  return undefined
}

/**
 * The environment of a section inside a file of environment `outer`: a section names its environment inside base and
 * production files; an example or test file stays what it is even where it shows a `production:` section.
 */
export function narrowEnv(outer: Environment, section: Environment | undefined): Environment {
  if (section === undefined || outer === 'test-data' || outer === 'non-production') return outer
  return section
}
