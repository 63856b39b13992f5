/**
 * `outdated-dependency/vulnerable` against doubles of OSV and the npm bulk advisory endpoint on 127.0.0.1, fed with
 * real (trimmed) advisory records: log4j-core 2.14.1 and jackson-databind 2.9.10 block, their fixed versions pass;
 * severity threshold, upgrades, check mode, and every way a source fails (429, 500, timeout, malformed JSON,
 * budget, offline) never block and say what was not checked.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dependenciesAnalyzers } from '../../src/analyzers/dependencies/index.js'
import type { ConfigFile } from '../../src/config/settings.js'
import type { Finding } from '../../src/findings/finding.js'
import { createVersionSource, VERSION_SERVICE, type VersionSourceOptions } from '../../src/sources/versions/index.js'
import { scanChange, scanFiles } from '../helpers/scan.js'
import { OSV_RECORDS, startAdvisoryServices, type AdvisoryDouble } from './advisory-double.js'

const now = new Date('2026-11-28T00:00:00Z')
const doubles: AdvisoryDouble[] = []
afterEach(async () => {
  while (doubles.length > 0) await doubles.pop()!.close()
})

async function services(): Promise<AdvisoryDouble> {
  const d = await startAdvisoryServices()
  doubles.push(d)
  return d
}

/** Every source pointed at the double: nothing leaves 127.0.0.1. */
function source(d: AdvisoryDouble, extra: Partial<VersionSourceOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-vuln-'))
  writeFileSync(join(dir, '.npmrc'), `registry=${d.url}\n`)
  const registries = { pypi: d.url, go: d.url, rubygems: d.url, cargo: d.url, docker: d.url, osv: d.url, maven: d.url, mavenSearch: d.url, packagist: d.url }
  return createVersionSource({ cwd: dir, env: { HOME: '/nonexistent' }, cacheDir: false, timeoutMs: 1000, registries, ...extra })
}

const pom = (artifacts: [string, string, string][]) => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>billing</artifactId>
  <version>1.4.0</version>
  <dependencies>
${artifacts.map(([g, a, v]) => `    <dependency>\n      <groupId>${g}</groupId>\n      <artifactId>${a}</artifactId>\n      <version>${v}</version>\n    </dependency>`).join('\n')}
  </dependencies>
</project>
`
const LOG4J = 'org.apache.logging.log4j'
const JACKSON = 'com.fasterxml.jackson.core'
const base = pom([['org.slf4j', 'slf4j-api', '2.0.16']])

const lockfile = (deps: Record<string, string>) =>
  JSON.stringify(
    {
      name: 'web',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'web', version: '1.0.0', dependencies: Object.fromEntries(Object.keys(deps).map((n) => [n, `^${deps[n]}`])) },
        ...Object.fromEntries(Object.entries(deps).map(([n, v]) => [`node_modules/${n}`, { version: v, resolved: `https://registry.npmjs.org/${n}/-/${n}-${v}.tgz`, integrity: 'sha512-AAAA' }]))
      }
    },
    null,
    2
  ) + '\n'

const vulnerable = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'outdated-dependency/vulnerable')

