/**
 * Framework migrations through the lock rules: the operations that compile to a blocking statement, their
 * concurrent forms, the transaction each framework opens around a migration and how a file turns it off, and SQL
 * strings the migration runs. Real-looking files at the paths the frameworks use.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/findings/finding.js'
import { scanFiles } from '../helpers/scan.js'

function locks(findings: Finding[]): string[] {
  return findings.filter((f) => f.category === 'lock-safety').map((f) => `${f.ruleId.slice('lock-safety/'.length)}@${f.line}`)
}

async function lint(path: string, text: string, extra: Record<string, string> = {}): Promise<string[]> {
  return locks(await scanFiles({ [path]: text, ...extra }))
}

const RAILS = 'db/migrate/20261201090000_add_index_to_orders.rb'

describe('Rails', () => {
  it('add_index without algorithm: :concurrently, and concurrently without disable_ddl_transaction!', async () => {
    const plain = `class AddIndexToOrders < ActiveRecord::Migration[7.1]
  def change
    add_index :orders, :customer_id
  end
end
`
    expect(await lint(RAILS, plain)).toEqual(['create-index-non-concurrently@3'])
    const concurrent = plain.replace('add_index :orders, :customer_id', 'add_index :orders, :customer_id, algorithm: :concurrently')
    expect(await lint(RAILS, concurrent)).toEqual(['concurrently-in-transaction@3'])
    const safe = concurrent.replace('  def change', '  disable_ddl_transaction!\n\n  def change')
    expect(await lint(RAILS, safe)).toEqual([])
  })

  it('foreign keys, NOT NULL and type changes, and a table the migration creates', async () => {
    const text = `class Billing < ActiveRecord::Migration[7.1]
  def up
    create_table :invoices do |t|
      t.bigint :customer_id
    end
    add_index :invoices, :customer_id
    add_foreign_key :orders, :customers
    add_foreign_key :orders, :sellers, validate: false
    change_column_null :orders, :customer_id, false
    change_column :orders, :amount, :bigint
    add_column :orders, :plan, :string, null: false
    add_column :orders, :state, :string, null: false, default: "new"
  end

  def down
    remove_index :orders, :customer_id
  end
end
`
    expect(await lint('db/migrate/20261201091000_billing.rb', text)).toEqual([
      'constraint-without-not-valid@7',
      'set-not-null@9',
      'column-type-change@10',
      'add-column-not-null-without-default@11'
    ])
  })

  it('execute with SQL runs through the SQL rules, inside the migration transaction', async () => {
    const text = `class IndexEmails < ActiveRecord::Migration[7.1]
  def up
    execute "CREATE INDEX CONCURRENTLY users_email_idx ON users (email)"
  end
end
`
    expect(await lint('db/migrate/20261201092000_index_emails.rb', text)).toEqual(['concurrently-in-transaction@3'])
  })

  it('on a MySQL application the PostgreSQL rules stay quiet', async () => {
    const text = 'class AddIndexToOrders < ActiveRecord::Migration[7.1]\n  def change\n    add_index :orders, :customer_id\n  end\nend\n'
    expect(await lint(RAILS, text, { 'docker-compose.yml': 'services:\n  db:\n    image: mysql:8.0.36\n' })).toEqual([])
  })
})

describe('Django', () => {
  const path = 'shop/migrations/0007_order_customer_idx.py'
  const body = (ops: string, atomic = ''): string => `from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
${atomic}
    dependencies = [("shop", "0006_order")]

    operations = [
        ${ops}
    ]
`
  it('AddIndex blocks writes; AddIndexConcurrently needs atomic = False', async () => {
    expect(await lint(path, body('migrations.AddIndex(model_name="order", index=models.Index(fields=["customer"], name="order_customer_idx")),'))).toEqual(['create-index-non-concurrently@10'])
    const concurrent = body('AddIndexConcurrently(model_name="order", index=models.Index(fields=["customer"], name="order_customer_idx")),')
    expect(await lint(path, concurrent)).toEqual(['concurrently-in-transaction@10'])
    const optedOut = body('AddIndexConcurrently(model_name="order", index=models.Index(fields=["customer"], name="order_customer_idx")),', '    atomic = False\n')
    expect(await lint(path, optedOut)).toEqual([])
  })
})

describe('Alembic', () => {
  const path = 'alembic/versions/3f2a1b_order_customer_idx.py'
  it('create_index without postgresql_concurrently, and inside or outside autocommit_block', async () => {
    const plain = `"""order customer index"""
from alembic import op

revision = "3f2a1b"
down_revision = "2e1d0c"


def upgrade():
    op.create_index("ix_order_customer", "orders", ["customer_id"])


def downgrade():
    op.drop_index("ix_order_customer", table_name="orders")
`
    expect(await lint(path, plain)).toEqual(['create-index-non-concurrently@9'])
    const concurrent = plain.replace('["customer_id"])', '["customer_id"], postgresql_concurrently=True)')
    expect(await lint(path, concurrent)).toEqual(['concurrently-in-transaction@9'])
    const safe = concurrent.replace('    op.create_index(', '    with op.get_context().autocommit_block():\n        op.create_index(')
    expect(await lint(path, safe)).toEqual([])
  })
})

describe('Knex, TypeORM, EF Core, Laravel, Ecto', () => {
  it('Knex index() in alterTable', async () => {
    const text = `exports.up = function (knex) {
  return knex.schema.alterTable('orders', (table) => {
    table.index(['customer_id'])
  })
}

exports.down = function (knex) {
  return knex.schema.alterTable('orders', (table) => {
    table.dropIndex(['customer_id'])
  })
}
`
    expect(await lint('migrations/20261201090000_orders_customer_idx.js', text)).toEqual(['create-index-non-concurrently@3'])
    const raw = "exports.config = { transaction: false }\n\nexports.up = (knex) => knex.raw('CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id)')\nexports.down = (knex) => knex.raw('DROP INDEX CONCURRENTLY orders_customer_idx')\n"
    expect(await lint('migrations/20261201090000_orders_customer_idx.js', raw)).toEqual([])
    expect(await lint('migrations/20261201090000_orders_customer_idx.js', raw.replace('exports.config = { transaction: false }\n', ''))).toEqual(['concurrently-in-transaction@2'])

    // the spelling: config.transaction = false
    expect(await lint('migrations/20261201090000_orders_customer_idx.js', raw.replace('exports.config = { transaction: false }', 'exports.config = {}\nexports.config.transaction = false'))).toEqual([])
  })

  it('goose Go: SQL in Exec runs in the transaction unless registered with AddMigrationNoTx', async () => {
    const file = (register: string): string => `package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.${register}(upOrdersIndex, downOrdersIndex)
}

func upOrdersIndex(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id)")
	return err
}

func downOrdersIndex(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "DROP INDEX CONCURRENTLY orders_customer_idx")
	return err
}
`
    expect(await lint('db/migrations/20261201090000_orders_index.go', file('AddMigrationNoTxContext'))).toEqual([])
    expect(await lint('db/migrations/20261201090000_orders_index.go', file('AddMigrationContext'))).toEqual(['concurrently-in-transaction@15'])
  })

  it('TypeORM createIndex', async () => {
    const text = `import { MigrationInterface, QueryRunner, TableIndex } from "typeorm"

export class OrdersCustomerIdx1733043600000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createIndex("orders", new TableIndex({ name: "IDX_orders_customer", columnNames: ["customer_id"] }))
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropIndex("orders", "IDX_orders_customer")
    }
}
`
    expect(await lint('src/migrations/1733043600000-OrdersCustomerIdx.ts', text)).toEqual(['create-index-non-concurrently@5'])
  })

  it('EF Core CreateIndex, and Npgsql concurrent creation', async () => {
    const text = `using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Migrations
{
    public partial class OrdersCustomerIdx : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId",
                table: "Orders",
                column: "CustomerId");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Orders_CustomerId", table: "Orders");
        }
    }
}
`
    const path = 'Migrations/20261201090000_OrdersCustomerIdx.cs'
    expect(await lint(path, text)).toEqual(['create-index-non-concurrently@9'])
    expect(await lint(path, text.replace('column: "CustomerId");', 'column: "CustomerId")\n                .Annotation("Npgsql:CreatedConcurrently", true);'))).toEqual([])
  })

  it('Laravel index() inside Schema::table, not inside Schema::create', async () => {
    const text = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('invoices', function (Blueprint $table) {
            $table->id();
            $table->foreignId('customer_id')->index();
        });
        Schema::table('orders', function (Blueprint $table) {
            $table->index('customer_id');
        });
    }
};
`
    expect(await lint('database/migrations/2026_12_01_090000_orders_customer_index.php', text)).toEqual(['create-index-non-concurrently@16'])
  })

  it('Ecto create index, concurrently and @disable_ddl_transaction', async () => {
    const text = `defmodule Shop.Repo.Migrations.OrdersCustomerIndex do
  use Ecto.Migration

  def change do
    create index(:orders, [:customer_id])
  end
end
`
    const path = 'priv/repo/migrations/20261201090000_orders_customer_index.exs'
    expect(await lint(path, text)).toEqual(['create-index-non-concurrently@5'])
    const concurrent = text.replace('[:customer_id])', '[:customer_id], concurrently: true)')
    expect(await lint(path, concurrent)).toEqual(['concurrently-in-transaction@5'])
    const safe = concurrent.replace('  use Ecto.Migration\n', '  use Ecto.Migration\n  @disable_ddl_transaction true\n  @disable_migration_lock true\n')
    expect(await lint(path, safe)).toEqual([])
  })
})

describe('near misses and other shapes', () => {
  it('Rails: a reference with a foreign key, validate: false, and an index on a table created in the migration', async () => {
    const text = `class AddCustomerToOrders < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    add_reference :orders, :customer, index: { algorithm: :concurrently }, foreign_key: true
    add_reference :orders, :seller, index: { algorithm: :concurrently }, foreign_key: { validate: false }
    add_index :orders, [:customer_id, :seller_id], unique: true
  end
end
`
    expect(await lint('db/migrate/20261201093000_add_customer_to_orders.rb', text)).toEqual(['constraint-without-not-valid@5', 'create-index-non-concurrently@7'])
  })

  it('Ecto: references in alter, with and without validate: false', async () => {
    const text = `defmodule Shop.Repo.Migrations.OrdersCustomer do
  use Ecto.Migration

  def change do
    alter table(:orders) do
      add :customer_id, references(:customers)
      add :seller_id, references(:sellers, validate: false)
    end
  end
end
`
    expect(await lint('priv/repo/migrations/20261201093000_orders_customer.exs', text)).toEqual(['constraint-without-not-valid@6'])
  })

  it('Django RunSQL CONCURRENTLY with atomic = False, Alembic op.execute inside autocommit_block', async () => {
    const django = `from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("shop", "0007_order")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX CONCURRENTLY order_created_idx ON shop_order (created)",
            reverse_sql="DROP INDEX CONCURRENTLY order_created_idx",
        ),
    ]
`
    expect(await lint('shop/migrations/0008_order_created_idx.py', django)).toEqual([])
    expect(await lint('shop/migrations/0008_order_created_idx.py', django.replace('    atomic = False\n', ''))).toEqual(['concurrently-in-transaction@10'])
    const alembic = `from alembic import op

revision = "4a"
down_revision = "3f"


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX CONCURRENTLY ix_orders_created ON orders (created)")
`
    expect(await lint('alembic/versions/4a_orders_created.py', alembic)).toEqual([])
  })
})
