/** Process hygiene: a reader that goes away (EPIPE) or a stdout that cannot be written (ENOSPC) ends quietly. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, openSync, closeSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI } from '../helpers/cli.js'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/io.js'

const dir = mkdtempSync(join(tmpdir(), 'prodguard-process-'))
writeFileSync(join(dir, 'drop.sql'), Array.from({ length: 2000 }, (_, i) => `DROP TABLE t${i};\n`).join(''))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const env = { PATH: process.env['PATH'], HOME: process.env['HOME'] }

describe('process hygiene', () => {
  it('`check . | head -c 10` (EPIPE) ends quietly with the run’s exit code', async () => {
    const child = spawn(process.execPath, [CLI, 'check', '.', '-f', 'json'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    await new Promise<void>((done) => child.stdout.once('data', () => done()))
    child.stdout.destroy()
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)))
    expect(stderr).not.toMatch(/at .*\.js:\d+|Error:|node:events/)
    expect(code).toBe(1)
  })

  it.each(existsSync('/dev/full') ? [['/dev/full']] : [])('stdout to %s (ENOSPC) says so in one line and exits 2', (device) => {
    const fd = openSync(device, 'w')
    try {
      const run = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: dir, env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' })
      expect(run.status).toBe(2)
      expect(run.stderr).toBe('prodguard: cannot write the report to stdout (ENOSPC)\n')
    } finally {
      closeSync(fd)
    }
  })

  it('a reader that is slow to read gets the whole report, byte for byte, as `--output` writes it', async () => {
    const file = join(dir, 'report.json')
    expect(spawnSync(process.execPath, [CLI, 'check', 'drop.sql', '-f', 'json', '-o', file], { cwd: dir, env }).status).toBe(1)
    const child = spawn(process.execPath, [CLI, 'check', 'drop.sql', '-f', 'json'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    child.stdout.once('data', (first: Buffer) => {
      chunks.push(first)
      // nothing read for a while: the writer must wait for the pipe, not queue the rest of the report
      child.stdout.pause()
      setTimeout(() => child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk)).resume(), 700)
    })
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)))
    expect(code).toBe(1)
    const withoutTiming = (text: string): string => text.replace(/"ms": \d+/, '"ms": 0')
    expect(withoutTiming(Buffer.concat(chunks).toString('utf8'))).toBe(withoutTiming(readFileSync(file, 'utf8')))
  })

  it('writes the next piece of a report only once stdout has room for it (backpressure, not a queue in memory)', async () => {
    const written: string[] = []
    let release: (() => void) | undefined
    let waits = 0
    const io: CliIO = {
      cwd: dir,
      env: { PRODGUARD_NOW: '2026-11-28' },
      stdout: (text) => void written.push(text),
      stderr: () => undefined,
      isTTY: false,
      // a pipe whose reader is away: full after every write until the test lets it drain
      drained: () => {
        waits++
        return new Promise((resolve) => (release = resolve))
      }
    }
    const run = main(['check', 'drop.sql', '--format', 'json', '--offline'], io)
    let finished = false
    void run.then(() => (finished = true))
    while (release === undefined && !finished) await new Promise((r) => setTimeout(r, 5))
    expect(finished).toBe(false) // the run waited for stdout instead of writing the report in one go
    const before = written.length
    await new Promise((r) => setTimeout(r, 50))
    expect(written.length).toBe(before) // nothing more written while the pipe is full
    let pieces = before
    for (;;) {
      const next = release
      release = undefined
      next?.()
      const settled = await Promise.race([run.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 0))])
      while (!settled && release === undefined) await new Promise((r) => setTimeout(r, 1))
      if (release === undefined) break
      expect(written.length).toBe(++pieces)
    }
    expect(await run).toBe(1)
    expect(waits).toBe(written.length)
    const report = JSON.parse(written.join('')) as { findings: Array<{ ruleId: string }> }
    expect(report.findings.filter((f) => f.ruleId === 'destructive-sql/drop-table')).toHaveLength(2000)
  })
})
