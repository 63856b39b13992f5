/**
 * Reads a configuration file into entries with the right reader for its format, and the environment sections
 * applied. TOML is checked with smol-toml; YAML and JSON with the yaml library. A production file that does not
 * parse is reported (fail closed) and then read loosely, line by line, so its values are still checked.
 */
import { parse as parseToml } from 'smol-toml'
import type { ConfigEntry } from './entries.js'
import type { Environment, PathClass } from './environment.js'
import type { SectionNames } from './sections.js'
import { jsonEntries, jsonSyntaxProblem, yamlEntries, yamlSyntaxProblem, type StructuredOptions } from './formats/yaml-entries.js'
import { dockerfileEntries, dotenvEntries, propertiesEntries, sectionedEntries } from './formats/line-entries.js'
import { codeEntries } from './formats/code-entries.js'

export type Format = 'dotenv' | 'properties' | 'yaml' | 'json' | 'toml' | 'ini' | 'dockerfile' | 'ruby' | 'python' | 'elixir' | 'script' | 'hcl' | 'xml'

export function formatOf(path: string): Format | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'dotenv'
  if (name === 'dockerfile' || name.startsWith('dockerfile.') || name.endsWith('.dockerfile')) return 'dockerfile'
  const ext = name.slice(name.lastIndexOf('.') + 1)
  switch (ext) {
    case 'yml':
    case 'yaml':
      return 'yaml'
    case 'json':
    case 'jsonc':
    case 'json5':
      return 'json'
    case 'properties':
      return 'properties'
    case 'toml':
      return 'toml'
    case 'ini':
    case 'cfg':
    case 'conf':
    case 'xcconfig':
      return 'ini'
    case 'rb':
      return 'ruby'
    case 'py':
      return 'python'
    case 'exs':
    case 'ex':
      return 'elixir'
    case 'ts':
    case 'js':
    case 'cjs':
    case 'mjs':
      return 'script'
    case 'tf':
    case 'tfvars':
    case 'hcl':
      return 'hcl'
    case 'config':
    case 'xml':
      return 'xml'
    default:
      // `.env.production.template`-style names fall back to dotenv when the first line looks like one.
      return undefined
  }
}

export interface ReadResult {
  entries: ConfigEntry[]
  parseError?: { line: number; message: string }
}

export function readConfig(path: string, text: string, cls: PathClass, names: SectionNames): ReadResult {
  const format = formatOf(path) ?? (/^[ \t]*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=/m.test(text) ? 'dotenv' : undefined)
  const env = cls.env
  const options: StructuredOptions = { env, names, ci: cls.ci, lenientSections: /(?:^|\/)config\/[^/]+\.ya?ml$/i.test(path) }
  switch (format) {
    case 'dotenv':
      return { entries: dotenvEntries(text, env) }
    case 'properties':
      return { entries: propertiesEntries(text, env, names) }
    case 'dockerfile':
      return { entries: dockerfileEntries(text, env) }
    case 'ini':
      return { entries: sectionedEntries(text, env, names) }
    case 'toml': {
      try {
        parseToml(text)
      } catch (error) {
        const line = /line (\d+)/i.exec(String((error as Error).message))?.[1]
        return { entries: sectionedEntries(text, env, names), parseError: { line: line ? Number(line) : 1, message: firstLine(error) } }
      }
      return { entries: sectionedEntries(text, env, names) }
    }
    case 'yaml':
    case 'json': {
      const result = format === 'yaml' ? yamlEntries(text, options) : jsonEntries(text, options)
      if ('entries' in result) return result
      // A document refused for its size (or its aliases' expansion) is not read line by line either.
      return { entries: result.error.tooLarge ? [] : looseEntries(text, env), parseError: result.error }
    }
    case 'ruby':
    case 'python':
    case 'elixir':
    case 'script':
    case 'hcl':
    case 'xml':
      return { entries: codeEntries(text, env, format, names) }
    default:
      return { entries: looseEntries(text, env) }
  }
}

/**
 * Only whether a structured file (YAML, JSON, TOML) parses, as `readConfig` would report it: for a file whose entries
 * no check reads (most YAML and JSON of a repository), the entries are never built.
 */
export function parseErrorOf(path: string, text: string): ReadResult['parseError'] {
  switch (formatOf(path)) {
    case 'yaml':
      return yamlSyntaxProblem(text)
    case 'json':
      return jsonSyntaxProblem(text)
    case 'toml':
      try {
        parseToml(text)
        return undefined
      } catch (error) {
        const line = /line (\d+)/i.exec(String((error as Error).message))?.[1]
        return { line: line ? Number(line) : 1, message: firstLine(error) }
      }
    default:
      return undefined
  }
}

/** A template or broken file, read line by line: `key: value` / `key = value`, key paths from indentation. */
export function looseEntries(text: string, env: Environment): ConfigEntry[] {
  const out: ConfigEntry[] = []
  const stack: Array<{ indent: number; key: string }> = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    const m = /^(\s*)(?:-\s+)?["']?([A-Za-z0-9_.\-@%]+)["']?\s*[:=](.*)$/.exec(line)
    if (!m || /^\s*(?:#|\/\/)/.test(line)) return
    const indent = m[1]!.length
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop()
    // Trimmed by hand: a lazy value before `\s*,?\s*$` is quadratic on a line of spaces.
    let shown = m[3]!.trim()
    if (shown.endsWith(',')) shown = shown.slice(0, -1).trimEnd()
    const value = shown.length >= 2 && (shown[0] === '"' || shown[0] === "'") && shown[shown.length - 1] === shown[0] ? shown.slice(1, -1) : shown
    if (value === '' || value === '|' || value === '>' || value === '{' || value === '[') {
      stack.push({ indent, key: m[2]! })
      return
    }
    out.push({ path: [...stack.map((s) => s.key), m[2]!], value, line: i + 1, env })
  })
  return out
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!
}
