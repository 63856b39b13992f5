/**
 * Blocking findings that destroy nothing: a table rebuild spread over several query strings of one `up()`, a
 * backfill of a column the migration just added, dropping that column again, DROP/DELETE inside a function body the
 * migration never calls. And the near misses that still destroy data and must keep blocking.
 */
import { describe, expect, it } from '@jest/globals'
import { scanChange, scanFiles } from '../helpers/scan.js'

async function found(path: string, text: string): Promise<string[]> {
  const findings = (await scanFiles({ [path]: text })).filter((f) => !f.ruleId.startsWith('lock-safety/'))
  return findings.map((f) => `${f.severity} ${f.ruleId.replace('destructive-sql/', '')} :${f.line}`).sort()
}

const typeormRebuild = `import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNickname1712000000000 implements MigrationInterface {
    name = 'AddNickname1712000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "nickname" varchar)\`);
        await queryRunner.query(\`INSERT INTO "temporary_user"("id", "name") SELECT "id", "name" FROM "user"\`);
        await queryRunner.query(\`DROP TABLE "user"\`);
        await queryRunner.query(\`ALTER TABLE "temporary_user" RENAME TO "user"\`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`ALTER TABLE "user" RENAME TO "temporary_user"\`);
        await queryRunner.query(\`CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL)\`);
        await queryRunner.query(\`INSERT INTO "user"("id", "name") SELECT "id", "name" FROM "temporary_user"\`);
        await queryRunner.query(\`DROP TABLE "temporary_user"\`);
    }
}
`

const typeormRealDrop = `import { MigrationInterface, QueryRunner } from "typeorm";

export class DropAudit1712000000001 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`CREATE TABLE "audit_archive" ("id" integer)\`);
        await queryRunner.query(\`DROP TABLE "audit"\`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {}
}
`

const knexBackfill = `exports.up = async function (knex) {
  await knex.raw('ALTER TABLE orders ADD COLUMN currency char(3)')
  await knex.raw("UPDATE orders SET currency = 'EUR'")
  await knex.raw('ALTER TABLE orders ADD COLUMN legacy_total numeric')
  await knex.raw('ALTER TABLE orders DROP COLUMN legacy_total')
  await knex.raw("UPDATE orders SET status = 'open'")
}

exports.down = async function (knex) {}
`

describe('noise: what destroys nothing does not block', () => {
  it('a SQLite rebuild split over several query strings of one up()', async () => {
    // down() renames the live table away, copies it back and drops the old one: only the rename is shown (a warning)
    expect(await found('src/migrations/1712000000000-AddNickname.ts', typeormRebuild)).toEqual(['warn rename-table :14'])
  })

  it('but a drop of an existing table next to an unrelated create still blocks', async () => {
    expect(await found('src/migrations/1712000000001-DropAudit.ts', typeormRealDrop)).toEqual(['block drop-table :6'])
  })

  it('a backfill of a column just added, and dropping it again; an UPDATE of an old column still blocks', async () => {
    expect(await found('migrations/20240401120000_order_currency.js', knexBackfill)).toEqual(['block update-without-where :6'])
  })

  it('the same in plain SQL; ADD COLUMN IF NOT EXISTS does not count (the column may hold data)', async () => {
    const sql = [
      'ALTER TABLE orders ADD COLUMN currency char(3);',
      "UPDATE orders SET currency = 'EUR';",
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS region text;',
      "UPDATE orders SET region = 'eu';",
      'ALTER TABLE `carts` ADD (`note` text, `flag` tinyint);',
      'UPDATE `carts` SET `flag` = 0;',
      'ALTER TABLE carts DROP COLUMN note;'
    ].join('\n')
    expect(await found('db/migrations/20240402_currency.sql', sql)).toEqual(['block update-without-where :4'])
  })

  it('DROP/DELETE in a function body warn, unless the migration calls the function', async () => {
    const sql = `CREATE OR REPLACE FUNCTION purge_sessions() RETURNS void AS $$
BEGIN
  DELETE FROM sessions;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION reset_stats() RETURNS void AS $$
BEGIN
  TRUNCATE stats;
END;
$$ LANGUAGE plpgsql;

SELECT reset_stats();
`
    expect(await found('db/migrations/20240403_routines.sql', sql)).toEqual(['block truncate :9', 'warn delete-without-where :3'])
  })

  it('a MySQL procedure with an inline body warns; CALL makes it block', async () => {
    const sql = `DELIMITER //
CREATE PROCEDURE cleanup_carts()
BEGIN
  DELETE FROM carts;
END //
DELIMITER ;
`
    expect(await found('db/migrations/20240404_cleanup.mysql.sql', sql)).toEqual(['warn delete-without-where :4'])
    expect(await found('db/migrations/20240405_cleanup.mysql.sql', `${sql}CALL cleanup_carts();\n`)).toEqual(['block delete-without-where :4'])
  })

  it('TRUNCATE of a new table with CASCADE blocks when an old table got a foreign key to it', async () => {
    const quiet = 'CREATE TABLE currencies (code char(3) PRIMARY KEY);\nTRUNCATE currencies CASCADE;'
    expect(await found('db/migrations/20240406_currencies.sql', quiet)).toEqual([])
    const loud = [
      'CREATE TABLE currencies (code char(3) PRIMARY KEY);',
      'ALTER TABLE orders ADD CONSTRAINT orders_currency_fk FOREIGN KEY (currency) REFERENCES currencies (code);',
      'TRUNCATE currencies CASCADE;'
    ].join('\n')
    expect(await found('db/migrations/20240407_currencies.sql', loud)).toEqual(['block cascade :3'])
  })
})

