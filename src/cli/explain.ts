/**
 * `prodguard explain [RULE|CATEGORY...]`: the documentation page of each rule named, or of every rule of a category;
 * without a name, the list of rules. `--format json` gives the same as data (id, category, severity, title, hint,
 * docs URL and the page).
 */
import { EXIT, UsageError } from '../errors.js'
import { CATEGORIES } from '../findings/finding.js'
import { ruleCatalog, type RuleMeta } from '../knowledge/catalog.js'
import { byCodePoint } from '../policy/policy.js'
import { closest, didYouMean } from './did-you-mean.js'
import type { CliIO } from './io.js'
import { parseCommand } from './options.js'

const EXPLAIN_FLAGS = { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } } as const

export function runExplain(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommand('explain', argv, {}, true, EXPLAIN_FLAGS)
  const format = (values['format'] as string | undefined) ?? 'text'
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`explain: --format ${format}: expected text or json`, didYouMean(format, ['text', 'json'], (f) => `--format ${f}`))
  }
  const catalog = ruleCatalog()
  const all = catalog.all().sort((a, b) => byCodePoint(a.id, b.id))
  const rules = positionals.length === 0 ? all : positionals.flatMap((name) => resolveName(name, all))
  const unique = [...new Map(rules.map((r) => [r.id, r])).values()]

  if (format === 'json') {
    const entries = unique.map((r) => ({ ...r, ...(positionals.length > 0 ? { page: catalog.doc(r.id) ?? '' } : {}) }))
    io.stdout(`${JSON.stringify(positionals.length === 1 && !isCategoryName(positionals[0]!) ? entries[0] : entries, null, 2)}\n`)
    return EXIT.ok
  }
  if (positionals.length === 0) {
    const width = Math.max(...all.map((r) => r.id.length))
    io.stdout(all.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.title}`).join('\n') + '\n')
    return EXIT.ok
  }
  const pages = unique.map((r) => {
    const doc = catalog.doc(r.id) ?? `# ${r.id}\n\n${r.title}\n\n${r.hint}\n`
    return doc.endsWith('\n') ? doc : `${doc}\n`
  })
  io.stdout(pages.join('\n---\n\n'))
  return EXIT.ok
}

/** `drop-tabel` or `destructive-sql/drop-tabel`: the rules whose own name is close, with their category. */
function byShortNameNear(name: string, all: RuleMeta[]): string | undefined {
  const short = name.split('/').pop() ?? name
  const near = closest(short, [...new Set(all.map((r) => r.id.split('/')[1]!))])
  const ids = all.filter((r) => near.includes(r.id.split('/')[1]!)).map((r) => `\`${r.id}\``)
  return ids.length === 0 ? undefined : `did you mean ${ids.slice(0, 3).join(' or ')}?`
}

function isCategoryName(name: string): boolean {
  return (CATEGORIES as readonly string[]).includes(name.replace(/\/$/, ''))
}

/** A rule id, or a category (every rule in it); anything else is a usage error with the closest names. */
function resolveName(name: string, all: RuleMeta[]): RuleMeta[] {
  const exact = all.find((r) => r.id === name)
  if (exact) return [exact]
  if (isCategoryName(name)) {
    const category = name.replace(/\/$/, '')
    return all.filter((r) => r.category === category)
  }
  const ids = all.map((r) => r.id)
  // `drop-table` alone: the rule of that name in whichever category has it.
  const byShortName = all.filter((r) => r.id.split('/')[1] === name)
  if (byShortName.length === 1) return byShortName
  const suggestion =
    didYouMean(name, name.includes('/') ? ids : [...ids, ...CATEGORIES]) ??
    (byShortName.length > 1 ? `did you mean ${byShortName.map((r) => `\`${r.id}\``).join(' or ')}?` : undefined) ??
    byShortNameNear(name, all) ??
    'run `prodguard explain` for the list of rules'
  throw new UsageError(`explain: unknown rule or category "${name}"`, suggestion)
}
