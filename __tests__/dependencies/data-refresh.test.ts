/** `prodguard data refresh` against servers on 127.0.0.1 that answer like endoflife.date (v1 and v0) and the npm registry. */
import { afterEach, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dependenciesAnalyzers } from '../../src/analyzers/dependencies/index.js'
import { textVersion } from '../../src/change/change-set.js'
import { productFromV0, productFromV1, runDataRefresh } from '../../src/cli/data-refresh.js'
import { resolveSettings } from '../../src/config/settings.js'
import { ruleCatalog } from '../../src/knowledge/catalog.js'
import { bundledKnowledge, knowledgeFrom } from '../../src/knowledge/knowledge.js'
import { scan } from '../../src/pipeline.js'
import { mavenGav, mavenMetadata, packument, startRegistry, type RegistryDouble } from './registry-double.js'

const servers: RegistryDouble[] = []
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close()
})

/** A copy of the knowledge folder with a small snapshot, so the test rewrites files it owns. */
function knowledgeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-refresh-'))
  writeFileSync(join(dir, 'eol.json'), JSON.stringify({ source: 'old', dataDate: '2026-01-01', products: { nodejs: { label: 'Node.js', releases: [{ name: '20', eol: '2026-04-30' }] }, redis: { label: 'Redis', releases: [{ name: '7.4', eol: false }] }, mongodb: { label: 'MongoDB', releases: [{ name: '3.6', eol: '2021-04-30' }] } } }))
  writeFileSync(join(dir, 'latest-versions.json'), JSON.stringify({ dataDate: '2026-01-01', sources: {}, packages: { npm: { express: { latest: '4.21.2' }, 'gone-package': { latest: '1.0.0' } }, pypi: {} } }))
  return dir
}

function io(lines: string[]) {
  return { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), cwd: tmpdir(), env: { HOME: '/nonexistent' }, now: () => new Date('2026-11-28T10:00:00Z') }
}

test('rewrites the EOL snapshot from API v1, falls back to v0, and keeps what failed', async () => {
  const api = await startRegistry({
    '/api/v1/products/nodejs': {
      body: {
        schema_version: '1.2.1',
        result: {
          name: 'nodejs',
          label: 'Node.js',
          category: 'framework',
          releases: [
            { name: '26', codename: null, label: '26', releaseDate: '2026-05-05', isLts: true, ltsFrom: '2026-10-28', isEoas: false, eoasFrom: '2027-10-27', isEol: false, eolFrom: '2029-04-30', latest: { name: '26.7.0', date: '2026-08-05' } },
            { name: '20', label: '20 (Iron)', releaseDate: '2023-04-18', isLts: true, ltsFrom: '2023-10-24', isEoas: true, eoasFrom: '2024-10-22', isEol: true, eolFrom: '2026-04-30', latest: { name: '20.20.0', date: '2026-03-01' } }
          ]
        }
      }
    },
    '/api/v1/products/redis': { status: 404, body: '<html>not here</html>' },
    '/api/redis.json': { body: [{ cycle: '8.2', releaseDate: '2025-08-04', eol: false, latest: '8.2.3', latestReleaseDate: '2026-01-01' }, { cycle: '6.2', releaseDate: '2021-02-22', eol: '2025-02-28', support: true }] },
    '/api/v1/products/mongodb': { status: 500, body: {} },
    '/api/mongodb.json': { status: 500, body: {} }
  })
  servers.push(api)
  const out = knowledgeFolder()
  const lines: string[] = []
  const code = await runDataRefresh(['--only', 'eol', '--eol-api', `${api.url}api/v1`, '--out', out], io(lines))
  expect(code).toBe(1)
  const snapshot = JSON.parse(readFileSync(join(out, 'eol.json'), 'utf8'))
  // MongoDB's lines are still those of 2026-01-01: the table's date stays what all of it supports.
  expect(snapshot.dataDate).toBe('2026-01-01')
  expect(snapshot.source).toMatch(/2 of 3 products fetched 2026-11-28, the others of 2026-01-01 or before/)
  expect(snapshot.products.nodejs.releases[0]).toMatchObject({ name: '26', lts: '2026-10-28', eol: '2029-04-30', latest: '26.7.0' })
  expect(snapshot.products.redis.releases.map((r: { name: string; eol: unknown }) => [r.name, r.eol])).toEqual([['8.2', false], ['6.2', '2025-02-28']])
  expect(snapshot.products.mongodb.releases).toEqual([{ name: '3.6', eol: '2021-04-30' }])
  expect(lines.join('\n')).toMatch(/eol: kept the old data of 1 \(no release data \(HTTP 500\)\): mongodb/)
})