describe('the issue cases (OSV, Maven)', () => {
  test('log4j-core 2.14.1 blocks: critical, the fix of each advisory, and the release that fixes all three', async () => {
    const d = await services()
    const findings = await scanChange({ 'pom.xml': base }, { 'pom.xml': pom([['org.slf4j', 'slf4j-api', '2.0.16'], [LOG4J, 'log4j-core', '2.14.1']]) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } })
    const [f, ...rest] = vulnerable(findings)
    expect(rest).toEqual([])
    expect(f?.severity).toBe('block')
    expect(f?.line).toBe(15)
    expect(f?.message).toMatch(/^org\.apache\.logging\.log4j:log4j-core 2\.14\.1 has 3 known vulnerabilities fixed in later releases \(worst: critical\)/)
    expect(f?.message).toContain('GHSA-jfh8-c2jp-5v3q (critical, CVE-2021-44228: Remote code injection in Log4j; fixed in 2.15.0)')
    expect(f?.message).toContain('GHSA-7rjr-3q55-vv33 (critical, CVE-2021-45046')
    expect(f?.message).toContain('fixed in 2.16.0')
    expect(f?.message).toMatch(/GHSA-p6xc-xr62-6r2g \(high, CVE-2021-45105.*fixed in 2\.17\.0\)/)
    expect(f?.hint).toMatch(/^Upgrade org\.apache\.logging\.log4j:log4j-core to 2\.17\.0 or later: the first release that fixes all 3/)
    // One batch query for the two new-or-moved coordinates' versions, then one record per advisory.
    const asked = d.requests.filter((r) => r.path.startsWith('/v1/'))
    expect(asked.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /v1/vulns/GHSA-7rjr-3q55-vv33', 'GET /v1/vulns/GHSA-jfh8-c2jp-5v3q', 'GET /v1/vulns/GHSA-p6xc-xr62-6r2g', 'POST /v1/querybatch'])
    expect(asked.find((r) => r.method === 'POST')?.body).toEqual({ queries: [{ package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' }, version: '2.14.1' }] })
  })

  test('jackson-databind 2.9.10 blocks with the 2.9.10.x fixes; the fixed versions pass', async () => {
    const d = await services()
    const opts = { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } }
    const bad = vulnerable(await scanChange({ 'pom.xml': base }, { 'pom.xml': pom([[JACKSON, 'jackson-databind', '2.9.10']]) }, opts))
    expect(bad.map((f) => f.severity)).toEqual(['block'])
    expect(bad[0]?.message).toMatch(/GHSA-4w82-r329-3q67 \(critical, CVE-2020-8840.*fixed in 2\.9\.10\.3\)/)
    expect(bad[0]?.message).toMatch(/GHSA-gww7-p5w4-wrfv \(critical, CVE-2019-20330.*fixed in 2\.9\.10\.2\)/)
    expect(bad[0]?.hint).toMatch(/to 2\.9\.10\.3 or later/)
    const fixed = await scanChange({ 'pom.xml': base }, { 'pom.xml': pom([[JACKSON, 'jackson-databind', '2.9.10.3'], [LOG4J, 'log4j-core', '2.17.1']]) }, opts)
    expect(vulnerable(fixed)).toEqual([])
    expect(fixed.some((f) => f.ruleId === 'outdated-dependency/not-checked' && /vulnerabilit/.test(f.message))).toBe(false)
  })

  test('check mode judges every exact version of the tree the same way', async () => {
    const d = await services()
    const findings = await scanFiles({ 'services/api/pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1']]) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } })
    expect(vulnerable(findings).map((f) => `${f.file}:${f.severity}`)).toEqual(['services/api/pom.xml:block'])
  })
})