describe('a migration split over several files that share a version (ory/pop)', () => {
  const dir = 'persistence/sql/migrations/sql'
  const files = {
    [`${dir}/20210410175418000000_network.cockroach.up.sql`]: 'ALTER TABLE "selfservice_login_flows" ADD COLUMN "nid" UUID;',
    [`${dir}/20210410175418000001_network.cockroach.up.sql`]: 'UPDATE selfservice_login_flows SET nid = (SELECT id FROM networks LIMIT 1);',
    [`${dir}/20210410175418000002_network.cockroach.up.sql`]: 'ALTER TABLE "selfservice_login_flows" RENAME COLUMN "nid" TO "_nid_tmp";',
    [`${dir}/20210410175418000003_network.cockroach.up.sql`]: 'ALTER TABLE "selfservice_login_flows" ADD COLUMN "nid" UUID;',
    [`${dir}/20210410175418000004_network.cockroach.up.sql`]: 'UPDATE "selfservice_login_flows" SET "nid" = "_nid_tmp";',
    [`${dir}/20210410175418000005_network.cockroach.up.sql`]: 'ALTER TABLE "selfservice_login_flows" DROP COLUMN "_nid_tmp";',
    [`${dir}/20210410175418000000_network.sqlite3.up.sql`]: 'CREATE TABLE "_selfservice_errors_tmp" ("id" TEXT PRIMARY KEY, "nid" CHAR(36));',
    [`${dir}/20210410175418000001_network.sqlite3.up.sql`]: 'INSERT INTO "_selfservice_errors_tmp" ("id") SELECT "id" FROM "selfservice_errors";',
    [`${dir}/20210410175418000002_network.sqlite3.up.sql`]: 'DROP TABLE "selfservice_errors";',
    [`${dir}/20210410175418000003_network.sqlite3.up.sql`]: 'ALTER TABLE "_selfservice_errors_tmp" RENAME TO "selfservice_errors";',
    // another version: its drop is a real one
    [`${dir}/20210510175418000000_drop_flows.cockroach.up.sql`]: 'ALTER TABLE "selfservice_login_flows" DROP COLUMN "messages";'
  }

  it('check: the files of one version are read together, in order', async () => {
    const findings = await scanFiles(files)
    expect(findings.filter((f) => f.severity === 'block').map((f) => `${f.ruleId} ${f.file.split('/').pop()}`)).toEqual([
      `destructive-sql/drop-column 20210510175418000000_drop_flows.cockroach.up.sql`
    ])
  })

  it('diff: the same when the change adds the version', async () => {
    const findings = await scanChange({}, files)
    expect(findings.filter((f) => f.severity === 'block').map((f) => f.file.split('/').pop())).toEqual(['20210510175418000000_drop_flows.cockroach.up.sql'])
  })

  it('a file alone still blocks what it destroys', async () => {
    const alone = { [`${dir}/20210410175418000002_network.sqlite3.up.sql`]: 'DROP TABLE "selfservice_errors";' }
    expect((await scanFiles(alone)).map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['block destructive-sql/drop-table'])
  })
})

