/**
 * Whole migration files as tools and people write them, with every finding they must produce (rule and line) and
 * nothing else.
 */
import { describe, expect, it } from '@jest/globals'
import { sqlAnalyzers } from '../../src/analyzers/sql/index.js'
import { scanFiles } from '../helpers/scan.js'

async function found(path: string, text: string): Promise<Array<[string, number, string]>> {
  const findings = await scanFiles({ [path]: text }, { analyzers: sqlAnalyzers })
  return findings.map((f) => [f.ruleId.replace('destructive-sql/', ''), f.line, f.severity] as [string, number, string]).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
}

describe('realistic migration files', () => {
  it('a Prisma PostgreSQL migration that changes an enum and drops a relation', async () => {
    const sql = `/*
  Warnings:

  - The values [GUEST] on the enum \`Role\` will be removed. If these variants are still used in the database, this will fail.
  - You are about to drop the column \`legacyId\` on the \`Post\` table. All the data in the column will be lost.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- DropForeignKey
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- AlterTable
ALTER TABLE "Post" DROP COLUMN "legacyId",
ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
`
    expect(await found('prisma/migrations/20241105093000_role_enum/migration.sql', sql)).toEqual([
      ['alter-column-type', 12, 'warn'],
      ['drop-object', 15, 'warn'],
      ['drop-constraint', 20, 'warn'],
      ['drop-column', 23, 'block']
    ])
  })

  it('a Rails structure-style PostgreSQL migration with a trigger function and a backfill', async () => {
    const sql = `SET statement_timeout = 0;
SET lock_timeout = '5s';

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

-- backfill in one go (reviewed: the table has 200 rows)
UPDATE public.users
   SET locale = 'en'
 -- WHERE locale IS NULL
;

ALTER TABLE ONLY public.users ALTER COLUMN locale SET NOT NULL;
`
    expect(await found('db/migrate/20241105093000_backfill_locale.sql', sql)).toEqual([['update-without-where', 16, 'block']])
  })

  it('a Flyway MySQL migration with a stored procedure and a cleanup', async () => {
    const sql = `-- Flyway V42: archive old orders
CREATE TABLE IF NOT EXISTS \`orders_archive\` LIKE \`orders\`;

DELIMITER $$
CREATE PROCEDURE archive_orders(IN cutoff DATE)
BEGIN
  DECLARE done INT DEFAULT FALSE;
  INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < cutoff;
  DELETE FROM orders WHERE created_at < cutoff;
  IF ROW_COUNT() > 0 THEN
    UPDATE stats SET archived_at = NOW() WHERE id = 1;
  END IF;
END$$
DELIMITER ;

CALL archive_orders('2020-01-01');
DROP PROCEDURE IF EXISTS archive_orders;
ALTER TABLE \`orders\` DROP INDEX \`idx_legacy\`, MODIFY \`status\` ENUM('new','paid','shipped') NOT NULL;
`
    expect(await found('src/main/resources/db/migration/V42__archive_orders.sql', sql)).toEqual([
      ['drop-object', 17, 'warn'],
      ['alter-column-type', 18, 'warn'],
      ['drop-object', 18, 'warn']
    ])
  })

  it('a T-SQL deployment script with batches, dynamic SQL and a guarded drop', async () => {
    const sql = `SET NOCOUNT ON;
GO
IF OBJECT_ID(N'dbo.Users_Backup', N'U') IS NOT NULL
BEGIN
    PRINT 'dropping backup';
    DROP TABLE dbo.Users_Backup;
END
GO
DECLARE @table sysname = N'Sessions';
DECLARE @sql nvarchar(max) = N'TRUNCATE TABLE dbo.' + QUOTENAME(@table) + N';';
EXEC sys.sp_executesql @sql;
GO
UPDATE dbo.Users SET IsActive = 0 WHERE LastLogin < DATEADD(year, -2, GETUTCDATE());
GO
`
    expect(await found('db/mssql/Deploy/042_cleanup.sql', sql)).toEqual([
      ['drop-table', 6, 'block'],
      ['truncate', 11, 'block']
    ])
  })

  it('a goose file whose down section undoes the up section', async () => {
    const sql = `-- +goose Up
-- +goose StatementBegin
CREATE TABLE feature_flags (
    key text PRIMARY KEY,
    enabled boolean NOT NULL DEFAULT false
);
INSERT INTO feature_flags (key) VALUES ('new-checkout');
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TABLE feature_flags;
-- +goose StatementEnd
`
    expect(await found('db/migrations/20241105093000_feature_flags.sql', sql)).toEqual([['drop-table', 12, 'warn']])
  })

  it('a pg_dump with --clean: the drops are real, the data is not read as SQL', async () => {
    const sql = `--
-- PostgreSQL database dump
--
\\restrict abc123
SET statement_timeout = 0;
DROP TABLE IF EXISTS public.notes;
CREATE TABLE public.notes (
    id integer NOT NULL,
    body text
);
COPY public.notes (id, body) FROM stdin;
1\tDROP TABLE users; -- a note someone wrote
2\tit's "fine"
\\.

\\unrestrict abc123
`
    expect(await found('backups/notes.sql', sql)).toEqual([['drop-table', 6, 'block']])
  })
})
