/**
 * PostgreSQL lock rules through the real pipeline: realistic migration files at realistic paths, the findings each
 * must and must not produce (rule and 1-based line), version-dependent verdicts, runners that wrap files in a
 * transaction, and the server version read from the repository.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/findings/finding.js'
import { scanChange, scanFiles, type ScanTestOptions } from '../helpers/scan.js'

const TIMEOUTS = "SET lock_timeout = '2s';\nSET statement_timeout = '10min';\n"

/** lock-safety findings as `rule@line`, timeouts left out unless asked. */
function locks(findings: Finding[], withTimeouts = false): string[] {
  return findings
    .filter((f) => f.category === 'lock-safety' && (withTimeouts || !/timeout/.test(f.ruleId)))
    .map((f) => `${f.ruleId.slice('lock-safety/'.length)}@${f.line}`)
}

async function lint(path: string, sql: string, opts: ScanTestOptions = {}): Promise<string[]> {
  return locks(await scanFiles({ [path]: sql }, opts))
}

const cases: Array<[string, string, string[]]> = [
  ['plain CREATE INDEX', 'CREATE INDEX orders_customer_idx ON orders (customer_id);\n', ['create-index-non-concurrently@1']],
  ['CREATE UNIQUE INDEX CONCURRENTLY', 'CREATE UNIQUE INDEX CONCURRENTLY orders_ref_key ON orders (ref);\n', []],
  ['index on a table the file creates', 'CREATE TABLE invoices (id bigserial PRIMARY KEY, customer_id bigint);\nCREATE INDEX ON invoices (customer_id);\n', []],
  ['index on a materialized view the file creates', 'CREATE MATERIALIZED VIEW release_downloads AS SELECT release_id, sum(n) FROM downloads GROUP BY release_id;\nCREATE INDEX ON release_downloads (release_id);\n', []],
  ['index on another table than the one created', 'CREATE TABLE invoices (id bigserial PRIMARY KEY);\nCREATE INDEX ON orders (customer_id);\n', ['create-index-non-concurrently@2']],
  ['DROP INDEX', 'DROP INDEX orders_customer_idx;\n', ['drop-index-non-concurrently@1']],
  ['DROP TABLE is not an index', 'DROP TABLE IF EXISTS scratch;\n', []],
  ['CONCURRENTLY after BEGIN', 'BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (c);\nCOMMIT;\n', ['concurrently-in-transaction@2']],
  ['CONCURRENTLY after COMMIT', 'BEGIN;\nALTER TABLE t ADD COLUMN c int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON t (c);\n', []],
  [
    'foreign key, then NOT VALID and a later validate',
    'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id);\nALTER TABLE orders\n  ADD CONSTRAINT fk2 FOREIGN KEY (seller_id) REFERENCES sellers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk2;\n',
    ['constraint-without-not-valid@1']
  ],
  ['check constraint in a multi-line ALTER', 'ALTER TABLE payments\n  ADD COLUMN fee int,\n  ADD CONSTRAINT fee_positive CHECK (fee >= 0);\n', ['constraint-without-not-valid@3']],
  ['column with REFERENCES', 'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);\n', ['constraint-without-not-valid@1']],
  ['validate in the same transaction', 'BEGIN;\nALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT c;\nCOMMIT;\n', ['validate-in-same-transaction@3']],
  ['SET NOT NULL', 'ALTER TABLE users\n  ALTER COLUMN email\n  SET NOT NULL;\n', ['set-not-null@3']],
  [
    'SET NOT NULL after its validated check',
    'ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\nCOMMIT;\nALTER TABLE users VALIDATE CONSTRAINT email_nn;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n',
    []
  ],
  ['volatile default', 'ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();\n', ['add-column-volatile-default@1']],
  ['stable defaults', "ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT now() - interval '1 day', ADD COLUMN tags text[] DEFAULT '{}'::text[];\n", []],
  ['bigserial column', 'ALTER TABLE events ADD COLUMN seq bigserial;\n', ['add-column-volatile-default@1']],
  ['NOT NULL without default', 'ALTER TABLE accounts ADD COLUMN plan text NOT NULL;\n', ['add-column-not-null-without-default@1']],
  ['NOT NULL with default', "ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';\n", []],
  ['UNIQUE constraint', 'ALTER TABLE accounts ADD CONSTRAINT email_key UNIQUE (email);\n', ['add-constraint-without-index@1']],
  ['UNIQUE USING INDEX', 'ALTER TABLE accounts ADD CONSTRAINT email_key UNIQUE USING INDEX email_key;\n', []],
  ['type change', 'ALTER TABLE orders ALTER COLUMN amount TYPE bigint;\n', ['column-type-change@1']],
  ['DETACH PARTITION', 'ALTER TABLE m DETACH PARTITION m_2024;\nALTER TABLE m DETACH PARTITION m_2023 CONCURRENTLY;\n', ['detach-partition-non-concurrently@1']],
  ['REINDEX', 'REINDEX INDEX orders_pkey;\nREINDEX INDEX CONCURRENTLY orders_pkey;\nREINDEX SYSTEM app;\n', ['reindex-non-concurrently@1']],
  ['VACUUM FULL and CLUSTER', 'VACUUM FULL events;\nVACUUM (FULL false) events;\nCLUSTER events;\n', ['vacuum-full@1', 'cluster@3']],
  ['quoted table created in the file', 'CREATE TABLE "Invoices" (id bigint);\nCREATE INDEX ON "Invoices" (id);\nCREATE INDEX ON invoices (id);\n', ['create-index-non-concurrently@3']],
  ['ROLLBACK TO SAVEPOINT stays in the transaction', 'BEGIN;\nSAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\nDROP INDEX CONCURRENTLY i;\nCOMMIT;\n', ['concurrently-in-transaction@4']],
  ['CREATE INDEX with schema, quotes and USING', 'CREATE TABLE public."Orders" (a int);\nCREATE UNIQUE INDEX IF NOT EXISTS "Idx" ON ONLY public."Orders" USING btree (a);\nCREATE INDEX CONCURRENTLY ON public.orders USING gin (a);\nCREATE INDEX "Idx2" ON public.orders(a);\n', ['create-index-non-concurrently@4']],
  ['DML only', "INSERT INTO settings (k, v) VALUES ('a', 'b');\nUPDATE settings SET v = 'c' WHERE k = 'a';\n", []]
]

