/**
 * The rule catalog: every rule's id, default severity, title and hint, read from `rules/<category>/rules.yml`;
 * its documentation page is `rules/<category>/<rule>.md`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { CATEGORIES, SEVERITIES, isCategory, type Category, type Severity } from '../findings/finding.js'
import { compiledKnowledge } from './compiled.js'
import { packageRoot } from './package-root.js'

export const DOCS_BASE_URL = 'https://github.com/prodguard/prodguard/blob/main/rules'

export interface RuleMeta {
  id: string
  category: Category
  severity: Severity
  title: string
  hint: string
  docs: string
}

interface RuleEntry {
  id?: unknown
  severity?: unknown
  title?: unknown
  hint?: unknown
}

export class RuleCatalog {
  private constructor(private readonly rules: Map<string, RuleMeta>) {}

  static load(): RuleCatalog {
    const rules = new Map<string, RuleMeta>()
    const dir = join(packageRoot(), 'rules')
    const compiled = compiledKnowledge()
    if (compiled !== null) {
      for (const [path, entries] of compiled) {
        const m = /^([a-z-]+)\/rules(\.[a-z0-9-]+)?\.yml$/.exec(path)
        if (!m || !isCategory(m[1]!)) continue
        for (const entry of (entries as RuleEntry[] | null) ?? []) {
          const meta = toMeta(m[1] as Category, entry, path)
          rules.set(meta.id, meta)
        }
      }
      return new RuleCatalog(rules)
    }
    for (const category of CATEGORIES) {
      const categoryDir = join(dir, category)
      if (!existsSync(categoryDir)) continue
      // `rules.yml`, plus `rules.<family>.yml` when several analyzer families add rules to one category.
      const files = readdirSync(categoryDir).filter((name) => /^rules(\.[a-z0-9-]+)?\.yml$/.test(name)).sort()
      for (const name of files) {
        const file = join(categoryDir, name)
        let entries: RuleEntry[] | null
        try {
          entries = parseYaml(readFileSync(file, 'utf8')) as RuleEntry[] | null
        } catch (error) {
          throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`, { cause: error })
        }
        for (const entry of entries ?? []) {
          const meta = toMeta(category, entry, file)
          if (rules.has(meta.id)) throw new Error(`${file}: rule ${meta.id} is defined twice`)
          rules.set(meta.id, meta)
        }
      }
    }
    return new RuleCatalog(rules)
  }

  get(id: string): RuleMeta | undefined {
    return this.rules.get(id)
  }

  all(): RuleMeta[] {
    return [...this.rules.values()]
  }

  /** The rule's documentation page (markdown), or undefined when the id is unknown. */
  doc(id: string): string | undefined {
    const meta = this.rules.get(id)
    if (meta === undefined) return undefined
    const file = join(packageRoot(), 'rules', `${id}.md`)
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  }
}

function toMeta(category: Category, entry: RuleEntry, file: string): RuleMeta {
  const id = String(entry.id ?? '')
  if (!id.startsWith(`${category}/`)) throw new Error(`${file}: rule id "${id}" must start with "${category}/"`)
  const severity = String(entry.severity ?? '')
  if (!(SEVERITIES as readonly string[]).includes(severity)) throw new Error(`${file}: rule ${id}: severity must be block, warn or info`)
  return {
    id,
    category,
    severity: severity as Severity,
    title: String(entry.title ?? id),
    hint: String(entry.hint ?? ''),
    docs: `${DOCS_BASE_URL}/${id}.md`
  }
}

let shared: RuleCatalog | undefined
export function ruleCatalog(): RuleCatalog {
  return (shared ??= RuleCatalog.load())
}
