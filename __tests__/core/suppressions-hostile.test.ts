/**
 * Suppression comments read in linear time: a reason followed or broken by long runs of spaces (a generated file, a
 * minified line) must not rescan each run at every position, and the reason and its comment closer come out right.
 */
import { describe, expect, it } from '@jest/globals'
import { parseSuppressions } from '../../src/findings/suppressions.js'

function timed(text: string): number {
  const started = performance.now()
  parseSuppressions(text)
  return performance.now() - started
}

describe('inline suppressions on hostile lines', () => {
  it('read the reason without the closer, however it is spaced', () => {
    const all = parseSuppressions(['-- prodguard-ignore sql/drop-table -- table emptied in 2023   ', '/* prodguard-ignore secrets -- test key */', '<!-- prodguard-ignore * --   reviewed    -->'].join('\n'))
    expect([...all.values()].map((s) => [s.line, s.targets, s.reason])).toEqual([
      [1, ['sql/drop-table'], 'table emptied in 2023'],
      [2, ['secrets'], 'test key'],
      [3, ['*'], 'reviewed']
    ])
  })

  it('grow linearly with runs of spaces after and inside the reason', () => {
    const shapes = (n: number): string[] => [
      `-- prodguard-ignore sql/drop-table -- why${' '.repeat(n)}`,
      `-- prodguard-ignore sql/drop-table -- a${' '.repeat(n)}b`,
      `/* prodguard-ignore secrets -- a${' \t'.repeat(n / 2)}*/`,
      `# prodguard-ignore${' '.repeat(n)}x`
    ]
    const small = shapes(8 * 1024)
    const large = shapes(64 * 1024)
    const slow: string[] = []
    for (let i = 0; i < small.length; i++) {
      const a = Math.min(timed(small[i]!), timed(small[i]!), timed(small[i]!))
      const b = Math.min(timed(large[i]!), timed(large[i]!), timed(large[i]!))
      // 8x the input: a linear reading takes about 8x the time (too little to measure here), a quadratic one 64x
      if (b > 5 && b > 32 * Math.max(a, 0.2)) slow.push(`shape ${i}: ${a.toFixed(1)} ms at 8 KB, ${b.toFixed(1)} ms at 64 KB`)
    }
    expect(slow).toEqual([])
    const reason = parseSuppressions(large[1]!).get(1)?.reason
    expect(reason?.startsWith('a') && reason.endsWith('b')).toBe(true)
  })
})
