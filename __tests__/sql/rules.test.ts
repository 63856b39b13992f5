/**
 * Every destructive-sql rule, per dialect: realistic migration files at realistic paths, the findings they must
 * produce, and the near misses that must stay clean.
 */
import { describe, expect, it } from '@jest/globals'
import { sqlAnalyzers } from '../../src/analyzers/sql/index.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

async function rulesFor(path: string, sql: string): Promise<string[]> {
  const findings = await scanFiles({ [path]: sql }, { analyzers: sqlAnalyzers })
  return findings.map((f) => f.ruleId.replace('destructive-sql/', '')).sort()
}

type Row = [path: string, sql: string, rules: string[]]

const postgresql: Row[] = [
  ['db/migrations/001_drop.sql', 'DROP TABLE users;', ['drop-table']],
  ['db/migrations/002_drop.sql', 'DROP TABLE IF EXISTS public.users, "Orders" CASCADE;', ['cascade', 'cascade', 'drop-table', 'drop-table']],
  ['db/migrations/003_db.sql', 'DROP DATABASE reporting;', ['drop-database']],
  ['db/migrations/004_schema.sql', 'DROP SCHEMA archive CASCADE;', ['cascade', 'drop-schema']],
  ['db/migrations/005_schema.sql', 'DROP SCHEMA IF EXISTS archive;', ['drop-schema']],
  ['db/migrations/006_col.sql', 'ALTER TABLE users DROP COLUMN email;', ['drop-column']],
  ['db/migrations/007_col.sql', 'ALTER TABLE IF EXISTS ONLY public.users DROP COLUMN IF EXISTS email CASCADE;', ['cascade', 'drop-column']],
  ['db/migrations/008_col.sql', 'ALTER TABLE users DROP legacy;', ['drop-column']],
  ['db/migrations/009_trunc.sql', 'TRUNCATE audit_log;', ['truncate']],
  ['db/migrations/010_trunc.sql', 'TRUNCATE TABLE ONLY a, b RESTART IDENTITY CASCADE;', ['cascade', 'cascade', 'truncate', 'truncate']],
  ['db/migrations/011_del.sql', 'DELETE FROM sessions;', ['delete-without-where']],
  ['db/migrations/012_del.sql', 'DELETE FROM sessions WHERE 1=1;', ['delete-without-where']],
  ['db/migrations/013_del.sql', "DELETE FROM sessions WHERE 'a' = 'a';", ['delete-without-where']],
  ['db/migrations/014_del.sql', 'DELETE FROM sessions WHERE true RETURNING id;', ['delete-without-where']],
  ['db/migrations/015_del.sql', 'DELETE FROM sessions WHERE (1 = 1 OR user_id = 3);', ['delete-without-where']],
  ['db/migrations/016_upd.sql', 'UPDATE accounts SET balance = 0;', ['update-without-where']],
  ['db/migrations/017_upd.sql', 'UPDATE accounts SET balance = 0 WHERE TRUE;', ['update-without-where']],
  ['db/migrations/018_upd.sql', 'UPDATE accounts a SET balance = 0 WHERE NOT false;', ['update-without-where']],
  ['db/migrations/019_view.sql', 'DROP MATERIALIZED VIEW IF EXISTS daily_totals;', ['drop-object']],
  ['db/migrations/020_fn.sql', 'DROP FUNCTION IF EXISTS calc(integer, text), calc2();', ['drop-object', 'drop-object']],
  ['db/migrations/021_objs.sql', 'DROP TYPE mood;\nDROP SEQUENCE s;\nDROP TRIGGER trg ON t;\nDROP EXTENSION hstore;\nDROP ROLE app;\nDROP INDEX CONCURRENTLY ix;\nDROP DOMAIN d;\nDROP POLICY p ON t;\nDROP OWNED BY app;', Array(9).fill('drop-object')],
  ['db/migrations/022_alter.sql', 'ALTER TABLE users DROP CONSTRAINT users_email_key, ALTER COLUMN name DROP NOT NULL, ALTER COLUMN age TYPE bigint USING age::bigint, ALTER COLUMN x SET DATA TYPE text;', ['alter-column-type', 'alter-column-type', 'drop-constraint', 'drop-not-null']],
  ['db/migrations/023_rename.sql', 'ALTER TABLE customers RENAME TO clients;\nALTER TABLE clients RENAME COLUMN name TO full_name;\nALTER TABLE clients RENAME email TO mail;', ['rename-column', 'rename-column', 'rename-table']],
  ['db/migrations/024_domain.sql', 'ALTER DOMAIN posint DROP CONSTRAINT posint_check;', ['drop-constraint']],
  ['db/migrations/025_cte.sql', 'WITH gone AS (DELETE FROM jobs RETURNING id) SELECT count(*) FROM gone;', ['delete-without-where']],
  ['db/migrations/026_inherit.sql', 'DELETE FROM ONLY events;', ['delete-without-where']],
  ['db/migrations/027_drop_col_cascade.sql', 'ALTER TABLE t DROP COLUMN c CASCADE, DROP CONSTRAINT k CASCADE;', ['cascade', 'cascade', 'drop-column', 'drop-constraint']],
  ['db/migrations/028_self.sql', 'UPDATE t SET a = 1 WHERE id = id;', ['update-without-where']],
  ['src/main/resources/db/migration/V30__placeholders.sql', 'DROP TABLE ${flyway:defaultSchema}.legacy;\nDELETE FROM ${schema}.sessions;', ['delete-without-where', 'drop-table']],
  ['models/cleanup.sql', "{% if target.name == 'prod' %}\nTRUNCATE {{ ref('stg_events') }};\n{% endif %}", ['truncate']],
  ['db/migrations/029_conditional_create.sql', 'CREATE TABLE IF NOT EXISTS settings (k text);\nDROP TABLE settings;', ['drop-table']]
]

