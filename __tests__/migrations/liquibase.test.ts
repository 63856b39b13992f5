/** Liquibase changelogs in XML, YAML and JSON: change types, `<sql>` (split as Liquibase splits), rollback blocks. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('Liquibase XML changelogs', () => {
  it('finds destructive changes with their lines, and rollback blocks at the down severity', async () => {
    const file = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

    <!-- <dropTable tableName="customers"/> is commented out -->
    <changeSet id="20240305-1" author="alice">
        <dropForeignKeyConstraint baseTableName="orders" constraintName="fk_orders_coupon"/>
        <dropTable tableName="coupons" cascadeConstraints="true"/>
        <dropColumn tableName="orders" columnName="coupon_id"/>
        <dropColumn tableName="customers">
            <column name="fax"/>
            <column name="telex"/>
        </dropColumn>
        <rollback>
            <createTable tableName="coupons">
                <column name="id" type="bigint"/>
            </createTable>
        </rollback>
    </changeSet>

    <changeSet id="20240305-2" author="alice">
        <renameColumn tableName="customers" oldColumnName="phone" newColumnName="phone_number" columnDataType="varchar(32)"/>
        <renameTable oldTableName="basket" newTableName="cart"/>
        <modifyDataType tableName="orders" columnName="total" newDataType="decimal(10,2)"/>
        <dropNotNullConstraint tableName="orders" columnName="note" columnDataType="text"/>
        <dropView viewName="v_open_orders"/>
        <delete tableName="sessions"/>
        <delete tableName="tokens">
            <where>revoked = true</where>
        </delete>
        <update tableName="customers">
            <column name="tier" value="basic"/>
        </update>
        <rollback>
            <dropColumn tableName="customers" columnName="phone_number"/>
        </rollback>
    </changeSet>
</databaseChangeLog>
`
    expect(summary(await scanFiles({ 'src/main/resources/db/changelog/changes/20240305-drop-coupons.xml': file }))).toEqual([
      'block destructive-sql/cascade :10 coupons',
      'block destructive-sql/drop-table :10 coupons',
      'block destructive-sql/drop-column :11 orders.coupon_id',
      'block destructive-sql/drop-column :12 customers.fax',
      'block destructive-sql/drop-column :12 customers.telex',
      'block destructive-sql/delete-without-where :29 sessions',
      'block destructive-sql/update-without-where :33 customers',
      'warn destructive-sql/drop-constraint :9 orders',
      'warn destructive-sql/rename-column :24 customers.phone',
      'warn destructive-sql/rename-table :25 basket',
      'warn destructive-sql/alter-column-type :26 orders.total',
      'warn destructive-sql/drop-not-null :27 orders.note',
      'warn destructive-sql/drop-object :28 v_open_orders',
      'warn destructive-sql/drop-column :37 customers.phone_number'
    ])
  })

  it('analyzes <sql> bodies (CDATA, custom delimiters) at their lines, <sqlFile> as unreadable SQL', async () => {
    const file = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
    <changeSet id="7" author="bob">
        <sql dbms="postgresql">
            <comment>Clean up before the rewrite</comment>
            DELETE FROM job_runs;
            UPDATE jobs SET state = 'queued' WHERE state = 'running';
        </sql>
        <sql splitStatements="true" endDelimiter="\\nGO"><![CDATA[
TRUNCATE TABLE staging_rows
GO
DROP SCHEMA import_tmp CASCADE
GO
]]></sql>
        <sqlFile path="sql/cleanup.sql" relativeToChangelogFile="true"/>
        <rollback>
            <sql>DROP TABLE jobs_archive</sql>
        </rollback>
    </changeSet>
</databaseChangeLog>
`
    const findings = await scanFiles({ 'db/changelog/007-cleanup.xml': file })
    expect(summary(findings)).toEqual([
      'block destructive-sql/delete-without-where :6 job_runs',
      'block destructive-sql/truncate :10 staging_rows',
      'block destructive-sql/cascade :12 import_tmp',
      'block destructive-sql/drop-schema :12 import_tmp',
      'warn destructive-sql/drop-table :17 jobs_archive',
      'info destructive-sql/opaque-sql :15'
    ])
  })

  it('is unanalyzable when malformed, and ignores XML that is not a changelog', async () => {
    const broken = `<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="a">
    <dropTable tableName="users">
  </changeSet>
</databaseChangeLog>
`
    expect((await scanFiles({ 'db/changelog/001.xml': broken })).map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['block unanalyzable/parse-error'])
    const pom = `<project><modelVersion>4.0.0</modelVersion><description>dropTable tableName="x"</description></project>`
    expect(await scanFiles({ 'db/pom.xml': pom })).toEqual([])
  })
})

describe('Liquibase YAML and JSON changelogs', () => {
  it('reads the YAML format', async () => {
    const file = `databaseChangeLog:
  - changeSet:
      id: 20240305-1
      author: carol
      changes:
        - dropTable:
            tableName: coupons
        - dropColumn:
            tableName: customers
            columns:
              - column:
                  name: fax
        - sql:
            sql: |
              DELETE FROM sessions;
              DROP TABLE IF EXISTS cart_items CASCADE;
        - renameColumn:
            tableName: customers
            oldColumnName: phone
            newColumnName: phone_number
        - delete:
            tableName: tokens
            where: revoked = true
      rollback:
        - dropTable:
            tableName: coupons_v2
`
    expect(summary(await scanFiles({ 'src/main/resources/db/changelog/db.changelog-master.yaml': file }))).toEqual([
      'block destructive-sql/drop-table :6 coupons',
      'block destructive-sql/drop-column :8 customers.fax',
      'block destructive-sql/delete-without-where :15 sessions',
      'block destructive-sql/cascade :16 cart_items',
      'block destructive-sql/drop-table :16 cart_items',
      'warn destructive-sql/rename-column :17 customers.phone',
      'warn destructive-sql/drop-table :25 coupons_v2'
    ])
  })

  it('reads the JSON format', async () => {
    const file = `{
  "databaseChangeLog": [
    {
      "changeSet": {
        "id": "3",
        "author": "dave",
        "changes": [
          { "dropTable": { "tableName": "legacy_events", "cascadeConstraints": true } },
          { "sql": { "sql": "UPDATE accounts SET balance = 0" } },
          { "addColumn": { "tableName": "accounts", "columns": [ { "column": { "name": "note", "type": "text" } } ] } }
        ]
      }
    }
  ]
}
`
    expect(summary(await scanFiles({ 'db/changelog/changes/003-legacy.json': file }))).toEqual([
      'block destructive-sql/cascade :8 legacy_events',
      'block destructive-sql/drop-table :8 legacy_events',
      'block destructive-sql/update-without-where :9 accounts'
    ])
  })
})