describe('a backfill of a column a framework call just added', () => {
  it.each([
    [
      'Alembic',
      'alembic/versions/089bfa50d0ed_add_is_ocr_recipe_column.py',
      `from alembic import op
import sqlalchemy as sa

revision = "089bfa50d0ed"
down_revision = "188374910655"


def upgrade():
    op.add_column("recipes", sa.Column("is_ocr_recipe", sa.Boolean(), default=False, nullable=True))
    op.execute("UPDATE recipes SET is_ocr_recipe = FALSE")
    op.execute("UPDATE recipes SET rating = 0")


def downgrade():
    op.drop_column("recipes", "is_ocr_recipe")
`,
      ['block update-without-where :11', 'warn drop-column :15']
    ],
    [
      'Rails',
      'db/migrate/20240925112218_add_import_types.rb',
      `class AddImportTypes < ActiveRecord::Migration[7.2]
  def up
    add_column :imports, :type, :string
    execute "UPDATE imports SET type = 'TransactionImport'"
    execute "UPDATE imports SET status = 'pending'"
  end
end
`,
      ['block update-without-where :5']
    ],
    [
      'Ecto',
      'priv/repo/migrations/20240101000000_add_confirmed.exs',
      `defmodule Hexpm.Repo.Migrations.AddConfirmed do
  use Ecto.Migration

  def up do
    alter table(:users) do
      add(:confirmed, :boolean)
    end

    flush()

    execute("UPDATE users SET confirmed = true")
  end
end
`,
      []
    ],
    [
      'Sequelize',
      'server/migrations/20200723055414-add-published-to-shares.js',
      `"use strict";

module.exports = {
  up: async (queryInterface, Sequelize) => {
    await queryInterface.addColumn("shares", "published", {
      type: Sequelize.BOOLEAN,
      allowNull: false,
      defaultValue: false,
    });
    await queryInterface.sequelize.query(\`update shares set "published" = true\`);
  },
  down: async (queryInterface) => {
    await queryInterface.removeColumn("shares", "published");
  },
};
`,
      ['warn drop-column :13']
    ]
  ])('%s', async (_name, path, text, expected) => {
    expect(await found(path, text)).toEqual(expected.sort())
  })
})

