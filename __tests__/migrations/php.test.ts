/** Laravel (`database/migrations/*.php`) and Doctrine (`migrations/Version*.php`) migrations. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('Laravel migrations', () => {
  it('finds Schema and Blueprint drops in up, and down at the down severity', async () => {
    const file = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    /**
     * Run the migrations.
     */
    public function up(): void
    {
        Schema::dropIfExists('password_resets');
        Schema::drop('legacy_orders');
        Schema::table('users', function (Blueprint $table) {
            $table->dropColumn('fax');
            $table->dropColumn(['telex', 'pager']);
            $table->renameColumn('name', 'full_name');
            $table->string('bio', 500)->nullable()->change();
            $table->dropForeign(['company_id']);
        });
        Schema::rename('posts', 'articles');
        DB::statement('TRUNCATE TABLE sessions');
        DB::table('audit_log')->delete();
        DB::table('jobs')->where('state', 'done')->delete();
        DB::table('users')->update(['plan' => 'free']);
    }

    /**
     * Reverse the migrations.
     */
    public function down(): void
    {
        Schema::dropIfExists('articles_archive');
    }
};
`
    expect(summary(await scanFiles({ 'database/migrations/2024_03_05_101500_drop_legacy_tables.php': file }))).toEqual([
      'block destructive-sql/drop-table :15 password_resets',
      'block destructive-sql/drop-table :16 legacy_orders',
      'block destructive-sql/drop-column :18 users.fax',
      'block destructive-sql/drop-column :19 users.telex',
      'block destructive-sql/drop-column :19 users.pager',
      'block destructive-sql/truncate :25 sessions',
      'block destructive-sql/delete-without-where :26 audit_log',
      'block destructive-sql/update-without-where :28 users',
      'warn destructive-sql/rename-column :20 users.name',
      'warn destructive-sql/alter-column-type :21 users.bio',
      'warn destructive-sql/drop-constraint :22 users',
      'warn destructive-sql/rename-table :24 posts',
      'warn destructive-sql/drop-table :36 articles_archive'
    ])
  })

  it('reads heredoc SQL and leaves comments and strings alone', async () => {
    const file = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Support\\Facades\\DB;

class PurgeOldSessions extends Migration
{
    public function up()
    {
        // Schema::drop('users');
        # DB::statement('DROP TABLE users');
        $note = "Schema::drop('orders') is not called";
        DB::unprepared(<<<SQL
            DELETE FROM sessions;
        SQL);
        DB::statement('DELETE FROM jobs WHERE attempts > 5');
    }

    public function down()
    {
    }
}
`
    expect(summary(await scanFiles({ 'database/migrations/2014_10_12_000000_purge_old_sessions.php': file }))).toEqual([
      'block destructive-sql/delete-without-where :14 sessions'
    ])
  })
})

describe('Doctrine migrations', () => {
  it('analyzes addSql in up, and down at the down severity', async () => {
    const file = `<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\\DBAL\\Schema\\Schema;
use Doctrine\\Migrations\\AbstractMigration;

final class Version20240305101500 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Drop the legacy customer table';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('ALTER TABLE orders DROP FOREIGN KEY FK_E52FFDEE9395C3F3');
        $this->addSql('DROP TABLE legacy_customer');
        $this->addSql('ALTER TABLE orders DROP customer_id');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('CREATE TABLE legacy_customer (id INT AUTO_INCREMENT NOT NULL, PRIMARY KEY(id))');
        $this->addSql('DROP TABLE customer_v2');
    }
}
`
    expect(summary(await scanFiles({ 'migrations/Version20240305101500.php': file }))).toEqual([
      'block destructive-sql/drop-table :20 legacy_customer',
      'block destructive-sql/drop-column :21 customer_id',
      'warn destructive-sql/drop-constraint :19 FK_E52FFDEE9395C3F3',
      'warn destructive-sql/drop-table :27 customer_v2'
    ])
  })
})
