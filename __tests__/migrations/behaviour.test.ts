/**
 * What every framework shares: scratch tables created and dropped in one migration, fingerprints that survive
 * unrelated edits, inline suppressions, bad input, and files that only look like migrations.
 */
import { describe, expect, it } from '@jest/globals'
import { migrationsAnalyzers } from '../../src/analyzers/migrations/index.js'
import { ruleIds, scanChange, scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('framework migrations, common behaviour', () => {
  it('does not block dropping a table the same migration created in the same direction', async () => {
    const laravel = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('import_batches_tmp', function (Blueprint $table) {
            $table->id();
        });
        // ... copy rows over ...
        Schema::drop('import_batches_tmp');
        Schema::drop('import_batches');
    }
};
`
    expect(summary(await scanFiles({ 'database/migrations/2024_03_05_000000_rebuild_batches.php': laravel }))).toEqual([
      'block destructive-sql/drop-table :14 import_batches'
    ])
    const knex = `exports.up = async (knex) => {
  await knex.schema.createTable('scratch', (t) => { t.increments() })
  await knex('scratch').del()
  await knex.schema.dropTable('scratch')
}
exports.down = async () => {}
`
    expect(await scanFiles({ 'migrations/20240305_scratch.js': knex })).toEqual([])
  })

  it('keeps a finding the same finding when unrelated lines move it', async () => {
    const before = `class DropLegacy < ActiveRecord::Migration[7.1]
  def change
    drop_table :legacy_orders
  end
end
`
    const after = `# Cleans up after the 2023 order-service migration.
class DropLegacy < ActiveRecord::Migration[7.1]
  def change
    add_index :orders, :created_at

    drop_table :legacy_orders
  end
end
`
    const path = 'db/migrate/20240305101500_drop_legacy.rb'
    expect(summary(await scanChange({ [path]: before }, { [path]: after }))).toEqual([])
    const added = after.replace('drop_table :legacy_orders', 'drop_table :legacy_orders\n    drop_table :legacy_refunds')
    expect(summary(await scanChange({ [path]: before }, { [path]: added }))).toEqual(['block destructive-sql/drop-table :7 legacy_refunds'])
    // A new migration file is all new.
    expect(ruleIds(await scanChange({}, { [path]: before }))).toEqual(['destructive-sql/drop-table'])
  })

  it('honours prodguard-ignore comments with a reason in the language comment syntax', async () => {
    const rails = `class DropLegacy < ActiveRecord::Migration[7.1]
  def change
    # prodguard-ignore destructive-sql/drop-table -- emptied and archived in OPS-1234
    drop_table :legacy_orders
    drop_table :legacy_refunds
  end
end
`
    const findings = await scanFiles({ 'db/migrate/20240305101500_drop_legacy.rb': rails })
    expect(findings.map((f) => `${f.line} ${f.suppressed?.reason ?? 'not suppressed'}`)).toEqual(['5 not suppressed', '4 emptied and archived in OPS-1234'])
    const xml = `<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="a">
    <!-- prodguard-ignore destructive-sql/drop-table -- table was never used in production -->
    <dropTable tableName="feature_flags_old"/>
  </changeSet>
</databaseChangeLog>
`
    const suppressed = await scanFiles({ 'db/changelog/001-flags.xml': xml })
    expect(suppressed.map((f) => f.suppressed?.reason)).toEqual(['table was never used in production'])
  })

  it('never crashes on bad input: empty files, deep nesting, a megabyte on one line, binary-looking text', async () => {
    const deep = `exports.up = (knex) => knex.raw(${'('.repeat(5000)}'DROP TABLE t'${')'.repeat(5000)})\n`
    const oneLine = `class Big < ActiveRecord::Migration[7.1]; def change; ${'add_column :t, :c, :string; '.repeat(40000)}drop_table :x; end; end\n`
    const files = {
      'db/migrate/20240101000000_empty.rb': '',
      'migrations/20240101_deep.js': deep,
      'db/migrate/20240101000001_big.rb': oneLine,
      'app/migrations/0001_initial.py': '\u0000\u0001garbage(((',
      'priv/repo/migrations/20240101_x.exs': 'defmodule X do\n  def up do\n    drop table(:x)\n'
    }
    const findings = await scanFiles(files)
    const byFile = (path: string): string[] => findings.filter((f) => f.file === path).map((f) => f.ruleId)
    expect(byFile('db/migrate/20240101000000_empty.rb')).toEqual([])
    expect(byFile('db/migrate/20240101000001_big.rb')).toEqual(['destructive-sql/drop-table'])
    expect(byFile('priv/repo/migrations/20240101_x.exs')).toEqual(['unanalyzable/parse-error'])
    expect(byFile('app/migrations/0001_initial.py')).toEqual(['unanalyzable/parse-error'])
    expect(findings.some((f) => f.ruleId === 'unanalyzable/analyzer-error')).toBe(false)
  })

  it('reports a migration over the size limit, but not a large data file that merely sits in db/', async () => {
    // Only this analyzer: others have their own view of large YAML files.
    const config = { limits: { maxFileBytes: 1000 } }
    const options = { config, analyzers: migrationsAnalyzers }
    const seeds = `countries:\n${'  - { code: XX, name: Somewhere }\n'.repeat(100)}`
    expect(await scanFiles({ 'db/seeds/countries.yml': seeds }, options)).toEqual([])
    const changelog = `databaseChangeLog:\n${'  - changeSet: { id: x, author: a, changes: [] }\n'.repeat(100)}`
    expect((await scanFiles({ 'db/changelog/big.yaml': changelog }, options)).map((f) => f.ruleId)).toEqual(['unanalyzable/too-large'])
    const rails = `class Big < ActiveRecord::Migration[7.1]\n  def up\n${'    add_column :t, :c, :string\n'.repeat(100)}  end\nend\n`
    expect((await scanFiles({ 'db/migrate/20240101000000_big.rb': rails }, options)).map((f) => f.ruleId)).toEqual(['unanalyzable/too-large'])
  })

  it('leaves files alone that sit outside migration folders or are not migrations', async () => {
    const files = {
      'app/models/order.rb': 'class Order < ApplicationRecord\n  def purge!\n    drop_table :orders\n  end\nend\n',
      'src/services/cleanup.ts': "export const run = (knex) => knex.schema.dropTable('users')\n",
      'migrations/types.d.ts': "declare function dropTable(name: 'users'): void\n",
      'migrations/cleanup.test.js': "knex.schema.dropTable('users')\n",
      'db/seeds.yml': 'users:\n  - name: dropTable\n',
      'src/Shop.Data/Migrations/20240305_Init.Designer.cs': 'class X { void Up(MigrationBuilder m) { m.DropTable(name: "Users"); } }\n'
    }
    expect(await scanFiles(files)).toEqual([])
  })
})
