/**
 * The env-leak rules as a specification: production configuration at the paths real projects use, the rule and
 * line each must produce, and the near misses (development files, examples, fixtures, `product/`, the real `.dev`
 * TLD) that must not.
 */
import { describe, expect, it } from '@jest/globals'
import { scanChange, scanFiles } from '../helpers/scan.js'
import type { Finding } from '../../src/findings/finding.js'
import { leakedPieces, renderAllFormats } from '../secrets/output-redaction.js'

const leaks = (findings: Finding[]): string[] => findings.filter((f) => f.category === 'env-leak').map((f) => `${f.ruleId}:${f.line}`)

interface Case {
  name: string
  files: Record<string, string>
  /** `rule:line` that must be among the env-leak findings (of the first file unless `file` says otherwise). */
  expect: string[]
}

const flagged: Case[] = [
  {
    name: '.env.production with a staging database URL',
    files: { '.env.production': 'NODE_ENV=production\nDATABASE_URL=postgres://app@staging-db.acme.io:5432/app\n' },
    expect: ['env-leak/non-production-host:2']
  },
  {
    name: '.env.production.local with localhost and a test Stripe key',
    files: { 'web/.env.production.local': 'NEXT_PUBLIC_API_URL=http://localhost:4000\nSTRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\n' },
    expect: ['env-leak/non-production-host:1', 'env-leak/test-key:2']
  },
  {
    name: 'Rails config/environments/production.rb',
    files: {
      'config/environments/production.rb':
        'require "active_support/core_ext/integer/time"\n\nRails.application.configure do\n  config.consider_all_requests_local = true\n  config.action_mailer.delivery_method = :letter_opener\n  config.action_mailer.default_url_options = { host: "localhost", port: 3000 }\nend\n'
    },
    expect: ['env-leak/debug-mode:4', 'env-leak/debug-mode:5', 'env-leak/non-production-host:6']
  },
  {
    name: 'appsettings.Production.json with a local SQL Server and the Development environment',
    files: {
      'src/Shop.Api/appsettings.Production.json':
        '{\n  // production settings\n  "ConnectionStrings": {\n    "Default": "Server=(localdb)\\\\MSSQLLocalDB;Database=Shop;Trusted_Connection=True;"\n  },\n  "ASPNETCORE_ENVIRONMENT": "Development",\n  "DetailedErrors": true\n}\n'
    },
    expect: ['env-leak/local-emulator:4', 'env-leak/debug-mode:6', 'env-leak/debug-mode:7']
  },
  {
    name: 'Spring application-prod.yml',
    files: {
      'src/main/resources/application-prod.yml':
        'spring:\n  datasource:\n    url: jdbc:h2:mem:orders\n  jpa:\n    show-sql: true\n    hibernate:\n      ddl-auto: update\n  h2:\n    console:\n      enabled: true\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: "*"\n'
    },
    expect: ['env-leak/local-emulator:3', 'env-leak/debug-mode:5', 'env-leak/unsafe-setting:7', 'env-leak/unsafe-setting:10', 'env-leak/unsafe-setting:15']
  },
  {
    name: 'Django settings/production.py with DEBUG = True',
    files: {
      'mysite/settings/production.py':
        "from .base import *  # noqa\n\nDEBUG = True\nALLOWED_HOSTS = ['*']\nSECRET_KEY = 'django-insecure-9x!k2#m@q8w$e7r^t6y&u5i*o4p'\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'HOST': 'db-dev-01.acme.internal',\n    }\n}\n"
    },
    expect: ['env-leak/debug-mode:3', 'env-leak/unsafe-setting:4', 'env-leak/unsafe-setting:5', 'env-leak/non-production-host:9']
  },
  {
    name: 'Helm values-prod.yaml pointing at a staging Redis and a test bucket',
    files: {
      'deploy/charts/api/values-prod.yaml':
        'replicaCount: 3\nenv:\n  REDIS_URL: redis://redis.staging.svc.cluster.local:6379\n  S3_BUCKET: acme-test-uploads\n'
    },
    expect: ['env-leak/non-production-host:3', 'env-leak/non-production-host:4']
  },
  {
    name: 'docker-compose.prod.yml with MinIO and Postgres defaults',
    files: {
      'docker-compose.prod.yml':
        'services:\n  minio:\n    image: minio/minio:RELEASE.2024-10-13T13-34-11Z\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: minioadmin\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=postgres\n      - POSTGRES_PASSWORD=postgres\n'
    },
    expect: ['env-leak/default-credentials:6', 'env-leak/default-credentials:11']
  },
  {
    name: 'an HBO-Max-like production mailer wired to an integration test template',
    files: {
      'config/production/mailer.yml':
        'sendgrid:\n  api_key: ${SENDGRID_API_KEY}\n  from: "HBO Max <noreply@hbomax.com>"\n  templates:\n    welcome: d-2c1f0e9b8a7d4c3b\n    default: integration_test_email_1\n    subject: "Integration Test Email #1"\n'
    },
    expect: ['env-leak/test-email:6', 'env-leak/test-email:7']
  },
  {
    name: 'a vendor sandbox and a tunnel in production',
    files: { '.env.prod': 'PAYPAL_API_BASE=https://api-m.sandbox.paypal.com\nWEBHOOK_URL=https://3f2a-81-2-69-160.ngrok-free.app/hooks\nAPNS_HOST=api.sandbox.push.apple.com\n' },
    expect: ['env-leak/sandbox-endpoint:1', 'env-leak/non-production-host:2', 'env-leak/sandbox-endpoint:3']
  },
  {
    name: 'Node and PHP development flags',
    files: { '.env.production': 'NODE_ENV=development\nNODE_TLS_REJECT_UNAUTHORIZED=0\nAPP_DEBUG=true\nGIN_MODE=debug\n' },
    expect: ['env-leak/debug-mode:1', 'env-leak/unsafe-setting:2', 'env-leak/debug-mode:3', 'env-leak/debug-mode:4']
  },
  {
    name: 'the production: section of database.yml (inherited through a merge key)',
    files: {
      'config/database.yml':
        'default: &default\n  adapter: postgresql\n  host: localhost\n  pool: 5\n\ndevelopment:\n  <<: *default\n  database: shop_development\n\nproduction:\n  <<: *default\n  database: shop_production\n'
    },
    expect: ['env-leak/non-production-host:3']
  },
  {
    name: 'a Spring on-profile: prod document in application.yml',
    files: {
      'src/main/resources/application.yml':
        'server:\n  port: 8080\nspring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/orders\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  datasource:\n    url: jdbc:postgresql://orders-staging.db.acme.io:5432/orders\n'
    },
    expect: ['env-leak/non-production-host:12']
  },
  {
    name: 'Quarkus %prod. properties',
    files: { 'src/main/resources/application.properties': 'quarkus.datasource.jdbc.url=jdbc:h2:mem:dev\n%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/shop\n' },
    expect: ['env-leak/non-production-host:2']
  },
  {
    name: 'a GitHub Actions job deploying to the production environment',
    files: {
      '.github/workflows/deploy.yml':
        'on:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      DATABASE_URL: postgres://postgres@localhost:5432/test\n    steps:\n      - run: npm test\n  deploy:\n    runs-on: ubuntu-latest\n    environment:\n      name: production\n      url: https://acme.com\n    env:\n      API_URL: https://api.staging.acme.com\n    steps:\n      - run: ./deploy.sh\n'
    },
    expect: ['env-leak/non-production-host:17']
  },
  {
    name: 'a GitLab job with environment: production',
    files: { '.gitlab-ci.yml': 'deploy_prod:\n  stage: deploy\n  environment: production\n  variables:\n    NODE_ENV: development\n  script:\n    - ./deploy.sh\n' },
    expect: ['env-leak/debug-mode:5']
  },
  {
    name: 'Terraform variables of the production environment',
    files: { 'infra/environments/prod/terraform.tfvars': 'db_username = "admin"\ndb_password = "admin"\napi_endpoint = "https://api.dev.acme.com"\n' },
    expect: ['env-leak/default-credentials:2', 'env-leak/non-production-host:3']
  },
  {
    name: 'Kubernetes manifest with RabbitMQ guest/guest (deployable, not only production)',
    files: {
      'k8s/rabbitmq.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: rabbitmq\nspec:\n  template:\n    spec:\n      containers:\n        - name: rabbitmq\n          image: rabbitmq:3.13-management\n          env:\n            - name: RABBITMQ_DEFAULT_USER\n              value: guest\n            - name: RABBITMQ_DEFAULT_PASS\n              value: guest\n'
    },
    expect: ['env-leak/default-credentials:13', 'env-leak/default-credentials:15']
  },
  {
    name: 'a Phoenix config/prod.exs',
    files: { 'config/prod.exs': 'import Config\n\nconfig :shop, ShopWeb.Endpoint,\n  url: [host: "example.com", port: 443],\n  check_origin: false\n\nconfig :shop, Shop.Repo,\n  hostname: "localhost"\n' },
    expect: ['env-leak/non-production-host:4', 'env-leak/unsafe-setting:5', 'env-leak/non-production-host:8']
  },
  {
    name: 'an Angular environment.prod.ts',
    files: { 'src/environments/environment.prod.ts': "export const environment = {\n  production: false,\n  apiUrl: 'http://localhost:3000/api',\n};\n" },
    expect: ['env-leak/debug-mode:2', 'env-leak/non-production-host:3']
  },
  {
    name: 'a prod overlay with an emulator',
    files: { 'k8s/overlays/production/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  FIRESTORE_EMULATOR_HOST: "firestore:8080"\n  AWS_ENDPOINT_URL: http://localstack:4566\n' },
    expect: ['env-leak/local-emulator:6', 'env-leak/local-emulator:7']
  },
  {
    name: 'a Flask config.py whose ProductionConfig keeps DEBUG on',
    files: {
      'app/config.py':
        "import os\n\n\nclass Config:\n    SQLALCHEMY_TRACK_MODIFICATIONS = False\n\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n    SQLALCHEMY_DATABASE_URI = 'sqlite:///dev.db'\n\n\nclass ProductionConfig(Config):\n    DEBUG = True\n    SQLALCHEMY_DATABASE_URI = 'postgresql://app@localhost/app'\n"
    },
    expect: ['env-leak/debug-mode:14', 'env-leak/non-production-host:15']
  },
  {
    name: 'root with an empty password and guest:guest in a production broker URL',
    files: { '.env.production': 'DB_USER=root\nDB_PASSWORD=\nAMQP_URL=amqp://guest:guest@rabbitmq.acme.internal:5672/\nELASTIC_PASSWORD=changeme\n' },
    expect: ['env-leak/default-credentials:2', 'env-leak/default-credentials:3', 'env-leak/default-credentials:4']
  },
  {
    name: 'netlify.toml [context.production] and Symfony when@prod',
    files: {
      'netlify.toml': '[build]\n  command = "npm run build"\n\n[context.production.environment]\n  API_URL = "https://api.staging.acme.com"\n',
      'config/packages/framework.yaml': 'framework:\n  secret: "%env(APP_SECRET)%"\nwhen@prod:\n  framework:\n    router:\n      default_uri: http://localhost\n'
    },
    expect: ['env-leak/non-production-host:5']
  }
]

