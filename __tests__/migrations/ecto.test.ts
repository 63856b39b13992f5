/** Ecto migrations (`priv/repo/migrations/*.exs`). */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

const PATH = 'priv/repo/migrations/20240305101500_drop_legacy_tables.exs'

describe('Ecto migrations', () => {
  it('finds drops, removes, renames and modifies in change/up, and down at the down severity', async () => {
    const file = `defmodule MyApp.Repo.Migrations.DropLegacyTables do
  use Ecto.Migration

  def up do
    drop table(:legacy_orders)
    drop_if_exists table(:tmp_imports), mode: :cascade

    alter table(:users) do
      remove :fax
      modify :bio, :text, from: :string
    end

    rename table(:posts), to: table(:articles)
    rename table(:users), :name, to: :full_name
    drop index(:users, [:email])

    execute "TRUNCATE TABLE sessions"
    execute "UPDATE users SET plan = 'free'", "UPDATE users SET plan = NULL"
  end

  def down do
    create table(:legacy_orders) do
      add :total, :integer
    end

    drop table(:orders_archive)
  end
end
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual([
      'block destructive-sql/drop-table :5 legacy_orders',
      'block destructive-sql/cascade :6 tmp_imports',
      'block destructive-sql/drop-table :6 tmp_imports',
      'block destructive-sql/drop-column :9 users.fax',
      'block destructive-sql/truncate :17 sessions',
      'block destructive-sql/update-without-where :18 users',
      'warn destructive-sql/alter-column-type :10 users.bio',
      'warn destructive-sql/rename-table :13 posts',
      'warn destructive-sql/rename-column :14 users.name',
      'warn destructive-sql/drop-object :15 users',
      'warn destructive-sql/update-without-where :18 users',
      'warn destructive-sql/drop-table :26 orders_archive'
    ])
  })

  it('reads heredoc SQL and one-line down functions, and leaves comments and strings alone', async () => {
    const file = `defmodule MyApp.Repo.Migrations.Cleanup do
  use Ecto.Migration

  # drop table(:users) would be terrible
  @moduledoc """
  This migration does not remove :email from users.
  """

  def change do
    create index(:users, [:email])

    execute """
    DELETE FROM user_tokens;
    """
  end

  def down, do: drop(table(:user_tokens_archive))
end
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual([
      'block destructive-sql/delete-without-where :13 user_tokens',
      'warn destructive-sql/drop-table :17 user_tokens_archive'
    ])
  })
})
