/** `extends:` a local file or an npm package (the CLI), with loosening flagged in a diff of a real repository. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/io.js'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/errors.js'
import { TempRepo } from '../helpers/git-repo.js'

const repos: TempRepo[] = []
afterAll(() => repos.forEach((r) => r.cleanup()))
const repo = (files: Record<string, string>) => {
  const r = new TempRepo()
  repos.push(r)
  r.write({ 'README.md': '# shop\n', ...files }).commit('base')
  return r
}
const POLICY = 'approvals:\n  required: 2\n  users: [dave, erin]\nrules:\n  destructive-sql: block\n  outdated-dependency: warn\n'

describe('extends', () => {
  it('applies a local file first and the closer config over it', async () => {
    const r = repo({ 'policy/prodguard.yml': POLICY, '.prodguard.yml': 'extends: ./policy/prodguard.yml\nrules:\n  outdated-dependency: block\n' })
    const { settings, notices } = await loadConfig(r.dir)
    expect(settings.approvals).toMatchObject({ required: 2, users: ['dave', 'erin'] })
    expect(settings.rules).toEqual({ 'destructive-sql': 'block', 'outdated-dependency': 'block' })
    expect(notices).toBeUndefined()
  })

  it('reads an npm package installed in the repository, scoped, its .prodguard.yml or a named file', async () => {
    const r = repo({ 'package.json': '{"name":"shop","private":true}\n' })
    const pkg = join(r.dir, 'node_modules', '@acme', 'prodguard-policy')
    mkdirSync(pkg, { recursive: true })
    writeFileSync(join(pkg, 'package.json'), '{"name":"@acme/prodguard-policy","version":"1.0.0"}\n')
    writeFileSync(join(pkg, '.prodguard.yml'), POLICY)
    writeFileSync(join(pkg, 'strict.yml'), 'extends: "./.prodguard.yml"\nfailOn: warn\n')
    writeFileSync(join(r.dir, '.prodguard.yml'), 'extends: "@acme/prodguard-policy"\n')
    expect((await loadConfig(r.dir)).settings.approvals.required).toBe(2)
    writeFileSync(join(r.dir, '.prodguard.yml'), 'extends: ["@acme/prodguard-policy", "@acme/prodguard-policy/strict.yml"]\n')
    // strict.yml's own `./.prodguard.yml` is resolved against the repository root, which has the file itself: a cycle is refused, not looped
    await expect(loadConfig(r.dir)).rejects.toBeInstanceOf(ConfigError)
    writeFileSync(join(pkg, 'strict.yml'), 'failOn: warn\n')
    expect((await loadConfig(r.dir)).settings).toMatchObject({ failOn: 'warn', approvals: { required: 2 } })
  })

  it('refuses what it cannot apply: a missing file or package, a path outside the repository, a cycle', async () => {
    const cases: Array<[string, RegExp]> = [
      ['extends: ./policy/missing.yml\n', /file not found/],
      ['extends: "@acme/not-installed"\n', /not installed/],
      ['extends: ../../etc/prodguard.yml\n', /inside the repository/],
      ['extends: ./.prodguard.yml\n', /cycle|more than 5 levels/],
      ['extends: "not a spec!"\n', /not a local file/]
    ]
    for (const [text, reason] of cases) {
      const r = repo({ '.prodguard.yml': text })
      await expect(loadConfig(r.dir)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(reason) })
    }
  })

  it('tells that a GitHub ref is read only by the Action, and refuses extends where nothing can read it', async () => {
    const r = repo({ '.prodguard.yml': 'extends: acme/policies/prodguard/strict.yml@3f786850e387550fdab836ed7e6dc881de23001b\nfailOn: block\n' })
    const { notices } = await loadConfig(r.dir)
    expect(notices).toEqual([expect.stringMatching(/`extends: acme\/policies\/prodguard\/strict.yml@3f786850e387550fdab836ed7e6dc881de23001b` is read only by the GitHub Action/)])
    await expect(parseConfig('extends: ./policy.yml\n', '.prodguard.yml')).rejects.toMatchObject({ keyPath: 'extends[0]', reason: expect.stringMatching(/cannot be read here/) })
  })

  it('refuses a GitHub entry on a ref that can move (a branch, a tag, an abbreviated SHA), in every front door', async () => {
    for (const ref of ['main', 'v3', 'release/2026', '3f78685']) {
      const r = repo({ '.prodguard.yml': `extends: acme/policies/prodguard/strict.yml@${ref}\n` })
      await expect(loadConfig(r.dir)).rejects.toMatchObject({ exitCode: 2, keyPath: 'extends[0]', reason: expect.stringMatching(/anyone who can push to that repository can move: this repository's policy would change without a review here/) })
      const io: CliIO = { cwd: r.dir, env: { PRODGUARD_NOW: '2026-11-28' }, stdout: () => undefined, stderr: () => undefined, isTTY: false }
      // The front door prints a ConfigError as one message with its suggestion and exits 2.
      await expect(main(['check', '--format', 'json'], io)).rejects.toMatchObject({ exitCode: 2, suggestion: expect.stringMatching(/pin it to the full 40-character commit SHA/) })
    }
  })

  it('flags in a diff a pinned policy moved onto a branch: once merged the config would not load', async () => {
    const r = repo({ '.prodguard.yml': 'extends: acme/policies/prodguard/strict.yml@3f786850e387550fdab836ed7e6dc881de23001b\n' })
    r.git('checkout', '-q', '-b', 'follow-main')
    r.write({ '.prodguard.yml': 'extends: acme/policies/prodguard/strict.yml@main\n' }).commit('follow the policy branch')
    const out: string[] = []
    const io: CliIO = { cwd: r.dir, env: { PRODGUARD_NOW: '2026-11-28' }, stdout: (t) => void out.push(t), stderr: () => undefined, isTTY: false }
    // The working tree's config is the unpinned one: diff refuses to run under it, as the gate would.
    await expect(main(['diff', '--base', 'main', '--head', 'follow-main', '--format', 'json'], io)).rejects.toMatchObject({ exitCode: 2, keyPath: 'extends[0]' })
    r.git('checkout', '-q', 'main')
    out.length = 0
    expect(await main(['diff', '--base', 'main', '--head', 'follow-main', '--format', 'json'], io)).toBe(1)
    const report = JSON.parse(out.join('')) as { findings: Array<{ ruleId: string; message: string }> }
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'guardrail/weakened', message: expect.stringMatching(/does not validate at `extends\[0\]`.*`@main` is a branch or a tag/) })])
  })

  it('lets the Action read a GitHub ref through its resolver', async () => {
    const asked: string[] = []
    const loaded = await parseConfig('extends: acme/policies/prodguard/strict.yml@3f786850e387550fdab836ed7e6dc881de23001b\n', '.prodguard.yml', {
      resolveExtends: (spec, kind) => {
        asked.push(`${kind} ${spec}`)
        return { text: POLICY, label: spec }
      }
    })
    expect(asked).toEqual(['github acme/policies/prodguard/strict.yml@3f786850e387550fdab836ed7e6dc881de23001b'])
    expect(loaded.settings.approvals.users).toEqual(['dave', 'erin'])
  })

  it('flags in a diff a closer config that loosens what it extends, and an extends removed', async () => {
    const r = repo({ 'policy/prodguard.yml': POLICY, '.prodguard.yml': 'extends: ./policy/prodguard.yml\n', 'db/migrations/001_init.sql': 'CREATE TABLE t (id int);\n' })
    r.git('checkout', '-q', '-b', 'loosen')
    r.write({ '.prodguard.yml': 'extends: ./policy/prodguard.yml\napprovals:\n  required: 1\n' }).commit('one approval is enough')
    const out: string[] = []
    const io: CliIO = { cwd: r.dir, env: { PRODGUARD_NOW: '2026-11-28' }, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), isTTY: false }
    expect(await main(['diff', '--base', 'main', '--head', 'loosen', '--format', 'json'], io)).toBe(1)
    const report = JSON.parse(out.join('')) as { findings: Array<{ ruleId: string; message: string }> }
    expect(report.findings.map((f) => f.message)).toEqual([expect.stringMatching(/reduces the approvals a blocking finding needs from 2 to 1/)])

    r.git('checkout', '-q', 'main')
    r.git('checkout', '-q', '-b', 'drop-policy')
    r.write({ '.prodguard.yml': 'failOn: block\n' }).commit('no policy')
    out.length = 0
    expect(await main(['diff', '--base', 'main', '--head', 'drop-policy', '--format', 'json'], io)).toBe(1)
    const messages = (JSON.parse(out.join('')) as { findings: Array<{ message: string }> }).findings.map((f) => f.message)
    expect(messages).toContainEqual(expect.stringMatching(/no longer extends `\.\/policy\/prodguard\.yml`/))
    expect(messages).toContainEqual(expect.stringMatching(/from 2 to 1/))

    r.git('checkout', '-q', 'main')
    r.git('checkout', '-q', '-b', 'edit-policy')
    r.write({ 'policy/prodguard.yml': POLICY.replace('destructive-sql: block', 'destructive-sql: warn') }).commit('softer policy')
    out.length = 0
    expect(await main(['diff', '--base', 'main', '--head', 'edit-policy', '--format', 'json'], io)).toBe(1)
    expect((JSON.parse(out.join('')) as { findings: Array<{ file: string; message: string }> }).findings).toEqual([
      expect.objectContaining({ file: 'policy/prodguard.yml', message: expect.stringMatching(/turns `destructive-sql` down from block to warn/) })
    ])
  })
})