test('rewrites the npm latest versions with release dates and deprecations from the registry', async () => {
  const npm = await startRegistry({
    '/express': { body: packument('express', { '4.21.2': '2024-12-05T00:00:00.000Z', '5.3.0': '2026-10-09T12:56:54.000Z' }) },
    '/gone-package': { body: packument('gone-package', { '1.0.0': '2019-01-01T00:00:00.000Z' }, { deprecated: { '1.0.0': 'no longer maintained' } }) }
  })
  servers.push(npm)
  const out = knowledgeFolder()
  const lines: string[] = []
  expect(await runDataRefresh(['--only=versions', `--npm-registry=${npm.url}`, '--out', out], io(lines))).toBe(0)
  const snapshot = JSON.parse(readFileSync(join(out, 'latest-versions.json'), 'utf8'))
  // Per-line dates: the newest release of each older line and the first of each line, for --offline's "unmaintained".
  expect(snapshot.packages.npm.express).toEqual({ latest: '5.3.0', released: '2026-10-09', lines: { '4': '2024-12-05' }, lineStarts: { '5': '2026-10-09', '4': '2024-12-05' } })
  expect(snapshot.packages.npm['gone-package']).toEqual({ latest: '1.0.0', released: '2019-01-01', deprecated: 'no longer maintained' })
  expect(snapshot.dataDate).toBe('2026-11-28')
})

test('with per-line dates in the snapshot, --offline tells an unmaintained major from a maintained one', async () => {
  const npm = await startRegistry({
    '/left-behind': { body: packument('left-behind', { '2.0.0': '2021-01-01T00:00:00.000Z', '2.4.1': '2023-03-01T00:00:00.000Z', '3.0.0': '2023-06-01T00:00:00.000Z', '3.2.0': '2026-09-01T00:00:00.000Z' }) },
    '/still-patched': { body: packument('still-patched', { '2.0.0': '2021-01-01T00:00:00.000Z', '2.9.9': '2026-08-01T00:00:00.000Z', '3.0.0': '2023-06-01T00:00:00.000Z' }) }
  })
  servers.push(npm)
  const out = knowledgeFolder()
  const file = join(out, 'latest-versions.json')
  writeFileSync(file, JSON.stringify({ dataDate: '2026-01-01', sources: {}, packages: { npm: { 'left-behind': { latest: '1.0.0' }, 'still-patched': { latest: '1.0.0' } } } }))
  expect(await runDataRefresh(['--only=versions', `--npm-registry=${npm.url}`, '--out', out], io([]))).toBe(0)
  const knowledge = knowledgeFrom({ 'outdated-dependency/latest-versions.json': JSON.parse(readFileSync(file, 'utf8')) }, bundledKnowledge())
  const text = '{\n  "dependencies": {\n    "left-behind": "^2.4.1",\n    "still-patched": "^2.9.0"\n  }\n}\n'
  const { findings } = await scan(
    { mode: 'check', label: 'test', files: [{ path: 'package.json', status: 'current', after: textVersion(text) }] },
    { settings: resolveSettings(undefined), knowledge, catalog: ruleCatalog(), analyzers: dependenciesAnalyzers, now: new Date('2026-11-28T00:00:00Z') }
  )
  const got = findings.filter((f) => ['outdated-dependency/unmaintained', 'outdated-dependency/majors-behind'].includes(f.ruleId)).map((f) => `${f.line} ${f.ruleId.split('/')[1]} ${f.severity}`)
  expect(got).toEqual(['3 unmaintained block', '4 majors-behind warn'])
})

test('extended support dates are kept from API v1 (eoesFrom) and v0 (extendedSupport)', () => {
  const v1 = productFromV1({ result: { name: 'debian', label: 'Debian', releases: [{ name: '12', codename: 'Bookworm', isEol: true, eolFrom: '2026-07-11', isEoes: false, eoesFrom: '2028-06-30' }] } })
  expect(v1?.releases[0]).toMatchObject({ name: '12', eol: '2026-07-11', eoes: '2028-06-30' })
  const v0 = productFromV0([{ cycle: '22.04', eol: '2027-06-01', extendedSupport: '2032-04-09' }], 'Ubuntu')
  expect(v0?.releases[0]).toMatchObject({ name: '22.04', eol: '2027-06-01', eoes: '2032-04-09' })
})

test('bad arguments are a usage error (exit 2), never a stack trace', async () => {
  const lines: string[] = []
  expect(await runDataRefresh(['--only', 'everything'], io(lines))).toBe(2)
  expect(lines.join('\n')).toMatch(/--only takes eol, versions or actions/)
  expect(await runDataRefresh(['--token'], io(lines))).toBe(2)
  expect(await runDataRefresh(['--help'], io([]))).toBe(0)
})

