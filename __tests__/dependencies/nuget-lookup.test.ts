/**
 * The NuGet online lookup: nuget.org's v3 registration resource (`registration5-gz-semver2/<id>/index.json`), with
 * versions inline for small packages and in pages for large ones, served by a registry-shaped server on 127.0.0.1.
 * Unlisted versions and prereleases are never the latest; deprecation notices reach `deprecated`; failures fall back
 * (never block); answers are cached on disk and count against the request budget.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dependenciesAnalyzers } from '../../src/analyzers/dependencies/index.js'
import { createVersionSource, VERSION_SERVICE, type VersionSourceOptions } from '../../src/sources/versions/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { compareVersions, isStable, normalizeNugetVersion } from '../../src/analyzers/dependencies/versioning.js'
import { scanChange, scanFiles } from '../helpers/scan.js'
import { startRegistry, type RegistryDouble, type Route } from './registry-double.js'

const now = new Date('2026-11-28T00:00:00Z')
const servers: RegistryDouble[] = []
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close()
})

async function registry(routes: Record<string, Route>): Promise<RegistryDouble> {
  const server = await startRegistry(routes)
  servers.push(server)
  return server
}

const BASE = 'v3/registration5-gz-semver2/'

function source(url: string, extra: Partial<VersionSourceOptions> = {}) {
  return createVersionSource({ env: { HOME: '/nonexistent' }, cacheDir: false, timeoutMs: 1000, registries: { nuget: `${url}${BASE}`, osv: url }, ...extra })
}

interface V {
  version: string
  published: string
  listed?: boolean
  deprecation?: Record<string, unknown>
}

/** A registration leaf as nuget.org writes it (trimmed of dependency groups). */
const leaf = (url: string, id: string, v: V) => ({
  '@id': `${url}${BASE}${id.toLowerCase()}/${v.version.toLowerCase()}.json`,
  '@type': 'Package',
  catalogEntry: {
    '@id': `https://api.nuget.org/v3/catalog0/data/2024.01.01.00.00.00/${id.toLowerCase()}.${v.version.toLowerCase()}.json`,
    '@type': 'PackageDetails',
    authors: 'Serilog Contributors',
    id,
    listed: v.listed ?? true,
    published: v.published,
    version: v.version,
    ...(v.deprecation ? { deprecation: v.deprecation } : {})
  },
  packageContent: `https://api.nuget.org/v3-flatcontainer/${id.toLowerCase()}/${v.version.toLowerCase()}/${id.toLowerCase()}.${v.version.toLowerCase()}.nupkg`
})

const page = (url: string, id: string, versions: V[], inline: boolean, n = 0) => ({
  '@id': `${url}${BASE}${id.toLowerCase()}/page/${versions[0]!.version}/${versions.at(-1)!.version}.json`,
  '@type': 'catalog:CatalogPage',
  count: versions.length,
  lower: versions[0]!.version,
  upper: versions.at(-1)!.version,
  ...(inline ? { items: versions.map((v) => leaf(url, id, v)) } : {}),
  ...(n > 0 ? { parent: `${url}${BASE}${id.toLowerCase()}/index.json` } : {})
})

const index = (pages: unknown[]) => ({ '@id': 'index', '@type': ['catalog:CatalogRoot', 'PackageRegistration', 'catalog:Permalink'], count: pages.length, items: pages })

const csproj = (refs: Record<string, string>) => `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
${Object.entries(refs)
  .map(([name, version]) => `    <PackageReference Include="${name}" Version="${version}" />`)
  .join('\n')}
  </ItemGroup>
</Project>
`

const SERILOG: V[] = [
  { version: '2.10.0', published: '2020-09-28T03:10:00+00:00' },
  { version: '2.12.0', published: '2022-08-29T04:25:00+00:00' },
  { version: '3.0.1', published: '2023-06-13T01:42:00+00:00' },
  { version: '3.1.1', published: '2023-11-08T22:37:00+00:00' },
  { version: '4.0.0', published: '2024-06-11T00:58:00+00:00' },
  { version: '4.2.0', published: '2024-12-02T23:10:00+00:00' },
  { version: '4.3.0', published: '2025-05-19T05:00:00+00:00' },
  { version: '4.3.1-dev-02373', published: '2025-08-01T00:00:00+00:00' },
  // Unlisted: hidden from installs, never the latest (nuget.org dates it 1900-01-01).
  { version: '5.0.0', published: '1900-01-01T00:00:00+00:00', listed: false }
]

