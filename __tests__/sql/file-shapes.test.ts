/**
 * Migration-tool file shapes: the forward change blocks, down/rollback sections get `sql.downMigrations`
 * (default warn, `off` drops them), and table rebuilds that SQLite, Drizzle and Prisma generate are not drops.
 */
import { describe, expect, it } from '@jest/globals'
import { sqlAnalyzers } from '../../src/analyzers/sql/index.js'
import { scanChange, scanFiles, type ScanTestOptions } from '../helpers/scan.js'

async function findings(files: Record<string, string>, opts: ScanTestOptions = {}): Promise<Array<[string, string, number]>> {
  const out = await scanFiles(files, { analyzers: sqlAnalyzers, ...opts })
  return out.map((f) => [f.ruleId.replace('destructive-sql/', ''), f.severity, f.line] as [string, string, number]).sort((a, b) => a[2] - b[2])
}

describe('down and rollback sections', () => {
  const shapes: Array<[string, Record<string, string>, Array<[string, string, number]>]> = [
    [
      'Flyway: V is forward, U (undo) is down, R is forward',
      {
        'src/main/resources/db/migration/V3__drop_legacy.sql': 'DROP TABLE legacy;',
        'src/main/resources/db/migration/U3__drop_legacy.sql': 'DROP TABLE replacement;',
        'src/main/resources/db/migration/R__views.sql': 'DROP VIEW IF EXISTS v_users;\nCREATE VIEW v_users AS SELECT 1;'
      },
      [
        ['drop-table', 'block', 1],
        ['drop-table', 'warn', 1],
        ['drop-object', 'warn', 1]
      ]
    ],
    [
      'golang-migrate: .up.sql forward, .down.sql down',
      {
        'migrations/000002_users.up.sql': 'ALTER TABLE users DROP COLUMN nickname;',
        'migrations/000002_users.down.sql': 'DROP TABLE users;'
      },
      [
        ['drop-column', 'block', 1],
        ['drop-table', 'warn', 1]
      ]
    ],
    [
      'goose: sections and StatementBegin/End',
      {
        'db/migrations/20240101120000_users.sql': [
          '-- +goose Up',
          '-- +goose StatementBegin',
          'CREATE FUNCTION purge() RETURNS void AS $$',
          'BEGIN',
          '  DELETE FROM sessions;',
          'END;',
          '$$ LANGUAGE plpgsql;',
          '-- +goose StatementEnd',
          'ALTER TABLE users DROP COLUMN legacy;',
          '',
          '-- +goose Down',
          'DROP TABLE users;',
          'DROP FUNCTION purge();'
        ].join('\n')
      },
      [
        // in the body of purge(), which the migration never calls: it runs when called, not when migrating
        ['delete-without-where', 'warn', 5],
        ['drop-column', 'block', 9],
        ['drop-table', 'warn', 12],
        ['drop-object', 'warn', 13]
      ]
    ],
    [
      'dbmate: migrate:up and migrate:down',
      {
        'db/migrations/20240101120000_orders.sql': '-- migrate:up\nTRUNCATE orders;\n\n-- migrate:down\nDROP TABLE orders;\n'
      },
      [
        ['truncate', 'block', 2],
        ['drop-table', 'warn', 5]
      ]
    ],
    [
      'Sqitch: deploy/ forward, revert/ down',
      {
        'deploy/users.sql': 'BEGIN;\nALTER TABLE users DROP COLUMN legacy;\nCOMMIT;',
        'revert/users.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;'
      },
      [
        ['drop-column', 'block', 2],
        ['drop-table', 'warn', 2]
      ]
    ],
    [
      'Liquibase formatted SQL: --rollback lines are down',
      {
        'src/main/resources/db/changelog/001-users.sql': [
          '--liquibase formatted sql',
          '',
          '--changeset alice:1',
          'CREATE TABLE users (id int primary key, name text);',
          '--rollback DROP TABLE users;',
          '',
          '--changeset alice:2',
          'DELETE FROM audit_log',
          '--rollback not required'
        ].join('\n')
      },
      [
        ['drop-table', 'warn', 5],
        ['delete-without-where', 'block', 8]
      ]
    ],
    [
      'diesel: up.sql and down.sql',
      {
        'migrations/2024-01-01-120000_users/up.sql': 'ALTER TABLE users RENAME COLUMN name TO full_name;',
        'migrations/2024-01-01-120000_users/down.sql': 'ALTER TABLE users DROP COLUMN full_name;'
      },
      [
        ['rename-column', 'warn', 1],
        ['drop-column', 'warn', 1]
      ]
    ]
  ]

  it.each(shapes)('%s', async (_name, files, expected) => {
    const got = await findings(files)
    expect(got.slice().sort()).toEqual(expected.slice().sort())
  })

  it('sql.downMigrations: off drops down sections, block keeps them blocking (never above the rule default)', async () => {
    const files = { 'migrations/000002_users.down.sql': 'DROP TABLE users;\nDROP VIEW v;', 'migrations/000002_users.up.sql': 'DROP VIEW w;' }
    expect(await findings(files, { config: { sql: { downMigrations: 'off' } } })).toEqual([['drop-object', 'warn', 1]])
    expect((await findings(files, { config: { sql: { downMigrations: 'block' } } })).sort()).toEqual(
      [
        ['drop-table', 'block', 1],
        ['drop-object', 'warn', 2],
        ['drop-object', 'warn', 1]
      ].sort()
    )
  })

  it('says in the message that the statement is in a down section', async () => {
    const [finding] = await scanFiles({ 'migrations/000002_users.down.sql': 'DROP TABLE users;' }, { analyzers: sqlAnalyzers })
    expect(finding!.message).toContain('down/rollback section')
  })
})