describe('every ecosystem OSV covers, from its own manifest: the vulnerable version blocks, the fixed one passes', () => {
  const goMod = (net: string) => `module github.com/acme/shop\n\ngo 1.24.0\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.2.1\n\tgolang.org/x/net ${net}\n)\n`
  const cargoLock = (smallvec: string) => `# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "shop"
version = "0.1.0"
dependencies = [
 "smallvec",
]

[[package]]
name = "smallvec"
version = "${smallvec}"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "fe0f37c9e8f3c5a4a66ad655a93c74daac4ad00c441533bf5c6e7990bb42604e"
`
  const gemfileLock = (rack: string) => `GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n    rack (${rack})\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  puma\n  rack\n\nBUNDLED WITH\n   2.5.22\n`
  const composerLock = (guzzle: string) =>
    `${JSON.stringify({ _readme: ['This file locks the dependencies of your project to a known state'], 'content-hash': '5f1c2b0e4e1b6f0f1ad0e3c2a9b8d7e6', packages: [{ name: 'guzzlehttp/guzzle', version: guzzle, type: 'library', require: { php: '^7.2.5 || ^8.0' } }], 'packages-dev': [], 'plugin-api-version': '2.6.0' }, null, 4)}\n`
  const csproj = (json: string) => `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Newtonsoft.Json" Version="${json}" />\n  </ItemGroup>\n</Project>\n`

  test.each([
    ['go.mod', goMod('v0.10.0'), goMod('v0.17.0'), 'golang.org/x/net', 'GHSA-4374-p667-p6c8 (high'],
    ['Cargo.lock', cargoLock('1.6.0'), cargoLock('1.6.1'), 'smallvec', 'GHSA-43w2-9j62-hq99 (critical'],
    ['Gemfile.lock', gemfileLock('2.2.3'), gemfileLock('2.2.3.1'), 'rack', 'GHSA-wq4h-7r42-5hrr (critical'],
    ['composer.lock', composerLock('7.4.2'), composerLock('7.4.3'), 'guzzlehttp/guzzle', 'GHSA-cwmx-hcrq-mhc3 (high'],
    // `13.0` is NuGet's 13.0.0, below the fix.
    ['src/Api/Api.csproj', csproj('13.0'), csproj('13.0.1'), 'Newtonsoft.Json', 'GHSA-5crp-9r3c-p9vr (high']
  ])('%s', async (file, bad, good, name, advisory) => {
    const d = await services()
    const opts = { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } }
    const found = vulnerable(await scanFiles({ [file]: bad }, opts))
    expect(found.map((f) => f.severity)).toEqual(['block'])
    expect(found[0]!.message).toMatch(new RegExp(`^${name.replace(/[./]/g, '\\$&')} \\S+ has a known vulnerability fixed in later releases`))
    expect(found[0]!.message).toContain(advisory)
    expect(vulnerable(await scanFiles({ [file]: good }, opts))).toEqual([])
  })

  test('a NuGet package is asked by its ID as written (OSV compares NuGet IDs exactly) and its version as NuGet normalizes it', async () => {
    const d = await services()
    await scanFiles({ 'Api.csproj': `<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="Newtonsoft.Json" Version="13.0" />\n  </ItemGroup>\n</Project>\n` }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } })
    expect(d.requests.find((r) => r.path === '/v1/querybatch')?.body).toEqual({ queries: [{ package: { ecosystem: 'NuGet', name: 'Newtonsoft.Json' }, version: '13.0.0' }] })
  })
})