const notChecked = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'outdated-dependency/not-checked' && !/known vulnerabilities/.test(f.message))

describe('NuGet registration lookup', () => {
  test('an index with inline versions: one request; prereleases and unlisted versions are not the latest', async () => {
    // The route table is read at request time: it is filled once the server's URL (named in the leaves) is known.
    const routes: Record<string, Route> = {}
    const live = await registry(routes)
    routes[`/${BASE}serilog/index.json`] = { body: index([page(live.url, 'Serilog', SERILOG, true)]) }
    const found = await source(live.url).lookup('nuget', 'Serilog')
    expect(found).toMatchObject({ status: 'found', info: { latest: '4.3.0', latestDate: '2025-05-19T05:00:00+00:00', origin: new URL(live.url).host } })
    expect(found.status === 'found' && found.info.dates?.['2.12.0']).toBe('2022-08-29T04:25:00+00:00')
    expect(found.status === 'found' && found.info.dates?.['5.0.0']).toBeUndefined()
    expect(live.requests.map((r) => r.path)).toEqual([`/${BASE}serilog/index.json`])
  })

  test('a csproj judged against nuget.org: an old major line with no release since a newer one came out blocks', async () => {
    const server = await registry({ [`/${BASE}serilog/index.json`]: { body: index([page('http://unused/', 'Serilog', SERILOG, true)]) } })
    const findings = await scanFiles({ 'src/Shop.Api/Shop.Api.csproj': csproj({ Serilog: '2.12.0' }) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(server.url) } })
    const unmaintained = findings.filter((f) => f.ruleId === 'outdated-dependency/unmaintained')
    expect(unmaintained.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(['src/Shop.Api/Shop.Api.csproj:7 block'])
    expect(unmaintained[0]!.message).toMatch(/2\.x line, whose last release was on 2022-08-29/)
    expect(notChecked(findings)).toEqual([])
    // Offline, the same file cannot be judged from the registry: nothing blocks on it.
    const offline = await scanFiles({ 'src/Shop.Api/Shop.Api.csproj': csproj({ Serilog: '2.12.0' }) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: createVersionSource({ offline: true }) } })
    expect(offline.filter((f) => f.severity === 'block' && f.evidence.includes('Serilog'))).toEqual([])
  })

  test('a paged index: only the newest pages are fetched, on the index host only', async () => {
    const id = 'Newtonsoft.Json'
    const lines = [
      [{ version: '3.5.8', published: '2011-01-08T00:00:00+00:00' }],
      [{ version: '4.0.1', published: '2011-04-22T00:00:00+00:00' }],
      [{ version: '6.0.8', published: '2015-01-11T00:00:00+00:00' }],
      [{ version: '9.0.1', published: '2016-06-22T00:00:00+00:00' }],
      [{ version: '12.0.3', published: '2019-11-09T00:00:00+00:00' }],
      [
        { version: '13.0.1', published: '2021-03-22T00:00:00+00:00' },
        { version: '13.0.3', published: '2023-03-08T00:00:00+00:00' },
        { version: '13.0.4-beta1', published: '2025-08-01T00:00:00+00:00' }
      ]
    ]
    const routes: Record<string, Route> = {}
    const server = await registry(routes)
    const url = server.url
    const pages = lines.map((vs, i) => page(url, id, vs, false, i + 1))
    routes[`/${BASE}newtonsoft.json/index.json`] = { body: index(pages) }
    lines.forEach((vs, i) => {
      routes[new URL((pages[i] as { '@id': string })['@id']).pathname] = { body: { ...page(url, id, vs, true, i + 1), '@id': (pages[i] as { '@id': string })['@id'] } }
    })
    const found = await source(server.url).lookup('nuget', id)
    expect(found).toMatchObject({ status: 'found', info: { latest: '13.0.3', latestDate: '2023-03-08T00:00:00+00:00' } })
    // 1 index + the newest 4 pages; the oldest two (3.5.8, 4.0.1) are not asked.
    expect(server.requests).toHaveLength(5)
    expect(server.requests.map((r) => r.path).join(' ')).not.toMatch(/3\.5\.8|4\.0\.1/)

    const foreign = await registry({ [`/${BASE}acme.widgets/index.json`]: { body: index([page('https://evil.example/', 'Acme.Widgets', [{ version: '1.0.0', published: '2024-01-01T00:00:00+00:00' }], false)]) } })
    expect(await source(foreign.url).lookup('nuget', 'Acme.Widgets')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/not on 127\.0\.0\.1/) })
    expect(foreign.requests).toHaveLength(1)
  })

  test('a deprecated package: its latest release carries the notice, and it blocks', async () => {
    const id = 'Microsoft.Azure.Storage.Blob'
    const deprecation = { '@id': 'x', reasons: ['Legacy'], message: 'Please use Azure.Storage.Blobs.', alternatePackage: { '@id': 'y', id: 'Azure.Storage.Blobs', range: '*' } }
    const versions: V[] = [
      { version: '11.1.7', published: '2020-06-01T00:00:00+00:00', deprecation },
      { version: '11.2.3', published: '2021-02-04T00:00:00+00:00', deprecation }
    ]
    const server = await registry({ [`/${BASE}microsoft.azure.storage.blob/index.json`]: { body: index([page('http://unused/', id, versions, true)]) } })
    const found = await source(server.url).lookup('nuget', id)
    expect(found).toMatchObject({ status: 'found', info: { latest: '11.2.3', deprecated: 'legacy, no longer maintained; Please use Azure.Storage.Blobs.; use Azure.Storage.Blobs' } })
    const findings = await scanFiles({ 'src/Shop.Api/Shop.Api.csproj': csproj({ [id]: '11.2.3' }) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(server.url) } })
    const deprecated = findings.filter((f) => f.ruleId === 'outdated-dependency/deprecated')
    expect(deprecated.map((f) => `${f.line} ${f.severity}`)).toEqual(['7 block'])
    expect(deprecated[0]!.message).toMatch(/is deprecated: legacy, no longer maintained; .*use Azure\.Storage\.Blobs/)
  })

  test('unknown, failing and malformed answers; a name that is not a package ID is not asked', async () => {
    const server = await registry({
      [`/${BASE}acme.down/index.json`]: { status: 503, body: 'unavailable' },
      [`/${BASE}acme.garbled/index.json`]: { body: '{"items": "no"}' }
    })
    const versions = source(server.url)
    expect(await versions.lookup('nuget', 'Acme.Private')).toEqual({ status: 'not-found' })
    expect(await versions.lookup('nuget', 'Acme.Down')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/503/) })
    expect((await versions.lookup('nuget', 'Acme.Garbled')).status).toBe('unavailable')
    expect(await versions.lookup('nuget', '../../etc/passwd')).toEqual({ status: 'not-found' })
    expect(server.requests.map((r) => r.path)).toEqual([`/${BASE}acme.private/index.json`, `/${BASE}acme.down/index.json`, `/${BASE}acme.garbled/index.json`])
    // A registry that is down never blocks: the csproj gets a "not checked" note at most.
    const findings = await scanFiles({ 'App.csproj': csproj({ 'Acme.Down': '1.0.0' }) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(server.url) } })
    expect(findings.filter((f) => f.severity === 'block')).toEqual([])
  })

  test('answers are cached on disk, and requests count against the budget', async () => {
    const server = await registry({ [`/${BASE}serilog/index.json`]: { body: index([page('http://unused/', 'Serilog', SERILOG, true)]) } })
    const cacheDir = mkdtempSync(join(tmpdir(), 'prodguard-nuget-cache-'))
    expect((await source(server.url, { cacheDir }).lookup('nuget', 'serilog')).status).toBe('found')
    expect((await source(server.url, { cacheDir }).lookup('nuget', 'Serilog')).status).toBe('found')
    expect(server.requests).toHaveLength(1)
    const budgeted = source(server.url, { budget: 0 })
    expect(await budgeted.lookup('nuget', 'Serilog')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/budget of 0/) })
  })
})

