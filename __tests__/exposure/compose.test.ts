/**
 * Docker Compose: which services are databases published on all interfaces, on the host network, or without
 * authentication. Real-shaped compose files at real paths; near misses next to each positive.
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]
const ours = (findings: Finding[]): string[] =>
  findings.filter((f) => /^(public-exposure|destructive-infra|unanalyzable)\//.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`)

const PUBLISHED = 'public-exposure/database-port-published'
const HOST = 'public-exposure/database-host-network'
const NO_AUTH = 'public-exposure/database-auth-disabled'

function service(body: string): string {
  return `services:\n  db:\n${body.replace(/^/gm, '    ')}\n`
}

interface Case {
  name: string
  path?: string
  text: string
  expect: string[]
}

const cases: Case[] = [
  { name: 'mongo published as "27017:27017" with no credentials (NewsBlur)', text: service('image: mongo:3.6\nports:\n  - "27017:27017"'), expect: [`${PUBLISHED} block`] },
  { name: 'bare container port "27017" (random host port, all interfaces)', text: service('image: mongo:4.4\nports:\n  - "27017"'), expect: [`${PUBLISHED} block`] },
  { name: 'unquoted number port', text: service('image: redis:7.2\nports:\n  - 6379'), expect: [`${PUBLISHED} block`] },
  { name: '0.0.0.0: prefix (KICS passes it)', text: service('image: mongo:6\nports:\n  - "0.0.0.0:27017:27017"'), expect: [`${PUBLISHED} block`] },
  { name: '[::]: IPv6 all interfaces', text: service('image: redis:7\nports:\n  - "[::]:6379:6379"'), expect: [`${PUBLISHED} block`] },
  { name: 'a port range', text: service('image: mongo:5.0\nports:\n  - "27017-27019:27017-27019"'), expect: [`${PUBLISHED} block`] },
  { name: 'protocol suffix', text: service('image: memcached:1.6\nports:\n  - "11211:11211/udp"'), expect: [`${PUBLISHED} block`] },
  { name: 'host IP from a variable defaulting to 0.0.0.0', text: service('image: mongo:6\nports:\n  - "${MONGO_BIND:-0.0.0.0}:27017:27017"'), expect: [`${PUBLISHED} block`] },
  { name: 'host IP from a variable without default (treated as public)', text: service('image: mongo:6\nports:\n  - "${MONGO_BIND}:27017:27017"'), expect: [`${PUBLISHED} block`] },
  { name: 'host port from a variable, all interfaces', text: service('image: redis:7\nports:\n  - "${REDIS_PORT:-6379}:6379"'), expect: [`${PUBLISHED} block`] },
  { name: 'long syntax without host_ip', text: service('image: mongo:6\nports:\n  - target: 27017\n    published: "27017"\n    protocol: tcp\n    mode: host'), expect: [`${PUBLISHED} block`] },
  { name: 'long syntax host_ip 0.0.0.0', text: service('image: redis:7\nports:\n  - target: 6379\n    published: 6379\n    host_ip: 0.0.0.0'), expect: [`${PUBLISHED} block`] },
  { name: 'public host IP', text: service('image: mongo:6\nports:\n  - "203.0.113.10:27017:27017"'), expect: [`${PUBLISHED} block`] },
  { name: 'postgres with POSTGRES_HOST_AUTH_METHOD=trust (map)', text: service('image: postgres:16\nenvironment:\n  POSTGRES_HOST_AUTH_METHOD: trust\nports:\n  - "5432:5432"'), expect: [`${PUBLISHED} block`] },
  { name: 'mysql with MYSQL_ALLOW_EMPTY_PASSWORD (list)', text: service('image: mysql:8.0\nenvironment:\n  - MYSQL_ALLOW_EMPTY_PASSWORD=yes\nports:\n  - "3306:3306"'), expect: [`${PUBLISHED} block`] },
  { name: 'mariadb with MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', text: service('image: mariadb:11\nenvironment:\n  MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: "1"\nports: ["3306:3306"]'), expect: [`${PUBLISHED} block`] },
  { name: 'redis with --protected-mode no in command', text: service('image: redis:7\ncommand: redis-server --protected-mode no\nports:\n  - "6379:6379"'), expect: [`${PUBLISHED} block`] },
  { name: 'elasticsearch 7 with xpack.security.enabled=false', text: service('image: docker.elastic.co/elasticsearch/elasticsearch:7.17.10\nenvironment:\n  - discovery.type=single-node\n  - xpack.security.enabled=false\nports:\n  - "9200:9200"'), expect: [`${PUBLISHED} block`] },
  { name: 'elasticsearch 6 (security off by default before 8.0)', text: service('image: elasticsearch:6.8.23\nports:\n  - "9200:9200"'), expect: [`${PUBLISHED} block`] },
  { name: 'opensearch with the security plugin disabled', text: service('image: opensearchproject/opensearch:2.11.0\nenvironment:\n  DISABLE_SECURITY_PLUGIN: "true"\nports:\n  - "9200:9200"'), expect: [`${PUBLISHED} block`] },
  { name: 'bitnami/redis with ALLOW_EMPTY_PASSWORD', text: service('image: docker.io/bitnami/redis:7.2\nenvironment:\n  - ALLOW_EMPTY_PASSWORD=yes\nports:\n  - "6379:6379"'), expect: [`${PUBLISHED} block`] },
  { name: 'neo4j with NEO4J_AUTH=none (two ports)', text: service('image: neo4j:5\nenvironment:\n  NEO4J_AUTH: none\nports:\n  - "7474:7474"\n  - "7687:7687"'), expect: [`${PUBLISHED} block`, `${PUBLISHED} block`] },
  { name: 'memcached (never authenticates)', text: service('image: memcached:1.6-alpine\nports:\n  - "11211:11211"'), expect: [`${PUBLISHED} block`] },
  { name: 'cassandra (AllowAllAuthenticator)', text: service('image: cassandra:4.1\nports:\n  - "9042:9042"'), expect: [`${PUBLISHED} block`] },
  { name: 'couchdb 2.x admin party', text: service('image: couchdb:2.3.1\nports:\n  - "5984:5984"'), expect: [`${PUBLISHED} block`] },
  { name: 'clickhouse with CLICKHOUSE_SKIP_USER_SETUP', text: service('image: clickhouse/clickhouse-server:24.3\nenvironment:\n  CLICKHOUSE_SKIP_USER_SETUP: 1\nports:\n  - "8123:8123"'), expect: [`${PUBLISHED} block`] },
  { name: 'rabbitmq management with guest/guest', text: service('image: rabbitmq:3-management\nports:\n  - "15672:15672"'), expect: [`${PUBLISHED} block`] },
  { name: 'influxdb 1.8 without auth', text: service('image: influxdb:1.8\nports:\n  - "8086:8086"'), expect: [`${PUBLISHED} block`] },
  { name: 'arangodb with ARANGO_NO_AUTH', text: service('image: arangodb:3.11\nenvironment:\n  ARANGO_NO_AUTH: 1\nports:\n  - "8529:8529"'), expect: [`${PUBLISHED} block`] },
  { name: 'cockroach --insecure', text: service('image: cockroachdb/cockroach:v23.1.11\ncommand: start-single-node --insecure\nports:\n  - "26257:26257"'), expect: [`${PUBLISHED} block`] },
  { name: 'minio with default credentials', text: service('image: minio/minio:RELEASE.2024-01-01T00-00-00Z\ncommand: server /data\nports:\n  - "9000:9000"'), expect: [`${PUBLISHED} block`] },
  { name: 'mongo on the host network without credentials', text: service('image: mongo:4.0\nnetwork_mode: host'), expect: [`${HOST} block`] },
  { name: 'image from a variable with a default', text: service('image: ${MONGO_IMAGE:-mongo:6.0}\nports:\n  - "27017:27017"'), expect: [`${PUBLISHED} block`] },

  // With authentication, still public: a warning.
  { name: 'mongo with root credentials, published', text: service('image: mongo:6\nenvironment:\n  MONGO_INITDB_ROOT_USERNAME: root\n  MONGO_INITDB_ROOT_PASSWORD: ${MONGO_PASSWORD}\nports:\n  - "27017:27017"'), expect: [`${PUBLISHED} warn`] },
  { name: 'mongo with credentials from secret files', text: service('image: mongo:6\nenvironment:\n  MONGO_INITDB_ROOT_USERNAME_FILE: /run/secrets/mongo_user\n  MONGO_INITDB_ROOT_PASSWORD_FILE: /run/secrets/mongo_password\nsecrets: [mongo_user, mongo_password]\nports:\n  - "27017:27017"'), expect: [`${PUBLISHED} warn`] },
  { name: 'postgres with a password, published', text: service('image: postgres:16-alpine\nenvironment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/pg\nports:\n  - "5432:5432"'), expect: [`${PUBLISHED} warn`] },
  { name: 'redis with --requirepass', text: service('image: redis:7\ncommand: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\nports:\n  - "6379:6379"'), expect: [`${PUBLISHED} warn`] },
  { name: 'elasticsearch 8 (secure by default)', text: service('image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0\nports:\n  - "9200:9200"'), expect: [`${PUBLISHED} warn`] },
  { name: 'mongo with env_file (credentials not visible)', text: service('image: mongo:6\nenv_file: .env\nports:\n  - "27017:27017"'), expect: [`${PUBLISHED} warn`] },
  { name: 'unknown image on a database port', text: service('image: registry.example.com/team/inventory-db:2.3\nports:\n  - "5432:5432"'), expect: [`${PUBLISHED} warn`] },
  { name: 'mongo with credentials on the host network', text: service('image: mongo:6\nnetwork_mode: host\nenvironment:\n  - MONGO_INITDB_ROOT_USERNAME=admin\n  - MONGO_INITDB_ROOT_PASSWORD'), expect: [`${HOST} warn`] },

  // Near misses.
  { name: 'loopback bind 127.0.0.1:5432:5432', text: service('image: postgres:16\nenvironment:\n  POSTGRES_PASSWORD: example\nports:\n  - "127.0.0.1:5432:5432"'), expect: [] },
  { name: 'loopback bind for a mongo without auth', text: service('image: mongo:6\nports:\n  - "127.0.0.1:27017:27017"'), expect: [] },
  { name: 'IPv6 loopback', text: service('image: redis:7\nports:\n  - "[::1]:6379:6379"'), expect: [] },
  { name: 'long syntax bound to loopback', text: service('image: mongo:6\nports:\n  - target: 27017\n    published: 27017\n    host_ip: 127.0.0.1'), expect: [] },
  { name: 'variable host IP defaulting to loopback', text: service('image: mongo:6\nports:\n  - "${MONGO_BIND:-127.0.0.1}:27017:27017"'), expect: [] },
  { name: 'private interface', text: service('image: redis:7\nports:\n  - "10.0.1.5:6379:6379"'), expect: [] },
  { name: 'expose: only (other containers)', text: service('image: mongo:6\nexpose:\n  - "27017"'), expect: [] },
  { name: 'no ports at all', text: service('image: redis:7-alpine'), expect: [] },
  { name: 'a web app publishing 8080', text: service('image: nginx:1.25\nports:\n  - "8080:80"'), expect: [] },
  { name: 'host network for a web app', text: service('image: traefik:v3.0\nnetwork_mode: host'), expect: [] },

  // Explicit no-auth switches without publishing: a warning on their own.
  { name: 'postgres trust, not published', text: service('image: postgres:16\nenvironment:\n  POSTGRES_HOST_AUTH_METHOD: trust'), expect: [`${NO_AUTH} warn`] },
  { name: 'bitnami mongodb ALLOW_EMPTY_PASSWORD, not published', text: service('image: bitnami/mongodb:7.0\nenvironment:\n  - ALLOW_EMPTY_PASSWORD=yes'), expect: [`${NO_AUTH} warn`] },

  // Paths and file shapes.
  { name: 'compose.yaml', path: 'compose.yaml', text: service('image: mongo:6\nports: ["27017:27017"]'), expect: [`${PUBLISHED} block`] },
  { name: 'docker-compose.prod.yml in a folder', path: 'deploy/docker-compose.prod.yml', text: service('image: redis:6\nports: ["6379:6379"]'), expect: [`${PUBLISHED} block`] },
  { name: 'a test fixture is lowered to a warning', path: 'test/fixtures/docker-compose.yml', text: service('image: mongo:6\nports: ["27017:27017"]'), expect: [`${PUBLISHED} warn`] },
  { name: 'version-1 file (services at the top level)', text: 'mongo:\n  image: mongo:3.2\n  ports:\n    - "27017:27017"\n', expect: [`${PUBLISHED} block`] },
  {
    name: 'ports from a merge key',
    text: 'x-db: &db\n  image: mongo:6\n  ports:\n    - "27017:27017"\nservices:\n  primary:\n    <<: *db\n  replica:\n    <<: *db\n    ports: ["127.0.0.1:27018:27017"]\n',
    expect: [`${PUBLISHED} block`]
  },
  { name: 'a compose file that is not YAML', text: 'services:\n  db:\n    image: "mongo:6\n    ports: [27017\n', expect: ['unanalyzable/parse-error block'] }
]

describe('compose files', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const findings = await scanFiles({ [c.path ?? 'docker-compose.yml']: c.text }, { analyzers })
    expect(ours(findings)).toEqual(c.expect)
  })

  it('points at the ports entry and names the service, image and missing auth (NewsBlur)', async () => {
    const text = [
      'version: "3.7"',
      'services:',
      '  db_mongo:',
      '    container_name: db_mongo',
      '    image: mongo:3.6',
      '    restart: unless-stopped',
      '    ports:',
      '      - "27017:27017"',
      '    volumes:',
      '      - ./docker/volumes/db_mongo:/data/db',
      '  newsblur_web:',
      '    image: newsblur/newsblur_python3',
      '    ports:',
      '      - "8000:8000"',
      ''
    ].join('\n')
    const [finding, ...rest] = (await scanFiles({ 'docker-compose.yml': text }, { analyzers })).filter((f) => f.category === 'public-exposure')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ ruleId: PUBLISHED, severity: 'block', line: 8, evidence: '- "27017:27017"' })
    expect(finding!.message).toContain('db_mongo')
    expect(finding!.message).toContain('mongo:3.6')
    expect(finding!.message).toMatch(/no authentication/)
  })
})

describe('compose changes (diff)', () => {
  const loopback = service('image: mongo:6\nports:\n  - "127.0.0.1:27017:27017"')
  const open = service('image: mongo:6\nports:\n  - "27017:27017"')
  const withAuth = service('image: mongo:6\nenvironment:\n  MONGO_INITDB_ROOT_USERNAME: root\n  MONGO_INITDB_ROOT_PASSWORD_FILE: /run/secrets/pw\nports:\n  - "27017:27017"')

  it.each([
    ['publishing a loopback-bound mongo on all interfaces', loopback, open, [`${PUBLISHED} block`]],
    ['removing the credentials of a published mongo', withAuth, open, [`${PUBLISHED} block`]],
    // Still public, so still a warning; the blocking finding is gone.
    ['adding credentials to a published mongo', open, withAuth, [`${PUBLISHED} warn`]],
    ['binding it back to loopback', open, loopback, []],
    ['an unrelated edit next to an old exposure', open, open.replace('mongo:6', 'mongo:6.0.14'), []],
    ['a new compose file with an exposed database', undefined, open, [`${PUBLISHED} block`]]
  ] as const)('%s', async (_name, before, after, expected) => {
    const findings = await scanChange(before === undefined ? {} : { 'docker-compose.yml': before }, { 'docker-compose.yml': after }, { analyzers })
    expect(ours(findings)).toEqual(expected)
  })
})
