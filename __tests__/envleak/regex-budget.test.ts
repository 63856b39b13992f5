/**
 * Every regular expression literal of the env-leak and secrets families (and the shared YAML read and redaction they
 * go through) against hostile runs of about 1 MB: blank lines, a long word, spaces, quotes, a key repeated. A pattern
 * is first timed on 16 KB and 32 KB (least of three): when doubling the input more than triples the time it is superlinear, and the
 * 1 MB run (which would not end) is not tried. The patterns come from the sources (TypeScript's scanner), so a new
 * one cannot slip past. Found this way: env-leak's section hint (`^\s*` from every line start over all the blank
 * lines after it, 41 s on 80 KB), and the e-mail and Dockerfile `ENV` patterns (a start at every character of a run).
 * The secret patterns built from rules/secret/patterns.yml are timed by __tests__/secrets/adversarial-time.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { best, literals, sources, time } from '../helpers/regex-literals.js'

const ROOTS = ['src/analyzers/envleak', 'src/analyzers/secrets', 'src/analyzers/yaml-source.ts', 'src/findings/redaction.ts']

const UNITS = ['a', ' ', '\n', ' \n', '\t\n', '\r\n', 'ab ', '"', "'", '`', '\\', 'a=', 'a: ', '-', '_', '.', 'a.', '/', ':', '@', '%', '#', '[', '{', '${', '{{', '<', 'aZ9+/', '  - ', 'password', 'password=', 'production:\n', 'KEY=a\n']

function inputs(size: number): Array<[string, string]> {
  return UNITS.map((unit) => [JSON.stringify(unit), unit.repeat(Math.ceil(size / unit.length)).slice(0, size)])
}

/** The least of three timings: a garbage-collection pause or another process does not make a pattern slow. */
function least(pattern: RegExp, text: string): number {
  return best(pattern, text, 3)
}

/** Generous for a shared 2-core machine: a linear pattern over 1 MB takes a few to a few hundred milliseconds. */
const BUDGET_MS = 3000
const SMALL = inputs(16 * 1024)
const DOUBLE = inputs(32 * 1024)
const LARGE = inputs(1024 * 1024)

const all = ROOTS.flatMap(sources).flatMap(literals)

describe('regular expressions of the env-leak and secrets families', () => {
  it('are found in the sources', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  it('grow linearly on every hostile run, and stay within the budget over ~1 MB of their worst one', () => {
    const slow: string[] = []
    for (const { where, pattern } of all) {
      let worst = 0
      let worstMs = -1
      let superlinear = false
      for (let i = 0; i < SMALL.length; i++) {
        const a = least(pattern, SMALL[i]![1])
        const b = least(pattern, DOUBLE[i]![1])
        // Superlinear: doubling more than triples the time, well above a loaded machine's pauses (a quadratic pattern
        // takes hundreds of milliseconds to seconds at 32 KB), and again when timed once more.
        if (b > 3 * Math.max(a, 1) && b > 25 && least(pattern, DOUBLE[i]![1]) > 3 * Math.max(least(pattern, SMALL[i]![1]), 1)) {
          slow.push(`${where} /${pattern.source.slice(0, 60)}/ on ${SMALL[i]![0]}: ${a.toFixed(1)} ms at 16 KB, ${b.toFixed(1)} ms at 32 KB`)
          superlinear = true
        }
        if (b > worstMs) [worst, worstMs] = [i, b]
      }
      if (superlinear) continue
      const ms = time(pattern, LARGE[worst]![1])
      if (ms > BUDGET_MS) slow.push(`${where} /${pattern.source.slice(0, 60)}/ on ${LARGE[worst]![0]}: ${ms.toFixed(0)} ms at 1 MB`)
    }
    expect(slow).toEqual([])
  })
})
