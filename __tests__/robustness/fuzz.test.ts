/**
 * A seeded mutation fuzzer over realistic fixtures at realistic paths, bounded in time. For every mutant: no analyzer
 * crash (`unanalyzable/analyzer-error`, the in-process face of exit 3), no file over its time budget, and no file in
 * scope that a reference parser rejects while prodguard stays silent about it. Then one CLI run over a tree of mutants:
 * no exit 3, no stack trace. Reproduce a failure with FUZZ_SEED=<seed> (printed in the failure message).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { parse as parseToml } from 'smol-toml'
import { parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { scanFiles } from '../helpers/scan.js'
import { prodguard } from '../helpers/cli.js'

type Reference = 'yaml' | 'json' | 'toml' | 'none'

interface Fixture {
  path: string
  text: string
  /** The parser that says whether a mutant is still well formed; `none` when prodguard reads it leniently by design. */
  reference: Reference
}

const FIXTURES: Fixture[] = [
  {
    path: 'docker-compose.yml',
    reference: 'yaml',
    text: 'x-defaults: &defaults\n  restart: always\nservices:\n  db:\n    <<: *defaults\n    image: postgres:16.4\n    ports:\n      - "127.0.0.1:5432:5432"\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n'
  },
  {
    path: 'k8s/db-service.yaml',
    reference: 'yaml',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ClusterIP\n  selector:\n    app: db\n  ports:\n    - port: 5432\n      targetPort: 5432\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: postgres:16.4\n          ports: [{containerPort: 5432}]\n'
  },
  {
    path: 'charts/db/values-prod.yaml',
    reference: 'yaml',
    text: 'image:\n  repository: bitnami/postgresql\n  tag: 16.4.0\nprimary:\n  service:\n    type: ClusterIP\nauth:\n  enablePostgresUser: true\n  existingSecret: db-auth\n'
  },
  {
    path: '.github/workflows/deploy.yml',
    reference: 'yaml',
    text: 'name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          LOG_LEVEL: info\n'
  },
  {
    path: 'cfn/database.yaml',
    reference: 'yaml',
    text: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      PubliclyAccessible: false\n      DBInstanceClass: !Ref InstanceClass\n'
  },
  {
    path: 'config/appsettings.Production.json',
    reference: 'json',
    text: '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "ConnectionStrings": { "Db": "Server=db.internal;Database=app;User Id=app;Password=${DB_PASSWORD}" },\n  "FeatureFlags": { "Beta": false }\n}\n'
  },
  {
    path: 'infra/plan.json',
    reference: 'json',
    text: '{"format_version":"1.2","terraform_version":"1.9.5","resource_changes":[{"address":"aws_s3_bucket.logs","type":"aws_s3_bucket","name":"logs","change":{"actions":["update"],"before":{"bucket":"logs"},"after":{"bucket":"logs"}}}]}\n'
  },
  {
    path: 'netlify.toml',
    reference: 'toml',
    text: '[build]\ncommand = "npm run build"\npublish = "dist"\n\n[context.production.environment]\nNODE_ENV = "production"\nLOG_LEVEL = "info"\n'
  },
  { path: 'db/migrations/20260101_add_index.sql', reference: 'none', text: 'CREATE INDEX CONCURRENTLY idx_users_email ON users (email);\nALTER TABLE users ADD COLUMN note text;\n' },
  { path: '.env.production', reference: 'none', text: 'NODE_ENV=production\nLOG_LEVEL=info # quiet\nDATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app\n' },
  {
    path: 'infra/main.tf',
    reference: 'none',
    text: 'resource "aws_db_instance" "main" {\n  engine              = "postgres"\n  publicly_accessible = false\n  deletion_protection = true\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n'
  },
  {
    path: 'db/changelog/db.changelog-master.xml',
    reference: 'none',
    text: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n  <changeSet id="1" author="a">\n    <addColumn tableName="users"><column name="note" type="text"/></addColumn>\n  </changeSet>\n</databaseChangeLog>\n'
  },
  { path: 'deploy.sh', reference: 'none', text: '#!/bin/sh\nset -e\ndocker run -d --name cache -p 127.0.0.1:6379:6379 redis:7.4\n' },
  { path: 'package.json', reference: 'json', text: '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": { "express": "^4.21.0" }\n}\n' }
]

