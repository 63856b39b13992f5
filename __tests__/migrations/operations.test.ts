/**
 * The operations table, one operation at a time: each line below is put in the forward code of a minimal, real-shaped
 * migration of its framework, and must produce exactly the rules listed (none for the near misses).
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

const TEMPLATES: Record<string, { path: string; wrap(line: string): string }> = {
  rails: {
    path: 'db/migrate/20240305101500_change.rb',
    wrap: (line) => `class Change < ActiveRecord::Migration[7.1]\n  def up\n    ${line}\n  end\nend\n`
  },
  django: {
    path: 'shop/migrations/0009_change.py',
    wrap: (line) => `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    operations = [\n        ${line},\n    ]\n`
  },
  alembic: {
    path: 'alembic/versions/1a2b3c4d5e6f_change.py',
    wrap: (line) => `from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n    ${line}\n\n\ndef downgrade():\n    pass\n`
  },
  knex: {
    path: 'migrations/20240305101500_change.js',
    wrap: (line) => `exports.up = async function (knex) {\n  ${line}\n}\n\nexports.down = async function () {}\n`
  },
  typeorm: {
    path: 'src/migrations/1709634900000-Change.ts',
    wrap: (line) =>
      `import { MigrationInterface, QueryRunner, Table } from 'typeorm'\n\nexport class Change1709634900000 implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {\n    ${line}\n  }\n\n  public async down(): Promise<void> {}\n}\n`
  },
  sequelize: {
    path: 'migrations/20240305101500-change.js',
    wrap: (line) => `'use strict';\n\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    ${line}\n  },\n  async down () {}\n};\n`
  },
  dbmigrate: {
    path: 'migrations/20240305101500-change.js',
    wrap: (line) =>
      `'use strict';\n\nvar dbm;\n\nexports.setup = function (options, seedLink) {\n  dbm = options.dbmigrate;\n};\n\nexports.up = function (db) {\n  ${line}\n};\n\nexports.down = function (db) {\n  return null;\n};\n`
  },
  pgmigrate: {
    path: 'migrations/1709634900000_change.js',
    wrap: (line) => `/* eslint-disable camelcase */\n\nexports.shorthands = undefined;\n\nexports.up = (pgm) => {\n  ${line}\n};\n\nexports.down = false;\n`
  },
  kysely: {
    path: 'src/migrations/2024-03-05-change.ts',
    wrap: (line) => `import { Kysely, sql } from 'kysely'\n\nexport async function up(db: Kysely<any>): Promise<void> {\n  ${line}\n}\n`
  },
  efcore: {
    path: 'Migrations/20240305101500_Change.cs',
    wrap: (line) =>
      `using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace App.Migrations\n{\n    public partial class Change : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            ${line}\n        }\n    }\n}\n`
  },
  laravel: {
    path: 'database/migrations/2024_03_05_101500_change.php',
    wrap: (line) => `<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        ${line}\n    }\n};\n`
  },
  doctrine: {
    path: 'migrations/Version20240305101500.php',
    wrap: (line) =>
      `<?php\n\ndeclare(strict_types=1);\n\nnamespace DoctrineMigrations;\n\nuse Doctrine\\DBAL\\Schema\\Schema;\nuse Doctrine\\Migrations\\AbstractMigration;\n\nfinal class Version20240305101500 extends AbstractMigration\n{\n    public function up(Schema $schema): void\n    {\n        ${line}\n    }\n}\n`
  },
  ecto: {
    path: 'priv/repo/migrations/20240305101500_change.exs',
    wrap: (line) => `defmodule App.Repo.Migrations.Change do\n  use Ecto.Migration\n\n  def up do\n    ${line}\n  end\nend\n`
  },
  goose: {
    path: 'migrations/20240305101500_change.go',
    wrap: (line) =>
      `package migrations\n\nimport (\n\t"context"\n\t"database/sql"\n\t"fmt"\n\n\t"github.com/pressly/goose/v3"\n)\n\nfunc init() { goose.AddMigrationContext(up, down) }\n\nfunc up(ctx context.Context, tx *sql.Tx) error {\n\t${line}\n\treturn nil\n}\n\nfunc down(ctx context.Context, tx *sql.Tx) error { return nil }\n`
  }
}

const CASES: Array<[string, string, string[]]> = [
  ['rails', 'drop_table :carts, if_exists: true', ['drop-table']],
  ['rails', 'remove_belongs_to :posts, :author', ['drop-column']],
  ['rails', 'remove_index :users, :email', ['drop-object']],
  ['rails', 'remove_foreign_key :posts, :users', ['drop-constraint']],
  ['rails', 'change_column_null :users, :email, true', ['drop-not-null']],
  ['rails', 'change_column_null :users, :email, false', []],
  ['rails', 'create_table(:reports, force: true) { |t| t.string :title }', ['drop-table']],
  ['rails', 'create_table(:reports) { |t| t.string :title }', []],
  ['rails', 'drop_view :active_users', ['drop-object']],
  ['rails', 'safety_assured { remove_column :users, :ssn }', ['drop-column']],
  ['rails', 'add_column :users, :remove_column, :string', []],
  ['rails', 'execute("DROP TABLE carts")', ['drop-table']],
  ['rails', 'revert CreateCarts', ['opaque-sql']],
  ['django', 'migrations.RemoveIndex(model_name="order", name="order_created_idx")', ['drop-object']],
  ['django', 'migrations.AddIndex(model_name="order", index=models.Index(fields=["created"], name="order_created_idx"))', []],
  ['django', 'migrations.RunSQL(migrations.RunSQL.noop, reverse_sql="DROP TABLE shop_cart")', ['drop-table']],
  ['django', 'migrations.RunSQL(sql=["DELETE FROM shop_cart WHERE id = 1"])', []],
  ['alembic', 'op.drop_index("ix_users_email", table_name="users")', ['drop-object']],
  ['alembic', 'op.alter_column("users", "email", nullable=False)', []],
  ['alembic', 'op.execute("DROP SCHEMA archive CASCADE")', ['cascade', 'drop-schema']],
  ['alembic', 'op.get_bind().execute(sa.text("TRUNCATE job_runs"))', ['truncate']],
  ['alembic', 'op.create_table("notes", sa.Column("id", sa.Integer(), primary_key=True))', []],
  ['alembic', 'op.execute(accounts.delete())', ['delete-without-where']],
  ['alembic', 'op.execute(accounts.delete().where(accounts.c.closed == True))', []],
  ['alembic', 'op.get_bind().execute(accounts.update().values(plan="free"))', ['update-without-where']],
  ['alembic', 'op.get_bind().execute(accounts.update().where(accounts.c.id == 1).values(plan="free"))', []],
  ['alembic', 'session.query(Account).delete()', ['delete-without-where']],
  ['alembic', 'session.query(Account).filter(Account.closed).delete()', []],
  ['alembic', 'op.get_bind().execute(accounts.select())', []],
  ['knex', "await knex.schema.dropSchemaIfExists('archive', true)", ['cascade', 'drop-schema']],
  ['knex', "await knex.schema.alterTable('users', (t) => { t.dropTimestamps() })", ['drop-column']],
  ['knex', "await knex.schema.alterTable('users', (t) => { t.setNullable('email') })", ['drop-not-null']],
  ['knex', "await knex.schema.alterTable('users', (t) => { t.dropNullable('email') })", []],
  ['knex', "await knex('sessions').truncate()", ['truncate']],
  ['knex', "await knex.schema.dropViewIfExists('active_users')", ['drop-object']],
  ['knex', "await knex('users').where('id', 1).update({ plan: 'pro' })", []],
  ['knex', "await knex.from('users').del()", ['delete-without-where']],
  ['typeorm', "await queryRunner.dropIndex('user', 'IDX_user_email')", ['drop-object']],
  ['typeorm', "await queryRunner.dropSchema('archive', true, true)", ['cascade', 'drop-schema']],
  ['typeorm', "await queryRunner.dropDatabase('legacy')", ['drop-database']],
  ['typeorm', "await queryRunner.renameTable('post', 'article')", ['rename-table']],
  ['typeorm', "await queryRunner.createTable(new Table({ name: 'note', columns: [{ name: 'id', type: 'int' }] }))", []],
  ['sequelize', 'await queryInterface.dropAllTables()', ['drop-table']],
  ['sequelize', "await queryInterface.removeIndex('Users', 'users_email')", ['drop-object']],
  ['sequelize', "await queryInterface.removeConstraint('Users', 'users_company_fk')", ['drop-constraint']],
  ['sequelize', "await queryInterface.bulkDelete('Users', {}, {})", ['delete-without-where']],
  ['sequelize', "await queryInterface.bulkInsert('Users', [{ name: 'a' }])", []],
  ['sequelize', "await queryInterface.dropSchema('archive')", ['drop-schema']],
  ['dbmigrate', "return db.dropTable('pets');", ['drop-table']],
  ['dbmigrate', "return db.removeColumn('pets', 'kind');", ['drop-column']],
  ['dbmigrate', "return db.runSql('TRUNCATE pets');", ['truncate']],
  ['dbmigrate', "return db.addColumn('pets', 'kind', { type: 'string' });", []],
  ['pgmigrate', "pgm.dropTable('pets', { ifExists: true, cascade: true });", ['cascade', 'drop-table']],
  ['pgmigrate', "pgm.dropColumns('pets', ['kind', 'color']);", ['drop-column', 'drop-column']],
  ['pgmigrate', "pgm.alterColumn('pets', 'name', { type: 'varchar(50)' });", ['alter-column-type']],
  ['pgmigrate', "pgm.alterColumn('pets', 'name', { notNull: false });", ['drop-not-null']],
  ['pgmigrate', "pgm.alterColumn('pets', 'name', { default: 'x' });", []],
  ['pgmigrate', "pgm.sql('DELETE FROM pets');", ['delete-without-where']],
  ['pgmigrate', "pgm.dropType('pet_kind');", ['drop-object']],
  ['pgmigrate', "pgm.createTable('pets', { id: 'id' });", []],
  ['kysely', "await db.schema.alterTable('person').dropConstraint('person_pet_fk').execute()", ['drop-constraint']],
  ['kysely', "await db.schema.alterTable('person').renameTo('people').execute()", ['rename-table']],
  ['kysely', "await db.schema.alterTable('person').alterColumn('email', (col) => col.dropNotNull()).execute()", ['drop-not-null']],
  ['kysely', "await sql.raw('DROP TABLE pet').execute(db)", ['drop-table']],
  ['kysely', "await db.updateTable('person').set({ active: false }).execute()", ['update-without-where']],
  ['kysely', "await db.updateTable('person').set({ active: false }).where('id', '=', 1).execute()", []],
  ['kysely', "await db.schema.createTable('pet').addColumn('id', 'integer').execute()", []],
  ['efcore', 'migrationBuilder.DropIndex(name: "IX_Users_Email", table: "Users");', ['drop-object']],
  ['efcore', 'migrationBuilder.DropSchema(name: "archive");', ['drop-schema']],
  ['efcore', 'migrationBuilder.RenameTable(name: "Post", newName: "Posts");', ['rename-table']],
  ['efcore', 'migrationBuilder.DeleteData(table: "Roles", keyColumn: "Id", keyValue: 3);', []],
  ['efcore', 'migrationBuilder.DropPrimaryKey(name: "PK_Users", table: "Users");', ['drop-constraint']],
  ['efcore', 'migrationBuilder.Sql($"DROP TABLE {Prefix}Archive");', ['drop-table']],
  [
    'efcore',
    'migrationBuilder.AlterColumn<string>(name: "Name", table: "Users", type: "nvarchar(200)", nullable: false, oldClrType: typeof(string), oldType: "nvarchar(100)");',
    ['alter-column-type']
  ],
  ['efcore', 'migrationBuilder.AddColumn<string>(name: "DropTable", table: "Users", nullable: true);', []],
  ['laravel', "Schema::dropColumns('users', ['fax', 'telex']);", ['drop-column', 'drop-column']],
  ["laravel", "Schema::table('users', function (Blueprint $table) { $table->dropSoftDeletes(); });", ['drop-column']],
  ['laravel', "Schema::table('users', function (Blueprint $table) { $table->dropIndex(['email']); });", ['drop-object']],
  ['laravel', "DB::table('users')->truncate();", ['truncate']],
  ['laravel', "DB::table('users')->where('id', 1)->delete();", []],
  ['laravel', "Schema::table('users', fn (Blueprint $table) => $table->string('nickname')->nullable());", []],
  ['laravel', 'DB::statement("DROP TABLE {$prefix}users");', ['drop-table']],
  ['doctrine', "$this->connection->executeStatement('DELETE FROM cart');", ['delete-without-where']],
  ['doctrine', "$schema->dropTable('cart');", ['drop-table']],
  ['doctrine', "$table = $schema->getTable('cart');\n        $table->dropColumn('coupon');", ['drop-column']],
  ['doctrine', "$schema->getTable('cart')->dropColumn('coupon');", ['drop-column']],
  ['doctrine', "$this->addSql('CREATE INDEX cart_user ON cart (user_id)');", []],
  ['ecto', 'drop_if_exists index(:users, [:email])', ['drop-object']],
  ['ecto', 'drop constraint(:users, :users_age_check)', ['drop-constraint']],
  ['ecto', 'alter table(:users) do\n      remove_if_exists :nickname, :string\n    end', ['drop-column']],
  ['ecto', 'create table(:notes) do\n      add :body, :text\n    end', []],
  ['ecto', 'execute("DROP TABLE carts")', ['drop-table']],
  ['goose', 'tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %s", name))', ['drop-table']],
  ['goose', 'tx.QueryRowContext(ctx, "DELETE FROM carts RETURNING id")', ['delete-without-where']],
  ['goose', 'tx.ExecContext(ctx, "CREATE INDEX carts_user_idx ON carts (user_id)")', []]
]

describe('framework operations, one by one', () => {
  it.each(CASES)('%s: %s', async (framework, line, rules) => {
    const template = TEMPLATES[framework]!
    const findings = await scanFiles({ [template.path]: template.wrap(line) })
    expect(findings.filter((f) => f.category !== 'lock-safety').map((f) => f.ruleId)).toEqual(rules.map((r) => `destructive-sql/${r}`))
  })
})
