/**
 * Compose files that only mean something with the files they name: a service that `extends:` a database service of
 * another file, a top-level `include:` of a file not named for compose, and a lone `env_file` whose values decide
 * the database's authentication. Each is judged on the service compose builds, in `check` at the file that runs it,
 * and in `diff` when only the other half changes, at the line the change touched, naming the other half.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const PUBLISHED = 'public-exposure/database-port-published'

const found = (findings: Finding[]): string[] => findings.filter((f) => f.category === 'public-exposure').map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`)
const message = (findings: Finding[]): string => findings.find((f) => f.ruleId === PUBLISHED)?.message ?? '(none)'

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

// a shared catalogue of service definitions, as teams keep beside their stacks
const commonWithCredentials = `services:
  mongo:
    image: mongo:7.0
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
      MONGO_INITDB_ROOT_PASSWORD_FILE: /run/secrets/mongo_root
    volumes:
      - mongo-data:/data/db
`
const commonOpen = `services:
  mongo:
    image: mongo:7.0
    volumes:
      - mongo-data:/data/db
`
const extending = `services:
  api:
    build: .
    environment:
      MONGO_URL: mongodb://db:27017/shop
  db:
    extends:
      file: ../common/services.yml
      service: mongo
    ports:
      - "27017:27017"
volumes:
  mongo-data: {}
`

describe('compose: a service that extends another file\'s service', () => {
  it('check: the port published on the extended database blocks at the port, naming the image line', async () => {
    const findings = await scanFiles({ 'shop/docker-compose.yml': extending, 'common/services.yml': commonOpen }, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual([`shop/docker-compose.yml:11 block ${PUBLISHED}`])
    expect(message(findings)).toMatch(/`db` extends `mongo` of common\/services\.yml/)
    expect(message(findings)).toMatch(/`mongo: image mongo:7\.0` at common\/services\.yml:2\b/)
    expect(message(findings)).toMatch(/runs it: common\/services\.yml then shop\/docker-compose\.yml/)
  })

  it('check: credentials in the extended service make it a warning', async () => {
    const findings = await scanFiles({ 'shop/docker-compose.yml': extending, 'common/services.yml': commonWithCredentials }, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual([`shop/docker-compose.yml:11 warn ${PUBLISHED}`])
  })

  it('check: `extends` within one file', async () => {
    const text = `services:
  mongo-base:
    image: mongo:7.0
  reporting-db:
    extends: mongo-base
    ports:
      - "0.0.0.0:27018:27017"
`
    expect(found(await scanFiles({ 'compose.yaml': text }, { analyzers: exposureAnalyzers }))).toEqual([`compose.yaml:7 block ${PUBLISHED}`])
  })

  it('diff: the extended file alone dropping the credentials blocks there, naming the port', async () => {
    const r = repo()
    r.write({ 'shop/docker-compose.yml': extending, 'common/services.yml': commonWithCredentials })
    const from = r.commit('shop stack')
    r.write({ 'common/services.yml': commonOpen })
    r.commit('simplify the shared mongo')
    const findings = await diff(r, from)
    expect(found(findings)).toEqual([`common/services.yml:2 block ${PUBLISHED}`])
    expect(message(findings)).toMatch(/`- "27017:27017"` at shop\/docker-compose\.yml:11/)
  })

  it('diff: an unrelated change to the extended file is not reported again', async () => {
    const r = repo()
    r.write({ 'shop/docker-compose.yml': extending, 'common/services.yml': commonOpen })
    const from = r.commit('shop stack')
    r.write({ 'common/services.yml': commonOpen.replace('mongo:7.0', 'mongo:7.0.14') })
    r.commit('patch release')
    expect(found(await diff(r, from))).toEqual([])
  })
})

const includingRoot = `include:
  - infra/database.yaml
services:
  web:
    build: .
    depends_on: [db]
`
const databaseFile = (auth: string): string => `services:
  db:
    image: postgres:16.4
    environment:
${auth}
    volumes:
      - pg-data:/var/lib/postgresql/data
volumes:
  pg-data: {}
`
const withPassword = '      POSTGRES_PASSWORD_FILE: /run/secrets/pg'
const trust = '      POSTGRES_HOST_AUTH_METHOD: trust'
const publishDb = `services:
  db:
    ports:
      - "5432:5432"
`

describe('compose: top-level include of a file not named for compose', () => {
  it('check: the included file is judged as a compose file', async () => {
    const included = databaseFile(trust).replace('    volumes:\n      - pg-data', '    ports:\n      - "5432:5432"\n    volumes:\n      - pg-data')
    const findings = await scanFiles({ 'compose.yaml': includingRoot, 'infra/database.yaml': included }, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual([`infra/database.yaml:7 block ${PUBLISHED}`])
  })

  it('check: a YAML file no compose file refers to is not read as compose', async () => {
    const included = databaseFile(trust).replace('    volumes:\n      - pg-data', '    ports:\n      - "5432:5432"\n    volumes:\n      - pg-data')
    expect(found(await scanFiles({ 'infra/database.yaml': included }, { analyzers: exposureAnalyzers }))).toEqual([])
  })

  it('check: the override publishing an included database blocks at the port, naming the included image', async () => {
    const findings = await scanFiles({ 'compose.yaml': includingRoot, 'compose.override.yaml': publishDb, 'infra/database.yaml': databaseFile(trust) }, { analyzers: exposureAnalyzers })
    // the included file alone says trust without a port: its own warning stays
    expect(found(findings)).toEqual([`compose.override.yaml:4 block ${PUBLISHED}`, 'infra/database.yaml:2 warn public-exposure/database-auth-disabled'])
    expect(message(findings)).toMatch(/`db: image postgres:16\.4` at infra\/database\.yaml:2/)
  })

  it('diff: the included file alone turning trust on blocks there', async () => {
    const r = repo()
    r.write({ 'compose.yaml': includingRoot, 'compose.override.yaml': publishDb, 'infra/database.yaml': databaseFile(withPassword) })
    const from = r.commit('stack')
    r.write({ 'infra/database.yaml': databaseFile(trust) })
    r.commit('trust for the demo')
    const findings = await diff(r, from)
    expect(found(findings)).toEqual([`infra/database.yaml:2 block ${PUBLISHED}`, 'infra/database.yaml:2 warn public-exposure/database-auth-disabled'])
    expect(message(findings)).toMatch(/`- "5432:5432"` at compose\.override\.yaml:4/)
  })
})

const loneCompose = `services:
  mongo:
    image: mongo:7.0
    env_file: ./mongo.env
    ports:
      - "27017:27017"
`
const mongoEnv = `# root user, rotated by ops
MONGO_INITDB_ROOT_USERNAME=admin
MONGO_INITDB_ROOT_PASSWORD=s3cr3t-from-vault
`

describe('compose: a lone env_file read as if inline', () => {
  it('check: credentials in the env_file make the published database a warning that says so', async () => {
    const findings = await scanFiles({ 'deploy/docker-compose.yml': loneCompose, 'deploy/mongo.env': mongoEnv }, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual([`deploy/docker-compose.yml:6 warn ${PUBLISHED}`])
    expect(message(findings)).toMatch(/MONGO_INITDB_ROOT_USERNAME and MONGO_INITDB_ROOT_PASSWORD are set/)
    expect(message(findings)).not.toMatch(/s3cr3t/)
  })

  it('check: an env_file without them blocks (no longer "cannot be confirmed")', async () => {
    const findings = await scanFiles({ 'deploy/docker-compose.yml': loneCompose, 'deploy/mongo.env': 'TZ=UTC\n' }, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual([`deploy/docker-compose.yml:6 block ${PUBLISHED}`])
  })

  it('check: an env_file not in the repository leaves it unconfirmed (warn)', async () => {
    const findings = await scanFiles({ 'deploy/docker-compose.yml': loneCompose }, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual([`deploy/docker-compose.yml:6 warn ${PUBLISHED}`])
    expect(message(findings)).toMatch(/cannot be confirmed/)
  })

  it('diff: the env_file alone losing the credentials blocks at the env file, naming the port', async () => {
    const r = repo()
    r.write({ 'deploy/docker-compose.yml': loneCompose, 'deploy/mongo.env': mongoEnv })
    const from = r.commit('mongo with credentials')
    r.write({ 'deploy/mongo.env': '# credentials moved to the secret store\nTZ=UTC\n' })
    r.commit('move credentials')
    const findings = await diff(r, from)
    expect(found(findings)).toEqual([`deploy/mongo.env:1 block ${PUBLISHED}`])
    expect(message(findings)).toMatch(/`- "27017:27017"` at deploy\/docker-compose\.yml:6/)
  })

  it('diff: the env_file alone turning trust on blocks at that line', async () => {
    const compose = 'services:\n  db:\n    image: postgres:16.4\n    env_file: [db.env]\n    ports:\n      - "5432:5432"\n'
    const r = repo()
    r.write({ 'docker-compose.yml': compose, 'db.env': 'POSTGRES_USER=shop\nPOSTGRES_PASSWORD_FILE=/run/secrets/pg\n' })
    const from = r.commit('postgres')
    r.write({ 'db.env': 'POSTGRES_USER=shop\nPOSTGRES_HOST_AUTH_METHOD=trust\n' })
    r.commit('trust')
    expect(found(await diff(r, from))).toEqual([`db.env:2 block ${PUBLISHED}`])
  })

  it('diff: an unrelated env_file change is not reported', async () => {
    const r = repo()
    r.write({ 'deploy/docker-compose.yml': loneCompose, 'deploy/mongo.env': mongoEnv })
    const from = r.commit('mongo with credentials')
    r.write({ 'deploy/mongo.env': `${mongoEnv}TZ=UTC\n` })
    r.commit('timezone')
    expect(found(await diff(r, from))).toEqual([])
  })
})
