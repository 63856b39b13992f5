/**
 * Compose files merged as `docker compose` merges them: a database whose image is in the base and whose port is
 * published by the override (or the production file given with `-f`) is one exposure, caught when only one half
 * changes; `env_file` values count as the service's environment.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const RULE = 'public-exposure/database-port-published'

const base = `services:
  app:
    build: .
    depends_on: [db]
    environment:
      MONGO_URL: mongodb://db:27017/app
  db:
    image: mongo:7.0
    volumes:
      - mongo-data:/data/db
volumes:
  mongo-data: {}
`

const withCredentials = base.replace(`      - mongo-data:/data/db
`, `      - mongo-data:/data/db
    env_file: ./mongo.env
`)

const override = `services:
  db:
    ports:
      - "27017:27017"
`

const mongoEnv = `# root user for the local database
MONGO_INITDB_ROOT_USERNAME=admin
MONGO_INITDB_ROOT_PASSWORD=change-me-in-vault
`

const diff = (repo: TempRepo, from: string): Promise<Finding[]> => scanGitDiff(repo.dir, from, { analyzers: exposureAnalyzers })

const repos: TempRepo[] = []
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup()
})
const repo = (): TempRepo => {
  const r = new TempRepo()
  repos.push(r)
  return r
}
const published = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId === RULE).map((f) => `${f.file}:${f.line} ${f.severity}`)

describe('compose: base + override merged', () => {
  it('check: the override publishing the base database blocks at the port, naming the image line', async () => {
    const findings = await scanFiles({ 'deploy/docker-compose.yml': base, 'deploy/docker-compose.override.yml': override }, { analyzers: exposureAnalyzers })
    expect(published(findings)).toEqual(['deploy/docker-compose.override.yml:4 block'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/deploy\/docker-compose\.yml:7/)
  })

  it('check: credentials from the env_file make it a warning, not a block', async () => {
    const findings = await scanFiles({ 'deploy/docker-compose.yml': withCredentials, 'deploy/docker-compose.override.yml': override, 'deploy/mongo.env': mongoEnv }, { analyzers: exposureAnalyzers })
    expect(published(findings)).toEqual(['deploy/docker-compose.override.yml:4 warn'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/MONGO_INITDB_ROOT_USERNAME and MONGO_INITDB_ROOT_PASSWORD are set/)
    expect(findings.find((f) => f.ruleId === RULE)!.message).not.toMatch(/change-me-in-vault/)
  })

  it('check: the production file given with -f is merged over the base', async () => {
    const findings = await scanFiles({ 'compose.yaml': base, 'compose.prod.yaml': override }, { analyzers: exposureAnalyzers })
    expect(published(findings)).toEqual(['compose.prod.yaml:4 block'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/docker compose -f compose\.yaml -f compose\.prod\.yaml/)
  })

  it('check: `${VAR}` in the override takes its value from the folder\'s .env', async () => {
    const bound = 'services:\n  db:\n    ports:\n      - "${MONGO_BIND:-127.0.0.1}:27017:27017"\n'
    const local = await scanFiles({ 'docker-compose.yml': base, 'docker-compose.override.yml': bound }, { analyzers: exposureAnalyzers })
    expect(published(local)).toEqual([])
    const open = await scanFiles({ 'docker-compose.yml': base, 'docker-compose.override.yml': bound, '.env': 'COMPOSE_PROJECT_NAME=shop\nMONGO_BIND=0.0.0.0\n' }, { analyzers: exposureAnalyzers })
    expect(published(open)).toEqual(['docker-compose.override.yml:4 block'])
  })

  it('diff: a change to the override alone blocks', async () => {
    const r = repo()
    r.write({ 'deploy/docker-compose.yml': base, 'deploy/docker-compose.override.yml': 'services:\n  db:\n    restart: always\n' })
    const from = r.commit('stack')
    r.write({ 'deploy/docker-compose.override.yml': override })
    r.commit('reach mongo from the laptop')
    expect(published(await diff(r, from))).toEqual(['deploy/docker-compose.override.yml:4 block'])
  })

  it('diff: a change to the base alone (credentials dropped) blocks at the base', async () => {
    const r = repo()
    r.write({ 'deploy/docker-compose.yml': withCredentials, 'deploy/docker-compose.override.yml': override, 'deploy/mongo.env': mongoEnv })
    const from = r.commit('stack with credentials')
    r.write({ 'deploy/docker-compose.yml': base })
    r.commit('simplify')
    const findings = await diff(r, from)
    expect(published(findings)).toEqual(['deploy/docker-compose.yml:7 block'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/docker-compose\.override\.yml:4/)
  })

  it('diff: an unrelated change is not reported again', async () => {
    const r = repo()
    r.write({ 'deploy/docker-compose.yml': base, 'deploy/docker-compose.override.yml': override })
    const from = r.commit('stack')
    r.write({ 'deploy/docker-compose.yml': base.replace('mongo-data: {}', 'mongo-data:\n    driver: local') })
    r.commit('volume driver')
    expect(published(await diff(r, from))).toEqual([])
  })
})