describe('PostgreSQL lock rules on plain SQL migrations', () => {
  it.each(cases)('%s', async (_name, sql, expected) => {
    expect(await lint('db/migrations/20261201120000_change.sql', TIMEOUTS.replace(/\n/g, ' ') + '\n' + sql).then((found) => found.map((f) => f.replace(/@(\d+)/, (_, n: string) => `@${Number(n) - 1}`)))).toEqual(expected)
  })

  it('skips the parse of a statement nested too deep, and reads the next one', async () => {
    const deep = `ALTER TABLE t ADD CONSTRAINT c CHECK (${'('.repeat(5000)}x${')'.repeat(5000)});\nCREATE INDEX i ON t (a);\n`
    expect(await lint('db/migrations/20261201120000_deep.sql', deep)).toEqual(['create-index-non-concurrently@2'])
  })

  it('warns by default, and a team can raise a rule to block', async () => {
    const sql = 'CREATE INDEX i ON orders (customer_id);\n'
    const byDefault = await scanFiles({ 'db/migrate/001.sql': sql })
    expect(byDefault.find((f) => f.ruleId === 'lock-safety/create-index-non-concurrently')?.severity).toBe('warn')
    const raised = await scanFiles({ 'db/migrate/001.sql': sql }, { config: { rules: { 'lock-safety/create-index-non-concurrently': 'block' } } })
    expect(raised.find((f) => f.ruleId === 'lock-safety/create-index-non-concurrently')?.severity).toBe('block')
  })

  it('reports missing timeouts once per migration, on the first statement whose lock blocks queries', async () => {
    const sql = "SELECT 1;\nALTER TABLE t ADD COLUMN a int;\nALTER TABLE t ADD COLUMN b int;\n"
    const both = await scanFiles({ 'migrations/0002.sql': sql })
    expect(locks(both, true)).toEqual(['missing-lock-timeout@2'])
    expect(both.find((f) => f.ruleId === 'lock-safety/missing-lock-timeout')?.message).toMatch(/^Neither lock_timeout nor statement_timeout is set before this statement, which takes an ACCESS EXCLUSIVE lock/)
    expect(locks(await scanFiles({ 'migrations/0002.sql': `SET lock_timeout = '1s';\n${sql}` }), true)).toEqual(['missing-statement-timeout@3'])
    expect(locks(await scanFiles({ 'migrations/0002.sql': `SET statement_timeout = '1min';\n${sql}` }), true)).toEqual(['missing-lock-timeout@3'])
    expect(locks(await scanFiles({ 'migrations/0002.sql': "SELECT set_config('lock_timeout', '1s', false);\nSELECT pg_catalog.set_config('statement_timeout', '1min', false);\n" + sql }), true)).toEqual([])
    expect(locks(await scanFiles({ 'migrations/0002.sql': "SET foo.lock_timeout = '1s';\nCREATE TABLE t (id int);\n" }), true)).toEqual([])
    expect(locks(await scanFiles({ 'migrations/0002.sql': "BEGIN;\nSET LOCAL lock_timeout = '1s';\nSET LOCAL statement_timeout = '1min';\nALTER TABLE t DROP COLUMN x;\nCOMMIT;\n" }), true)).toEqual([])
  })

  it('reads an ory/pop migration (one version over several files) as one: timeouts once, tables its earlier files created; never CockroachDB files', async () => {
    const dir = 'persistence/sql/migrations/sql'
    const files = {
      [`${dir}/20191100000001000000_identities.postgres.up.sql`]: 'CREATE TABLE fresh (a int);\nALTER TABLE identities ADD COLUMN nid uuid;\n',
      // the table an earlier file of the version created is new here too
      [`${dir}/20191100000001000001_identities.postgres.up.sql`]: 'CREATE INDEX fresh_a ON fresh (a);\nALTER TABLE identities DROP COLUMN legacy;\n',
      [`${dir}/20191100000002000000_sessions.postgres.up.sql`]: 'ALTER TABLE sessions DROP COLUMN legacy;\n',
      [`${dir}/20191100000001000000_identities.cockroach.up.sql`]: 'ALTER TABLE identities ADD COLUMN nid uuid;\nCREATE INDEX i ON identities (nid);\n'
    }
    const found = (await scanFiles(files)).filter((f) => f.category === 'lock-safety').map((f) => `${f.ruleId.slice('lock-safety/'.length)}@${f.file.slice(dir.length + 1)}:${f.line}`)
    expect(found.sort()).toEqual(['missing-lock-timeout@20191100000001000000_identities.postgres.up.sql:2', 'missing-lock-timeout@20191100000002000000_sessions.postgres.up.sql:1'])
  })

  it('asks no timeouts before what queues no query: weak locks, no table lock, tables the migration created', async () => {
    const quiet = [
      "COMMENT ON TABLE t IS 'x';\n",
      "CREATE TYPE mood AS ENUM ('sad', 'ok');\n",
      'CREATE INDEX CONCURRENTLY i ON t (c);\n',
      'ALTER TABLE t VALIDATE CONSTRAINT t_fk;\n',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n',
      'CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a (id));\nCREATE INDEX b_a ON b (a_id);\nALTER TABLE b ADD COLUMN note text;\n'
    ]
    for (const sql of quiet) expect([sql, locks(await scanFiles({ 'migrations/0003.sql': sql }), true)]).toEqual([sql, []])
    // a new table's foreign key to an existing table waits on that table
    expect(locks(await scanFiles({ 'migrations/0003.sql': 'CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES accounts (id));\n' }), true)).toEqual(['missing-lock-timeout@1'])
    // squawk's reading, for teams that want it
    expect(locks(await scanFiles({ 'migrations/0003.sql': quiet[0]! }, { config: { postgres: { timeoutsBefore: 'any-ddl' } } }), true)).toEqual(['missing-lock-timeout@1'])
  })

  it('reads goose and dbmate files as run in a transaction unless they opt out', async () => {
    const goose = '-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (c);\n\n-- +goose Down\nDROP INDEX i;\n'
    expect(await lint('db/migrations/00042_index.sql', goose)).toEqual(['concurrently-in-transaction@2'])
    expect(await lint('db/migrations/00042_index.sql', `-- +goose NO TRANSACTION\n${goose}`)).toEqual([])
    const dbmate = '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (c);\n-- migrate:down\nDROP INDEX CONCURRENTLY i;\n'
    expect(await lint('db/migrations/20261201_index.sql', dbmate)).toEqual([])
    expect(await lint('db/migrations/20261201_index.sql', dbmate.replace(' transaction:false', ''))).toEqual(['concurrently-in-transaction@2'])
  })

  it('assumes a transaction around every file when postgres.assumeInTransaction says so', async () => {
    const sql = 'CREATE INDEX CONCURRENTLY i ON t (c);\nALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i;\n'
    expect(await lint('sql/V3__index.sql', sql)).toEqual([])
    expect(await lint('sql/V3__index.sql', sql, { config: { postgres: { assumeInTransaction: true } } })).toEqual(['concurrently-in-transaction@1'])
  })

  it('leaves MySQL files and down migrations to others', async () => {
    expect(await lint('db/migrations/0003_index.down.sql', 'CREATE INDEX i ON t (c);\n')).toEqual([])
    expect(await lint('db/mysql/0003_index.sql', 'ALTER TABLE `t` ADD INDEX `i` (`c`), ENGINE=InnoDB;\n')).not.toContain('create-index-non-concurrently@1')
  })
})

