/**
 * Destructive calls written one step removed: a Laravel Blueprint closure held in a variable, SQL held in a
 * variable of the same method, a Rails model class computed at run time, Ecto's `Repo.update_all/delete_all`.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

const laravel = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        $dropLegacy = fn (Blueprint $table) => $table->dropColumn('legacy_body');
        Schema::table('pages', $dropLegacy);

        $callback = function (Blueprint $table) {
            $table->dropColumn(['views', 'likes']);
        };
        Schema::table('posts', $callback);

        $sql = 'DELETE FROM page_revisions';
        DB::statement($sql);
    }

    public function down(): void
    {
        $restore = fn (Blueprint $table) => $table->text('legacy_body')->nullable();
        Schema::table('pages', $restore);
    }
};
`

const rails = `class PurgeSessions < ActiveRecord::Migration[7.1]
  def up
    klass = "Session".constantize
    klass.delete_all
    %w[users posts].each do |tbl|
      tbl.classify.constantize.update_all(archived: false)
    end
    scope = Session.where(expired: true)
    scope.delete_all
    model = "Token".constantize
    model.where(revoked: true).delete_all
  end
end
`

const ecto = `defmodule MyApp.Repo.Migrations.ResetFlags do
  use Ecto.Migration
  import Ecto.Query

  def up do
    repo().delete_all("sessions")
    MyApp.Repo.update_all(from(u in "users"), set: [active: false])
    repo().delete_all(from(s in "tokens", where: s.inserted_at < ago(30, "day")))
    from(u in "users", where: u.id > 10) |> repo().update_all(set: [flag: true])
  end

  def down do
  end
end
`

describe('destructive calls one step removed', () => {
  it('Laravel: a closure in a variable runs inside Schema::table; DB::statement($sql) reads the literal', async () => {
    expect(summary(await scanFiles({ 'database/migrations/2024_05_02_101500_drop_legacy_page_columns.php': laravel }))).toEqual([
      'block destructive-sql/drop-column :12 pages.legacy_body',
      'block destructive-sql/drop-column :16 posts.views',
      'block destructive-sql/drop-column :16 posts.likes',
      'block destructive-sql/delete-without-where :20 page_revisions'
    ])
  })

  it('Rails: model classes computed at run time; a scope in a variable stays clean', async () => {
    expect(summary(await scanFiles({ 'db/migrate/20240502101500_purge_sessions.rb': rails }))).toEqual([
      'block destructive-sql/delete-without-where :4 klass',
      'block destructive-sql/update-without-where :6 a'
    ])
  })

  it('Ecto: Repo.delete_all/update_all on a whole table; with a where (or a piped query) clean', async () => {
    expect(summary(await scanFiles({ 'priv/repo/migrations/20240502101500_reset_flags.exs': ecto }))).toEqual([
      'block destructive-sql/delete-without-where :6 sessions',
      'block destructive-sql/update-without-where :7 the'
    ])
  })

  it('Ecto: a query piped into Repo.delete_all/update_all is its first argument', async () => {
    const piped = `defmodule Billing.Repo.Migrations.PurgeInvoiceDrafts do
  use Ecto.Migration
  import Ecto.Query

  def up do
    from(d in "invoice_drafts")
    |> repo().delete_all()

    "webhook_deliveries" |> repo().delete_all()
    Billing.Session |> Billing.Repo.delete_all()
    from(c in "customers") |> repo().update_all(set: [dunning_level: 0])

    from(d in "invoice_drafts", where: d.inserted_at < ago(90, "day")) |> repo().delete_all()
    from(c in "customers") |> where([c], c.archived == true) |> repo().update_all(set: [dunning_level: 0])
    "customers" |> String.upcase() |> IO.puts()
  end

  def down, do: :ok
end
`
    expect(summary(await scanFiles({ 'priv/repo/migrations/20240611093000_purge_invoice_drafts.exs': piped }))).toEqual([
      'block destructive-sql/delete-without-where :7 the',
      'block destructive-sql/delete-without-where :9 webhook_deliveries',
      'block destructive-sql/delete-without-where :10 Billing.Session',
      'block destructive-sql/update-without-where :11 the'
    ])
  })
})