test('the Go part is refreshed from the module proxy; each ecosystem keeps its own date and the snapshot takes the oldest', async () => {
  const registry = await startRegistry({
    '/express': { body: packument('express', { '5.3.0': '2026-10-09T12:56:54.000Z' }) },
    '/golang.org/x/text/@latest': { body: { Version: 'v0.31.0', Time: '2026-11-10T17:00:00Z' } },
    '/pypi/requests/json': { status: 503, body: 'unavailable' },
    // Maven Central is down for the day: its part keeps its date, and the snapshot is as old as its oldest part.
    '/org/slf4j/slf4j-api/maven-metadata.xml': { status: 503, body: 'unavailable' }
  })
  servers.push(registry)
  const out = knowledgeFolder()
  const file = join(out, 'latest-versions.json')
  writeFileSync(file, JSON.stringify({ dataDate: '2026-09-01', dates: { npm: '2026-09-01', pypi: '2026-09-01', go: '2026-09-01', maven: '2026-08-15' }, sources: {}, packages: { npm: { express: { latest: '4.21.2' } }, pypi: { requests: { latest: '2.32.3' } }, go: { 'golang.org/x/text': { latest: 'v0.20.0' } }, maven: { 'org.slf4j:slf4j-api': { latest: '2.0.16' } } } }))
  const args = ['--only=versions', `--npm-registry=${registry.url}`, `--pypi=${registry.url}`, `--go-proxy=${registry.url}`, `--maven=${registry.url}`, `--maven-search=${registry.url}`, '--out', out, '--timeout', '2000']
  expect(await runDataRefresh(args, io([]))).toBe(1)
  const snapshot = JSON.parse(readFileSync(file, 'utf8'))
  expect(snapshot.packages.go['golang.org/x/text']).toMatchObject({ latest: 'v0.31.0', released: '2026-11-10' })
  expect(snapshot.packages.pypi.requests).toEqual({ latest: '2.32.3' })
  expect(snapshot.packages.maven['org.slf4j:slf4j-api']).toEqual({ latest: '2.0.16' })
  expect(snapshot.dates).toEqual({ npm: '2026-11-28', go: '2026-11-28', pypi: '2026-09-01', maven: '2026-08-15' })
  expect(snapshot.dataDate).toBe('2026-08-15')
})

const SLF4J = { '1.7.30': '2019-12-16T00:00:00Z', '1.7.36': '2022-02-08T00:00:00Z', '2.0.0': '2022-08-20T00:00:00Z', '2.0.16': '2024-08-10T00:00:00Z', '2.0.17': '2025-02-25T00:00:00Z' }

