/** The lock-safety knowledge in rules/lock-safety/: stable functions (for defaults), read once per knowledge source. */
import type { AnalyzerContext } from '../analyzer.js'
import type { Knowledge } from '../../knowledge/knowledge.js'
import type { StableFunctions } from './postgres/volatility.js'

interface FunctionsFile {
  stable: Record<string, number[] | 'any'>
}

const cache = new WeakMap<Knowledge, StableFunctions>()

export function stableFunctions(ctx: AnalyzerContext): StableFunctions {
  let table = cache.get(ctx.knowledge)
  if (table === undefined) {
    const file = ctx.knowledge.load<FunctionsFile>('lock-safety/functions.yml')
    table = new Map(Object.entries(file.stable).map(([name, arities]) => [name.toLowerCase(), arities === 'any' ? 'any' : new Set(arities)]))
    cache.set(ctx.knowledge, table)
  }
  return table
}
