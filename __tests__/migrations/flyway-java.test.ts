/** Flyway Java migrations (`db/migration/V3__Backfill.java`): JDBC and JdbcTemplate SQL; `U` files are undo (down). */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('Flyway Java migrations', () => {
  it('analyzes JDBC statements and text blocks in migrate()', async () => {
    const file = `package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

public class V3__Cleanup_legacy_orders extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            // statement.execute("DROP TABLE customers") is not run
            statement.execute("DROP TABLE legacy_orders");
            statement.executeUpdate("""
                DELETE FROM order_events
                """);
            statement.execute("CREATE INDEX orders_created_idx ON orders (created_at)");
        }
    }
}
`
    expect(summary(await scanFiles({ 'src/main/java/db/migration/V3__Cleanup_legacy_orders.java': file }))).toEqual([
      'block destructive-sql/drop-table :13 legacy_orders',
      'block destructive-sql/delete-without-where :15 order_events'
    ])
  })

  it('reads JdbcTemplate in Kotlin, and undo migrations as down code', async () => {
    const kotlin = `package db.migration

import org.flywaydb.core.api.migration.BaseJavaMigration
import org.flywaydb.core.api.migration.Context
import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.jdbc.datasource.SingleConnectionDataSource

class V4__Reset_plans : BaseJavaMigration() {
    override fun migrate(context: Context) {
        val jdbcTemplate = JdbcTemplate(SingleConnectionDataSource(context.connection, true))
        jdbcTemplate.update("UPDATE accounts SET plan = 'free'")
    }
}
`
    expect(summary(await scanFiles({ 'src/main/kotlin/db/migration/V4__Reset_plans.kt': kotlin }))).toEqual([
      'block destructive-sql/update-without-where :11 accounts'
    ])
    const undo = kotlin.replace('V4__Reset_plans', 'U4__Reset_plans')
    expect(summary(await scanFiles({ 'src/main/kotlin/db/migration/U4__Reset_plans.kt': undo }))).toEqual([
      'warn destructive-sql/update-without-where :11 accounts'
    ])
    expect(await scanFiles({ 'src/main/java/com/shop/OrderService.java': kotlin })).toEqual([])
  })
})
