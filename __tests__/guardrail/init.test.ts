/** `prodguard init --hardened` writes the hardened setup of docs/action.md; `init --help` writes nothing. */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/io.js'
import { parseConfig } from '../../src/config/load.js'
import { TempRepo } from '../helpers/git-repo.js'

const repos: TempRepo[] = []
afterAll(() => repos.forEach((r) => r.cleanup()))

function setup(): { repo: TempRepo; io: CliIO; out: string[] } {
  const repo = new TempRepo()
  repos.push(repo)
  repo.write({ 'README.md': '# shop\n' }).commit('base')
  const out: string[] = []
  return { repo, out, io: { cwd: repo.dir, env: {}, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), isTTY: false } }
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('prodguard init', () => {
  it('--help prints help and writes nothing', async () => {
    const { repo, io, out } = setup()
    expect(await main(['init', '--help'], io)).toBe(0)
    expect(out.join('')).toMatch(/^Usage: prodguard init \[--hardened\] \[--force\]/)
    expect(await main(['init', '-h', '--hardened'], io)).toBe(0)
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', 'README.md'])
  })

  it('--hardened writes the privileged workflow, the relay and the config, as HARDENED.md describes', async () => {
    const { repo, io, out } = setup()
    expect(await main(['init', '--hardened'], io)).toBe(0)
    expect(out.join('')).toContain('wrote .github/workflows/prodguard-relay.yml')
    const gate = parse(readFileSync(join(repo.dir, '.github/workflows/prodguard.yml'), 'utf8')) as Json
    expect(Object.keys(gate['on']).sort()).toEqual(['pull_request_target', 'workflow_dispatch', 'workflow_run'])
    expect(gate['on']['pull_request_target']['types']).toEqual(['opened', 'synchronize', 'reopened', 'ready_for_review', 'edited'])
    expect(gate['on']['workflow_run']).toEqual({ workflows: ['prodguard relay'], types: ['completed'] })
    expect(gate['on']['workflow_dispatch']['inputs']['pull-request']).toMatchObject({ required: true })
    expect(gate['permissions']).toEqual({})
    const job = gate['jobs']['prodguard']
    expect(job).toMatchObject({ environment: 'prodguard', permissions: { contents: 'read' } })
    expect(job['steps']).toEqual([
      { id: 'app-token', uses: 'actions/create-github-app-token@v2', with: { 'app-id': '${{ secrets.PRODGUARD_APP_ID }}', 'private-key': '${{ secrets.PRODGUARD_APP_PRIVATE_KEY }}' } },
      { uses: 'prodguard/prodguard@v1', with: { 'github-token': '${{ steps.app-token.outputs.token }}', verdict: 'check-run', 'status-context': 'prodguard' } }
    ])
    const relay = parse(readFileSync(join(repo.dir, '.github/workflows/prodguard-relay.yml'), 'utf8')) as Json
    expect(relay['name']).toBe(gate['on']['workflow_run']['workflows'][0])
    expect(relay['on']).toEqual({ pull_request_review: { types: ['submitted', 'dismissed'] }, merge_group: { types: ['checks_requested'] } })
    expect(relay['permissions']).toEqual({})
    expect(JSON.stringify(relay)).not.toMatch(/secrets\.|token/)
    const text = readFileSync(join(repo.dir, '.github/workflows/prodguard.yml'), 'utf8')
    for (const step of [/Environment named `prodguard`/, /Deployment branches/, /only the default branch/, /Checks: read & write/, /Members: read/, /choose your App as its source/]) expect(text).toMatch(step)
    const config = await parseConfig(readFileSync(join(repo.dir, '.prodguard.yml')), '.prodguard.yml')
    expect(config.file?.$schema).toMatch(/prodguard\.schema\.json$/)
  })

  it('refuses to overwrite the default setup without --force, and replaces it with it', async () => {
    const { repo, io } = setup()
    expect(await main(['init'], io)).toBe(0)
    await expect(main(['init', '--hardened'], io)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/already exist/) })
    expect(existsSync(join(repo.dir, '.github/workflows/prodguard-relay.yml'))).toBe(false)
    expect(await main(['init', '--hardened', '--force'], io)).toBe(0)
    expect(readFileSync(join(repo.dir, '.github/workflows/prodguard.yml'), 'utf8')).toContain('verdict: check-run')
    rmSync(join(repo.dir, '.prodguard.yml'))
  })
})
