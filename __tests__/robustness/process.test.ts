/** Process hygiene: a reader that goes away (EPIPE) or a stdout that cannot be written (ENOSPC) ends quietly. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, openSync, closeSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI } from '../helpers/cli.js'

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
})
