/** Reads `.prodguard.yml`, validates it against the published JSON schema, and resolves it over the defaults. */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { LineCounter, parseDocument, isNode } from 'yaml'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { ConfigError } from '../errors.js'
import { findPackageFile } from '../knowledge/package-root.js'
import { resolveSettings, type ConfigFile, type Settings } from './settings.js'

export const DEFAULT_CONFIG_FILE = '.prodguard.yml'
const ALTERNATE_CONFIG_FILES = ['.prodguard.yaml']

export interface LoadedConfig {
  settings: Settings
  /** The raw, validated file (undefined when none was found: zero config). */
  file: ConfigFile | undefined
  /** Where it came from, for messages. */
  source: string | undefined
}

let validator: ValidateFunction | undefined

async function schemaValidator(): Promise<ValidateFunction> {
  if (validator !== undefined) return validator
  // Bundled by esbuild, a dynamic import of this CommonJS package has only `default` (which is the Ajv class).
  const ajv = await import('ajv')
  const Ajv = ajv.Ajv ?? (ajv.default as unknown as typeof ajv.Ajv)
  const schema = JSON.parse(readFileSync(findPackageFile('schema/prodguard.schema.json'), 'utf8')) as object
  validator = new Ajv({ allErrors: true, strict: false }).compile(schema)
  return validator
}

/** Finds and loads the config for a repository root; an explicit path that does not exist is an error. */
export async function loadConfig(root: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const path = isAbsolute(explicit) ? explicit : join(root, explicit)
    if (!existsSync(path)) throw new ConfigError(explicit, '', 'file not found', 'check the --config path')
    return parseConfig(readText(path, explicit), explicit)
  }
  for (const name of [DEFAULT_CONFIG_FILE, ...ALTERNATE_CONFIG_FILES]) {
    const path = join(root, name)
    if (existsSync(path)) return parseConfig(readText(path, name), name)
  }
  return { settings: resolveSettings(undefined), file: undefined, source: undefined }
}

function readText(path: string, label: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(label, '', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/** Parses and validates config text; `label` names the file in messages. */
export async function parseConfig(text: string, label: string): Promise<LoadedConfig> {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!
    const pos = first.linePos?.[0]
    throw new ConfigError(label, '', `invalid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${first.message.split('\n')[0]}`)
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 })
  if (value === null || value === undefined) {
    return { settings: resolveSettings(undefined), file: {}, source: label }
  }
  const validate = await schemaValidator()
  if (!validate(value)) {
    const error = pickError(validate.errors ?? [])
    const path = instancePath(error)
    const node = path.length > 0 ? doc.getIn(path, true) : undefined
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined
    const where = path.map(String).join('.')
    throw new ConfigError(label, where, `${explain(error)}${line !== undefined ? ` (line ${line})` : ''}`)
  }
  const file = value as ConfigFile
  return { settings: resolveSettings(file), file, source: label }
}

/** The most specific error: an unknown key or a wrong value beats "must match a schema in anyOf". */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject): number => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' || e.keyword === 'type' ? 1 : 2)
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0]!
}

function instancePath(error: ErrorObject): Array<string | number> {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
  if (error.keyword === 'additionalProperties') parts.push(String(error.params['additionalProperty']))
  if (error.keyword === 'propertyNames') parts.push(String(error.params['propertyName']))
  return parts
}

function explain(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(error.params['additionalProperty'])}"`
    case 'enum':
      return `expected one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(error.params['allowedValue'])}`
    case 'type':
      return `expected ${String(error.params['type'])}`
    case 'propertyNames':
      return 'is not a rule id (`category/rule`) or a category name'
    default:
      return error.message ?? 'invalid value'
  }
}
