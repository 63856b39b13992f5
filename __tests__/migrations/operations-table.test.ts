/** The operations table is data users read: every entry must be well formed and name a rule of the catalog. */
import { describe, expect, it } from '@jest/globals'
import { ruleCatalog } from '../../src/knowledge/catalog.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import { OPERATIONS_FILE, type OperationEntry, type OperationsTable } from '../../src/analyzers/migrations/operations.js'

const table = bundledKnowledge().load<OperationsTable>(OPERATIONS_FILE)
const KEYS = new Set(['call', 'receiver', 'within', 'rule', 'table', 'column', 'columns', 'when', 'unless', 'sql', 'sqlDown', 'what', 'message', 'creates', 'adds'])
const entries: Array<[string, number, OperationEntry]> = Object.entries(table).flatMap(([framework, list]) => list.map((e, i) => [framework, i, e] as [string, number, OperationEntry]))

function isArgRef(ref: unknown): boolean {
  if (typeof ref === 'number' || typeof ref === 'string') return true
  if (Array.isArray(ref)) return ref.length > 0 && ref.every(isArgRef)
  if (typeof ref !== 'object' || ref === null) return false
  const r = ref as Record<string, unknown>
  if ('const' in r) return typeof r.const === 'string'
  if ('from' in r) return typeof r.from === 'number'
  if ('enclosing' in r) return Array.isArray(r.enclosing) && isArgRef(r.arg)
  if ('chain' in r) return (Array.isArray(r.chain) || r.chain === '*' || typeof r.chain === 'number') && isArgRef(r.arg)
  if ('key' in r) return typeof r.key === 'string' && isArgRef(r.arg)
  if ('inner' in r) return isArgRef(r.inner) && isArgRef(r.arg)
  if ('link' in r) return typeof r.link === 'number' || (typeof r.link === 'object' && r.link !== null && 'before' in r.link)
  return false
}

describe(`rules/${OPERATIONS_FILE}`, () => {
  it('covers every framework the analyzer knows', () => {
    expect(Object.keys(table).sort()).toEqual(['alembic', 'dbmigrate', 'django', 'doctrine', 'ecto', 'efcore', 'flyway', 'goose', 'knex', 'kysely', 'laravel', 'mikroorm', 'pgmigrate', 'rails', 'sequelize', 'typeorm'])
  })

  it.each(entries)('%s #%i is well formed', (_framework, _i, entry) => {
    expect(Object.keys(entry).filter((k) => !KEYS.has(k))).toEqual([])
    const calls = Array.isArray(entry.call) ? entry.call : [entry.call]
    expect(calls.length).toBeGreaterThan(0)
    for (const c of calls) expect(c).toMatch(/^[A-Za-z_$][\w]*[?!]?$/)
    expect(entry.rule !== undefined || entry.sql !== undefined || entry.creates !== undefined || entry.adds !== undefined).toBe(true)
    if (entry.adds !== undefined) expect(isArgRef(entry.adds.table) && isArgRef(entry.adds.column)).toBe(true)
    if (entry.rule !== undefined) expect(ruleCatalog().get(`destructive-sql/${entry.rule}`)).toBeDefined()
    for (const key of ['table', 'column', 'columns', 'sql', 'sqlDown', 'creates'] as const) {
      if (entry[key] !== undefined) expect(isArgRef(entry[key])).toBe(true)
    }
    for (const condition of [...(entry.when ?? []), ...(entry.unless ?? [])]) {
      if ('chain' in condition) expect(() => new RegExp(condition.chain)).not.toThrow()
      else if ('root' in condition) expect(() => new RegExp(condition.root)).not.toThrow()
      else if ('same' in condition) expect(condition.same.every(isArgRef)).toBe(true)
      else if ('rootAssigned' in condition) expect(() => new RegExp(condition.rootAssigned)).not.toThrow()
      else expect(isArgRef(condition.arg)).toBe(true)
    }
  })
})
