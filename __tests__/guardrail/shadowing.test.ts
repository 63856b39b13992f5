/**
 * A `.prodguard.yml` added beside a governing `.prodguard.yaml`: the loader reads `.prodguard.yml` first, so once
 * merged the new file replaces the old one whole. `prodguard diff` (a committed head, the working tree, the staged
 * change) says so as guardrail/weakened and compares the new file with the one it shadows, as the Action does.
 */
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/io.js'
import { tempRepos } from '../helpers/cli.js'

const repo = tempRepos()
const STRICT = 'version: 1\napprovals:\n  users: [dave]\n  required: 2\nrules:\n  lock-safety: block\n'

interface Run {
  code: number
  findings: Array<{ ruleId: string; file: string; line: number; severity: string; message: string }>
}

async function diff(dir: string, args: string[]): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIO = { cwd: dir, env: { PRODGUARD_NOW: '2026-11-28' }, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), isTTY: false }
  const code = await main(['diff', ...args, '--format', 'json'], io)
  if (code > 1) throw new Error(`exit ${code}: ${err.join('')}`)
  return { code, findings: (JSON.parse(out.join('')) as Run).findings }
}

const guardrail = (run: Run) => run.findings.filter((f) => f.ruleId === 'guardrail/weakened').map((f) => `${f.file}:${f.line} ${f.message}`)

function strictRepo() {
  const r = repo({ 'README.md': '# shop\n', '.prodguard.yaml': STRICT })
  r.commit('base')
  return r
}

describe('diff: a config added beside the governing .prodguard.yaml', () => {
  it('is guardrail/weakened on a committed head, and is compared with the file it replaces', async () => {
    const r = strictRepo()
    r.git('checkout', '-q', '-b', 'feature')
    r.write({ '.prodguard.yml': 'version: 1\n' }).commit('add a config')
    const run = await diff(r.dir, ['--base', 'main', '--head', 'feature'])
    expect(run.code).toBe(1)
    const found = guardrail(run)
    expect(found[0]).toMatch(/^\.prodguard\.yml:1 \.prodguard\.yml is added beside the governing \.prodguard\.yaml: once merged prodguard reads \.prodguard\.yml instead/)
    // Against .prodguard.yaml, not against the defaults: each thing it stops requiring is named.
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/turns `lock-safety` down from block to warn/),
        expect.stringMatching(/reduces the approvals a blocking finding needs from 2 to 1/),
        expect.stringMatching(/removes the approver list/)
      ])
    )
    expect(run.findings.every((f) => f.severity === 'block')).toBe(true)
  })

  it('is found in the working tree (no --head) and in the staged change, where no tree of the head is listed', async () => {
    const r = strictRepo()
    r.write({ '.prodguard.yml': 'version: 1\napprovals:\n  users: [dave]\n  required: 2\nrules:\n  lock-safety: block\n' })
    // Identical settings: only the shadowing itself is said.
    expect(guardrail(await diff(r.dir, ['--base', 'HEAD']))).toEqual([expect.stringMatching(/is added beside the governing \.prodguard\.yaml/)])
    r.git('add', '.prodguard.yml')
    const staged = await diff(r.dir, ['--staged'])
    expect(staged.code).toBe(1)
    expect(guardrail(staged)).toEqual([expect.stringMatching(/is added beside the governing \.prodguard\.yaml/)])
  })

  it('reads the shadowed file as the index holds it in a staged change (what the commit will hold)', async () => {
    const r = strictRepo()
    // The work tree's .prodguard.yaml is edited but not staged: the commit keeps the strict one.
    r.write({ '.prodguard.yaml': 'version: 1\n', '.prodguard.yml': 'version: 1\n' })
    r.git('add', '.prodguard.yml')
    expect(guardrail(await diff(r.dir, ['--staged']))).toEqual(expect.arrayContaining([expect.stringMatching(/reduces the approvals .* from 2 to 1/)]))
  })

  it('says nothing of shadowing where there is nothing to shadow', async () => {
    // No .prodguard.yaml: the new file is compared with the defaults only (and loosens nothing here).
    const plain = repo({ 'README.md': '# shop\n' })
    plain.commit('base')
    plain.git('checkout', '-q', '-b', 'feature')
    plain.write({ '.prodguard.yml': 'version: 1\napprovals:\n  required: 2\n' }).commit('add a config')
    expect(guardrail(await diff(plain.dir, ['--base', 'main', '--head', 'feature']))).toEqual([])

    // A .prodguard.yaml added beside a .prodguard.yml is never read: it shadows nothing.
    const yml = repo({ 'README.md': '# shop\n', '.prodguard.yml': STRICT })
    yml.commit('base')
    yml.git('checkout', '-q', '-b', 'feature')
    yml.write({ '.prodguard.yaml': 'version: 1\n' }).commit('add another config')
    expect(guardrail(await diff(yml.dir, ['--base', 'main', '--head', 'feature'])).filter((m) => /beside/.test(m))).toEqual([])

    // Both files added by the same change: nothing governed before it (each is compared with the defaults; adding
    // dave as an approver is a loosening of its own, but not a shadowing).
    const both = repo({ 'README.md': '# shop\n' })
    both.commit('base')
    both.git('checkout', '-q', '-b', 'feature')
    both.write({ '.prodguard.yaml': STRICT, '.prodguard.yml': 'version: 1\n' }).commit('add two configs')
    expect(guardrail(await diff(both.dir, ['--base', 'main', '--head', 'feature'])).filter((m) => /beside/.test(m))).toEqual([])
  })

  it('compares a .prodguard.yaml renamed to .prodguard.yml with itself, not with the defaults', async () => {
    const r = strictRepo()
    r.git('checkout', '-q', '-b', 'feature')
    r.git('mv', '.prodguard.yaml', '.prodguard.yml')
    r.commit('rename the config')
    expect(guardrail(await diff(r.dir, ['--base', 'main', '--head', 'feature']))).toEqual([])
  })
})