describe('severity, upgrades and duplicates', () => {
  test('npm through the bulk advisory endpoint: high blocks by default, warns under failOnSeverity: critical', async () => {
    const d = await services()
    const after = { 'package.json': '{ "name": "web", "dependencies": { "lodash": "^4.17.20" } }\n', 'package-lock.json': lockfile({ lodash: '4.17.20' }) }
    const before = { 'package.json': '{ "name": "web", "dependencies": {} }\n' }
    const run = (config?: ConfigFile) => scanChange(before, after, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) }, ...(config ? { config } : {}) })
    const blocking = vulnerable(await run())
    expect(blocking.map((f) => `${f.file}:${f.severity}`)).toEqual(['package-lock.json:block'])
    expect(blocking[0]?.message).toMatch(/lodash 4\.17\.20 has 2 known vulnerabilities .*worst: high.*GHSA-35jh-r3h4-6jhm \(high: Command Injection in lodash; fixed in 4\.17\.21\)/)
    expect(blocking[0]?.hint).toMatch(/to 4\.17\.21 or later.*registry\.npmjs\.org|to 4\.17\.21 or later.*127\.0\.0\.1/)
    const bulk = d.requests.find((r) => r.path === '/-/npm/v1/security/advisories/bulk')
    expect(bulk?.body).toEqual({ lodash: ['4.17.20'] })
    expect(d.requests.some((r) => r.path === '/v1/querybatch')).toBe(false)
    expect(vulnerable(await run({ dependencies: { failOnSeverity: 'critical' } })).map((f) => f.severity)).toEqual(['warn'])
    expect(vulnerable(await run({ dependencies: { failOnSeverity: 'moderate' } })).map((f) => f.severity)).toEqual(['block'])
  })

  test('a move between two affected versions warns and says so; a move to the fix says nothing', async () => {
    const d = await services()
    const opts = { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } }
    const moved = vulnerable(await scanChange({ 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.0']]) }, { 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1']]) }, opts))
    expect(moved.map((f) => f.severity)).toEqual(['warn'])
    expect(moved[0]?.message).toMatch(/moves it from 2\.14\.0, which these affect too/)
    const upgraded = await scanChange({ 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1']]) }, { 'pom.xml': pom([[LOG4J, 'log4j-core', '2.17.1']]) }, opts)
    expect(vulnerable(upgraded)).toEqual([])
    const untouched = await scanChange({ 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1']]) }, { 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1'], ['org.slf4j', 'slf4j-api', '2.0.16']]) }, opts)
    expect(vulnerable(untouched)).toEqual([])
  })

  test('a PYSEC record and its GHSA twin are one advisory, rated by the GHSA one', async () => {
    const d = await services()
    const findings = await scanChange({}, { 'requirements.txt': 'flask==2.2.4\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } })
    const [f] = vulnerable(findings)
    expect(f?.severity).toBe('block')
    expect(f?.message).toMatch(/^flask 2\.2\.4 has a known vulnerability fixed in later releases \(worst: high\): GHSA-m2qf-hxjv-5gpq \(high, CVE-2023-30861/)
    expect(f?.hint).toMatch(/to 2\.2\.5 or later/)
  })

  test('ignored dependencies and development scope follow the dependency policy', async () => {
    const d = await services()
    const after = { 'package.json': '{ "name": "web", "devDependencies": { "lodash": "4.17.20" } }\n' }
    const dev = vulnerable(await scanChange({}, after, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } }))
    expect(dev.map((f) => f.severity)).toEqual(['warn'])
    const ignored = await scanChange({}, after, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) }, config: { dependencies: { ignore: ['lodash'] } } })
    expect(vulnerable(ignored)).toEqual([])
  })
})

describe('cost', () => {
  test('a version with many advisories: their records come from one paged /v1/query, not one request each', async () => {
    // Twelve advisories of one artifact, shaped like the jackson-databind ones (each fixed in a later 2.9.10.x).
    const template = OSV_RECORDS.find((r) => r.id === 'GHSA-gww7-p5w4-wrfv')!
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...template,
      id: `GHSA-test-${String(i).padStart(4, '0')}-xxxx`,
      aliases: [`CVE-2020-${1000 + i}`],
      affected: [{ package: { ecosystem: 'Maven', name: 'com.acme:legacy-xml' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.9.0' }, { fixed: `2.9.10.${i + 1}` }] }] }]
    }))
    const d = await startAdvisoryServices([...OSV_RECORDS, ...many], {}, 5)
    doubles.push(d)
    const findings = await scanChange({ 'pom.xml': base }, { 'pom.xml': pom([['com.acme', 'legacy-xml', '2.9.10']]) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } })
    const [f] = vulnerable(findings)
    expect(f?.message).toMatch(/has 12 known vulnerabilities .*; and 7 more\./)
    expect(f?.hint).toMatch(/to 2\.9\.10\.12 or later/)
    const osv = d.requests.filter((r) => r.path.startsWith('/v1/')).map((r) => `${r.method} ${r.path}`)
    expect(osv).toEqual(['POST /v1/querybatch', 'POST /v1/query', 'POST /v1/query', 'POST /v1/query'])
  })
})

