/**
 * The pre-commit framework (Debian's `pre-commit`) installs prodguard's hook from a local clone, with the system Node,
 * and refuses a commit that adds a DROP TABLE migration while a safe commit goes through.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packageRoot } from '../../src/knowledge/package-root.js'
import { TempRepo } from '../helpers/git-repo.js'

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
const required = process.env['PRODGUARD_REQUIRE_PRECOMMIT'] === '1'
if (!hasPreCommit && !required) {
  process.stderr.write('pre-commit is not installed: skipping the hook test (apt install pre-commit; CI installs it and requires this test)\n')
}
const maybe = hasPreCommit || required ? describe : describe.skip

const cleanup: Array<() => void> = []
afterAll(() => cleanup.forEach((c) => c()))

/** A clone-able copy of this package as it is now (the files a user's pre-commit would fetch from the repository). */
function hookRepository(): { dir: string; rev: string } {
  const repo = new TempRepo('prodguard-hook-src-')
  cleanup.push(() => repo.cleanup())
  const root = packageRoot()
  for (const path of ['package.json', 'package-lock.json', '.pre-commit-hooks.yaml', 'README.md', 'action.yml', 'dist', 'rules', 'schema']) {
    cpSync(join(root, path), join(repo.dir, path), { recursive: true })
  }
  return { dir: repo.dir, rev: repo.commit('prodguard') }
}

maybe('pre-commit hook', () => {
  it('refuses a commit with a DROP TABLE migration and lets a safe one through', () => {
    const hook = hookRepository()
    const home = mkdtempSync(join(tmpdir(), 'prodguard-pre-commit-home-'))
    cleanup.push(() => rmSync(home, { recursive: true, force: true }))
    const env = { ...process.env, PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' }

    const app = new TempRepo('prodguard-hook-user-')
    cleanup.push(() => app.cleanup())
    app.write({
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: prodguard\n`,
      'README.md': '# app\n'
    })
    app.commit('app')
    const install = spawnSync('pre-commit', ['install'], { cwd: app.dir, env, encoding: 'utf8' })
    expect(install.status).toBe(0)

    // A safe migration commits.
    app.write({ 'db/migrations/001_create.sql': 'CREATE TABLE orders (id bigint primary key);\n' })
    app.git('add', '-A')
    const safe = spawnSync('git', ['commit', '-m', 'create orders'], { cwd: app.dir, env, encoding: 'utf8' })
    if (safe.status !== 0) throw new Error(`the safe commit was refused:\n${safe.stdout}${safe.stderr}`)
    expect(safe.stdout + safe.stderr).toMatch(/prodguard\.+Passed/)

    // A destructive one is refused, with prodguard's message.
    app.write({ 'db/migrations/002_drop.sql': 'DROP TABLE orders;\n' })
    app.git('add', '-A')
    const refused = spawnSync('git', ['commit', '-m', 'drop orders'], { cwd: app.dir, env, encoding: 'utf8' })
    const output = refused.stdout + refused.stderr
    expect(refused.status).not.toBe(0)
    expect(output).toContain('destructive-sql/drop-table')
    expect(output).toContain('db/migrations/002_drop.sql')
    expect(app.git('log', '--format=%s').trim().split('\n')).toEqual(['create orders', 'app'])
    expect(output).toContain('git commit --no-verify')
    expect(output).not.toContain('approve the pull request')

    // Committed anyway: `--all-files` and `--from-ref/--to-ref` still find it.
    const forced = spawnSync('git', ['commit', '--no-verify', '-m', 'drop orders'], { cwd: app.dir, env, encoding: 'utf8' })
    expect(forced.status).toBe(0)
    const all = spawnSync('pre-commit', ['run', '--all-files'], { cwd: app.dir, env, encoding: 'utf8' })
    expect(all.status).not.toBe(0)
    expect(all.stdout + all.stderr).toContain('db/migrations/002_drop.sql')
    const refs = spawnSync('pre-commit', ['run', '--from-ref', 'HEAD~1', '--to-ref', 'HEAD'], { cwd: app.dir, env, encoding: 'utf8' })
    expect(refs.status).not.toBe(0)
    expect(refs.stdout + refs.stderr).toContain('destructive-sql/drop-table')
    const none = spawnSync('pre-commit', ['run', '--from-ref', 'HEAD~2', '--to-ref', 'HEAD~1'], { cwd: app.dir, env, encoding: 'utf8' })
    expect(none.status).toBe(0)
  }, 300_000)
})
