/**
 * The validator of .prodguard.yml's JSON schema. From source (tests, a clone) it is compiled with ajv on first use;
 * the bundle gets it precompiled instead: scripts/build.mjs replaces this module with ajv's standalone code for
 * schema/prodguard.schema.json, so a run with a config file compiles no schema at start-up.
 */
import { readFileSync } from 'node:fs'
import type { ValidateFunction } from 'ajv'
import { findPackageFile } from '../knowledge/package-root.js'

/** The options the schema is compiled with, here and in scripts/build.mjs. */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const

export async function schemaValidator(): Promise<ValidateFunction> {
  // Bundled by esbuild, a dynamic import of this CommonJS package has only `default` (which is the Ajv class).
  const ajv = await import('ajv')
  const Ajv = ajv.Ajv ?? (ajv.default as unknown as typeof ajv.Ajv)
  const schema = JSON.parse(readFileSync(findPackageFile('schema/prodguard.schema.json'), 'utf8')) as object
  return new Ajv(AJV_OPTIONS).compile(schema)
}
