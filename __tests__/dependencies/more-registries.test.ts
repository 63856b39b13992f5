/**
 * Online version lookups for Maven Central (maven-metadata.xml + the search API's dates), Packagist (Composer v2
 * minified metadata) and OCI registries (registry v2 tag list behind the anonymous bearer token of a
 * `WWW-Authenticate` challenge, as GHCR / Quay / ECR Public serve it; MCR without one), each against a
 * registry-shaped server on 127.0.0.1; failures fall back and never block.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import { dependenciesAnalyzers } from '../../src/analyzers/dependencies/index.js'
import { createVersionSource, VERSION_SERVICE, type VersionSourceOptions } from '../../src/sources/versions/index.js'
import { scanFiles } from '../helpers/scan.js'
import { mavenGav as gav, mavenMetadata as metadata, startRegistry, type RegistryDouble, type Route } from './registry-double.js'

const now = new Date('2026-11-28T00:00:00Z')
const servers: RegistryDouble[] = []
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close()
})

async function registry(routes: Record<string, Route | ((req: IncomingMessage) => Route)>): Promise<RegistryDouble> {
  const server = await startRegistry(routes)
  servers.push(server)
  return server
}

function source(url: string, extra: Partial<VersionSourceOptions> = {}) {
  const registries = { pypi: url, go: url, rubygems: url, cargo: url, docker: url, osv: url, maven: url, mavenSearch: url, packagist: url }
  return createVersionSource({ env: { HOME: '/nonexistent', npm_config_registry: url }, cacheDir: false, timeoutMs: 1000, registries, ...extra })
}

describe('Maven Central', () => {
  test('versions from maven-metadata.xml (prereleases skipped), dates from the search API', async () => {
    const log4j = metadata('org.apache.logging.log4j', 'log4j-core', ['2.0-beta9', '2.0', '2.14.1', '2.17.1', '2.25.2', '3.0.0-beta3'], '3.0.0-beta3', '20251101093000')
    const server = await registry({
      '/org/apache/logging/log4j/log4j-core/maven-metadata.xml': { body: log4j, headers: { 'content-type': 'text/xml' } },
      '/solrsearch/select': (req) =>
        new URL(req.url!, 'http://x').searchParams.get('q') === 'g:"org.apache.logging.log4j" AND a:"log4j-core"'
          ? { body: gav('org.apache.logging.log4j', 'log4j-core', { '2.14.1': '2021-03-12T00:00:00Z', '2.25.2': '2025-09-15T00:00:00Z' }) }
          : { status: 400, body: {} }
    })
    const found = await source(server.url).lookup('maven', 'org.apache.logging.log4j:log4j-core')
    expect(found).toEqual({ status: 'found', info: { latest: '2.25.2', latestDate: '2025-09-15T00:00:00.000Z', dates: { '2.14.1': '2021-03-12T00:00:00.000Z', '2.25.2': '2025-09-15T00:00:00.000Z' }, origin: new URL(server.url).host } })
    expect(server.requests.map((r) => r.path)).toEqual(['/org/apache/logging/log4j/log4j-core/maven-metadata.xml', '/solrsearch/select'])
  })

  test('a pom judged against Central: behind and unmaintained lines; the search API down only loses the dates', async () => {
    const server = await registry({
      '/com/acme/platform/billing-client/maven-metadata.xml': { body: metadata('com.acme.platform', 'billing-client', ['1.0.0', '1.4.2', '2.0.0', '3.1.0'], '3.1.0', '20260901120000') },
      '/solrsearch/select': { body: gav('com.acme.platform', 'billing-client', { '1.0.0': '2019-01-01T00:00:00Z', '1.4.2': '2020-06-01T00:00:00Z', '2.0.0': '2022-01-01T00:00:00Z', '3.1.0': '2026-09-01T00:00:00Z' }) }
    })
    const pom = '<project>\n  <dependencies>\n    <dependency>\n      <groupId>com.acme.platform</groupId>\n      <artifactId>billing-client</artifactId>\n      <version>1.4.2</version>\n    </dependency>\n  </dependencies>\n</project>\n'
    const findings = await scanFiles({ 'pom.xml': pom }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(server.url) } })
    const behind = findings.find((f) => f.ruleId === 'outdated-dependency/unmaintained')
    expect(behind?.severity).toBe('block')
    expect(behind?.message).toMatch(/1\.x line, whose last release was on 2020-06-01/)
    const noSearch = await registry({ '/com/acme/platform/billing-client/maven-metadata.xml': { body: metadata('com.acme.platform', 'billing-client', ['1.4.2', '3.1.0'], '3.1.0', '20260901120000') }, '/solrsearch/select': { status: 503, body: 'down' } })
    expect(await source(noSearch.url).lookup('maven', 'com.acme.platform:billing-client')).toMatchObject({ status: 'found', info: { latest: '3.1.0', latestDate: '2026-09-01T12:00:00Z' } })
  })

  test('Guava-style flavours (-jre, -android) are releases; a release candidate with a flavour is not', async () => {
    const versions = ['31.1-android', '31.1-jre', '32.1.3-android', '32.1.3-jre', '33.4.0-android', '33.4.0-jre', '34.0.0-rc1-android', '34.0.0-rc1-jre']
    const dated = { '31.1-jre': '2022-02-28T18:00:00Z', '32.1.3-jre': '2023-10-11T15:00:00Z', '33.4.0-android': '2024-12-16T20:00:00Z', '33.4.0-jre': '2024-12-16T20:10:00Z', '34.0.0-rc1-jre': '2026-10-02T12:00:00Z' }
    const server = await registry({
      '/com/google/guava/guava/maven-metadata.xml': { body: metadata('com.google.guava', 'guava', versions, '33.4.0-jre', '20261002120000') },
      '/solrsearch/select': { body: gav('com.google.guava', 'guava', dated) }
    })
    const found = await source(server.url).lookup('maven', 'com.google.guava:guava')
    // Of the two equal 33.4.0 builds, the one metadata names as the release.
    expect(found).toMatchObject({ status: 'found', info: { latest: '33.4.0-jre', latestDate: '2024-12-16T20:10:00.000Z' } })
    const pom = '<project>\n  <dependencies>\n    <dependency>\n      <groupId>com.google.guava</groupId>\n      <artifactId>guava</artifactId>\n      <version>31.1-jre</version>\n    </dependency>\n  </dependencies>\n</project>\n'
    const findings = await scanFiles({ 'pom.xml': pom }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: source(server.url) } })
    const unmaintained = findings.filter((f) => f.ruleId === 'outdated-dependency/unmaintained')
    expect(unmaintained.map((f) => `${f.line} ${f.severity}`)).toEqual(['5 block'])
    expect(unmaintained[0]!.message).toMatch(/31\.x line, whose last release was on 2022-02-28/)
    // The version lookup answered (the double serves no advisories: only that is not checked).
    expect(findings.filter((f) => f.ruleId === 'outdated-dependency/not-checked' && !/known vulnerabilities/.test(f.message))).toEqual([])
  })

  test('unknown artifact, broken metadata, a failing repository', async () => {
    const server = await registry({ '/org/acme/broken/maven-metadata.xml': { body: '<metadata><versioning><versions>' }, '/org/acme/down/maven-metadata.xml': { status: 500, body: 'err' } })
    const versions = source(server.url)
    expect(await versions.lookup('maven', 'org.acme:private-thing')).toEqual({ status: 'not-found' })
    expect((await versions.lookup('maven', 'org.acme:broken')).status).toBe('unavailable')
    expect(await versions.lookup('maven', 'org.acme:down')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/HTTP 500/) })
  })
})

describe('Packagist', () => {
  test('minified Composer v2 metadata: versions, dates, abandoned', async () => {
    const server = await registry({
      '/p2/monolog/monolog.json': {
        body: {
          minified: 'composer/2.0',
          packages: {
            'monolog/monolog': [
              { name: 'monolog/monolog', description: 'Sends your logs to files, sockets, inboxes, databases and various web services', version: '3.9.0', version_normalized: '3.9.0.0', time: '2025-03-24T10:02:05+00:00', require: { php: '>=8.1' }, type: 'library' },
              { version: '3.9.0-RC1', version_normalized: '3.9.0.0-RC1', time: '2025-03-01T10:00:00+00:00' },
              { version: '2.10.0', version_normalized: '2.10.0.0', time: '2024-11-12T12:43:37+00:00', require: { php: '>=7.2' } },
              { version: '1.27.1', version_normalized: '1.27.1.0', time: '2022-06-09T08:53:42+00:00', require: '__unset' }
            ]
          }
        }
      },
      '/p2/swiftmailer/swiftmailer.json': {
        body: { minified: 'composer/2.0', packages: { 'swiftmailer/swiftmailer': [{ name: 'swiftmailer/swiftmailer', version: 'v6.3.0', version_normalized: '6.3.0.0', time: '2021-10-18T15:26:12+00:00', abandoned: 'symfony/mailer' }, { version: 'v5.4.12', version_normalized: '5.4.12.0', time: '2018-07-31T09:26:32+00:00' }] } }
      }
    })
    const versions = source(server.url)
    expect(await versions.lookup('composer', 'Monolog/Monolog')).toMatchObject({ status: 'found', info: { latest: '3.9.0', latestDate: '2025-03-24T10:02:05+00:00', dates: { '1.27.1': '2022-06-09T08:53:42+00:00' } } })
    const lock = JSON.stringify({ packages: [{ name: 'swiftmailer/swiftmailer', version: 'v6.3.0', require: { php: '>=7.0.0' } }, { name: 'monolog/monolog', version: '1.27.1', require: { php: '>=5.3.0' } }], 'packages-dev': [] }, null, 4) + '\n'
    const findings = await scanFiles({ 'composer.lock': lock }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: versions } })
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/deprecated')?.message).toMatch(/swiftmailer\/swiftmailer 6\.3\.0 is deprecated: its maintainers mark it abandoned; use symfony\/mailer/)
    expect(findings.some((f) => f.ruleId === 'outdated-dependency/majors-behind' || f.ruleId === 'outdated-dependency/unmaintained')).toBe(true)
    expect(server.requests.map((r) => r.path).filter((p) => p.startsWith('/p2/')).sort()).toEqual(['/p2/monolog/monolog.json', '/p2/swiftmailer/swiftmailer.json'])
  })

  test('rate limited and malformed answers are unavailable, not errors', async () => {
    const server = await registry({ '/p2/acme/slow.json': { status: 429, body: {}, headers: { 'retry-after': '60' } }, '/p2/acme/garbled.json': { body: '{"packages": {"acme/garbled": [' } })
    const versions = source(server.url)
    expect(await versions.lookup('composer', 'acme/slow')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/HTTP 429 \(rate limited\)/) })
    expect(await versions.lookup('composer', 'acme/garbled')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/not JSON/) })
    expect(await versions.lookup('composer', 'acme/private')).toEqual({ status: 'not-found' })
  })
})

describe('OCI registries', () => {
  /** A GHCR-shaped registry: tag list behind an anonymous token, two pages. */
  async function ghcr(options: { tokenStatus?: number } = {}) {
    let url = ''
    const server = await registry({
      '/token': (req) => {
        const q = new URL(req.url!, 'http://x').searchParams
        if (options.tokenStatus) return { status: options.tokenStatus, body: { errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] } }
        return q.get('scope') === 'repository:acme/api:pull' && q.get('service') === 'ghcr.io' ? { body: { token: 'anon-djE6YWNtZS9hcGk6cHVsbA' } } : { status: 400, body: {} }
      },
      '/v2/acme/api/tags/list': (req): Route => {
        if (req.headers.authorization !== 'Bearer anon-djE6YWNtZS9hcGk6cHVsbA')
          return { status: 401, body: { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, headers: { 'www-authenticate': `Bearer realm="${url}token",service="ghcr.io",scope="repository:acme/api:pull"` } }
        const last = new URL(req.url!, 'http://x').searchParams.get('last')
        if (last === null) return { body: { name: 'acme/api', tags: ['1.4.0', '2.0.0', 'latest', 'sha-1f2e3d4'] }, headers: { link: '</v2/acme/api/tags/list?last=sha-1f2e3d4&n=1000>; rel="next"' } }
        return { body: { name: 'acme/api', tags: ['3.2.1', '3.2.1-debug', '4.0.0-rc.1'] } }
      }
    })
    url = server.url
    return server
  }

  test('GHCR: the challenge, the anonymous token, every page', async () => {
    const server = await ghcr()
    const versions = source(server.url, { oci: { 'ghcr.io': server.url } })
    expect(await versions.lookup('docker', 'ghcr.io/acme/api')).toEqual({ status: 'found', info: { latest: '3.2.1', origin: new URL(server.url).host } })
    expect(server.requests.map((r) => `${r.path} ${r.authorization ?? '-'}`)).toEqual(['/v2/acme/api/tags/list -', '/token -', '/v2/acme/api/tags/list Bearer anon-djE6YWNtZS9hcGk6cHVsbA', '/v2/acme/api/tags/list Bearer anon-djE6YWNtZS9hcGk6cHVsbA'])
    const findings = await scanFiles({ 'deploy/compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.0\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: versions } })
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/majors-behind')?.message).toMatch(/3\.2\.1/)
  })

  test('MCR: a tag list without a token', async () => {
    const server = await registry({ '/v2/dotnet/aspnet/tags/list': { body: { name: 'dotnet/aspnet', tags: ['6.0', '8.0', '8.0.11', '9.0', '9.0.1', '10.0-preview'] } } })
    expect(await source(server.url, { oci: { 'mcr.microsoft.com': server.url } }).lookup('docker', 'mcr.microsoft.com/dotnet/aspnet')).toMatchObject({ status: 'found', info: { latest: '9.0.1' } })
    expect(server.requests).toHaveLength(1)
  })

  test('a private image (token refused, Basic challenge), an unknown registry and a foreign realm are not looked up further', async () => {
    const denied = await ghcr({ tokenStatus: 403 })
    expect(await source(denied.url, { oci: { 'ghcr.io': denied.url } }).lookup('docker', 'ghcr.io/acme/api')).toEqual({ status: 'not-found' })
    const basic = await registry({ '/v2/team/app/tags/list': { status: 401, body: {}, headers: { 'www-authenticate': 'Basic realm="Registry"' } } })
    expect(await source(basic.url, { oci: { 'quay.io': basic.url } }).lookup('docker', 'quay.io/team/app')).toEqual({ status: 'not-found' })
    const elsewhere = await registry({})
    const foreign = await registry({ '/v2/team/app/tags/list': { status: 401, body: {}, headers: { 'www-authenticate': `Bearer realm="${elsewhere.url}token",service="quay.io"` } } })
    expect(await source(foreign.url, { oci: { 'quay.io': foreign.url } }).lookup('docker', 'quay.io/team/app')).toEqual({ status: 'not-found' })
    expect(elsewhere.requests).toEqual([])
    // A registry host that is not a known public one is never asked (the pull request names it).
    expect(await source(foreign.url).lookup('docker', 'registry.acme.internal:5000/team/app')).toEqual({ status: 'not-found' })
  })

  test('a registry that fails or times out: unavailable, and the run never blocks on it', async () => {
    const server = await registry({ '/v2/team/app/tags/list': { status: 502, body: 'bad gateway' }, '/v2/team/slow/tags/list': { delayMs: 2000, body: { tags: ['1.0.0'] } } })
    const versions = source(server.url, { oci: { 'quay.io': server.url }, timeoutMs: 200 })
    expect(await versions.lookup('docker', 'quay.io/team/app')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/HTTP 502/) })
    expect(await versions.lookup('docker', 'quay.io/team/slow')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/within 200 ms/) })
    const findings = await scanFiles({ 'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: quay.io/team/app:1.0.0\n' }, { now, analyzers: dependenciesAnalyzers, services: { [VERSION_SERVICE]: versions } })
    expect(findings.filter((f) => f.severity === 'block')).toEqual([])
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/not-checked')?.message).toMatch(/quay\.io\/team\/app:1\.0\.0/)
  })
})