describe('NuGet versions as NuGet compares them', () => {
  test.each([
    ['1.0', '1.0.0', 0],
    ['1.0.0.0', '1.0.0', 0],
    ['01.02.3', '1.2.3', 0],
    ['1.0.0+sha.5a2f', '1.0.0', 0],
    ['1.0.0-BETA', '1.0.0-beta', 0],
    ['1.0.0-beta', '1.0.0', -1],
    ['1.0.0-beta.2', '1.0.0-beta.10', -1],
    ['1.0.0-beta.2', '1.0.0-beta.a', -1],
    ['1.0.0-rc', '1.0.0-rc.1', -1],
    ['4.3.1-dev-02373', '4.3.0', 1],
    ['1.2.3.4', '1.2.3', 1],
    ['13.0.3', '13.0.10', -1]
  ])('%s vs %s: %i', (a, b, sign) => {
    expect(Math.sign(compareVersions('nuget', a, b)!)).toBe(sign)
    expect(Math.sign(compareVersions('nuget', b, a)!)).toBe(sign === 0 ? 0 : -sign)
  })

  test.each([
    ['1.0', '1.0.0'],
    ['1.0.0.0', '1.0.0'],
    ['1.2.3.4', '1.2.3.4'],
    ['01.020.0003', '1.20.3'],
    ['2.0.0-Preview.1+build.7', '2.0.0-preview.1'],
    ['6.*', undefined],
    ['[1.0,2.0)', undefined]
  ])('%s is written %s', (written, normalized) => {
    expect(normalizeNugetVersion(written)).toBe(normalized)
  })

  test('build metadata is not a prerelease; a label is', () => {
    expect(isStable('nuget', '1.0.0+sha.5a2f')).toBe(true)
    expect(isStable('nuget', '8.0.0-rc.2.23480.1')).toBe(false)
  })

  test('a version written `11.2` is nuget.org\'s 11.2.0: its deprecation applies', async () => {
    const id = 'Acme.Billing.Client'
    const versions: V[] = [
      { version: '11.2.0', published: '2024-02-01T00:00:00+00:00', deprecation: { '@id': 'x', reasons: ['CriticalBugs'], message: 'Corrupts invoices over 2 GB; use 11.2.1.' } },
      { version: '11.2.1', published: '2024-02-09T00:00:00+00:00' }
    ]
    const server = await registry({ [`/${BASE}acme.billing.client/index.json`]: { body: index([page('http://unused/', id, versions, true)]) } })
    const findings = await scanFiles({ 'src/Shop.Api/Shop.Api.csproj': csproj({ [id]: '11.2' }) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(server.url) } })
    const deprecated = findings.filter((f) => f.ruleId === 'outdated-dependency/deprecated')
    expect(deprecated.map((f) => `${f.line} ${f.severity}`)).toEqual(['7 block'])
    expect(deprecated[0]!.message).toMatch(/it has critical bugs; Corrupts invoices/)
  })

  test('in a diff, `1.0` -> `1.0.0` is no change, and a release -> its prerelease is a downgrade', async () => {
    const offline = { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: createVersionSource({ offline: true }) } }
    const file = 'src/Shop.Api/Shop.Api.csproj'
    const same = await scanChange({ [file]: csproj({ Serilog: '4.3', Polly: '8.4.2' }) }, { [file]: csproj({ Serilog: '4.3.0', Polly: '8.4.2.0' }) }, offline)
    expect(same.filter((f) => f.ruleId.startsWith('outdated-dependency/') && f.ruleId !== 'outdated-dependency/not-checked')).toEqual([])
    const down = await scanChange({ [file]: csproj({ Serilog: '4.3.0' }) }, { [file]: csproj({ Serilog: '4.3.0-rc1' }) }, offline)
    expect(down.filter((f) => f.ruleId === 'outdated-dependency/downgrade').map((f) => `${f.line} ${f.severity}`)).toEqual(['7 warn'])
  })
})
