/**
 * The dependency policy: what blocks is a release line that no longer gets fixes (end of life, unmaintained), a
 * deprecated package or a downgrade across a major, where the change introduces it; an upgrade never blocks; a bump
 * within a line is the same finding; one problem is one finding. Each case is a realistic file at a realistic path.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { dependenciesAnalyzers, VERSION_SERVICE } from '../../src/analyzers/dependencies/index.js'
import type { ConfigFile } from '../../src/config/settings.js'
import type { Finding } from '../../src/findings/finding.js'
import { createVersionSource } from '../../src/sources/versions/index.js'
import { scanChange, scanFiles } from '../helpers/scan.js'
import { startRegistry, type RegistryDouble } from './registry-double.js'

const now = new Date('2026-11-28T00:00:00Z')
const opts = (config?: ConfigFile) => ({ now, analyzers: dependenciesAnalyzers, ...(config ? { config } : {}) })
const QUIET = ['outdated-dependency/stale-data', 'outdated-dependency/not-checked', 'outdated-dependency/libyear']
const brief = (fs: Finding[]) =>
  fs
    .filter((f) => !QUIET.includes(f.ruleId))
    .map((f) => `${f.file}:${f.line} ${f.ruleId.replace('outdated-dependency/', '')} ${f.severity}`)
    .sort()
const blocking = (fs: Finding[]) => brief(fs.filter((f) => f.severity === 'block'))

const pkg = (deps: Record<string, string>, extra: Record<string, unknown> = {}) => `${JSON.stringify({ name: 'shop', version: '1.0.0', ...extra, dependencies: deps }, null, 2)}\n`
const lock = (react: string, looseEnvify = '1.4.0') => `{
  "name": "shop",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "shop", "version": "1.0.0", "dependencies": { "react": "^17.0.1" } },
    "node_modules/react": { "version": "${react}" },
    "node_modules/loose-envify": { "version": "${looseEnvify}" }
  }
}
`
const workflow = (step: string) => `name: CI
on: [push]
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: ${step}
`

const doubles: RegistryDouble[] = []
afterAll(async () => {
  await Promise.all(doubles.map((d) => d.close()))
})

describe('check: what blocks on the whole tree', () => {
  test('an older action major that still gets releases warns; one without a release for a year blocks', async () => {
    const files = {
      '.github/workflows/ci.yml': workflow('actions/checkout@v4'),
      '.github/workflows/release.yml': workflow('actions/setup-node@v2'),
      '.github/workflows/lint.yml': workflow('actions/checkout@v7')
    }
    expect(brief(await scanFiles(files, opts()))).toEqual(['.github/workflows/ci.yml:7 majors-behind warn', '.github/workflows/release.yml:7 unmaintained block'])
  })

  test('the same action line used in ten steps of one file is one finding', async () => {
    const steps = Array.from({ length: 10 }, () => '      - uses: actions/upload-artifact@v4\n').join('')
    const findings = await scanFiles({ '.github/workflows/release.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-24.04\n    steps:\n${steps}` }, opts())
    const unmaintained = findings.filter((f) => f.ruleId === 'outdated-dependency/unmaintained')
    expect(unmaintained).toHaveLength(1)
    expect(unmaintained[0]!.message).toMatch(/Also on lines 7, 8, 9, 10, 11, 12, 13, 14, 15\./)
  })

  test.each([
    ['package.json', pkg({}, { engines: { node: '>=20 <25' } }), 'warn'],
    ['package.json', pkg({}, { engines: { node: '>=20.12 <21 || 22 || 24 <24.17.0 || 26 <26.3.1' } }), 'warn'],
    ['pyproject.toml', '[project]\nname = "shop"\nversion = "1.0"\nrequires-python = ">=3.9,<3.14"\n', 'warn'],
    // Only ended lines admitted: it runs an end-of-life Node.js.
    ['package.json', pkg({}, { engines: { node: '>=20 <22' } }), 'block']
  ])('a range that still admits supported lines warns at most: %s %#', async (file, text, severity) => {
    const eol = (await scanFiles({ [file]: text }, opts())).filter((f) => f.ruleId === 'outdated-dependency/end-of-life')
    expect(eol.map((f) => f.severity)).toEqual([severity])
  })

  test('one Rails release is one finding, not one per gem', async () => {
    const gemfileLock = `GEM
  remote: https://rubygems.org/
  specs:
    activerecord (7.1.5)
      activesupport (= 7.1.5)
    activesupport (7.1.5)
    rails (7.1.5)
      activerecord (= 7.1.5)
      railties (= 7.1.5)
    railties (7.1.5)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  rails (~> 7.1.5)

BUNDLED WITH
   2.5.22
`
    const eol = (await scanFiles({ 'Gemfile.lock': gemfileLock }, opts())).filter((f) => f.ruleId === 'outdated-dependency/end-of-life')
    expect(eol.map((f) => `${f.line} ${f.evidence}`)).toEqual(['7 rails (7.1.5)'])
    expect(eol[0]!.message).toMatch(/Same release: activerecord, railties/)
  })

  test('a workspace package is reported once, where it is declared, not again from the root lockfile', async () => {
    const yarnLock = `__metadata:
  version: 8

"react@npm:^17.0.2":
  version: 17.0.2
  resolution: "react@npm:17.0.2"
  languageName: node
  linkType: hard

"shop@workspace:.":
  version: 0.0.0-use.local
  resolution: "shop@workspace:."
  languageName: unknown
  linkType: soft

"web@workspace:packages/web":
  version: 0.0.0-use.local
  resolution: "web@workspace:packages/web"
  dependencies:
    react: "npm:^17.0.2"
  languageName: unknown
  linkType: soft
`
    const files = { 'package.json': `${JSON.stringify({ name: 'shop', private: true, workspaces: ['packages/*'] }, null, 2)}\n`, 'packages/web/package.json': pkg({ react: '^17.0.2' }), 'yarn.lock': yarnLock }
    expect(brief(await scanFiles(files, opts()))).toEqual(['packages/web/package.json:5 majors-behind warn'])
  })

  test('pip-compile and uv `# via` markers: a transitive pin is not judged as a direct dependency', async () => {
    const requirements = `#
# This file is autogenerated by pip-compile with Python 3.12
#
cachetools==4.2.4 \\
    --hash=sha256:89ea6f1b638d5a73a4f9226be57ac5e4f399d22770b92355f92dcb0f7f001693
    # via google-auth
flask==1.1.4
    # via -r requirements.in
google-auth==2.36.0
    # via
    #   -r requirements.in
    #   google-api-core
rsa==3.4.2
    # via
    #   google-auth
    #   oauth2client
`
    const config: ConfigFile = { dependencies: { majorsBehind: { block: 1 } } }
    expect(brief(await scanFiles({ 'requirements.txt': requirements }, opts(config)))).toEqual(['requirements.txt:7 majors-behind block'])
  })

  test('test fixtures and example folders are out of scope by default; dependencies.include brings them back', async () => {
    const files = { 'tests/fixtures/invalid_lock/poetry.lock': '[[package]\nname = "broken"\n', 'examples/legacy/Dockerfile': 'FROM node:14\n', 'Dockerfile': 'FROM node:24-alpine\n' }
    const findings = await scanFiles(files, opts())
    expect(findings.filter((f) => f.severity === 'block')).toEqual([])
    const included = await scanFiles(files, opts({ dependencies: { include: ['tests/fixtures/**'] } }))
    expect(included.filter((f) => f.severity === 'block').map((f) => `${f.file} ${f.ruleId}`)).toEqual(['tests/fixtures/invalid_lock/poetry.lock unanalyzable/parse-error'])
  })

  test('what could not be checked is one line per run', async () => {
    const gems = (rack: string) => `GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n    rack (${rack})\n    sidekiq (7.3.5)\n\nDEPENDENCIES\n  puma\n  rack\n  sidekiq\n`
    const files = { 'Gemfile.lock': gems('3.1.8'), 'services/db/Dockerfile': 'FROM postgres:42\n', 'web/Gemfile.lock': gems('3.0.9') }
    const notes = (await scanFiles(files, opts())).filter((f) => f.ruleId === 'outdated-dependency/not-checked')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.message).toMatch(/^4 dependencies could not be checked .*: puma 6\.4\.3, rack 3\.1\.8, sidekiq 7\.3\.5, rack 3\.0\.9\. release line not in the end-of-life data .*PostgreSQL 42/)
    // In a diff, only what the change moves: a one-gem bump lists that gem.
    const diff = (await scanChange({ 'Gemfile.lock': gems('3.1.8') }, { 'Gemfile.lock': gems('3.1.12') }, opts())).filter((f) => f.ruleId === 'outdated-dependency/not-checked')
    expect(diff).toHaveLength(1)
    expect(diff[0]!.message).toMatch(/1 dependency could not be checked .*: rack 3\.1\.12\.$/)
  })
})

describe('diff: an upgrade never blocks, a bump within a line is the same finding', () => {
  const opted = opts({ dependencies: { majorsBehind: { block: 2 } } })

  test.each<[string, Record<string, string>, Record<string, string>]>([
    ['react 17.0.1 -> 17.0.2 in package.json', { 'package.json': pkg({ react: '17.0.1' }) }, { 'package.json': pkg({ react: '17.0.2' }) }],
    ['react 17.0.1 -> 17.0.2 in package-lock.json alone', { 'package.json': pkg({ react: '^17.0.1' }), 'package-lock.json': lock('17.0.1') }, { 'package.json': pkg({ react: '^17.0.1' }), 'package-lock.json': lock('17.0.2') }],
    ['node:20.20.1-alpine -> node:20.20.2-alpine (Node.js 20 is past its end)', { 'docker/api/Dockerfile': 'FROM node:20.20.1-alpine\n' }, { 'docker/api/Dockerfile': 'FROM node:20.20.2-alpine\n' }],
    [
      'a SHA pin with `# v4.2.2` -> `# v4.3.0` (an unmaintained line)',
      { '.github/workflows/ci.yml': workflow('actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a # v4.2.2') },
      { '.github/workflows/ci.yml': workflow('actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.3.0') }
    ],
    ['vue ^2.6.14 -> ^2.7.16 (both lines ended: an upgrade warns)', { 'web/package.json': pkg({ vue: '^2.6.14' }) }, { 'web/package.json': pkg({ vue: '^2.7.16' }) }],
    ['postgres:12 -> postgres:13 (both ended)', { 'compose.yaml': 'services:\n  db:\n    image: postgres:12\n' }, { 'compose.yaml': 'services:\n  db:\n    image: postgres:13\n' }],
    ['go.mod toolchain go1.22.4 -> go1.23.1', { 'go.mod': 'module x\n\ngo 1.22\n\ntoolchain go1.22.4\n' }, { 'go.mod': 'module x\n\ngo 1.22\n\ntoolchain go1.23.1\n' }]
  ])('%s does not block', async (_, before, after) => {
    expect(blocking(await scanChange(before, after, opted))).toEqual([])
  })

  test('redis 4.6.0 -> 5.0.1 does not block, though both lines are left behind (registry dates)', async () => {
    const time = { '4.6.0': '2023-01-01T00:00:00.000Z', '4.7.0': '2024-07-01T00:00:00.000Z', '5.0.0': '2025-04-01T00:00:00.000Z', '5.0.1': '2025-04-20T00:00:00.000Z', '6.0.0': '2025-05-01T00:00:00.000Z', '6.2.0': '2026-10-01T00:00:00.000Z' }
    const npm = await startRegistry({ '/redis': { body: { name: 'redis', 'dist-tags': { latest: '6.2.0' }, versions: Object.fromEntries(Object.keys(time).map((v) => [v, { version: v }])), time } } })
    doubles.push(npm)
    const versions = createVersionSource({ cwd: '/nonexistent', env: { HOME: '/nonexistent', npm_config_registry: npm.url }, cacheDir: false })
    const services = { [VERSION_SERVICE]: versions }
    const base = { 'package.json': pkg({ redis: '4.6.0' }) }
    const head = { 'package.json': pkg({ redis: '5.0.1' }) }
    const findings = await scanChange(base, head, { now, analyzers: dependenciesAnalyzers, services })
    expect(brief(findings)).toEqual(['package.json:5 unmaintained warn'])
    expect(findings.find((f) => f.ruleId === 'outdated-dependency/unmaintained')?.message).toMatch(/moves it up from 4\.6\.0, so this does not block/)
    // The same line added as a new dependency blocks: the change introduces it.
    const added = await scanChange({ 'package.json': pkg({}) }, head, { now, analyzers: dependenciesAnalyzers, services })
    expect(blocking(added)).toEqual(['package.json:5 unmaintained block'])
  })

  test('what the change introduces blocks: a new EOL image, a move onto an ended OS, a new manifest', async () => {
    const base = { 'docker/api/Dockerfile': 'FROM node:24-alpine\n' }
    expect(blocking(await scanChange(base, { 'docker/api/Dockerfile': 'FROM node:24-alpine\nFROM mongo:4.4\n' }, opts()))).toEqual(['docker/api/Dockerfile:2 end-of-life block'])
    expect(blocking(await scanChange(base, { 'docker/api/Dockerfile': 'FROM node:24-bullseye\n' }, opts()))).toEqual(['docker/api/Dockerfile:1 end-of-life block'])
    expect(blocking(await scanChange({}, { 'services/pay/.nvmrc': '18\n' }, opts()))).toEqual(['services/pay/.nvmrc:1 end-of-life block'])
  })

  test('a downgrade across a major blocks; a transitive downgrade in the lockfile warns', async () => {
    const base = { 'package.json': pkg({ react: '^17.0.1' }), 'package-lock.json': lock('17.0.2', '1.4.0') }
    const head = { 'package.json': pkg({ react: '^17.0.1' }), 'package-lock.json': lock('17.0.2', '0.9.0') }
    const found = await scanChange(base, head, opts())
    expect(brief(found)).toEqual(['package-lock.json:9 downgrade warn'])
    expect(found[0]!.message).toMatch(/loose-envify goes down from 1\.4\.0 to 0\.9\.0, across a major version \(a transitive dependency/)
    expect(blocking(await scanChange({ '.nvmrc': '24\n' }, { '.nvmrc': '22\n' }, opts()))).toEqual(['.nvmrc:1 downgrade block'])
  })
})

describe('extended support', () => {
  const files = { 'docker/api/Dockerfile': 'FROM python:3.13-slim-bookworm\n', 'docker/worker/Dockerfile': 'FROM ubuntu:20.04\n', 'docker/legacy/Dockerfile': 'FROM debian:bullseye-slim\n' }
  const at = async (config?: ConfigFile, date = '2026-11-28T00:00:00Z') =>
    brief((await scanFiles(files, { now: new Date(date), analyzers: dependenciesAnalyzers, ...(config ? { config } : {}) })).filter((f) => f.ruleId.startsWith('outdated-dependency/end-of-life')))

  test('free extended support (Debian LTS) counts as supported; paid (Ubuntu ESM) does not', async () => {
    // Debian 12's regular support ended on 2026-07-11, its LTS runs to 2028-06-30; Debian 11's LTS ended 2026-08-31.
    expect(await at()).toEqual(['docker/legacy/Dockerfile:1 end-of-life block', 'docker/worker/Dockerfile:1 end-of-life block'])
    const ubuntu = (await scanFiles(files, opts())).find((f) => f.file === 'docker/worker/Dockerfile')
    expect(ubuntu?.message).toMatch(/extended support to 2030-04-02 is not counted/)
  })

  test('extendedSupport: all counts paid support too; none counts neither', async () => {
    expect(await at({ dependencies: { extendedSupport: 'all' } })).toEqual(['docker/legacy/Dockerfile:1 end-of-life block'])
    expect(await at({ dependencies: { extendedSupport: 'none' } })).toEqual(['docker/api/Dockerfile:1 end-of-life block', 'docker/legacy/Dockerfile:1 end-of-life block', 'docker/worker/Dockerfile:1 end-of-life block'])
  })

  test('the end of free extended support is the end: within 90 days it warns', async () => {
    expect(await at(undefined, '2028-05-01T00:00:00Z')).toContain('docker/api/Dockerfile:1 end-of-life-soon warn')
  })
})

describe('a line older than every one the end-of-life data lists', () => {
  // The bundled data starts ClickHouse at 25.1, CouchDB at 3.2, Prometheus at 2.36, cert-manager at 1.10, all ended.
  const compose = (images: string[]) => `services:\n${images.map((image, i) => `  s${i}:\n    image: ${image}\n`).join('')}`
  const images = ['clickhouse/clickhouse-server:22.3', 'couchdb:2.3.1', 'prom/prometheus:v2.30.0', 'quay.io/jetstack/cert-manager-controller:v1.5.0', 'clickhouse/clickhouse-server:31.1', 'caddy:0.11', 'clickhouse/clickhouse-server:26.3', 'jenkins/jenkins:2.60.3-alpine', 'jenkins/jenkins:2.578']

  test('blocks as end-of-life when the oldest listed lines have ended; newer than the data, or below a supported oldest line, stays unknown', async () => {
    const findings = await scanFiles({ 'deploy/docker-compose.yml': compose(images) }, opts())
    expect(brief(findings).filter((f) => f.includes('end-of-life'))).toEqual(['deploy/docker-compose.yml:3 end-of-life block', 'deploy/docker-compose.yml:5 end-of-life block', 'deploy/docker-compose.yml:7 end-of-life block', 'deploy/docker-compose.yml:9 end-of-life block', 'deploy/docker-compose.yml:17 end-of-life block'].sort())
    const message = findings.find((f) => f.line === 3 && f.ruleId === 'outdated-dependency/end-of-life')!.message
    expect(message).toMatch(/runs ClickHouse 22\.3, a line older than every one the end-of-life data lists \(the oldest, 25\.1, reached end of life on 2025-04-22\)/)
    // ClickHouse 31.1 is newer than the data; Caddy 0.11 is older than Caddy 1 (ended) but Caddy 2 is supported: not assumed.
    const note = findings.find((f) => f.ruleId === 'outdated-dependency/not-checked')!.message
    expect(note).toMatch(/ClickHouse 31\.1/)
    expect(note).toMatch(/Caddy 0\.11/)
    // Jenkins lists its weekly line as `2` and its LTS lines as 2.346 ... 2.568: 2.60.3 is an LTS older than all of them.
    expect(findings.find((f) => f.line === 17)!.message).toMatch(/runs Jenkins 2\.60, a line older than every one the end-of-life data lists \(the oldest, 2\.346/)
  })

  test('a version inside a listed major line is not "older": log4j-core 2.14.1 is on Log4j 2 (its 2.12 and 2.3 lines are side lines)', async () => {
    const pom = `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>billing</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n    <dependency>\n      <groupId>org.apache.logging.log4j</groupId>\n      <artifactId>log4j-core</artifactId>\n      <version>2.14.1</version>\n    </dependency>\n  </dependencies>\n</project>\n`
    expect(brief(await scanFiles({ 'pom.xml': pom }, opts())).filter((f) => f.includes('end-of-life'))).toEqual([])
  })

  test('in a diff it is the same finding across a bump within the line, and an upgrade to a listed line never blocks', async () => {
    const same = await scanChange({ 'deploy/docker-compose.yml': compose(['couchdb:2.3.0']) }, { 'deploy/docker-compose.yml': compose(['couchdb:2.3.1']) }, opts())
    expect(blocking(same)).toEqual([])
    const up = await scanChange({ 'deploy/docker-compose.yml': compose(['couchdb:2.3.1']) }, { 'deploy/docker-compose.yml': compose(['couchdb:3.5.0']) }, opts())
    expect(blocking(up)).toEqual([])
    const added = await scanChange({ 'deploy/docker-compose.yml': compose(['couchdb:3.5.0']) }, { 'deploy/docker-compose.yml': compose(['couchdb:3.5.0', 'couchdb:2.3.1']) }, opts())
    expect(blocking(added)).toEqual(['deploy/docker-compose.yml:5 end-of-life block'])
  })
})

describe('images their publishers stopped building', () => {
  test('openjdk (through a mirror too), the official jenkins and circleci/* legacy images are deprecated; their maintained successors are not', async () => {
    const dockerfile = ['FROM docker.io/library/openjdk:17-jdk-slim AS build', 'FROM jenkins:2.60.3', 'FROM circleci/python:3.12', 'FROM eclipse-temurin:21-jre', 'FROM jenkins/jenkins:2.528.2-lts-jdk21', 'FROM cimg/python:3.13', ''].join('\n')
    const findings = await scanFiles({ 'ci/Dockerfile': dockerfile }, opts())
    expect(brief(findings).filter((f) => f.includes('deprecated'))).toEqual(['ci/Dockerfile:1 deprecated block', 'ci/Dockerfile:2 deprecated block', 'ci/Dockerfile:3 deprecated block'])
    expect(findings.find((f) => f.line === 1 && f.ruleId === 'outdated-dependency/deprecated')!.message).toMatch(/openjdk:17-jdk-slim is deprecated: .*use eclipse-temurin/)
  })

  test('in a diff, a deprecated image already there stays quiet; one the change adds blocks', async () => {
    const before = { 'ci/Dockerfile': 'FROM openjdk:11-jre\n' }
    expect(blocking(await scanChange(before, { 'ci/Dockerfile': 'FROM openjdk:11-jre\nRUN java -version\n' }, opts()))).toEqual([])
    expect(blocking(await scanChange(before, { ...before, 'services/report/Dockerfile': 'FROM openjdk:17-jdk-slim\n' }, opts()))).toEqual(['services/report/Dockerfile:1 deprecated block'])
  })

  test('Oracle\'s mysql/mysql-server image runs MySQL: 5.7 is end-of-life', async () => {
    const findings = await scanFiles({ 'deploy/docker-compose.yml': 'services:\n  db:\n    image: mysql/mysql-server:5.7\n' }, opts())
    expect(blocking(findings)).toEqual(['deploy/docker-compose.yml:3 end-of-life block'])
  })
})

describe('short-lived release lines: a grace after their end before they block', () => {
  // Rust 1.97 was released 2026-07-09 and ended 2026-08-20 when 1.98 shipped (42 days); Neo4j 2026.06 ran 22 days.
  // Node.js 25 (2025-10-15 to 2026-06-01, 229 days) is not short-lived: it blocks from its end.
  const files = {
    'rust-toolchain.toml': '[toolchain]\nchannel = "1.97"\ncomponents = ["clippy", "rustfmt"]\n',
    'deploy/compose.yaml': 'services:\n  graph:\n    image: neo4j:2026.06\n  web:\n    image: node:25-alpine\n'
  }
  const eolFindings = async (date: string, config?: ConfigFile) =>
    (await scanFiles(files, { now: new Date(date), analyzers: dependenciesAnalyzers, ...(config ? { config } : {}) })).filter((f) => f.ruleId === 'outdated-dependency/end-of-life')
  const at = async (date: string, config?: ConfigFile) => (await eolFindings(date, config)).map((f) => `${f.file}:${f.line} ${f.evidence} ${f.severity}`).sort()

  test('six weeks after the next line shipped, a short-lived line warns and says from when it blocks', async () => {
    expect(await at('2026-10-01T00:00:00Z')).toEqual([
      'deploy/compose.yaml:3 image: neo4j:2026.06 warn',
      'deploy/compose.yaml:5 image: node:25-alpine block',
      'rust-toolchain.toml:2 channel = "1.97" warn'
    ])
    const rust = (await eolFindings('2026-10-01T00:00:00Z')).find((f) => f.file === 'rust-toolchain.toml')
    expect(rust?.message).toMatch(/Rust 1\.97, which reached end of life on 2026-08-20 after 42 days of support \(a short-lived line\).*it blocks from 2026-11-18 \(dependencies\.eolGraceDays\)\.$/)
    expect(rust?.hint).toMatch(/^Move to Rust 1\.98/)
  })

  test('after the grace it blocks, as the same finding (identity unchanged)', async () => {
    const during = (await eolFindings('2026-10-01T00:00:00Z')).find((f) => f.file === 'rust-toolchain.toml')
    const after = (await eolFindings('2026-11-18T00:00:00Z')).find((f) => f.file === 'rust-toolchain.toml')
    expect(after?.severity).toBe('block')
    expect(after?.message).not.toMatch(/it blocks from/)
    expect(after?.fingerprint).toBe(during?.fingerprint)
  })

  test('eolGraceDays: 0 blocks at once; eolShortLivedDays below the window makes the line ordinary', async () => {
    expect(await at('2026-10-01T00:00:00Z', { dependencies: { eolGraceDays: 0 } })).toEqual([
      'deploy/compose.yaml:3 image: neo4j:2026.06 block',
      'deploy/compose.yaml:5 image: node:25-alpine block',
      'rust-toolchain.toml:2 channel = "1.97" block'
    ])
    // Rust 1.97 had 42 days, Neo4j 2026.06 had 22: a 30-day threshold leaves only Neo4j short-lived.
    expect(await at('2026-10-01T00:00:00Z', { dependencies: { eolShortLivedDays: 30 } })).toEqual([
      'deploy/compose.yaml:3 image: neo4j:2026.06 warn',
      'deploy/compose.yaml:5 image: node:25-alpine block',
      'rust-toolchain.toml:2 channel = "1.97" block'
    ])
    // A longer grace moves the day it blocks.
    const rust = (await eolFindings('2026-10-01T00:00:00Z', { dependencies: { eolGraceDays: 120 } })).find((f) => f.file === 'rust-toolchain.toml')
    expect(rust?.message).toMatch(/it blocks from 2026-12-18/)
  })

  test('with dependencies.eol: warn nothing blocks, and no finding promises that it will', async () => {
    const found = await eolFindings('2026-10-01T00:00:00Z', { dependencies: { eol: 'warn' } })
    expect(found.map((f) => f.severity)).toEqual(['warn', 'warn', 'warn'])
    expect(found.map((f) => f.message).join('\n')).not.toMatch(/it blocks from/)
  })
})

describe('hints are computed against "now"', () => {
  test('the line a hint names was released by then', async () => {
    const at = async (date: string) => (await scanFiles({ 'compose.yaml': 'services:\n  db:\n    image: postgres:10\n' }, { now: new Date(date), analyzers: dependenciesAnalyzers })).find((f) => f.ruleId === 'outdated-dependency/end-of-life')?.hint
    // PostgreSQL 15 came out on 2022-10-13, 16 on 2023-09-14.
    expect(await at('2023-01-01T00:00:00Z')).toMatch(/^Move to PostgreSQL 15, supported until/)
    expect(await at('2026-11-28T00:00:00Z')).not.toMatch(/PostgreSQL 15/)
  })
})

describe('Helm charts and Terraform providers', () => {
  const chart = (kube: string, postgres: string) => `apiVersion: v2
name: shop
version: 1.4.0
appVersion: "2.3.1"
kubeVersion: "${kube}"
dependencies:
  - name: postgresql
    version: ${postgres}
    repository: https://charts.bitnami.com/bitnami
  - name: redis
    version: "~19.6.0"
    repository: oci://registry-1.docker.io/bitnamicharts
`
  test('Chart.yaml kubeVersion is a range: a minimum warns at most, an ended line only blocks', async () => {
    const eol = async (kube: string) => (await scanFiles({ 'charts/shop/Chart.yaml': chart(kube, '15.5.38') }, opts())).filter((f) => f.ruleId === 'outdated-dependency/end-of-life').map((f) => `${f.line} ${f.severity}`)
    expect(await eol('>=1.22.0-0')).toEqual(['5 warn'])
    expect(await eol('~1.25.0')).toEqual(['5 block'])
  })

  test('a chart dependency or a provider moved down a major blocks in a diff; moved up it passes', async () => {
    const down = await scanChange({ 'charts/shop/Chart.yaml': chart('>=1.30.0-0', '15.5.38') }, { 'charts/shop/Chart.yaml': chart('>=1.30.0-0', '12.1.2') }, opts())
    expect(blocking(down)).toEqual(['charts/shop/Chart.yaml:7 downgrade block'])
    const up = await scanChange({ 'charts/shop/Chart.yaml': chart('>=1.30.0-0', '12.1.2') }, { 'charts/shop/Chart.yaml': chart('>=1.30.0-0', '15.5.38') }, opts())
    expect(blocking(up)).toEqual([])
    const tf = (aws: string) => `terraform {\n  required_version = ">= 1.13.0"\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "${aws}"\n    }\n  }\n}\n`
    expect(blocking(await scanChange({ 'infra/versions.tf': tf('~> 5.0') }, { 'infra/versions.tf': tf('~> 4.67') }, opts()))).toEqual(['infra/versions.tf:4 downgrade block'])
    expect(blocking(await scanChange({ 'infra/versions.tf': tf('~> 4.67') }, { 'infra/versions.tf': tf('~> 5.0') }, opts()))).toEqual([])
  })
})
