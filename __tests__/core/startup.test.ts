import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatCount } from '../../src/format-count.js'
import { mayBeInGit } from '../../src/git-presence.js'
import { gitRoot } from '../../src/sources/git.js'

describe('formatCount', () => {
  it('writes integers as en-US toLocaleString does', () => {
    const samples = [0, 1, -1, 7, 12, 999, 1000, -1000, 1001, 12_345, 99_999, 100_000, 999_999, 1_000_000, 16_777_216, 4_294_967_296, -987_654_321, Number.MAX_SAFE_INTEGER]
    for (let n = 0; n < 5000; n += 37) samples.push(n, n * 1013, -n * 7919)
    for (const n of samples) expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
  })
})

describe('mayBeInGit', () => {
  it('says no outside any repository, yes inside a work tree (and gitRoot agrees with git)', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'prodguard-presence-')))
    try {
      const plain = join(dir, 'plain', 'db')
      mkdirSync(plain, { recursive: true })
      const repo = join(dir, 'repo')
      mkdirSync(join(repo, 'a', 'b'), { recursive: true })
      execFileSync('git', ['init', '-q', repo])
      writeFileSync(join(repo, 'a', 'b', 'x.sql'), 'SELECT 1;\n')
      const env = { PATH: process.env['PATH'] }
      // a temp folder may itself lie inside a repository on some machines: then only the repository case is checked
      if (!mayBeInGit(dir, env)) {
        expect(mayBeInGit(plain, env)).toBe(false)
        expect(gitRoot(plain)).toBeUndefined()
      }
      expect(mayBeInGit(join(repo, 'a', 'b'), env)).toBe(true)
      expect(gitRoot(join(repo, 'a', 'b'))).toBe(repo)
      expect(mayBeInGit(plain, { ...env, GIT_DIR: join(repo, '.git') })).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