const postgresqlClean: Row[] = [
  ['db/migrations/101_comment.sql', '-- DROP TABLE users;\n/* TRUNCATE users; */\nSELECT 1;', []],
  ['db/migrations/102_string.sql', "INSERT INTO notes (body) VALUES ('DROP TABLE users; DELETE FROM x');", []],
  ['db/migrations/103_where.sql', "DELETE FROM users WHERE id = 1;\nUPDATE users SET name = 'x' WHERE id = 1;", []],
  ['db/migrations/104_index.sql', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);', []],
  ['db/migrations/105_from.sql', 'UPDATE orders SET total = t.total FROM order_totals t WHERE t.order_id = orders.id;', []],
  ['db/migrations/106_fk.sql', 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE SET NULL;', []],
  ['db/migrations/107_created.sql', 'CREATE TABLE tmp_import (id int);\nINSERT INTO tmp_import VALUES (1);\nDELETE FROM tmp_import;\nTRUNCATE tmp_import;\nDROP TABLE IF EXISTS tmp_import;', []],
  ['db/migrations/108_upsert.sql', 'INSERT INTO counters (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = counters.n + 1;', []],
  ['db/migrations/109_lock.sql', 'SELECT * FROM jobs WHERE id = 1 FOR UPDATE SKIP LOCKED;\nSELECT * FROM jobs FOR NO KEY UPDATE;', []],
  ['db/migrations/110_grant.sql', 'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO app;\nREVOKE DELETE ON users FROM app;', []],
  ['db/migrations/111_trigger.sql', 'CREATE TRIGGER t BEFORE INSERT OR UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION audit();', []],
  ['db/migrations/112_policy.sql', 'CREATE POLICY own_rows ON docs FOR DELETE USING (owner = current_user);', []],
  ['db/migrations/113_default.sql', 'ALTER TABLE users ALTER COLUMN created_at DROP DEFAULT, ALTER COLUMN email SET NOT NULL;', []],
  ['db/migrations/114_rename_idx.sql', 'ALTER INDEX users_email RENAME TO users_email_idx;\nALTER TABLE users RENAME CONSTRAINT a TO b;', []],
  ['db/migrations/115_publication.sql', 'ALTER PUBLICATION pub DROP TABLE users;\nALTER EXTENSION e DROP FUNCTION f();', []],
  ['db/migrations/116_where_subquery.sql', 'DELETE FROM users WHERE id IN (SELECT user_id FROM bans);', []],
  ['db/migrations/117_temp.sql', 'CREATE TEMP TABLE scratch AS SELECT 1;\nDROP TABLE scratch;', []],
  ['db/migrations/118_words.sql', 'CREATE TABLE deleted_items (drop_reason text, update_count int, truncated boolean);', []],
  ['db/migrations/119_rule.sql', 'CREATE RULE r AS ON UPDATE TO t DO INSTEAD NOTHING;', []]
]

const mysql: Row[] = [
  ['db/mysql/001.sql', 'DROP TABLE IF EXISTS `users`;', ['drop-table']],
  ['db/mysql/002.sql', 'ALTER TABLE `orders` DROP COLUMN `legacy`, DROP `notes`, DROP FOREIGN KEY `fk_user`, DROP PRIMARY KEY, DROP INDEX `ix_a`;', ['drop-column', 'drop-column', 'drop-constraint', 'drop-constraint', 'drop-object']],
  ['db/mysql/003.sql', 'ALTER TABLE `users` MODIFY COLUMN `name` VARCHAR(50) NOT NULL, CHANGE `email` `mail` VARCHAR(100), CHANGE `age` `age` BIGINT;', ['alter-column-type', 'alter-column-type', 'rename-column']],
  ['db/mysql/004.sql', 'RENAME TABLE `a` TO `b`, `c` TO `d`;', ['rename-table', 'rename-table']],
  ['db/mysql/005.sql', 'DELETE LOW_PRIORITY QUICK FROM `logs` LIMIT 1000;', ['delete-without-where']],
  ['db/mysql/006.sql', 'DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id;', ['delete-without-where']],
  ['db/mysql/007.sql', 'UPDATE `users` SET `active` = 0 WHERE 1;', ['update-without-where']],
  ['db/mysql/008.sql', 'DROP SCHEMA `archive`;', ['drop-schema']],
  ['db/mysql/009.sql', '/*!40101 SET NAMES utf8 */;\n/*!50001 DROP VIEW IF EXISTS `v_users`*/;\nDROP TABLE IF EXISTS `users`;', ['drop-object', 'drop-table']],
  ['db/mysql/010.sql', 'ALTER TABLE `events` TRUNCATE PARTITION p2023, p2024;', ['truncate', 'truncate']],
  ['db/mysql/011.sql', 'DELIMITER //\nCREATE PROCEDURE purge() BEGIN\n  DELETE FROM logs;\nEND//\nDELIMITER ;', ['delete-without-where']]
]

const mysqlClean: Row[] = [
  ['db/mysql/101.sql', "INSERT INTO t (a) VALUES ('x') ON DUPLICATE KEY UPDATE a = VALUES(a);", []],
  ['db/mysql/102.sql', '# DROP TABLE users;\nSELECT 1;', []],
  ['db/mysql/103.sql', "UPDATE `users` SET `name` = 'a\\'; DROP TABLE x; --' WHERE `id` = 2;", []],
  ['db/mysql/105.sql', "CREATE TABLE `t` (\n  `id` INT,\n  `updated_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n  `flags` SET('a','b'),\n  `owner_id` INT,\n  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE SET NULL\n);", []],
  ['db/mysql/104.sql', 'ALTER TABLE `t` ADD COLUMN `c` INT AFTER `b`, ALTER `d` SET DEFAULT 1;', []]
]

const sqlite: Row[] = [
  ['db/sqlite/001.sql', 'DROP TABLE "users";', ['drop-table']],
  ['db/sqlite/002.sql', 'ALTER TABLE users DROP COLUMN email;\nALTER TABLE users RENAME TO people;', ['drop-column', 'rename-table']],
  ['db/sqlite/003.sql', 'CREATE TRIGGER trg AFTER INSERT ON a BEGIN DELETE FROM b; END;', ['delete-without-where']],
  ['db/sqlite/004.sql', 'UPDATE OR REPLACE t SET a = 1;', ['update-without-where']]
]

const sqliteClean: Row[] = [
  ['db/sqlite/101.sql', 'CREATE TRIGGER trg AFTER DELETE ON a BEGIN DELETE FROM b WHERE a_id = old.id; END;\nPRAGMA foreign_keys = OFF;', []],
  ['db/sqlite/102.sql', 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);', []]
]

const tsql: Row[] = [
  ['db/mssql/001.sql', 'DROP TABLE [dbo].[Users]\nGO', ['drop-table']],
  ['db/mssql/002.sql', "IF OBJECT_ID('dbo.Users', 'U') IS NOT NULL\n  DROP TABLE dbo.Users\nGO", ['drop-table']],
  ['db/mssql/003.sql', 'DELETE FROM dbo.Logs\nDROP TABLE dbo.Tmp2\nGO', ['delete-without-where', 'drop-table']],
  ['db/mssql/004.sql', 'ALTER TABLE dbo.Users DROP COLUMN Email, Phone\nGO', ['drop-column', 'drop-column']],
  ['db/mssql/005.sql', 'ALTER TABLE dbo.Users ALTER COLUMN Name NVARCHAR(50) NOT NULL\nGO', ['alter-column-type']],
  ['db/mssql/006.sql', "EXEC sp_rename 'dbo.Users', 'People'\nGO\nEXEC sp_rename 'dbo.People.Name', 'FullName', 'COLUMN'\nGO", ['rename-column', 'rename-table']],
  ['db/mssql/007.sql', 'DELETE TOP (1000) FROM dbo.Events\nGO', ['delete-without-where']],
  ['db/mssql/008.sql', 'UPDATE u SET u.Active = 0 FROM dbo.Users u\nGO', ['update-without-where']],
  ['db/mssql/009.sql', 'BEGIN TRAN\nTRUNCATE TABLE dbo.Cache\nCOMMIT\nGO', ['truncate']],
  ['db/mssql/011.sql', 'SET NOCOUNT ON\nDELETE FROM dbo.Logs\nSET XACT_ABORT ON;\nUPDATE dbo.Users SET Active = 0\nSET IDENTITY_INSERT dbo.T ON\nTRUNCATE TABLE dbo.Cache\nGO', ['delete-without-where', 'truncate', 'update-without-where']],
  ['db/mssql/010.sql', 'CREATE PROCEDURE dbo.Purge AS\nBEGIN\n  SET NOCOUNT ON;\n  DELETE FROM dbo.Audit;\nEND\nGO', ['delete-without-where']]
]

const tsqlClean: Row[] = [
  ['db/mssql/101.sql', 'UPDATE u SET u.Active = 0 FROM dbo.Users u JOIN dbo.Bans b ON b.UserId = u.Id WHERE b.Expired = 0\nGO', []],
  ['db/mssql/102.sql', 'CREATE TRIGGER trg ON dbo.Users AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; END\nGO', []],
  ['db/mssql/103.sql', 'IF UPDATE(Name) PRINT 1\nGO\nUPDATE STATISTICS dbo.Users\nGO', []],
  ['db/mssql/104.sql', 'MERGE dbo.T AS t USING dbo.S AS s ON t.Id = s.Id WHEN MATCHED THEN UPDATE SET t.A = s.A WHEN NOT MATCHED BY SOURCE THEN DELETE;\nGO', []]
]

const others: Row[] = [
  ['warehouse/bigquery/001.sql', 'DROP TABLE `proj.dataset.events`;\nDELETE FROM `proj.dataset.t` WHERE true;', ['delete-without-where', 'drop-table']],
  ['warehouse/snowflake/001.sql', 'DROP TABLE IF EXISTS analytics.public.events CASCADE;\nTRUNCATE TABLE IF EXISTS raw.stage;', ['cascade', 'drop-table', 'truncate']],
  ['warehouse/redshift/001.sql', 'DROP TABLE events;\nALTER TABLE users DROP COLUMN email;', ['drop-column', 'drop-table']],
  ['warehouse/trino/001.sql', 'DELETE FROM hive.web.page_views;', ['delete-without-where']],
  ['warehouse/snowflake/002.sql', 'CREATE OR REPLACE TABLE analytics.public.daily AS SELECT * FROM raw.daily;\nCREATE OR REPLACE TEMPORARY TABLE scratch AS SELECT 1;', ['drop-table']],
  ['warehouse/bigquery/002.sql', 'CREATE OR REPLACE TABLE `proj.ds.t` (id INT64);\nCREATE TABLE IF NOT EXISTS `proj.ds.u` (id INT64);', ['drop-table']]
]

describe.each([
  ['PostgreSQL', postgresql],
  ['PostgreSQL near misses', postgresqlClean],
  ['MySQL/MariaDB', mysql],
  ['MySQL near misses', mysqlClean],
  ['SQLite', sqlite],
  ['SQLite near misses', sqliteClean],
  ['T-SQL', tsql],
  ['T-SQL near misses', tsqlClean],
  ['BigQuery, Snowflake, Redshift, Trino', others]
] as Array<[string, Row[]]>)('%s', (_name, rows) => {
  it.each(rows)('%s', async (path, sql, expected) => {
    expect(await rulesFor(path, sql)).toEqual([...expected].sort())
  })
})

describe('messages, evidence, positions and identity', () => {
  it('names the object and quotes the statement', async () => {
    const [finding] = await scanFiles({ 'db/migrations/001.sql': 'SELECT 1;\n\n  DROP TABLE users;\n' }, { analyzers: sqlAnalyzers })
    expect(finding).toMatchObject({
      ruleId: 'destructive-sql/drop-table',
      category: 'destructive-sql',
      severity: 'block',
      line: 3,
      column: 3,
      message: 'DROP TABLE "users" deletes the table and every row in it',
      evidence: 'DROP TABLE users'
    })
  })

  it('trims long statements to a short evidence line', async () => {
    const columns = Array.from({ length: 60 }, (_, i) => `column_${i} = NULL`).join(',\n  ')
    const [finding] = await scanFiles({ 'db/migrations/001.sql': `UPDATE users SET\n  ${columns};` }, { analyzers: sqlAnalyzers })
    expect(finding!.evidence.length).toBeLessThanOrEqual(160)
    expect(finding!.evidence).not.toContain('\n')
    expect(finding!.endLine).toBe(61)
  })

  it('keeps the fingerprint when unrelated lines change', async () => {
    const before = await scanFiles({ 'db/migrations/001.sql': 'DROP TABLE users;' }, { analyzers: sqlAnalyzers })
    const after = await scanFiles({ 'db/migrations/001.sql': '-- cleanup\nALTER TABLE a ADD b int;\n\ndrop   table\n  users;' }, { analyzers: sqlAnalyzers })
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint)
    expect(after[0]!.line).toBe(4)
  })

  it('honors rule severities from the configuration', async () => {
    const findings = await scanFiles({ 'db/migrations/001.sql': 'DROP VIEW v;\nTRUNCATE t;' }, { analyzers: sqlAnalyzers, config: { rules: { 'destructive-sql/drop-object': 'block', 'destructive-sql/truncate': 'off' } } })
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['destructive-sql/drop-object', 'block']])
  })

  it('a diff reports only the statements the change adds', async () => {
    const before = { 'db/migrations/001.sql': 'DROP TABLE legacy;\n' }
    const after = { 'db/migrations/001.sql': '-- cleanup, reviewed in #42\nDROP TABLE legacy;\nTRUNCATE sessions;\n' }
    const findings = await scanChange(before, after, { analyzers: sqlAnalyzers })
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['destructive-sql/truncate', 3]])
  })

  it('an inline suppression with a reason applies to the statement on the next line', async () => {
    const sql = '-- prodguard-ignore destructive-sql/drop-table -- archived to S3 in OPS-1234\nDROP TABLE audit_2019;\nDROP TABLE audit_2020;\n'
    const findings = await scanFiles({ 'db/migrations/001.sql': sql }, { analyzers: sqlAnalyzers })
    expect(findings.map((f) => [f.line, f.suppressed?.reason])).toEqual([
      [3, undefined],
      [2, 'archived to S3 in OPS-1234']
    ])
  })

  it('claims files that paths.migrations globs name as SQL', async () => {
    const files = { 'db/changes/V1__cleanup.mssql': 'DELETE FROM dbo.Logs\nGO\n', 'db/changes/notes.txt': 'DELETE FROM dbo.Logs' }
    expect(await scanFiles(files, { analyzers: sqlAnalyzers })).toEqual([])
    const findings = await scanFiles(files, { analyzers: sqlAnalyzers, config: { paths: { migrations: ['db/changes/*.mssql'] } } })
    expect(findings.map((f) => [f.file, f.ruleId])).toEqual([['db/changes/V1__cleanup.mssql', 'destructive-sql/delete-without-where']])
  })

  it('takes the dialect from the configuration over detection', async () => {
    // `#` starts a comment in MySQL only: as PostgreSQL this is an operator and the DROP is real
    const file = { 'db/migrations/001.sql': 'SELECT 1 # 2;\n# DROP TABLE users;\n' }
    expect(await scanFiles(file, { analyzers: sqlAnalyzers, config: { sql: { dialect: 'mysql' } } })).toEqual([])
    expect((await scanFiles(file, { analyzers: sqlAnalyzers, config: { sql: { dialect: 'postgresql' } } })).map((f) => f.ruleId)).toEqual(['destructive-sql/drop-table'])
  })
})

describe('SQL Server names in files that say nothing else about their dialect', () => {
  it.each([
    ['DELETE FROM [AuditLog];', 'destructive-sql/delete-without-where'],
    ['TRUNCATE TABLE [Sessions];', 'destructive-sql/truncate'],
    ['DROP TABLE [dbo].[Users];', 'destructive-sql/drop-table']
  ])('%s', async (sql, rule) => {
    expect((await scanFiles({ 'db/migrations/20260101_cleanup.sql': `${sql}\n` })).map((f) => f.ruleId)).toContain(rule)
  })
})