describe('copied, then dropped: a rebuild keeps the data', () => {
  it('a column copied into a new one, dropped, the new one renamed back', async () => {
    const sql = [
      'ALTER TABLE identity_login_codes ADD COLUMN address_type_old VARCHAR(36);',
      'UPDATE identity_login_codes SET address_type_old = address_type;',
      'ALTER TABLE identity_login_codes DROP COLUMN address_type;',
      'ALTER TABLE identity_login_codes RENAME COLUMN address_type_old TO address_type;',
      'ALTER TABLE identity_login_codes DROP COLUMN legacy_flag;'
    ].join('\n')
    expect(await found('persistence/sql/migrations/sql/20250505150900000000_code_address_type.sqlite.up.sql', sql)).toEqual(['block drop-column :5'])
  })

  it('rows copied into a new table before the old one is dropped; without the copy it blocks', async () => {
    const rebuild = [
      'ALTER TABLE sessions RENAME TO sessions_;',
      'CREATE TABLE sessions (id TEXT PRIMARY KEY, token VARCHAR(64));',
      'INSERT INTO sessions SELECT * FROM sessions_;',
      'DROP TABLE sessions_;'
    ].join('\n')
    // the rename of the live table stays a warning; the drop of its old copy does not block
    expect(await found('db/migrations/20230313_sessions.sql', rebuild)).toEqual(['warn rename-table :1'])
    const lost = rebuild.replace('INSERT INTO sessions SELECT * FROM sessions_;\n', '')
    expect(await found('db/migrations/20230314_sessions.sql', lost)).toEqual(['block drop-table :3', 'warn rename-table :1'])
  })

  it('renamed away, recreated with IF NOT EXISTS, copied back, backup dropped: a rebuild (the authelia shape)', async () => {
    const rebuild = [
      'ALTER TABLE totp_configurations',
      '    RENAME TO _bkp_UP_V0002_totp_configurations;',
      '',
      'CREATE TABLE IF NOT EXISTS totp_configurations (',
      '    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,',
      '    username VARCHAR(100) NOT NULL,',
      '    secret BLOB NOT NULL',
      ');',
      '',
      'INSERT INTO totp_configurations (id, username, secret)',
      'SELECT id, username, secret',
      'FROM _bkp_UP_V0002_totp_configurations;',
      '',
      'DROP TABLE IF EXISTS _bkp_UP_V0002_totp_configurations;'
    ].join('\n')
    expect(await found('internal/storage/migrations/sqlite/V0002.WebAuthn.up.sql', rebuild)).toEqual(['warn rename-table :1'])
    // without the rename, IF NOT EXISTS may have found the table there, full of data: its drop blocks
    const maybeOld = ['CREATE TABLE IF NOT EXISTS import_batches (id INTEGER PRIMARY KEY);', 'DROP TABLE import_batches;'].join('\n')
    expect(await found('internal/storage/migrations/sqlite/V0031.Imports.up.sql', maybeOld)).toEqual(['block drop-table :2'])
  })

  it('copied out to a backup, recreated, copied back, backup dropped: a rebuild; copied out only, the drop blocks', async () => {
    const rebuild = [
      'CREATE TABLE IF NOT EXISTS _bkp_UP_V0007_oauth2_consent_session (challenge_id CHAR(36) NOT NULL, subject CHAR(36) NULL);',
      'INSERT INTO _bkp_UP_V0007_oauth2_consent_session (challenge_id, subject)',
      'SELECT challenge_id, subject',
      'FROM oauth2_consent_session;',
      'DROP TABLE IF EXISTS oauth2_consent_session;',
      'CREATE TABLE IF NOT EXISTS oauth2_consent_session (id INTEGER PRIMARY KEY AUTOINCREMENT, challenge_id CHAR(36) NOT NULL, subject CHAR(36) NULL);',
      'INSERT INTO oauth2_consent_session (challenge_id, subject)',
      'SELECT challenge_id, subject',
      'FROM _bkp_UP_V0007_oauth2_consent_session;',
      'DROP TABLE IF EXISTS _bkp_UP_V0007_oauth2_consent_session;'
    ].join('\n')
    expect(await found('internal/storage/migrations/sqlite/V0007.ConsistencyFixes.up.sql', rebuild)).toEqual([])
    const outOnly = rebuild.split('\n').slice(0, 5).join('\n')
    expect(await found('internal/storage/migrations/sqlite/V0008.Archive.up.sql', outOnly)).toEqual(['block drop-table :5'])
  })

  it('rows moved into a table of another name, then the old one dropped: a data migration, blocking', async () => {
    // the documenso shape: members copied into the new organisation model, the team table dropped. The new table does
    // not take the old one's name, so the running app loses the table, and the columns not copied are gone.
    const moved = [
      'CREATE TABLE "OrganisationMember" ("id" TEXT NOT NULL, "userId" INTEGER NOT NULL, "organisationId" TEXT NOT NULL, CONSTRAINT "OrganisationMember_pkey" PRIMARY KEY ("id"));',
      'INSERT INTO "OrganisationMember" ("id", "userId", "organisationId")',
      'SELECT gen_random_uuid(), tm."userId", t."organisationId" FROM "TeamMember" tm JOIN "Team" t ON t."id" = tm."teamId";',
      'ALTER TABLE "TeamMember" DROP CONSTRAINT "TeamMember_teamId_fkey";',
      'DROP TABLE "TeamMember";'
    ].join('\n')
    expect((await found('packages/prisma/migrations/20250522054050_add_organisations/migration.sql', moved)).filter((f) => f.startsWith('block'))).toEqual(['block drop-table :5'])
  })
})