describe('production configuration that leaks development settings', () => {
  it.each(flagged.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const found = leaks(await scanFiles(c.files))
    for (const e of c.expect) expect(found).toContain(e)
  })
})

it('Symfony when@prod sections are production', async () => {
  const found = await scanFiles({ 'config/packages/framework.yaml': 'framework:\n  secret: "%env(APP_SECRET)%"\nwhen@prod:\n  framework:\n    router:\n      default_uri: http://localhost\n' })
  expect(leaks(found)).toEqual(['env-leak/non-production-host:6'])
})

const quiet: Array<[string, Record<string, string>]> = [
  ['.env.development with localhost', { '.env.development': 'DATABASE_URL=postgres://app@localhost:5432/app_development\nNODE_ENV=development\nDEBUG=true\n' }],
  ['.env.example placeholders', { '.env.example': 'DATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_your_key_here\nAPP_DEBUG=true\n' }],
  ['.env.production.example is an example', { '.env.production.example': 'DATABASE_URL=postgres://user@localhost/app\nNODE_ENV=development\n' }],
  ['a test fixture that looks like production', { 'tests/fixtures/.env.production': 'DATABASE_URL=postgres://localhost/test\nSTRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\n' }],
  ['product/ is not prod', { 'src/product/config.yml': 'catalog:\n  host: localhost\n  debug: true\n' }],
  ['producer and reproduction are not prod', { 'kafka/producer.properties': 'bootstrap.servers=localhost:9092\n', 'bugs/reproduction.json': '{ "url": "http://localhost:8080" }\n' }],
  [
    'real production hosts: the .dev TLD, *.internal, RDS, private IPs',
    { '.env.production': 'APP_URL=https://shop.acme.dev\nCACHE_HOST=cache.ec2.internal\nDATABASE_URL=postgres://app@shop.c9akciq32.eu-west-1.rds.amazonaws.com:5432/shop_production\nREDIS_HOST=10.0.4.12\nNODE_ENV=production\nDEBUG=false\n' }
  ],
  ['a live Stripe key is not a test key', { '.env.production': 'STRIPE_PUBLISHABLE_KEY=pk_live_xeYYXwSLQcWtxJTQr1FqXSTs\n' }],
  ['production settings read from the environment', { 'mysite/settings/production.py': "import os\n\nDEBUG = False\nALLOWED_HOSTS = ['shop.acme.com']\nDATABASES = {'default': {'HOST': os.environ['DB_HOST']}}\n" }],
  ['docker-compose.dev.yml with default credentials', { 'docker-compose.dev.yml': 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n' }],
  ['docker-compose.override.yml with default credentials', { 'docker-compose.override.yml': 'services:\n  mq:\n    image: rabbitmq:3\n    environment:\n      RABBITMQ_DEFAULT_USER: guest\n      RABBITMQ_DEFAULT_PASS: guest\n' }],
  ['compose credentials from the environment', { 'docker-compose.prod.yml': 'services:\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: ${MINIO_ROOT_USER}\n      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:?set it}\n' }],
  ['a CI test job with localhost', { '.github/workflows/ci.yml': 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    environment: staging\n    env:\n      DATABASE_URL: postgres://postgres@localhost:5432/test\n    steps:\n      - run: npm test\n' }],
  ['a production mailer with a real template', { 'config/production/mailer.yml': 'sendgrid:\n  from: "Acme <noreply@acme.com>"\n  templates:\n    welcome: d-2c1f0e9b8a7d4c3b\n    subject: "Welcome to Acme"\n' }],
  ['database.yml without a production problem', { 'config/database.yml': 'development:\n  adapter: postgresql\n  host: localhost\n  database: shop_development\n\nproduction:\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n' }]
]

describe('near misses', () => {
  it.each(quiet)('%s', async (_name, files) => {
    expect(leaks(await scanFiles(files)).filter((l) => !l.startsWith('env-leak/production-in-dev'))).toEqual([])
  })
})

describe('the reverse leak (a warning)', () => {
  it('a production host and a live key in development configuration', async () => {
    const findings = (await scanFiles({ '.env.development': 'API_URL=https://api.prod.acme.com\nSTRIPE_KEY=pk_live_xeYYXwSLQcWtxJTQr1FqXSTs\n' })).filter(
      (f) => f.category === 'env-leak'
    )
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual([
      ['env-leak/production-in-dev', 1, 'warn'],
      ['env-leak/production-in-dev', 2, 'warn']
    ])
    expect(findings[1]!.evidence).not.toContain('xeYYXwSLQcWtxJTQr1FqXSTs')
  })
})

describe('shared credentials', () => {
  const production = { '.env.production': 'DATABASE_PASSWORD=Kq8#vL2mXr9Tz\nSESSION_SECRET=6b1f0e2d9c8a7b3e4f5a6d7c8b9a0e1f\n' }

  it('the same password in .env.production and .env.example is reported in the production file, without the value', async () => {
    const findings = (await scanFiles({ ...production, '.env.example': 'DATABASE_PASSWORD=Kq8#vL2mXr9Tz\nSESSION_SECRET=change-me\n' })).filter(
      (f) => f.ruleId === 'env-leak/shared-credential'
    )
    expect(findings.map((f) => [f.file, f.line])).toEqual([['.env.production', 1]])
    expect(findings[0]!.message).toContain('.env.example')
    for (const output of Object.values(renderAllFormats(findings))) expect(output).not.toContain('Kq8#vL2mXr9Tz')
  })

  it('a webhook secret reused in the development settings file', async () => {
    const findings = await scanFiles({
      'config/settings/production.yml': 'stripe:\n  webhook_secret: whsec_9aF3kL2mQ8rT5vX1zB7nC4dE6gH0jK2p\n',
      'config/settings/development.yml': 'stripe:\n  webhook_secret: whsec_9aF3kL2mQ8rT5vX1zB7nC4dE6gH0jK2p\n'
    })
    expect(findings.filter((f) => f.ruleId === 'env-leak/shared-credential').map((f) => f.file)).toEqual(['config/settings/production.yml'])
  })

  it('different values, placeholders and references are not shared', async () => {
    const findings = await scanFiles({ ...production, '.env.development': 'DATABASE_PASSWORD=devpassword123\nSESSION_SECRET=${SESSION_SECRET}\n' })
    expect(findings.filter((f) => f.ruleId === 'env-leak/shared-credential')).toEqual([])
  })

  it('in a diff, a change that copies the production password into the example file is reported', async () => {
    const before = { ...production, '.env.example': 'DATABASE_PASSWORD=\n' }
    const after = { ...production, '.env.example': 'DATABASE_PASSWORD=Kq8#vL2mXr9Tz\n' }
    // Both files are in the change when both are edited (the pipeline gives set rules the changed files).
    const afterBoth = { '.env.production': production['.env.production'] + '# rotated 2026-11\n', '.env.example': after['.env.example'] }
    const findings = await scanChange(before, afterBoth)
    expect(findings.filter((f) => f.ruleId === 'env-leak/shared-credential').map((f) => f.file)).toEqual(['.env.production'])
  })
})

describe('configuration', () => {
  it('paths.production makes a file production, paths.nonProduction takes one out', async () => {
    const files = { 'ops/live/app.env': 'API_URL=http://localhost:3000\n', 'config/prod-like/.env': 'API_URL=http://localhost:3000\n' }
    const found = await scanFiles(files, { config: { paths: { production: ['ops/live/**'], nonProduction: ['config/prod-like/**'] } } })
    expect(found.filter((f) => f.category === 'env-leak').map((f) => f.file)).toEqual(['ops/live/app.env'])
  })

  it('a rule can be turned down', async () => {
    const found = await scanFiles({ '.env.production': 'NODE_ENV=development\n' }, { config: { rules: { 'env-leak/debug-mode': 'warn' } } })
    expect(found.filter((f) => f.category === 'env-leak').map((f) => f.severity)).toEqual(['warn'])
  })
})

describe('fail closed, never crash', () => {
  it('an unparseable production YAML is reported, and still read line by line', async () => {
    const found = await scanFiles({ 'deploy/values-prod.yaml': 'env:\n  API_URL: http://localhost:3000\n  bad: [unclosed\n' })
    const ids = found.map((f) => f.ruleId)
    expect(ids).toContain('unanalyzable/parse-error')
    expect(ids).toContain('env-leak/non-production-host')
  })

  it('a broken YAML that is not production is left to the analyzers that own it', async () => {
    const found = await scanFiles({ 'config/app.yml': 'production:\n  host: [unclosed\n' })
    expect(found.filter((f) => f.category === 'env-leak' || (f.ruleId === 'unanalyzable/parse-error' && f.message.includes('production configuration')))).toEqual([])
  })

  it('a templated production file is read loosely without a parse error', async () => {
    const found = await scanFiles({ 'deploy/values-prod.yaml': 'env:\n  API_URL: {{ .Values.apiUrl }}\n  DB_HOST: localhost\n' })
    const ids = found.map((f) => f.ruleId)
    expect(ids).not.toContain('unanalyzable/parse-error')
    expect(ids).toContain('env-leak/non-production-host')
  })

  const crd = (body: string) =>
    `---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: queues.acme.io\nspec:\n  group: acme.io\n  versions:\n    - name: v1\n      schema:\n        openAPIV3Schema:\n          properties:\n${body}`
  const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  FIRESTORE_EMULATOR_HOST: "firestore:8080"\n  AWS_ENDPOINT_URL: http://localstack:4566\n'

  it("a CustomResourceDefinition is a schema, not configuration: its fields' defaults are not read as values", async () => {
    const schema = crd('            AWS_ENDPOINT_URL:\n              type: string\n              default: http://localstack:4566\n            FIRESTORE_EMULATOR_HOST:\n              default: "firestore:8080"\n')
    const found = await scanFiles({ 'k8s/overlays/production/queues.yaml': `${configMap}${schema}` })
    expect(leaks(found)).toEqual(['env-leak/local-emulator:6', 'env-leak/local-emulator:7'])
  })

  it('a broken CustomResourceDefinition still fails closed', async () => {
    const found = await scanFiles({ 'k8s/overlays/production/queues.yaml': crd('            size: [unclosed\n') })
    expect(found.map((f) => f.ruleId)).toContain('unanalyzable/parse-error')
  })
})

describe('redaction', () => {
  it('a password in a flagged production URL never reaches any output', async () => {
    const found = await scanFiles({ '.env.production': 'DATABASE_URL=postgres://app:S3cr3tPassw0rdX@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\n' })
    expect(found.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['env-leak/non-production-host', 'env-leak/test-key']))
    for (const [format, output] of Object.entries(renderAllFormats(found))) {
      for (const piece of [...leakedPieces('S3cr3tPassw0rdX'), '4eC39HqLyjWDarjtT1zdp7dc']) expect([format, output.includes(piece)]).toEqual([format, false])
    }
  })
})

describe('diff', () => {
  it('a production value changed to staging is new; an untouched one is not reported again', async () => {
    const before = { '.env.production': 'API_URL=https://api.acme.com\nCACHE_URL=redis://localhost:6379\n' }
    const after = { '.env.production': 'API_URL=https://api.staging.acme.com\nCACHE_URL=redis://localhost:6379\n' }
    expect(leaks(await scanChange(before, after))).toEqual(['env-leak/non-production-host:1'])
  })
})
