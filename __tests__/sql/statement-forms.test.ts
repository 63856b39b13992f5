/**
 * Statement forms the token classifier used to miss: an ALTER TABLE whose first action opens the next line,
 * ClickHouse mutations, and CASCADE on objects named by a signature or a symbol.
 */
import { describe, expect, it } from '@jest/globals'
import { sqlAnalyzers } from '../../src/analyzers/sql/index.js'
import { scanFiles } from '../helpers/scan.js'

async function found(path: string, sql: string): Promise<string[]> {
  const findings = await scanFiles({ [path]: sql }, { analyzers: sqlAnalyzers })
  return findings.map((f) => `${f.severity} ${f.ruleId.replace('destructive-sql/', '')} :${f.line}`).sort()
}

type Row = [path: string, sql: string, expected: string[]]

const flagged: Row[] = [
  ['db/migrations/20240301_drop_legacy.sql', 'ALTER TABLE users\n  DROP legacy;', ['block drop-column :1']],
  ['db/migrations/20240302_drop_coupon.sql', 'ALTER TABLE `orders`\nDROP `coupon`;', ['block drop-column :1']],
  ['db/migrations/20240303_drop_cols.sql', 'ALTER TABLE users\n  DROP COLUMN a,\n  DROP b;', ['block drop-column :1', 'block drop-column :1']],
  ['db/migrations/20240304_nullable.sql', 'ALTER TABLE users\n  ALTER email DROP NOT NULL;', ['warn drop-not-null :1']],
  ['db/migrations/20240305_nullable.sql', 'ALTER TABLE users ALTER email\n  DROP NOT NULL;', ['warn drop-not-null :1']],
  ['clickhouse/migrations/0007_purge.sql', 'ALTER TABLE events ON CLUSTER main DELETE WHERE 1;', ['block delete-without-where :1']],
  ['clickhouse/migrations/0008_purge.sql', 'ALTER TABLE analytics.events DELETE WHERE 1 = 1;', ['block delete-without-where :1']],
  ['clickhouse/migrations/0009_reset.sql', 'ALTER TABLE events UPDATE score = 0 WHERE 1;', ['block update-without-where :1']],
  ['db/migrations/20240306_opclass.sql', 'DROP OPERATOR CLASS gist_ops USING gist CASCADE;', ['block cascade :1', 'warn drop-object :1']],
  ['db/migrations/20240307_opfamily.sql', 'DROP OPERATOR FAMILY IF EXISTS int_ops USING btree CASCADE;', ['block cascade :1', 'warn drop-object :1']],
  ['db/migrations/20240308_index.sql', 'DROP INDEX IF EXISTS idx_users_email CASCADE;', ['block cascade :1', 'warn drop-object :1']],
  ['db/migrations/20240309_cast.sql', 'DROP CAST IF EXISTS (text AS money_amount) CASCADE;', ['block cascade :1', 'warn drop-object :1']],
  // CockroachDB names an index after its table: `table@index`
  ['persistence/sql/migrations/sql/20230216142104000000_session_devices_index_drop.cockroach.up.sql', 'DROP INDEX IF EXISTS session_devices@unique_session_device CASCADE;', ['block cascade :1', 'warn drop-object :1']],
  ['db/migrations/20240310_operator.sql', 'DROP OPERATOR === (integer, integer) CASCADE;', ['block cascade :1', 'warn drop-object :1']],
  ['db/migrations/20240311_operator.sql', 'DROP OPERATOR IF EXISTS public.<-> (point, point) CASCADE;', ['block cascade :1', 'warn drop-object :1']]
]

const clean: Row[] = [
  ['db/migrations/20240320_add.sql', 'ALTER TABLE users\n  ADD COLUMN nickname text;', []],
  ['clickhouse/migrations/0010_purge_old.sql', "ALTER TABLE events ON CLUSTER main DELETE WHERE created_at < now() - INTERVAL 90 DAY;", []],
  ['clickhouse/migrations/0011_fix.sql', 'ALTER TABLE events UPDATE score = 0 WHERE score < 0;', []],
  ['db/migrations/20240321_opclass.sql', 'DROP OPERATOR CLASS gist_ops USING gist;', ['warn drop-object :1']],
  ['db/migrations/20240322_cast.sql', 'DROP CAST (text AS money_amount);', ['warn drop-object :1']],
  ['persistence/sql/migrations/sql/20230216142105000000_sessions_index_drop.cockroach.up.sql', 'DROP INDEX sessions@sessions_token_idx;', ['warn drop-object :1']]
]

describe('statement forms', () => {
  it.each(flagged)('%s is flagged', async (path, sql, expected) => {
    expect(await found(path, sql)).toEqual(expected.sort())
  })
  it.each(clean)('%s is not blocked', async (path, sql, expected) => {
    expect(await found(path, sql)).toEqual(expected.sort())
  })

  it('a T-SQL batch still ends the ALTER at a statement on the next line', async () => {
    const sql = 'ALTER TABLE dbo.Orders ADD Notes nvarchar(200) NULL\nDROP TABLE dbo.OrderArchive\nGO\n'
    expect(await found('Database/Migrations/0042_archive.sql', sql)).toEqual(['block drop-table :2'])
  })
})
