/**
 * prodguard's knowledge is data under rules/ (STYLE.md): image tables, path patterns, secret patterns, the EOL table.
 * Analyzers ask for it through this port, so they stay pure and tests can hand them fixtures.
 */
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { findPackageFile } from './package-root.js'
import { compiledKnowledge } from './compiled.js'

export interface Knowledge {
  /** Loads `rules/<relative>` (YAML or JSON), parsed once and cached. Throws if it is missing. */
  load<T>(relative: string): T
}

export function bundledKnowledge(): Knowledge {
  const cache = new Map<string, unknown>()
  return {
    load<T>(relative: string): T {
      if (!cache.has(relative)) {
        const compiled = compiledKnowledge()
        if (compiled?.has(relative)) return compiled.get(relative) as T
        const text = readFileSync(findPackageFile(`rules/${relative}`), 'utf8')
        cache.set(relative, relative.endsWith('.json') ? JSON.parse(text) : parseYaml(text))
      }
      return cache.get(relative) as T
    }
  }
}

/** Knowledge from an in-memory table, for tests. */
export function knowledgeFrom(table: Record<string, unknown>, fallback?: Knowledge): Knowledge {
  return {
    load<T>(relative: string): T {
      if (relative in table) return table[relative] as T
      if (fallback) return fallback.load<T>(relative)
      throw new Error(`no knowledge file rules/${relative}`)
    }
  }
}