describe('table rebuilds and tables created in the same file', () => {
  it('Drizzle SQLite rebuild through __new_t is not a drop', async () => {
    const drizzle = [
      'PRAGMA foreign_keys=OFF;--> statement-breakpoint',
      'CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL);--> statement-breakpoint',
      'INSERT INTO `__new_users`("id", "email") SELECT "id", "email" FROM `users`;--> statement-breakpoint',
      'DROP TABLE `users`;--> statement-breakpoint',
      'ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint',
      'PRAGMA foreign_keys=ON;'
    ].join('\n')
    expect(await findings({ 'drizzle/0004_rebuild_users.sql': drizzle })).toEqual([])
  })

  it('Prisma SQLite redefinition is not a drop, but the columns its warning header announces are', async () => {
    const prisma = [
      '/*',
      '  Warnings:',
      '',
      '  - You are about to drop the column `nickname` on the `User` table. All the data in the column will be lost.',
      '',
      '*/',
      '-- RedefineTables',
      'PRAGMA defer_foreign_keys=ON;',
      'PRAGMA foreign_keys=OFF;',
      'CREATE TABLE "new_User" (',
      '    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,',
      '    "email" TEXT NOT NULL',
      ');',
      'INSERT INTO "new_User" ("email", "id") SELECT "email", "id" FROM "User";',
      'DROP TABLE "User";',
      'ALTER TABLE "new_User" RENAME TO "User";',
      'PRAGMA foreign_keys=ON;'
    ].join('\n')
    expect(await findings({ 'prisma/migrations/20240101120000_drop_nickname/migration.sql': prisma })).toEqual([['drop-column', 'block', 4]])
  })

  it('Prisma PostgreSQL migrations: the SQL drop is reported once, not again from the header', async () => {
    const prisma = [
      '/*',
      '  Warnings:',
      '',
      '  - You are about to drop the column `nickname` on the `User` table. All the data in the column will be lost.',
      '  - You are about to drop the `Legacy` table. If the table is not empty, all the data it contains will be lost.',
      '',
      '*/',
      '-- AlterTable',
      'ALTER TABLE "User" DROP COLUMN "nickname";',
      '',
      '-- DropTable',
      'DROP TABLE "Legacy";'
    ].join('\n')
    expect(await findings({ 'prisma/migrations/20240101120000_cleanup/migration.sql': prisma })).toEqual([
      ['drop-column', 'block', 9],
      ['drop-table', 'block', 12]
    ])
  })

  it('Prisma PostgreSQL: a column the SQL copies into a new one before dropping it is not re-announced by the header', async () => {
    const prisma = [
      '/*',
      '  Warnings:',
      '',
      '  - You are about to drop the column `customEmailBody` on the `DocumentMeta` table. All the data in the column will be lost.',
      '  - You are about to drop the column `legacyFooter` on the `DocumentMeta` table. All the data in the column will be lost.',
      '',
      '*/',
      '-- AlterTable',
      'ALTER TABLE "DocumentMeta" ADD COLUMN "message" TEXT;',
      '',
      '-- Custom: keep the bodies',
      'UPDATE "DocumentMeta" SET "message" = "customEmailBody";',
      '',
      '-- AlterTable',
      'ALTER TABLE "DocumentMeta"',
      'DROP COLUMN "customEmailBody",',
      'DROP COLUMN "legacyFooter";'
    ].join('\n')
    expect(await findings({ 'packages/prisma/migrations/20230922121421_fix_document_meta_schema/migration.sql': prisma })).toEqual([['drop-column', 'block', 15]])
  })

  it('in a change, a table created by another file (even one the change touches) does not excuse a drop', async () => {
    // the CREATE in 001 is old: the change only adds a comment there. Seeing other files' creates without their base
    // versions would excuse this DELETE; the engine reads each file on its own, so it fails closed.
    const before = { 'db/migrations/001_init.sql': 'CREATE TABLE users (id int);\n' }
    const after = { 'db/migrations/001_init.sql': 'CREATE TABLE users (id int);\n-- owner: team-accounts\n', 'db/migrations/002_cleanup.sql': 'DELETE FROM users;\n' }
    expect((await scanChange(before, after, { analyzers: sqlAnalyzers })).map((f) => [f.file, f.ruleId])).toEqual([['db/migrations/002_cleanup.sql', 'destructive-sql/delete-without-where']])
  })

  it('in a change, findings already in the base version are not reported again', async () => {
    const before = { 'db/migrations/001.sql': 'DROP TABLE a;' }
    const after = { 'db/migrations/001.sql': 'DROP TABLE a;\nDROP TABLE b;', 'db/migrations/002.sql': 'TRUNCATE c;' }
    expect((await scanChange(before, after, { analyzers: sqlAnalyzers })).map((f) => [f.file, f.line])).toEqual([
      ['db/migrations/001.sql', 2],
      ['db/migrations/002.sql', 1]
    ])
  })

  it('a table dropped before it is created again is a real drop', async () => {
    expect(await findings({ 'db/migrations/005_recreate.sql': 'DROP TABLE IF EXISTS settings;\nCREATE TABLE settings (k text, v text);' })).toEqual([['drop-table', 'block', 1]])
  })

  it('a rename into a name that is then dropped is still reported for tables the file did not create', async () => {
    expect(await findings({ 'db/migrations/006_swap.sql': 'ALTER TABLE users RENAME TO users_old;\nDROP TABLE users_old;' })).toEqual([
      ['rename-table', 'warn', 1],
      ['drop-table', 'block', 2]
    ])
  })
})