/** Small, fast, seeded (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TOKENS = ['[', ']', '{', '}', ':', '- ', '&a ', '*a', '<<: *a', '"', "'", '\t', '\n', '#', '${', '$${%(', '`', '\\', '<', '/>', '<?xml', '=', ',', '!!set ', '!Ref ', '<<<<<<< HEAD\n', '\u00a0', '\uFEFF', ' '.repeat(300)]

function mutate(text: string, next: () => number): string {
  let out = text
  const edits = 1 + Math.floor(next() * 3)
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1))
    const kind = Math.floor(next() * 6)
    if (kind === 0) out = out.slice(0, at) // truncate
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 8)) // delete a few characters
    else if (kind === 2) out = out.slice(0, at) + TOKENS[Math.floor(next() * TOKENS.length)]! + out.slice(at) // insert a token
    else if (kind === 3) out = out.slice(0, at) + String.fromCharCode(32 + Math.floor(next() * 95)) + out.slice(at + 1) // replace a character
    else if (kind === 4) {
      const lines = out.split('\n')
      const i = Math.floor(next() * lines.length)
      lines.splice(i, 0, lines[Math.floor(next() * lines.length)]!) // duplicate a line elsewhere
      out = lines.join('\n')
    } else {
      const lines = out.split('\n')
      const i = Math.floor(next() * lines.length)
      lines[i] = ' '.repeat(Math.floor(next() * 5)) + lines[i]!.trimStart() // re-indent a line
      out = lines.join('\n')
    }
  }
  return out
}

function rejected(reference: Reference, text: string): boolean {
  try {
    if (reference === 'yaml') return parseAllDocuments(text, { merge: true, logLevel: 'silent', uniqueKeys: true }).some((d) => d.errors.length > 0)
    if (reference === 'json') {
      const errors: ParseError[] = []
      parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false })
      return errors.length > 0
    }
    if (reference === 'toml') {
      parseToml(text)
      return false
    }
  } catch {
    return true
  }
  return false
}

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261203)
const PER_FIXTURE = Number(process.env['FUZZ_PER_FIXTURE'] ?? 200)
const FILE_BUDGET_MS = 10_000
const TOTAL_BUDGET_MS = 60_000

const tree = mkdtempSync(join(tmpdir(), 'prodguard-fuzz-'))
afterAll(() => rmSync(tree, { recursive: true, force: true }))

describe('fuzz: mutated fixtures', () => {
  it(`${FIXTURES.length} fixtures x ${PER_FIXTURE} mutants: no crash, no run over budget, no silent unparseable file (seed ${SEED})`, async () => {
    const next = random(SEED)
    const problems: string[] = []
    const started = performance.now()
    let runs = 0
    for (let round = 0; round < PER_FIXTURE && performance.now() - started < TOTAL_BUDGET_MS; round++) {
      for (const fixture of FIXTURES) {
        const text = mutate(fixture.text, next)
        const at = performance.now()
        const findings = await scanFiles({ [fixture.path]: text })
        const ms = performance.now() - at
        runs++
        const where = `${fixture.path} (round ${round}, seed ${SEED}): ${JSON.stringify(text.slice(0, 400))}`
        const crash = findings.find((f) => f.ruleId === 'unanalyzable/analyzer-error')
        if (crash) problems.push(`analyzer error ${crash.message} in ${where}`)
        if (ms > FILE_BUDGET_MS) problems.push(`${Math.round(ms)} ms on ${where}`)
        if (rejected(fixture.reference, text) && !findings.some((f) => f.category === 'unanalyzable' && f.severity === 'block')) {
          problems.push(`silent on an unparseable file: ${where}`)
        }
        if (round < 15) {
          const file = join(tree, `r${round}`, fixture.path)
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, text)
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([])
    expect(runs).toBeGreaterThan(FIXTURES.length * 20)
  }, 180_000)

  it('the CLI over a tree of mutants: no exit 3, no stack trace', () => {
    const run = prodguard(tree, ['check', '.', '-f', 'json'])
    expect(run.code === 0 || run.code === 1).toBe(true)
    expect(run.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/)
  }, 120_000)
})
