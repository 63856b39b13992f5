/** Rails migrations (`db/migrate/*.rb`): the ActiveRecord DSL, `execute` SQL and heredocs, down code. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

const PATH = 'db/migrate/20240305101500_drop_legacy_tables.rb'

describe('Rails migrations', () => {
  it('finds destructive DSL calls in change/up with their lines', async () => {
    const file = `class DropLegacyTables < ActiveRecord::Migration[7.1]
  def change
    drop_table :legacy_orders
    remove_column :users, :middle_name, :string
    remove_columns :accounts, :fax, :telex
    remove_reference :comments, :post, foreign_key: true
    remove_timestamps :audits
    rename_column :users, :email, :email_address
    rename_table :posts, :articles
    change_column :products, :price, :decimal, precision: 10, scale: 2
    create_table :sessions, force: :cascade do |t|
      t.string :token
    end
    change_table :invoices do |t|
      t.remove :paid_at, :void_at
      t.rename :total, :amount
    end
    drop_join_table :users, :roles
  end
end
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual([
      'block destructive-sql/drop-table :3 legacy_orders',
      'block destructive-sql/drop-column :4 users.middle_name',
      'block destructive-sql/drop-column :5 accounts.fax',
      'block destructive-sql/drop-column :5 accounts.telex',
      'block destructive-sql/drop-column :6 comments.post',
      'block destructive-sql/drop-column :7 audits.created_at, updated_at',
      'block destructive-sql/cascade :11 sessions',
      'block destructive-sql/drop-table :11 sessions',
      'block destructive-sql/drop-column :15 invoices.paid_at',
      'block destructive-sql/drop-column :15 invoices.void_at',
      'block destructive-sql/drop-table :18 users',
      'warn destructive-sql/rename-column :8 users.email',
      'warn destructive-sql/rename-table :9 posts',
      'warn destructive-sql/alter-column-type :10 products.price',
      'warn destructive-sql/rename-column :16 invoices.total'
    ])
  })

  it('reports down code at the down-migration severity, and drops it when that is off', async () => {
    const file = `class CreateWidgets < ActiveRecord::Migration[6.1]
  def up
    create_table :widgets do |t|
      t.string :name
    end
  end

  def down
    drop_table :widgets
  end
end
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual(['warn destructive-sql/drop-table :9 widgets'])
    const messages = (await scanFiles({ [PATH]: file })).map((f) => f.message)
    expect(messages[0]).toContain('down/rollback')
    expect(await scanFiles({ [PATH]: file }, { config: { sql: { downMigrations: 'off' } } })).toEqual([])
    expect(summary(await scanFiles({ [PATH]: file }, { config: { sql: { downMigrations: 'block' } } }))).toEqual(['block destructive-sql/drop-table :9 widgets'])
  })

  it('treats reversible dir.down blocks and self.down as down, and revert blocks as the inverse', async () => {
    const file = `class RestructureOrders < ActiveRecord::Migration[7.0]
  def change
    reversible do |dir|
      dir.up { execute "UPDATE orders SET state = 'open' WHERE state IS NULL" }
      dir.down do
        execute "DELETE FROM orders"
      end
    end
    revert do
      drop_table :temp_imports
      create_table :old_reports do |t|
        t.string :title
      end
    end
  end
end

class LegacyStyle < ActiveRecord::Migration[4.2]
  def self.up
    add_column :users, :nickname, :string
  end

  def self.down
    remove_column :users, :nickname
  end
end
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual([
      'block destructive-sql/drop-table :11 old_reports',
      'warn destructive-sql/delete-without-where :6 orders',
      'warn destructive-sql/drop-table :10 temp_imports',
      'warn destructive-sql/drop-column :24 users.nickname'
    ])
  })

  it('analyzes execute strings and heredocs as SQL, at their lines', async () => {
    const file = `class PurgeSessions < ActiveRecord::Migration[7.1]
  OLD_TABLE = "legacy_sessions"

  def up
    execute "TRUNCATE TABLE sessions"
    execute <<~SQL
      UPDATE users SET plan = 'free';
      DROP TABLE #{OLD_TABLE} CASCADE;
    SQL
    execute(%q(DELETE FROM audit_log WHERE created_at < now() - interval '90 days'))
    ActiveRecord::Base.connection.execute('DROP SCHEMA reporting')
  end
end
`
    const findings = await scanFiles({ [PATH]: file })
    expect(summary(findings)).toEqual([
      'block destructive-sql/truncate :5 sessions',
      'block destructive-sql/update-without-where :7 users',
      'block destructive-sql/cascade :8 _OLD_TABLE_',
      'block destructive-sql/drop-table :8 _OLD_TABLE_',
      'block destructive-sql/drop-schema :11 reporting'
    ])
    expect(findings[0]!.message).toContain('Rails execute')
  })

  it('does not take comments, strings or safe calls for destructive operations', async () => {
    const file = `# drop_table :users would be a disaster; we never do that here.
class AddIndexToUsers < ActiveRecord::Migration[7.1]
=begin
  remove_column :users, :email
=end
  def change
    add_column :users, :nickname, :string # remove_column :users, :nickname later
    add_index :users, :nickname, comment: "replaces drop_table :nicknames"
    say "rename_table :a, :b is not run"
    User.where(active: false).delete_all
    execute "DELETE FROM sessions WHERE expires_at < now()"
    create_table :reports do |t|
      t.string :title
    end
  end
end
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual([])
  })

  it('flags model-wide deletes and updates without a scope', async () => {
    const file = `class ResetFlags < ActiveRecord::Migration[7.1]
  def up
    Flag.delete_all
    Setting.update_all(enabled: false)
    Flag.where(kind: "beta").update_all(enabled: true)
  end
end
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual([
      'block destructive-sql/delete-without-where :3 Flag',
      'block destructive-sql/update-without-where :4 Setting'
    ])
  })

  it('reports SQL it cannot read as info, and a file it cannot parse as unanalyzable', async () => {
    const opaque = `class RunGenerated < ActiveRecord::Migration[7.1]
  def up
    execute generated_sql
  end
end
`
    const findings = await scanFiles({ [PATH]: opaque })
    expect(findings.map((f) => `${f.severity} ${f.ruleId} :${f.line}`)).toEqual(['info destructive-sql/opaque-sql :3'])
    const broken = `class Broken < ActiveRecord::Migration[7.1]
  def up
    execute "DROP TABLE users
  end
end
`
    const problems = await scanFiles({ [PATH]: broken })
    expect(problems.map((f) => `${f.severity} ${f.ruleId} :${f.line}`)).toEqual(['block unanalyzable/parse-error :3'])
  })

  it('recognizes multi-database folders and configured paths, and leaves other Ruby alone', async () => {
    const file = `class DropCats < ActiveRecord::Migration[7.1]
  def change
    drop_table :cats
  end
end
`
    expect((await scanFiles({ 'db/animals_migrate/20240101000000_drop_cats.rb': file })).map((f) => f.ruleId)).toEqual(['destructive-sql/drop-table'])
    expect(await scanFiles({ 'app/models/cat.rb': file })).toEqual([])
    expect((await scanFiles({ 'schema/changes/0001_drop_cats.rb': file }, { config: { paths: { migrations: ['schema/changes/'] } } })).map((f) => f.ruleId)).toEqual([
      'destructive-sql/drop-table'
    ])
  })
})
