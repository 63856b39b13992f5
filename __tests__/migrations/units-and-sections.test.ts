/**
 * What "earlier" and "the same variable" mean in a migration: a table created by one Liquibase changeSet is not
 * empty when a later changeSet drops it (changeSets run one by one, maybe months apart), and a variable assigned in
 * the down section is not what the up section runs.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('Liquibase: "created earlier" holds within one changeSet', () => {
  it('XML: a dropTable of a table created by an earlier changeSet blocks; within one changeSet it does not', async () => {
    const file = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
    <changeSet id="2023-11-02-reports" author="maria">
        <createTable tableName="report_snapshots">
            <column name="id" type="bigint"/>
        </createTable>
    </changeSet>
    <changeSet id="2024-05-20-drop-reports" author="maria">
        <dropTable tableName="report_snapshots"/>
    </changeSet>
    <changeSet id="2024-05-20-scratch" author="maria">
        <createTable tableName="import_scratch">
            <column name="id" type="bigint"/>
        </createTable>
        <dropTable tableName="import_scratch"/>
    </changeSet>
</databaseChangeLog>
`
    const findings = await scanFiles({ 'src/main/resources/db/changelog/db.changelog-master.xml': file })
    expect(summary(findings)).toEqual(['block destructive-sql/drop-table :9 report_snapshots'])
  })

  it('YAML: the same', async () => {
    const file = `databaseChangeLog:
  - changeSet:
      id: 1
      author: maria
      changes:
        - createTable:
            tableName: report_snapshots
            columns:
              - column: { name: id, type: bigint }
  - changeSet:
      id: 2
      author: maria
      changes:
        - dropTable:
            tableName: report_snapshots
`
    const findings = await scanFiles({ 'src/main/resources/db/changelog/changes/002-reports.yaml': file })
    expect(summary(findings)).toEqual(['block destructive-sql/drop-table :14 report_snapshots'])
  })

  it('formatted SQL: --changeset a:1 creates, --changeset a:2 drops', async () => {
    const file = `--liquibase formatted sql

--changeset maria:1
CREATE TABLE report_snapshots (id bigint PRIMARY KEY);

--changeset maria:2
DROP TABLE report_snapshots;

--changeset maria:3
CREATE TABLE import_scratch (id bigint);
DROP TABLE import_scratch;
`
    const findings = await scanFiles({ 'src/main/resources/db/changelog/sql/reports.sql': file })
    expect(summary(findings)).toEqual(['block destructive-sql/drop-table :7 report_snapshots'])
  })
})

describe('variables are read in the section that runs them', () => {
  const cases: Array<[name: string, path: string, text: string, expected: string[]]> = [
    [
      'Alembic',
      'alembic/versions/7c1e2a9b0f3d_flag_users.py',
      `"""flag users"""
from alembic import op

revision = "7c1e2a9b0f3d"
down_revision = "1b2c3d4e5f60"


def upgrade():
    query = f"UPDATE users SET flagged = true WHERE id IN ({ids()})"
    op.execute(query)


def downgrade():
    query = "DROP TABLE users"
    op.execute(query)
`,
      ['warn destructive-sql/drop-table :14 users']
    ],
    [
      'Rails',
      'db/migrate/20240101000000_flag_users.rb',
      `class FlagUsers < ActiveRecord::Migration[7.1]
  def up
    sql = "UPDATE users SET flagged = true WHERE id > 10"
    execute sql
  end

  def down
    sql = "DELETE FROM users"
    execute sql
  end
end
`,
      ['warn destructive-sql/delete-without-where :8 users']
    ],
    [
      'Knex',
      'migrations/20240101120000_flag_users.js',
      `exports.up = async function (knex) {
  const query = 'UPDATE users SET flagged = true WHERE id > 10'
  await knex.raw(query)
}

exports.down = async function (knex) {
  const query = 'DELETE FROM users'
  await knex.raw(query)
}
`,
      ['warn destructive-sql/delete-without-where :7 users']
    ],
    [
      'TypeORM',
      'src/migrations/1700000000000-FlagUsers.ts',
      `import { MigrationInterface, QueryRunner } from "typeorm"

export class FlagUsers1700000000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        const sql = \`UPDATE "users" SET "flagged" = true WHERE "id" > 10\`
        await queryRunner.query(sql)
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const sql = \`DROP TABLE "users"\`
        await queryRunner.query(sql)
    }
}
`,
      ['warn destructive-sql/drop-table :10 users']
    ],
    [
      'Ecto',
      'priv/repo/migrations/20240101000000_flag_users.exs',
      `defmodule MyApp.Repo.Migrations.FlagUsers do
  use Ecto.Migration

  def up do
    sql = "UPDATE users SET flagged = true WHERE id > 10"
    execute(sql)
  end

  def down do
    sql = "DROP TABLE users"
    execute(sql)
  end
end
`,
      ['warn destructive-sql/drop-table :10 users']
    ],
    [
      'Django RunPython',
      'accounts/migrations/0007_flag_users.py',
      `from django.db import migrations


def forwards(apps, schema_editor):
    sql = "UPDATE accounts_user SET flagged = true WHERE id > 10"
    schema_editor.execute(sql)


def backwards(apps, schema_editor):
    sql = "DELETE FROM accounts_user"
    schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_user_flagged")]
    operations = [migrations.RunPython(forwards, backwards)]
`,
      ['warn destructive-sql/delete-without-where :10 accounts_user']
    ]
  ]

  it.each(cases)('%s: the down section\'s assignment never reaches up()', async (_name, path, text, expected) => {
    expect(summary(await scanFiles({ [path]: text })).sort()).toEqual(expected.sort())
  })

  it('a module-level constant still reaches both sections', async () => {
    const text = `from alembic import op

revision = "a1"
down_revision = "a0"

DROP_SQL = "DROP TABLE legacy_events"


def upgrade():
    op.execute(DROP_SQL)


def downgrade():
    op.execute(DROP_SQL)
`
    expect(summary(await scanFiles({ 'alembic/versions/a1_drop_events.py': text }))).toEqual([
      'block destructive-sql/drop-table :6 legacy_events',
      'warn destructive-sql/drop-table :6 legacy_events'
    ])
  })
})
