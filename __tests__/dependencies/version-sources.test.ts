/**
 * Online version sources against registry-shaped servers on 127.0.0.1: npm packuments with `time` and
 * `dist-tags` (through `.npmrc` registry and auth), PyPI, the Go proxy, RubyGems, crates.io, Docker Hub; slow and
 * failing registries fall back to the bundled snapshot and say "could not check"; cache, budget and offline.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dependenciesAnalyzers } from '../../src/analyzers/dependencies/index.js'
import { createVersionSource, VERSION_SERVICE, type VersionSourceOptions } from '../../src/sources/versions/index.js'
import { scanFiles } from '../helpers/scan.js'
import { packument, startRegistry, type RegistryDouble } from './registry-double.js'

const now = new Date('2026-11-28T00:00:00Z')
const servers: RegistryDouble[] = []
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close()
})

async function registry(routes: Parameters<typeof startRegistry>[0]): Promise<RegistryDouble> {
  const server = await startRegistry(routes)
  servers.push(server)
  return server
}

/** A project folder with an .npmrc that points npm at the double. */
function project(npmrc: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-npmrc-'))
  writeFileSync(join(dir, '.npmrc'), npmrc)
  return dir
}

function source(npmUrl: string, extra: Partial<VersionSourceOptions> = {}) {
  return createVersionSource({ cwd: project(`registry=${npmUrl}\n`), env: { HOME: '/nonexistent' }, cacheDir: false, timeoutMs: 1000, ...extra })
}

const express = packument('express', { '3.21.2': '2015-08-03T00:00:00.000Z', '4.21.2': '2024-12-05T00:00:00.000Z', '5.1.0': '2025-03-31T00:00:00.000Z', '6.0.0-beta.1': '2026-10-01T00:00:00.000Z' }, { latest: '5.1.0' })

