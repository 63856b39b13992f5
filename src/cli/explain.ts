/** `prodguard explain RULE_ID`: a rule's documentation page; without an id, the list of rules. */
import { EXIT, UsageError } from '../errors.js'
import { ruleCatalog } from '../knowledge/catalog.js'
import { byCodePoint } from '../policy/policy.js'
import type { CliIO } from './io.js'

export function runExplain(argv: string[], io: CliIO): number {
  const catalog = ruleCatalog()
  const id = argv.find((a) => !a.startsWith('-'))
  if (id === undefined) {
    const rules = catalog.all().sort((a, b) => byCodePoint(a.id, b.id))
    const width = Math.max(...rules.map((r) => r.id.length))
    io.stdout(rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.title}`).join('\n') + '\n')
    return EXIT.ok
  }
  const doc = catalog.doc(id)
  if (doc === undefined) {
    const near = catalog
      .all()
      .map((r) => r.id)
      .filter((r) => r.includes(id) || id.includes(r.split('/')[1] ?? '\0'))
      .slice(0, 5)
    throw new UsageError(`explain: unknown rule "${id}"`, near.length > 0 ? `did you mean ${near.join(', ')}?` : 'run `prodguard explain` for the list')
  }
  io.stdout(doc.endsWith('\n') ? doc : `${doc}\n`)
  return EXIT.ok
}