describe('the server version', () => {
  const enumSql = "BEGIN;\nALTER TYPE order_status ADD VALUE 'refunded';\nCOMMIT;\n"
  const fastDefault = 'ALTER TABLE t ADD COLUMN flag boolean DEFAULT false;\n'

  it('comes from postgres.version', async () => {
    expect(await lint('db/migrations/001.sql', enumSql, { config: { postgres: { version: 11 } } })).toEqual(['enum-add-value-in-transaction@2'])
    expect(await lint('db/migrations/001.sql', enumSql, { config: { postgres: { version: '12' } } })).toEqual([])
    expect(await lint('db/migrations/001.sql', fastDefault, { config: { postgres: { version: '10.5' } } })).toEqual(['add-column-volatile-default@1'])
  })

  it('is read from a compose image, a Terraform engine_version or a Dockerfile when not set', async () => {
    const compose = 'services:\n  db:\n    image: postgres:11.22-alpine\n'
    expect(locks(await scanFiles({ 'docker-compose.yml': compose, 'db/migrations/001.sql': enumSql }))).toEqual(['enum-add-value-in-transaction@2'])
    const terraform = 'resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  engine_version = "11.19"\n}\n'
    expect(locks(await scanFiles({ 'infra/rds.tf': terraform, 'db/migrations/001.sql': enumSql }))).toEqual(['enum-add-value-in-transaction@2'])
    // either order inside the block; another engine's block between does not pair across
    const reversed = 'resource "aws_rds_cluster" "main" {\n  engine_version = "11.21"\n  engine         = "aurora-postgresql"\n}\n'
    expect(locks(await scanFiles({ 'infra/aurora.tf': reversed, 'db/migrations/001.sql': enumSql }))).toEqual(['enum-add-value-in-transaction@2'])
    const other = 'resource "aws_elasticache_cluster" "c" {\n  engine         = "redis"\n  engine_version = "6.2"\n}\nresource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n'
    expect(locks(await scanFiles({ 'infra/rds.tf': other, 'db/migrations/001.sql': enumSql }))).toEqual([])
    expect(locks(await scanFiles({ 'db/Dockerfile': 'FROM postgres:16\n', 'db/migrations/001.sql': enumSql }))).toEqual([])
    // the setting wins over what the files say
    expect(locks(await scanFiles({ 'docker-compose.yml': compose, 'db/migrations/001.sql': enumSql }, { config: { postgres: { version: 16 } } }))).toEqual([])
  })

  it('is settled at the end of the scan: a file that declares it after the migrations still counts, and no text is kept', async () => {
    // scan order is path order here: the migration is read long before deploy/compose.yaml declares PostgreSQL 11
    const files = { 'db/migrations/001.sql': `${enumSql}${fastDefault}REINDEX TABLE t;\n`, 'deploy/compose.yaml': 'services:\n  db:\n    image: postgres:11.22-alpine\n' }
    expect(locks(await scanFiles(files))).toEqual(['enum-add-value-in-transaction@2', 'add-column-volatile-default@4'])
    expect(locks(await scanFiles({ ...files, 'deploy/compose.yaml': 'services:\n  db:\n    image: postgres:13\n' }))).toEqual(['reindex-non-concurrently@5'])
    expect(locks(await scanFiles({ ...files, 'deploy/compose.yaml': 'services:\n  db:\n    image: postgres:9.6\n' }))).toEqual(['enum-add-value-in-transaction@2', 'add-column-volatile-default@4'])
  })

  it('is a current release when nothing declares it (REINDEX CONCURRENTLY exists, defaults are fast)', async () => {
    expect(await lint('db/migrations/001.sql', `${fastDefault}REINDEX TABLE t;\n`)).toEqual(['reindex-non-concurrently@2'])
  })
})

describe('in a diff', () => {
  it('reports what the change adds, not what was there', async () => {
    const base = 'CREATE INDEX a ON t (x);\n'
    const head = 'CREATE INDEX a ON t (x);\nCREATE INDEX b ON t (y);\n'
    const found = await scanChange({ 'db/migrations/001.sql': base }, { 'db/migrations/001.sql': head })
    expect(locks(found)).toEqual(['create-index-non-concurrently@2'])
  })
})