describe('npm registry', () => {
  test('majors behind and libyears come from the packument', async () => {
    const npm = await registry({
      '/express': { body: express },
      '/left-pad': { body: packument('left-pad', { '1.3.0': '2018-04-09T00:00:00.000Z' }, { deprecated: { '1.3.0': 'use String.prototype.padStart()' } }) },
      // The pinned express is also asked about known vulnerabilities (none here).
      '/-/npm/v1/security/advisories/bulk': { body: {} }
    })
    const versions = source(npm.url)
    const findings = await scanFiles(
      { 'package.json': '{\n  "dependencies": {\n    "express": "3.21.2",\n    "left-pad": "^1.3.0"\n  }\n}\n' },
      { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: versions } }
    )
    const behind = findings.find((f) => f.ruleId === 'outdated-dependency/end-of-life' || f.ruleId === 'outdated-dependency/majors-behind')
    expect(behind?.line).toBe(3)
    const deprecated = findings.find((f) => f.ruleId === 'outdated-dependency/deprecated')
    expect(deprecated?.message).toMatch(/padStart/)
    expect(findings.some((f) => f.ruleId === 'outdated-dependency/not-checked')).toBe(false)
    expect(npm.requests.map((r) => r.path).sort()).toEqual(['/-/npm/v1/security/advisories/bulk', '/express', '/left-pad'])
  })

  test('a package the snapshot does not know is judged from the registry, with libyears', async () => {
    const npm = await registry({ '/acme-widgets': { body: packument('acme-widgets', { '1.0.0': '2020-01-01T00:00:00.000Z', '2.0.0': '2022-01-01T00:00:00.000Z', '3.0.0': '2024-01-01T00:00:00.000Z', '4.0.0-rc.1': '2026-01-01T00:00:00.000Z' }) } })
    const findings = await scanFiles({ 'package.json': '{ "dependencies": { "acme-widgets": "^1.0.0" } }\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(npm.url) } })
    // The 1.x line got no release since 2020 while 2.0.0 (2022) and 3.0.0 are out: it no longer gets fixes.
    const behind = findings.find((f) => f.ruleId === 'outdated-dependency/unmaintained')
    expect(behind?.severity).toBe('block')
    expect(behind?.message).toMatch(/on the 1\.x line, whose last release was on 2020-01-01 .* while 3\.0\.0 is out/)
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/libyear')?.message).toMatch(/^4 libyears behind in total/)
  })

  test('an older major that still gets releases is only behind (warn); one the newer major left a year ago blocks', async () => {
    const nanoid = packument('nanoid', { '3.3.7': '2023-11-01T00:00:00.000Z', '5.0.0': '2023-10-01T00:00:00.000Z', '3.3.11': '2026-07-01T00:00:00.000Z', '5.1.6': '2026-09-01T00:00:00.000Z' })
    const cookie = packument('cookie', { '0.7.2': '2024-10-07T00:00:00.000Z', '1.0.0': '2024-10-08T00:00:00.000Z', '1.1.1': '2026-08-01T00:00:00.000Z' })
    // The 1.x line's last release came a month before 2.0.0: the year counts from 2.0.0, not from the last 1.x.
    const fresh = packument('fresh-major', { '1.4.0': '2025-10-01T00:00:00.000Z', '2.0.0': '2026-06-01T00:00:00.000Z' })
    const npm = await registry({ '/nanoid': { body: nanoid }, '/cookie': { body: cookie }, '/fresh-major': { body: fresh } })
    const findings = await scanFiles(
      { 'package.json': '{\n  "dependencies": {\n    "nanoid": "^3.3.7",\n    "cookie": "^0.7.2",\n    "fresh-major": "^1.4.0"\n  }\n}\n' },
      { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(npm.url) } }
    )
    const got = findings.filter((f) => ['outdated-dependency/unmaintained', 'outdated-dependency/majors-behind'].includes(f.ruleId)).map((f) => `${f.line} ${f.ruleId.split('/')[1]} ${f.severity}`)
    expect(got.sort()).toEqual(['3 majors-behind warn', '4 unmaintained block', '5 majors-behind warn'])
    expect(findings.find((f) => f.line === 4)?.message).toMatch(/0\.7\.x line/)
  })

  test('.npmrc scoped registry and token are honoured', async () => {
    const privateRegistry = await registry({
      '/@acme/ui': (req) => (req.headers.authorization === 'Bearer s3cr3t-token' ? { body: packument('@acme/ui', { '1.0.0': '2021-01-01T00:00:00Z', '3.2.0': '2025-01-01T00:00:00Z' }) } : { status: 401, body: {} })
    })
    const host = privateRegistry.url.replace(/^http:/, '')
    const dir = project(`@acme:registry=${privateRegistry.url}\n${host}:_authToken=\${ACME_NPM_TOKEN}\n`)
    const versions = createVersionSource({ cwd: dir, env: { HOME: '/nonexistent', ACME_NPM_TOKEN: 's3cr3t-token' }, cacheDir: false })
    const lookup = await versions.lookup('npm', '@acme/ui')
    expect(lookup).toMatchObject({ status: 'found', info: { latest: '3.2.0' } })
    expect(privateRegistry.requests[0]).toEqual({ path: '/@acme/ui', authorization: 'Bearer s3cr3t-token' })
  })

  test('a slow registry times out: the snapshot answers and the run says it could not check', async () => {
    const npm = await registry({ '/react': { body: packument('react', { '19.3.1': '2026-10-01T00:00:00Z' }), delayMs: 3000 }, '/acme-private-thing': { delayMs: 3000 } })
    const versions = source(npm.url, { timeoutMs: 200 })
    const started = Date.now()
    const findings = await scanFiles(
      { 'package.json': '{ "dependencies": { "react": "^17.0.2", "acme-private-thing": "^1.0.0" } }\n' },
      { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: versions } }
    )
    expect(Date.now() - started).toBeLessThan(2500)
    // react is in the bundled snapshot: still judged; the rest is "could not check" (info, never blocking).
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/majors-behind')?.message).toMatch(/bundled snapshot/)
    const unchecked = findings.find((f) => f.ruleId === 'outdated-dependency/not-checked')
    expect(unchecked?.severity).toBe('info')
    expect(unchecked?.message).toMatch(/did not answer within 200 ms/)
  })

  test('a failing registry (HTTP 500) and an unreachable one never block and never throw', async () => {
    const npm = await registry({ '/react': { status: 500, body: 'oops' } })
    const failing = await source(npm.url).lookup('npm', 'react')
    expect(failing).toEqual({ status: 'unavailable', reason: expect.stringMatching(/HTTP 500/) })
    const closed = await registry({})
    const url = closed.url
    await servers.pop()!.close()
    const unreachable = await source(url).lookup('npm', 'react')
    expect(unreachable.status).toBe('unavailable')
    const findings = await scanFiles({ 'package.json': '{ "dependencies": { "acme-thing": "^1.0.0" } }\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(url) } })
    expect(findings.filter((f) => f.severity === 'block')).toEqual([])
  })

  test('not found means a private package: nothing to say', async () => {
    const npm = await registry({})
    const findings = await scanFiles({ 'package.json': '{ "dependencies": { "acme-internal": "^1.0.0" } }\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(npm.url) } })
    expect(findings.filter((f) => f.ruleId !== 'outdated-dependency/stale-data')).toEqual([])
  })

  test('disk cache, request budget and offline', async () => {
    const npm = await registry({ '/express': { body: express }, '/lodash': { body: packument('lodash', { '4.17.21': '2021-02-20T00:00:00Z' }) } })
    const cacheDir = mkdtempSync(join(tmpdir(), 'prodguard-cache-'))
    const first = source(npm.url, { cacheDir })
    expect((await first.lookup('npm', 'express')).status).toBe('found')
    const second = source(npm.url, { cacheDir })
    expect((await second.lookup('npm', 'express')).status).toBe('found')
    expect(second.requestsMade).toBe(0)
    expect(npm.requests).toHaveLength(1)

    const budgeted = source(npm.url, { budget: 1 })
    expect((await budgeted.lookup('npm', 'express')).status).toBe('found')
    expect(await budgeted.lookup('npm', 'lodash')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/budget of 1/) })

    const offline = createVersionSource({ offline: true })
    expect(await offline.lookup('npm', 'express')).toEqual({ status: 'unavailable', reason: 'offline' })
    const findings = await scanFiles({ 'package.json': '{ "dependencies": { "express": "^4.0.0", "acme-thing": "1.0.0" } }\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: offline } })
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/majors-behind')?.severity).toBe('warn')
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/not-checked')?.message).toMatch(/offline/)
  })

  test('concurrency stays under the limit', async () => {
    let inFlight = 0
    let peak = 0
    const routes: Parameters<typeof startRegistry>[0] = {}
    for (let i = 0; i < 12; i++) {
      routes[`/pkg-${i}`] = () => {
        inFlight++
        peak = Math.max(peak, inFlight)
        setTimeout(() => inFlight--, 40)
        return { body: packument(`pkg-${i}`, { '1.0.0': '2025-01-01T00:00:00Z' }), delayMs: 50 }
      }
    }
    const npm = await registry(routes)
    const versions = source(npm.url, { concurrency: 3 })
    await Promise.all(Array.from({ length: 12 }, (_, i) => versions.lookup('npm', `pkg-${i}`)))
    expect(peak).toBeLessThanOrEqual(3)
  })
})

describe('other registries', () => {
  test('PyPI, Go proxy, RubyGems, crates.io and Docker Hub answers', async () => {
    const server = await registry({
      '/pypi/flask/json': {
        body: {
          info: { name: 'Flask', version: '3.1.3', classifiers: [] },
          releases: { '1.1.4': [{ upload_time_iso_8601: '2021-05-14T00:00:00Z', yanked: false }], '3.1.3': [{ upload_time_iso_8601: '2026-02-01T00:00:00Z', yanked: false }], '4.0.0rc1': [{ upload_time_iso_8601: '2026-10-01T00:00:00Z' }] }
        }
      },
      '/github.com/!burnt!sushi/toml/@latest': { body: { Version: 'v1.5.0', Time: '2025-03-01T00:00:00Z' } },
      '/github.com/go-redis/redis/v8/@latest': { body: { Version: 'v8.11.5', Time: '2022-03-17T00:00:00Z' } },
      '/github.com/go-redis/redis/v9/@latest': { body: { Version: 'v9.7.0', Time: '2025-10-01T00:00:00Z' } },
      '/api/v1/versions/rails.json': { body: [{ number: '8.1.0.beta1', prerelease: true, created_at: '2026-09-01T00:00:00Z' }, { number: '8.0.2', prerelease: false, created_at: '2025-03-12T00:00:00Z' }, { number: '6.1.7.6', prerelease: false, created_at: '2023-08-22T00:00:00Z' }] },
      '/api/v1/crates/serde': { body: { crate: { name: 'serde', max_stable_version: '1.0.228' }, versions: [{ num: '1.0.228', created_at: '2025-09-27T00:00:00Z', yanked: false }] } },
      '/v2/repositories/louislam/uptime-kuma/tags': { body: { results: [{ name: 'latest', last_updated: '2026-11-01T00:00:00Z' }, { name: '3.1.0', last_updated: '2026-10-21T00:00:00Z' }, { name: '3.1.0-slim', last_updated: '2026-10-21T00:00:00Z' }, { name: '2.0.2', last_updated: '2026-06-01T00:00:00Z' }] } }
    })
    const bases = { pypi: server.url, go: server.url, rubygems: server.url, cargo: server.url, docker: server.url }
    const versions = createVersionSource({ registries: bases, oci: { 'ghcr.io': server.url }, cacheDir: false, env: { HOME: '/nonexistent' } })
    expect(await versions.lookup('pypi', 'Flask')).toMatchObject({ status: 'found', info: { latest: '3.1.3', latestDate: '2026-02-01T00:00:00Z' } })
    expect(await versions.lookup('go', 'github.com/BurntSushi/toml')).toMatchObject({ status: 'found', info: { latest: 'v1.5.0' } })
    expect(await versions.lookup('go', 'github.com/go-redis/redis/v8')).toMatchObject({ status: 'found', info: { latest: 'v9.7.0' } })
    expect(await versions.lookup('rubygems', 'rails')).toMatchObject({ status: 'found', info: { latest: '8.0.2' } })
    expect(await versions.lookup('cargo', 'serde')).toMatchObject({ status: 'found', info: { latest: '1.0.228' } })
    expect(await versions.lookup('docker', 'louislam/uptime-kuma')).toMatchObject({ status: 'found', info: { latest: '3.1.0' } })
    expect(await versions.lookup('docker', 'ghcr.io/acme/api')).toEqual({ status: 'not-found' })

    const findings = await scanFiles(
      { 'deploy/compose.yml': 'services:\n  dash:\n    image: louislam/uptime-kuma:1.23.16\n', 'go.mod': 'module x\n\ngo 1.25\n\nrequire github.com/go-redis/redis/v8 v8.11.5\n' },
      { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: versions } }
    )
    const behind = findings.filter((f) => f.ruleId === 'outdated-dependency/majors-behind').map((f) => `${f.file}:${f.severity}`)
    // No tag dates of the 1.x line: behind, not known to be unmaintained.
    expect(behind.sort()).toEqual(['deploy/compose.yml:warn', 'go.mod:warn'])
  })
})
