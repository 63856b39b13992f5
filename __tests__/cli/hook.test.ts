/**
 * `prodguard pre-commit`, invoked the way the pre-commit framework invokes the hook of .pre-commit-hooks.yaml: with
 * the files it selected as arguments, and PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF for `--from-ref/--to-ref` and
 * pre-push. (__tests__/cli/pre-commit.test.ts runs the real framework where it is installed.)
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { packageRoot } from '../../src/knowledge/package-root.js'
import { TempRepo } from '../helpers/git-repo.js'
import { json, notLockSafety, prodguard } from '../helpers/cli.js'

const repos: TempRepo[] = []
afterAll(() => repos.forEach((r) => r.cleanup()))

/** A repository whose last commit added a DROP TABLE (committed with --no-verify, say). */
function committedDrop(): TempRepo {
  const r = new TempRepo()
  repos.push(r)
  r.write({ 'db/migrations/001_create.sql': 'CREATE TABLE orders (id bigint primary key);\n', 'README.md': '# app\n' }).commit('create')
  r.write({ 'db/migrations/002_drop.sql': 'DROP TABLE orders;\n' }).commit('drop')
  return r
}

const tracked = (r: TempRepo): string[] => r.git('ls-files').trim().split('\n')

describe('prodguard pre-commit', () => {
  it('the hook definition runs the committed bundle in place, passing the files', () => {
    const [hook] = parse(readFileSync(join(packageRoot(), '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
    expect(hook).toMatchObject({ id: 'prodguard', entry: 'dist/cli.js pre-commit', language: 'script', pass_filenames: true, always_run: true })
  })

  it('runs as pre-commit runs a `script` hook: the entry executed directly, from the user’s repository', () => {
    const r = committedDrop()
    const direct = spawnSync(join(packageRoot(), 'dist', 'cli.js'), ['pre-commit', ...tracked(r)], { cwd: r.dir, encoding: 'utf8', env: { PATH: process.env['PATH'], HOME: process.env['HOME'] } })
    expect(direct.status).toBe(1)
    expect(direct.stdout).toContain('destructive-sql/drop-table')
  })

  it('pre-commit run --all-files (every tracked file passed): finds a DROP TABLE that is already committed', () => {
    const r = committedDrop()
    const run = prodguard(r.dir, ['pre-commit', ...tracked(r)])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('destructive-sql/drop-table')
    expect(run.stdout).toContain('db/migrations/002_drop.sql:1:1')
    // Only the files passed: pre-commit may split a long list over several runs, or pass `--files` a few.
    const some = prodguard(r.dir, ['pre-commit', 'README.md', 'db/migrations/001_create.sql', '--format', 'json'])
    expect(some.code).toBe(0)
    expect(json(some).findings).toEqual([])
  })

  it('pre-commit run --from-ref/--to-ref (and pre-push): scans the commits in between', () => {
    const r = committedDrop()
    const base = r.git('rev-parse', 'HEAD~1').trim()
    const run = prodguard(r.dir, ['pre-commit', 'db/migrations/002_drop.sql'], { PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: 'HEAD' })
    expect(run.code).toBe(1)
    expect(json(prodguard(r.dir, ['pre-commit', '-f', 'json'], { PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: 'HEAD' })).findings.filter(notLockSafety).map((f) => f.ruleId)).toEqual([
      'destructive-sql/drop-table'
    ])
    // Nothing new between the same two refs.
    expect(prodguard(r.dir, ['pre-commit'], { PRE_COMMIT_FROM_REF: 'HEAD', PRE_COMMIT_TO_REF: 'HEAD' }).code).toBe(0)
  })

  it('a commit (the staged files passed): the staged change only, and a message that says how to go on locally', () => {
    const r = committedDrop()
    // Already committed: not this commit's business.
    r.write({ 'README.md': '# app\n\nmore\n' })
    r.git('add', 'README.md')
    expect(prodguard(r.dir, ['pre-commit', 'README.md']).code).toBe(0)
    r.write({ 'db/migrations/003_truncate.sql': 'TRUNCATE TABLE orders;\n' })
    r.git('add', '-A')
    const run = prodguard(r.dir, ['pre-commit', 'README.md', 'db/migrations/003_truncate.sql'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('destructive-sql/truncate')
    expect(run.stdout).not.toContain('002_drop.sql')
    expect(run.stdout).toContain('Commit refused: fix each blocking finding, or suppress it with a `prodguard-ignore <rule> -- <reason>` comment')
    expect(run.stdout).toContain('git commit --no-verify')
    expect(run.stdout).not.toMatch(/approve the pull request/)
    // No files at all (a commit that only deletes): still the staged change.
    r.git('commit', '-qm', 'truncate', '--no-verify')
    r.git('rm', '-q', 'db/migrations/001_create.sql')
    expect(prodguard(r.dir, ['pre-commit']).code).toBe(0)
  })

  it('husky’s `prodguard diff --staged` says the same at commit time', () => {
    const r = committedDrop()
    r.write({ 'db/migrations/003_truncate.sql': 'TRUNCATE TABLE orders;\n' })
    r.git('add', '-A')
    const run = prodguard(r.dir, ['diff', '--staged'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('git commit --no-verify')
  })
})
