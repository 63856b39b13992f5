/** Knex migrations (`migrations/*.{js,ts}`): schema builder calls, raw SQL, query-builder deletes, `down`. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('Knex migrations', () => {
  it('finds destructive schema and query calls in up, and down at the down severity (CommonJS)', async () => {
    const file = `/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = async function (knex) {
  await knex.schema.dropTable('legacy_orders')
  await knex.schema.dropTableIfExists('tmp_imports')
  await knex.schema.alterTable('users', (table) => {
    table.dropColumn('fax')
    table.dropColumns('telex', 'pager')
    table.renameColumn('name', 'full_name')
    table.string('bio', 500).alter()
    table.dropForeign('company_id')
  })
  await knex.schema.renameTable('posts', 'articles')
  await knex.raw('TRUNCATE TABLE sessions')
  await knex('audit_log').del()
  await knex('events').where('created_at', '<', cutoff).del()
  await knex('users').update({ plan: 'free' })
}

exports.down = function (knex) {
  return knex.schema.createTable('legacy_orders', (t) => {
    t.increments()
  }).then(() => knex.schema.dropTable('archive'))
}
`
    expect(summary(await scanFiles({ 'migrations/20240305101500_cleanup.js': file }))).toEqual([
      'block destructive-sql/drop-table :6 legacy_orders',
      'block destructive-sql/drop-table :7 tmp_imports',
      'block destructive-sql/drop-column :9 users.fax',
      'block destructive-sql/drop-column :10 users.telex',
      'block destructive-sql/drop-column :10 users.pager',
      'block destructive-sql/truncate :16 sessions',
      'block destructive-sql/delete-without-where :17 audit_log',
      'block destructive-sql/update-without-where :19 users',
      'warn destructive-sql/rename-column :11 users.name',
      'warn destructive-sql/alter-column-type :12 users.bio',
      'warn destructive-sql/drop-constraint :13 users',
      'warn destructive-sql/rename-table :15 posts',
      'warn destructive-sql/drop-table :25 archive'
    ])
  })

  it('reads TypeScript migrations with export async function up/down', async () => {
    const file = `import type { Knex } from 'knex'

export async function up(knex: Knex): Promise<void> {
  await knex.schema.table('accounts', (t: Knex.AlterTableBuilder) => {
    t.dropColumn('legacy_id')
  })
  await knex.raw(\`
    DELETE FROM account_tokens;
  \`)
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.table('accounts', (t) => {
    t.dropColumn('new_id')
  })
}
`
    expect(summary(await scanFiles({ 'db/migrations/20240305_accounts.ts': file }))).toEqual([
      'block destructive-sql/drop-column :5 accounts.legacy_id',
      'block destructive-sql/delete-without-where :8 account_tokens',
      'warn destructive-sql/drop-column :14 accounts.new_id'
    ])
  })

  it('is not mistaken for another framework that a comment mentions', async () => {
    const file = `// Ported from the old Sequelize migrations (queryInterface.removeColumn) by hand.
exports.up = async (knex) => {
  await knex.schema.alterTable('users', (table) => {
    table.dropColumn('legacy_id')
  })
}

exports.down = async () => {}
`
    const findings = await scanFiles({ 'migrations/20240305_port.js': file })
    expect(summary(findings)).toEqual(['block destructive-sql/drop-column :4 users.legacy_id'])
    expect(findings[0]!.message).toMatch(/^Knex: /)
  })

  it('does not flag scoped deletes, comments, strings or Map.delete', async () => {
    const file = `// knex.schema.dropTable('users') would lose everything
exports.up = async (knex) => {
  /* await knex('users').del() */
  const seen = new Map()
  seen.delete('users')
  await knex('sessions').where({ expired: true }).del()
  await knex('jobs').whereIn('state', ['done', 'failed']).delete()
  await knex.schema.createTable('notes', (t) => {
    t.text('body').comment("dropColumn('body') is not a call")
  })
}

exports.down = (knex) => knex.schema.dropTable('notes')
`
    expect(summary(await scanFiles({ 'migrations/20240305_notes.js': file }))).toEqual(['warn destructive-sql/drop-table :13 notes'])
  })
})
