/**
 * SQL that runs from a string: DO blocks and PL/pgSQL function bodies, `EXECUTE '...'` / `EXECUTE format(...)`,
 * T-SQL `EXEC('...')` and `sp_executesql`, MySQL `PREPARE ... FROM`. The string is analyzed as SQL, with the
 * position of the statement inside it.
 */
import { describe, expect, it } from '@jest/globals'
import { sqlAnalyzers } from '../../src/analyzers/sql/index.js'
import { scanFiles } from '../helpers/scan.js'

async function found(path: string, sql: string): Promise<Array<[string, number, string]>> {
  const findings = await scanFiles({ [path]: sql }, { analyzers: sqlAnalyzers })
  return findings.map((f) => [f.ruleId.replace('destructive-sql/', ''), f.line, f.message] as [string, number, string]).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
}

describe('dynamic SQL', () => {
  it('reads the body of a DO block', async () => {
    const sql = ['DO $$', 'BEGIN', '  IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = \'legacy\') THEN', '    DROP TABLE legacy;', '  END IF;', 'END', '$$;'].join('\n')
    const got = await found('db/migrations/001_do.sql', sql)
    expect(got.map(([r, l]) => [r, l])).toEqual([['drop-table', 4]])
    expect(got[0]![2]).toBe('DROP TABLE "legacy" deletes the table and every row in it (in DO block)')
  })

  it('reads EXECUTE strings, format() templates and concatenations in DO blocks', async () => {
    const sql = [
      'DO $do$',
      'DECLARE r record;',
      'BEGIN',
      "  EXECUTE 'TRUNCATE TABLE audit_log';",
      "  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'tmp' LOOP",
      "    EXECUTE format('DROP TABLE IF EXISTS %I.%I CASCADE', 'tmp', r.tablename);",
      '  END LOOP;',
      "  EXECUTE 'DELETE FROM ' || quote_ident('sessions');",
      "  EXECUTE 'DELETE FROM jobs WHERE id = ' || 5;",
      'END',
      '$do$;'
    ].join('\n')
    const got = await found('db/migrations/002_do.sql', sql)
    expect(got.map(([r, l]) => [r, l])).toEqual([
      ['truncate', 4],
      ['cascade', 6],
      ['drop-table', 6],
      ['delete-without-where', 8]
    ])
    expect(got[2]![2]).toBe('DROP TABLE (a name computed at run time) deletes the table and every row in it (in EXECUTE in DO block)')
  })

  it('reads a variable holding SQL that EXECUTE runs', async () => {
    const sql = ['DO $$', 'DECLARE stmt text;', 'BEGIN', "  stmt := 'DROP SCHEMA ' || quote_ident('old') || ' CASCADE';", '  EXECUTE stmt;', 'END $$;'].join('\n')
    expect((await found('db/migrations/003_do.sql', sql)).map(([r]) => r)).toEqual(['cascade', 'drop-schema'])
  })

  it('reads PL/pgSQL function bodies, tagged dollar quotes and quoted bodies', async () => {
    const sql = [
      'CREATE OR REPLACE FUNCTION purge_sessions() RETURNS void LANGUAGE plpgsql AS $fn$',
      'BEGIN',
      '  DELETE FROM sessions;',
      "  EXECUTE 'UPDATE users SET token = NULL';",
      'END;',
      '$fn$;',
      "CREATE FUNCTION wipe() RETURNS void AS 'TRUNCATE cache' LANGUAGE sql;",
      'CREATE FUNCTION py() RETURNS void AS $$ plpy.execute("DROP TABLE x") $$ LANGUAGE plpython3u;'
    ].join('\n')
    expect((await found('db/migrations/004_fn.sql', sql)).map(([r, l]) => [r, l])).toEqual([
      ['delete-without-where', 3],
      ['update-without-where', 4],
      ['truncate', 7]
    ])
  })

  it('reads T-SQL EXEC strings and sp_executesql, literal or through a variable', async () => {
    const sql = [
      "EXEC('DROP TABLE dbo.Legacy')",
      'GO',
      "EXEC sp_executesql N'DELETE FROM dbo.Sessions'",
      'GO',
      "DECLARE @sql NVARCHAR(MAX) = N'TRUNCATE TABLE dbo.' + QUOTENAME(@t)",
      'EXEC sp_executesql @sql',
      'GO',
      "EXECUTE sp_executesql @stmt = N'UPDATE dbo.Users SET Active = 0 WHERE Id = @id', @params = N'@id int', @id = 1",
      'GO'
    ].join('\n')
    expect((await found('db/mssql/V5__dynamic.sql', sql)).map(([r, l]) => [r, l])).toEqual([
      ['drop-table', 1],
      ['delete-without-where', 3],
      ['truncate', 6]
    ])
  })

  it('reads MySQL PREPARE ... FROM a string or a user variable', async () => {
    const sql = [
      "PREPARE s1 FROM 'DROP TABLE users';",
      "SET @ddl = CONCAT('ALTER TABLE ', @t, ' DROP COLUMN legacy');",
      'PREPARE s2 FROM @ddl;',
      'EXECUTE s2;',
      "PREPARE s3 FROM 'SELECT * FROM users WHERE id = ?';"
    ].join('\n')
    expect((await found('db/mysql/0007_dynamic.sql', sql)).map(([r, l]) => [r, l])).toEqual([
      ['drop-table', 1],
      ['drop-column', 3]
    ])
  })

  it('reads Snowflake and BigQuery EXECUTE IMMEDIATE', async () => {
    expect((await found('warehouse/snowflake/V2__cleanup.sql', "EXECUTE IMMEDIATE 'TRUNCATE TABLE raw.events';")).map(([r]) => r)).toEqual(['truncate'])
    expect((await found('warehouse/bigquery/cleanup.sql', 'EXECUTE IMMEDIATE "DELETE FROM `p.d.t` WHERE true";')).map(([r]) => r)).toEqual(['delete-without-where'])
  })

  it('reads SQL nested in SQL a few levels deep; past six levels it says it cannot (fail closed)', async () => {
    // each level doubles the quotes of the string it sits in
    const nest = (sql: string, levels: number): string => {
      let out = sql
      for (let k = 0; k < levels; k++) out = `EXECUTE '${out.replace(/'/g, "''")}'`
      return `DO $$ BEGIN ${out}; END $$;`
    }
    expect((await found('db/migrations/006_nested.sql', nest('DROP TABLE deep', 3))).map(([r]) => r)).toEqual(['drop-table'])
    const tooDeep = await scanFiles({ 'db/migrations/007_nested.sql': nest('DROP TABLE deeper', 12) }, { analyzers: sqlAnalyzers })
    expect(tooDeep.map((f) => [f.ruleId, f.severity])).toEqual([['unanalyzable/parse-error', 'block']])
    expect(tooDeep[0]!.message).toContain('nested more than 6 levels')
  })

  it('stays clean for safe dynamic SQL and for triggers that EXECUTE FUNCTION', async () => {
    const sql = [
      "DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON t (a)'; END $$;",
      "DO $$ BEGIN EXECUTE format('DELETE FROM %I WHERE created_at < now() - interval ''1 day''', 'jobs'); END $$;",
      'CREATE TRIGGER trg AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION audit_delete();',
      'PREPARE plan1 (int) AS SELECT * FROM users WHERE id = $1;',
      'EXECUTE plan1(1);'
    ].join('\n')
    expect(await found('db/migrations/005_safe.sql', sql)).toEqual([])
  })
})
