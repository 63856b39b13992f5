/** Runs the bundled CLI (`dist/cli.js`) as a user would, in a given folder. */
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect } from '@jest/globals'
import { packageRoot } from '../../src/knowledge/package-root.js'
import { TempRepo } from './git-repo.js'

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export const CLI = join(packageRoot(), 'dist', 'cli.js')

export function prodguard(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    // A cache folder that does not exist: data a developer refreshed never changes what a test sees.
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], XDG_CACHE_HOME: join(tmpdir(), 'prodguard-tests-no-user-cache'), PRODGUARD_NOW: '2026-11-28', ...env },
    maxBuffer: 1 << 28
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** `--format json` output, parsed. */
export function json(run: CliRun): { decision: string; findings: Array<{ ruleId: string; file: string; line: number; severity: string; suppressed?: unknown }> } {
  try {
    return JSON.parse(run.stdout)
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
}

/** Lock-safety warnings ride along on most SQL migrations; tests about other behaviour leave them out. */
export const notLockSafety = (f: { ruleId: string }): boolean => !f.ruleId.startsWith('lock-safety/')

/** No Node stack trace on stderr: bad input gets a message, never a crash dump. */
export const noStack = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at /m)

/** A factory of temporary repositories for one test file, removed after its tests. */
export function tempRepos(): (files?: Record<string, string | Buffer>) => TempRepo {
  const repos: TempRepo[] = []
  afterAll(() => repos.forEach((r) => r.cleanup()))
  return (files = {}) => {
    const r = new TempRepo()
    repos.push(r)
    r.write(files)
    return r
  }
}
