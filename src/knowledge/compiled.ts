/**
 * The bundled run reads rules/*.yml precompiled to one JSON file (dist/knowledge.json, written by the build):
 * parsing YAML on every start cost more than the rest of a one-file run. Run from the sources (tests), the YAML is read.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageRoot } from './package-root.js'

let compiled: Map<string, unknown> | null | undefined

/** Parsed YAML knowledge keyed by its path under rules/, or null when running from the sources. */
export function compiledKnowledge(): Map<string, unknown> | null {
  if (compiled !== undefined) return compiled
  const fromBundle = fileURLToPath(import.meta.url).split(/[\\/]/).includes('dist')
  const file = join(packageRoot(), 'dist', 'knowledge.json')
  compiled = fromBundle && existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)) : null
  return compiled
}