describe('a table created earlier in the same change', () => {
  const create = 'CREATE TABLE import_batch (id bigint primary key, payload jsonb);\n'
  const drop = 'DROP TABLE import_batch;\n'
  const levels = (findings: Array<{ ruleId: string; severity: string; file: string }>): string[] =>
    findings.filter((f) => f.ruleId === 'destructive-sql/drop-table').map((f) => `${f.file}:${f.severity}`)

  it('is not blocking when a new migration earlier in the change created it', async () => {
    const findings = await scanChange({}, { 'db/migrations/20261101_create_import.sql': create, 'db/migrations/20261102_drop_import.sql': drop })
    expect(levels(findings)).toEqual(['db/migrations/20261102_drop_import.sql:info'])
    expect(findings.find((f) => f.ruleId === 'destructive-sql/drop-table')!.message).toContain('created earlier in this change, by db/migrations/20261101_create_import.sql')
  })

  it('blocks when the creating migration was already there, even if the change touches it', async () => {
    const before = { 'db/migrations/20261101_create_import.sql': create }
    expect(levels(await scanChange(before, { ...before, 'db/migrations/20261102_drop_import.sql': drop }))).toEqual(['db/migrations/20261102_drop_import.sql:block'])
    const touched = { 'db/migrations/20261101_create_import.sql': `-- reviewed\n${create}` }
    expect(levels(await scanChange(before, { ...touched, 'db/migrations/20261102_drop_import.sql': drop }))).toEqual(['db/migrations/20261102_drop_import.sql:block'])
  })

  it('blocks when the drop runs before the create (file-name order)', async () => {
    const findings = await scanChange({}, { 'db/migrations/20261101_drop_import.sql': drop, 'db/migrations/20261102_create_import.sql': create })
    expect(levels(findings)).toEqual(['db/migrations/20261101_drop_import.sql:block'])
  })

  it('blocks in check mode, where there is no change to speak of', async () => {
    const findings = await scanFiles({ 'db/migrations/20261101_create_import.sql': create, 'db/migrations/20261102_drop_import.sql': drop })
    expect(levels(findings)).toEqual(['db/migrations/20261102_drop_import.sql:block'])
  })
})
