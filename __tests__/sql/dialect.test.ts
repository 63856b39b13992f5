/** The dialect of a file: configured, else told from the path, else from syntax in the code (not the comments). */
import { describe, expect, it } from '@jest/globals'
import { detectDialect, type SqlDialect } from '../../src/analyzers/sql/dialect.js'

const cases: Array<[path: string, head: string, dialect: SqlDialect]> = [
  ['db/mysql/V1__init.sql', 'CREATE TABLE t (id int);', 'mysql'],
  ['migrations/postgres/001.sql', 'CREATE TABLE `t` (id int);', 'postgresql'],
  ['db/V1__init.mssql.sql', 'CREATE TABLE t (id int);', 'tsql'],
  ['sqlite/0001.sql', 'CREATE TABLE t (id int);', 'sqlite'],
  ['warehouse/snowflake/V1.sql', 'CREATE TABLE t (id int);', 'snowflake'],
  ['db/migrations/001.sql', 'CREATE TABLE t (id int)\nGO\n', 'tsql'],
  ['db/migrations/002.sql', 'CREATE TABLE [dbo].[T] ([Id] INT IDENTITY(1,1))', 'tsql'],
  ['db/migrations/003.sql', 'DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;', 'mysql'],
  ['db/migrations/004.sql', 'CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;', 'postgresql'],
  ['db/migrations/005.sql', 'CREATE TABLE t (id bigint AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;', 'mysql'],
  ['drizzle/0001_init.sql', 'CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL\n);', 'sqlite'],
  ['db/migrations/006.sql', 'ALTER TABLE `orders` ADD `total` int;', 'mysql'],
  ['db/migrations/007.sql', 'CREATE TABLE events (payload VARIANT) CLUSTER BY (day);', 'snowflake'],
  ['db/migrations/008.sql', 'CREATE TABLE t (id serial, data jsonb);', 'postgresql'],
  ['db/migrations/009.sql', 'DROP TABLE users;', 'postgresql'],
  // Prisma's header quotes names in backticks: a comment is no hint
  ['prisma/migrations/1_x/migration.sql', '/*\n  - You are about to drop the column `a` on the `B` table.\n*/\nALTER TABLE "B" DROP COLUMN "a";', 'postgresql'],
  ['db/migrations/010.sql', '-- run with `psql`\nDROP TABLE users;', 'postgresql'],
  // a bracketed name where a table goes: SQL Server, even without dbo or GO
  ['db/migrations/011.sql', 'DELETE FROM [AuditLog];', 'tsql'],
  ['db/migrations/012.sql', 'TRUNCATE TABLE [Sessions];', 'tsql'],
  ['db/migrations/013.sql', 'SELECT tags[1] FROM t; UPDATE t SET a = ARRAY[1,2];', 'postgresql']
]

describe('dialect detection', () => {
  it.each(cases)('%s', (path, head, dialect) => {
    expect(detectDialect(path, head, 'auto')).toBe(dialect)
  })

  it('the configured dialect wins', () => {
    expect(detectDialect('db/mysql/V1.sql', 'CREATE TABLE `t` (id int);', 'bigquery')).toBe('bigquery')
  })
})
