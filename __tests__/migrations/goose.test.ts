/** goose Go migrations: `tx.Exec` SQL in the function registered as up vs the one registered as down. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('goose Go migrations', () => {
  it('analyzes Exec SQL in the up function, and the down function at the down severity', async () => {
    const file = `package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigrationContext(upDropLegacy, downDropLegacy)
}

const dropAudit = \`DROP TABLE audit_log;\`

func upDropLegacy(ctx context.Context, tx *sql.Tx) error {
	// tx.Exec("DROP TABLE users") is not what we do
	if _, err := tx.ExecContext(ctx, "DELETE FROM sessions"); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, dropAudit); err != nil {
		return err
	}
	_, err := tx.Exec("UPDATE users SET plan = 'free' WHERE plan IS NULL")
	return err
}

func downDropLegacy(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, \`
		DROP TABLE sessions_archive;
	\`)
	return err
}
`
    expect(summary(await scanFiles({ 'db/migrations/00042_drop_legacy.go': file }))).toEqual([
      'block destructive-sql/drop-table :14 audit_log',
      'block destructive-sql/delete-without-where :18 sessions',
      'warn destructive-sql/drop-table :30 sessions_archive'
    ])
  })

  it('treats helpers called only from the down function as down code', async () => {
    const file = `package migrations

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigration(up001, down001)
}

func up001(tx *sql.Tx) error {
	return createTable(tx, "alpha")
}

func down001(tx *sql.Tx) error {
	return dropTable(tx, "alpha")
}

func createTable(tx *sql.Tx, name string) error {
	_, err := tx.ExecContext(context.Background(), fmt.Sprintf("CREATE TABLE %s (id INTEGER)", name))
	return err
}

func dropTable(tx *sql.Tx, name string) error {
	_, err := tx.ExecContext(context.Background(), fmt.Sprintf("DROP TABLE %s", name))
	return err
}

func truncate(tx *sql.Tx) error {
	_, err := tx.Exec("TRUNCATE alpha")
	return err
}
`
    expect(summary(await scanFiles({ 'migrations/00001_up_down.go': file }))).toEqual([
      'block destructive-sql/truncate :34 alpha',
      'warn destructive-sql/drop-table :29 _s'
    ])
  })

  it('places inline function literals by their position in AddMigration', async () => {
    const file = `package migrations

import (
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigration(func(tx *sql.Tx) error {
		_, err := tx.Exec("TRUNCATE TABLE carts")
		return err
	}, func(tx *sql.Tx) error {
		_, err := tx.Exec("DROP TABLE carts_v2")
		return err
	})
}
`
    expect(summary(await scanFiles({ 'migrations/20240305101500_carts.go': file }))).toEqual([
      'block destructive-sql/truncate :11 carts',
      'warn destructive-sql/drop-table :14 carts_v2'
    ])
  })
})
