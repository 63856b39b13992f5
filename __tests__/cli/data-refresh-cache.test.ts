/**
 * `prodguard data refresh` as an installed package uses it: it writes to the user cache, later runs prefer what it
 * wrote, its output is a short summary even when the network is down, and its exit codes say what happened.
 * The sources are servers on 127.0.0.1 that answer like endoflife.date and the registries.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, json, prodguard, type CliRun } from '../helpers/cli.js'
import { TempRepo } from '../helpers/git-repo.js'
import { startRegistry, type RegistryDouble } from '../dependencies/registry-double.js'

const cleanup: Array<() => unknown> = []
afterAll(async () => {
  for (const c of cleanup.reverse()) await c()
})

/** The CLI run without blocking the event loop, so the servers of this process can answer it. */
function run(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env['PATH'], ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function server(routes: Parameters<typeof startRegistry>[0]): Promise<RegistryDouble> {
  const s = await startRegistry(routes)
  cleanup.push(() => s.close())
  return s
}

describe('prodguard data refresh', () => {
  it('with every source down: a few lines, nothing written, exit 1', async () => {
    const down = await server({})
    const cache = tempDir('prodguard-cache-')
    const result = await run(tempDir('prodguard-cwd-'), ['data', 'refresh', '--eol-api', `${down.url}api/v1`, '--npm-registry', down.url, '--pypi', `${down.url}pypi`, '--go-proxy', `${down.url}go`, '--github-api', `${down.url}github`, '--maven', `${down.url}maven2/`, '--maven-search', `${down.url}search/`, '--nuget', `${down.url}nuget/`, '--rubygems', `${down.url}rubygems/`, '--crates', `${down.url}crates/`, '--packagist', `${down.url}packagist/`, '--timeout', '2000', '--concurrency', '16'], {
      XDG_CACHE_HOME: cache,
      HOME: cache
    })
    expect(result.code).toBe(1)
    const lines = `${result.stdout}${result.stderr}`.trim().split('\n')
    // One line per table, one per source and reason that failed (endoflife.date; npm, PyPI, Go, Maven Central, NuGet,
    // RubyGems, crates.io, Packagist, each not found or timed out; GitHub's tags), and the verdict: not one per package.
    expect(lines.length).toBeLessThanOrEqual(3 + 1 + 2 * 8 + 1 + 1)
    expect(result.stderr).toMatch(/^versions: kept the old data of \d+ \(maven: .+\): .+ and \d+ more$/m)
    expect(result.stderr).toMatch(/^eol: kept the old data of \d+ \(.+\): .+ and \d+ more$/m)
    expect(result.stdout).toContain('Nothing was written')
    expect(existsSync(join(cache, 'prodguard', 'outdated-dependency', 'eol.json'))).toBe(false)
  }, 120_000)

  it('writes to the user cache, and check prefers that data; exit 0 when everything was refreshed', async () => {
    const api = await server({
      '/api/v1/products/nodejs': {
        body: {
          result: {
            name: 'nodejs',
            label: 'Node.js',
            releases: [
              // An end of life the bundled data does not know: only a run that reads the refreshed data reports it.
              { name: '26', releaseDate: '2026-05-05', isLts: true, ltsFrom: '2026-10-28', isEol: true, eolFrom: '2026-11-01', latest: { name: '26.7.0', date: '2026-08-05' } },
              { name: '28', releaseDate: '2027-05-05', isEol: false, eolFrom: '2030-04-30', latest: { name: '28.0.0', date: '2027-05-05' } }
            ]
          }
        }
      }
    })
    const cache = tempDir('prodguard-cache-')
    const refreshed = await run(tempDir('prodguard-cwd-'), ['data', 'refresh', '--only', 'eol', '--products', 'nodejs', '--eol-api', `${api.url}api/v1`], { XDG_CACHE_HOME: cache, HOME: cache })
    expect(refreshed.stderr).toBe('')
    expect(refreshed.code).toBe(0)
    expect(refreshed.stdout).toBe(`eol.json: 1 of 1 products refreshed\nWrote to ${join(cache, 'prodguard', 'outdated-dependency')}: prodguard uses this data from now on (delete the folder to go back to the bundled data).\n`)
    const written = JSON.parse(readFileSync(join(cache, 'prodguard', 'outdated-dependency', 'eol.json'), 'utf8'))
    expect(written.products.nodejs.releases[0]).toMatchObject({ name: '26', eol: '2026-11-01' })
    // The other products are still there, from the bundled snapshot.
    expect(Object.keys(written.products).length).toBeGreaterThan(10)

    const app = new TempRepo()
    cleanup.push(() => app.cleanup())
    app.write({ Dockerfile: 'FROM node:26-alpine\nCMD ["node", "server.js"]\n' })
    const bundled = json(prodguard(app.dir, ['check', '--offline', '-f', 'json']))
    expect(bundled.findings.filter((f) => f.ruleId === 'outdated-dependency/end-of-life')).toEqual([])
    const fresh = prodguard(app.dir, ['check', '--offline', '-f', 'json', '--verbose'], { XDG_CACHE_HOME: cache })
    expect(json(fresh).findings.filter((f) => f.ruleId === 'outdated-dependency/end-of-life').map((f) => f.file)).toEqual(['Dockerfile'])
    expect(fresh.stderr).toContain(`using refreshed outdated-dependency/eol.json of `)
  }, 120_000)

  it('a bad flag is exit 2', async () => {
    const result = await run(tempDir('prodguard-cwd-'), ['data', 'refresh', '--only', 'all'], { HOME: tempDir('prodguard-home-') })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--only takes eol, versions or actions')
  })
})