test('the Maven part is refreshed from Maven Central (maven-metadata.xml and the search API\'s dates), so --offline knows its lines', async () => {
  const registry = await startRegistry({
    '/org/slf4j/slf4j-api/maven-metadata.xml': { body: mavenMetadata('org.slf4j', 'slf4j-api', [...Object.keys(SLF4J), '2.1.0-alpha1'], '2.0.17', '20250225101500'), headers: { 'content-type': 'text/xml' } },
    '/solrsearch/select': (req) => (new URL(req.url!, 'http://x').searchParams.get('q') === 'g:"org.slf4j" AND a:"slf4j-api"' ? { body: mavenGav('org.slf4j', 'slf4j-api', SLF4J) } : { body: mavenGav('x', 'y', {}) }),
    '/com/fasterxml/jackson/core/jackson-databind/maven-metadata.xml': { body: mavenMetadata('com.fasterxml.jackson.core', 'jackson-databind', ['2.9.10', '2.17.2', '2.20.1'], '2.20.1', '20251030090000') }
  })
  servers.push(registry)
  const out = knowledgeFolder()
  const file = join(out, 'latest-versions.json')
  writeFileSync(file, JSON.stringify({ dataDate: '2026-08-15', dates: { maven: '2026-08-15' }, sources: {}, packages: { maven: { 'org.slf4j:slf4j-api': { latest: '2.0.16' }, 'com.fasterxml.jackson.core:jackson-databind': { latest: '2.17.2' } } } }))
  const lines: string[] = []
  const args = ['--only=versions', `--maven=${registry.url}`, `--maven-search=${registry.url}`, '--out', out, '--timeout', '2000']
  expect(await runDataRefresh(args, io(lines))).toBe(0)
  expect(lines.join('\n')).toMatch(/latest-versions\.json: 2 of 2 packages refreshed \(4 requests\)/)
  const snapshot = JSON.parse(readFileSync(file, 'utf8'))
  // The prerelease 2.1.0-alpha1 is never the latest; per-line dates come from the search API's timestamps.
  expect(snapshot.packages.maven['org.slf4j:slf4j-api']).toEqual({ latest: '2.0.17', released: '2025-02-25', lines: { '1': '2022-02-08' }, lineStarts: { '2': '2022-08-20', '1': '2019-12-16' } })
  // The search API had no dates for it: the latest's date is maven-metadata's lastUpdated.
  expect(snapshot.packages.maven['com.fasterxml.jackson.core:jackson-databind']).toEqual({ latest: '2.20.1', released: '2025-10-30' })
  expect(snapshot.dates).toEqual({ maven: '2026-11-28' })
  expect(snapshot.sources.maven).toMatch(new RegExp(`from ${registry.url}, fetched 2026-11-28`))

  const knowledge = knowledgeFrom({ 'outdated-dependency/latest-versions.json': snapshot }, bundledKnowledge())
  const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>billing</artifactId>
  <version>1.4.0</version>
  <dependencies>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
      <version>1.7.36</version>
    </dependency>
  </dependencies>
</project>
`
  const { findings } = await scan(
    { mode: 'check', label: 'test', files: [{ path: 'pom.xml', status: 'current', after: textVersion(pom) }] },
    { settings: resolveSettings(undefined), knowledge, catalog: ruleCatalog(), analyzers: dependenciesAnalyzers, now: new Date('2026-11-28T00:00:00Z') }
  )
  // slf4j 1.x: last release 2022-02-08, 2.x out since 2022-08-20: unmaintained, known offline from the refreshed table.
  expect(findings.filter((f) => f.ruleId === 'outdated-dependency/unmaintained').map((f) => `${f.line} ${f.severity}`)).toEqual(['10 block'])
})

test('a fork\'s table of NuGet, RubyGems, crates.io or Packagist packages is refreshed from those registries too', async () => {
  const base = 'v3/registration5-gz-semver2/'
  const registry = await startRegistry({
    [`/${base}serilog/index.json`]: (req) => {
      const url = `http://${req.headers.host}/`
      const leaf = (version: string, published: string) => ({ '@id': `${url}${base}serilog/${version}.json`, catalogEntry: { id: 'Serilog', version, listed: true, published } })
      return { body: { count: 1, items: [{ '@id': `${url}${base}serilog/index.json#page/2.10.0/4.3.0`, count: 3, lower: '2.10.0', upper: '4.3.0', items: [leaf('2.10.0', '2020-09-28T03:10:00+00:00'), leaf('3.1.1', '2023-11-08T22:37:00+00:00'), leaf('4.3.0', '2025-05-19T05:00:00+00:00')] }] } }
    },
    '/api/v1/versions/rack.json': { body: [{ number: '3.2.4', created_at: '2025-11-03T12:00:00.000Z', prerelease: false }, { number: '2.2.21', created_at: '2025-11-03T11:00:00.000Z', prerelease: false }] },
    '/api/v1/crates/serde': { body: { crate: { name: 'serde', max_stable_version: '1.0.228' }, versions: [{ num: '1.0.228', created_at: '2025-09-27T16:51:35.000Z', yanked: false }] } },
    '/p2/monolog/monolog.json': { body: { minified: 'composer/2.0', packages: { 'monolog/monolog': [{ name: 'monolog/monolog', version: '3.9.0', version_normalized: '3.9.0.0', time: '2025-03-24T10:02:05+00:00' }, { version: '2.10.0', version_normalized: '2.10.0.0', time: '2024-11-12T12:43:37+00:00' }] } } }
  })
  servers.push(registry)
  const out = knowledgeFolder()
  const file = join(out, 'latest-versions.json')
  const old = { latest: '1.0.0' }
  writeFileSync(file, JSON.stringify({ dataDate: '2026-08-15', sources: {}, packages: { nuget: { Serilog: old }, rubygems: { rack: old }, cargo: { serde: old }, composer: { 'monolog/monolog': old } } }))
  const args = ['--only=versions', `--nuget=${registry.url}${base}`, `--rubygems=${registry.url}`, `--crates=${registry.url}`, `--packagist=${registry.url}`, '--out', out, '--timeout', '2000']
  const lines: string[] = []
  expect(await runDataRefresh(args, io(lines))).toBe(0)
  const snapshot = JSON.parse(readFileSync(file, 'utf8'))
  expect(Object.fromEntries(Object.entries(snapshot.packages).map(([e, t]) => [e, Object.values(t as Record<string, { latest: string }>)[0]!.latest]))).toEqual({ nuget: '4.3.0', rubygems: '3.2.4', cargo: '1.0.228', composer: '3.9.0' })
  expect(snapshot.packages.nuget.Serilog).toMatchObject({ released: '2025-05-19', lines: { '3': '2023-11-08', '2': '2020-09-28' } })
  expect(snapshot.dates).toEqual({ nuget: '2026-11-28', rubygems: '2026-11-28', cargo: '2026-11-28', composer: '2026-11-28' })
})

test('a registry flag without a URL is a usage error', async () => {
  const lines: string[] = []
  expect(await runDataRefresh(['--maven', 'repo1.maven.org'], io(lines))).toBe(2)
  expect(lines.join('\n')).toMatch(/--maven takes a URL/)
})