describe('when a source cannot answer, nothing blocks and the run says what was not checked', () => {
  const change = async (d: AdvisoryDouble, extra: Partial<VersionSourceOptions> = {}) =>
    scanChange({ 'pom.xml': base }, { 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1']]) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d, extra) } })
  const notChecked = (findings: { ruleId: string; message: string; severity: string }[]) => findings.find((f) => f.ruleId === 'outdated-dependency/not-checked')

  test.each([
    ['rate limited (429)', { '/v1/querybatch': { status: 429, body: '{"code":8,"message":"Too many requests"}', headers: { 'retry-after': '30' } } }, /HTTP 429 \(rate limited\)/],
    ['a server error (500)', { '/v1/querybatch': { status: 500, body: 'upstream connect error' } }, /HTTP 500/],
    ['malformed JSON', { '/v1/querybatch': { status: 200, body: '{"results": [' } }, /not JSON/],
    ['a wrong number of results', { '/v1/querybatch': { status: 200, body: '{"results": []}' } }, /0 results to 1 queries/],
    ['a record that fails', { '/v1/vulns/GHSA-jfh8-c2jp-5v3q': { status: 503, body: 'unavailable' } }, /HTTP 503/],
    ['a timeout', { '/v1/querybatch': { delayMs: 2000 } }, /did not answer within 300 ms/]
  ])('%s', async (_name, failures, reason) => {
    const d = await services()
    Object.assign(d.fail, failures)
    const findings = await change(d, { timeoutMs: 300 })
    expect(vulnerable(findings)).toEqual([])
    expect(findings.filter((f) => f.severity === 'block')).toEqual([])
    const note = notChecked(findings)
    expect(note?.severity).toBe('info')
    expect(note?.message).toMatch(/1 dependency could not be checked for known vulnerabilities/)
    expect(note?.message).toMatch(reason)
    expect(note?.message).toContain('org.apache.logging.log4j:log4j-core 2.14.1')
  })

  test('offline: no request, one info line', async () => {
    const findings = await scanChange({ 'pom.xml': base }, { 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1']]) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: createVersionSource({ offline: true }) } })
    expect(vulnerable(findings)).toEqual([])
    expect(notChecked(findings)?.message).toMatch(/could not be checked for known vulnerabilities \(offline\)/)
  })

  test('the budget: past it, advisories are not checked', async () => {
    const d = await services()
    const findings = await change(d, { budget: 1 })
    expect(vulnerable(findings)).toEqual([])
    expect(notChecked(findings)?.message).toMatch(/budget of 1 registry requests is spent/)
  })

  test('a registry without the bulk endpoint: OSV answers for npm', async () => {
    const d = await services()
    d.fail['/-/npm/v1/security/advisories/bulk'] = { status: 404, body: '{"error":"Not found"}' }
    const findings = await scanChange({}, { 'package.json': '{ "dependencies": { "left-pad": "1.3.0" } }\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(d) } })
    expect(vulnerable(findings)).toEqual([])
    expect(d.requests.find((r) => r.path === '/v1/querybatch')?.body).toEqual({ queries: [{ package: { ecosystem: 'npm', name: 'left-pad' }, version: '1.3.0' }] })
    expect(notChecked(findings)).toBeUndefined()
  })

  test('the disk cache answers the next run without a request, and a stale entry answers when the source is down', async () => {
    const d = await services()
    const cacheDir = mkdtempSync(join(tmpdir(), 'prodguard-vuln-cache-'))
    expect(vulnerable(await change(d, { cacheDir })).map((f) => f.severity)).toEqual(['block'])
    const osvRequests = () => d.requests.filter((r) => r.path.startsWith('/v1/')).length
    const spent = osvRequests()
    expect(spent).toBe(4)
    const second = source(d, { cacheDir })
    const again = await scanChange({ 'pom.xml': base }, { 'pom.xml': pom([[LOG4J, 'log4j-core', '2.14.1']]) }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: second } })
    expect(vulnerable(again).map((f) => f.severity)).toEqual(['block'])
    expect(osvRequests()).toBe(spent)
    d.fail['/v1/querybatch'] = { status: 500, body: 'down' }
    const later = await change(d, { cacheDir, now: () => Date.now() + 3 * 24 * 3600 * 1000 })
    expect(vulnerable(later).map((f) => f.severity)).toEqual(['block'])
  })
})
