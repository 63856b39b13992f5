import { describe, expect, it } from '@jest/globals'
import { runTrace } from '../../src/cli/progress.js'

/** A trace on a fake clock, writing to an array. */
function traced(options: { terminal: boolean; verbose?: boolean }) {
  let clock = 0
  const written: string[] = []
  const trace = runTrace({ write: (t) => written.push(t), terminal: options.terminal, verbose: options.verbose ?? false, total: () => 3000, now: () => clock })
  return { trace, written, tick: (ms: number) => (clock += ms) }
}

describe('progress line', () => {
  it('stays silent for a run under a second', () => {
    const { trace, written, tick } = traced({ terminal: true })
    for (let i = 0; i < 100; i++) {
      tick(5)
      trace.file({ path: `f${i}.sql`, outcome: 'scanned', analyzers: ['sql'], bytes: 1000, ms: 5 })
    }
    trace.finish()
    expect(written).toEqual([])
  })

  it('after a second on a terminal, says files done / total and MB/s, at most ten times a second, then erases itself', () => {
    const { trace, written, tick } = traced({ terminal: true })
    for (let i = 0; i < 2000; i++) {
      tick(1)
      trace.file({ path: `f${i}.sql`, outcome: i % 2 === 0 ? 'scanned' : 'unclaimed', analyzers: ['sql'], bytes: 10_000, ms: 1 } as never)
    }
    trace.finish()
    const lines = written.filter((w) => w.includes('files'))
    expect(lines.length).toBeGreaterThan(5)
    expect(lines.length).toBeLessThanOrEqual(11)
    expect(lines[0]).toMatch(/^\r\u001b\[2Kprodguard: 1,000 \/ 3,000 files, 5\.0 MB\/s$/)
    expect(written.at(-1)).toBe('\r\u001b[2K')
  })

  it('draws nothing when stderr is not a terminal, however long the run', () => {
    const { trace, written, tick } = traced({ terminal: false })
    for (let i = 0; i < 100; i++) {
      tick(100)
      trace.file({ path: `f${i}`, outcome: 'scanned', analyzers: ['sql'], bytes: 1, ms: 1 })
    }
    trace.finish()
    expect(written).toEqual([])
  })

  it('with --verbose, a line per file and the timings of each stage', () => {
    const { trace, written, tick } = traced({ terminal: false, verbose: true })
    trace.stage('config')
    tick(12)
    trace.stage('analysis')
    trace.file({ path: 'db/1.sql', outcome: 'scanned', analyzers: ['sql', 'secrets'], bytes: 2048, ms: 3.25 })
    trace.file({ path: 'vendor/x.sql', outcome: 'ignored' })
    trace.file({ path: 'logo.png', outcome: 'unclaimed' })
    tick(30)
    trace.finish()
    expect(written).toEqual([
      'prodguard: scanned db/1.sql (sql, secrets; 2.0 KiB, 3.3 ms)\n',
      'prodguard: skipped vendor/x.sql: matched by `ignore` in the config\n',
      'prodguard: skipped logo.png: no analyzer reads this kind of file\n',
      'prodguard: timings: config 12 ms, analysis 30 ms; total 42 ms\n'
    ])
  })
})
