/**
 * `analyzeEmbeddedSql`: the contract the framework-migration analyzers call for SQL held in strings
 * (RunSQL, op.execute, queryRunner.query, migrationBuilder.Sql ...). Positions are in the host file.
 */
import { describe, expect, it } from '@jest/globals'
import type { AnalyzerContext } from '../../src/analyzers/analyzer.js'
import { analyzeEmbeddedSql } from '../../src/analyzers/sql/index.js'
import { resolveSettings, type ConfigFile } from '../../src/config/settings.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'

function context(config?: ConfigFile): AnalyzerContext {
  return { settings: resolveSettings(config), knowledge: bundledKnowledge(), now: new Date('2026-11-28T00:00:00Z'), mode: 'check', services: {} }
}

describe('analyzeEmbeddedSql', () => {
  it('maps positions into the host file: the first line from the given column, later lines from column 1', async () => {
    // queryRunner.query(`ALTER TABLE "user" DROP COLUMN "age"`) at line 12, the string's text starting at column 34
    const sql = 'UPDATE "user" SET "name" = NULL;\n      DROP TABLE "post"'
    const detections = await analyzeEmbeddedSql(sql, { path: 'src/migrations/1700000000000-Cleanup.ts', line: 12, column: 34, section: 'up', context: 'queryRunner.query' }, context())
    expect(detections.map((d) => [d.ruleId, d.line, d.column, d.severity])).toEqual([
      ['destructive-sql/update-without-where', 12, 34, undefined],
      ['destructive-sql/drop-table', 13, 7, undefined]
    ])
    expect(detections[1]!.message).toBe('DROP TABLE "post" deletes the table and every row in it (in queryRunner.query)')
    expect(detections[1]!.identity).toContain('drop table "post"')
  })

  it('gives down sections the configured level, and nothing at all when it is off', async () => {
    const options = { path: 'app/migrations/0007_drop.py', line: 20, column: 9, section: 'down' as const, context: 'RunSQL reverse_sql' }
    const warn = await analyzeEmbeddedSql('DROP TABLE app_user', options, context())
    expect(warn.map((d) => [d.ruleId, d.severity])).toEqual([['destructive-sql/drop-table', 'warn']])
    expect(await analyzeEmbeddedSql('DROP TABLE app_user', options, context({ sql: { downMigrations: 'off' } }))).toEqual([])
  })

  it('uses the dialect the framework says, else the configured one, else detection', async () => {
    const mysql = await analyzeEmbeddedSql("DELETE FROM logs WHERE note = 'a\\'; DROP TABLE x; --'", { path: 'database/migrations/2024_01_01_000000_x.php', line: 3, column: 1, section: 'up', dialect: 'mysql' }, context())
    expect(mysql).toEqual([])
    const tsql = await analyzeEmbeddedSql('DELETE FROM [dbo].[Logs]\nGO\nDROP TABLE [dbo].[Old]', { path: 'Migrations/20240101_Cleanup.cs', line: 30, column: 35, section: 'up', dialect: 'tsql', context: 'migrationBuilder.Sql' }, context())
    expect(tsql.map((d) => [d.ruleId, d.line])).toEqual([
      ['destructive-sql/delete-without-where', 30],
      ['destructive-sql/drop-table', 32]
    ])
  })

  it('reads dynamic SQL inside the string too', async () => {
    const sql = "DO $$ BEGIN EXECUTE 'TRUNCATE ' || quote_ident('events'); END $$"
    const detections = await analyzeEmbeddedSql(sql, { path: 'alembic/versions/abc123_purge.py', line: 15, column: 16, section: 'up', context: 'op.execute' }, context())
    expect(detections.map((d) => [d.ruleId, d.line])).toEqual([['destructive-sql/truncate', 15]])
    expect(detections[0]!.message).toContain('(in EXECUTE in DO block, op.execute)')
  })

  it('reports SQL whose string never closes: what follows the quote cannot be read', async () => {
    const detections = await analyzeEmbeddedSql("UPDATE users SET name = 'x WHERE id = 1;\nDROP TABLE users", { path: 'app/migrations/0008_fix.py', line: 9, column: 21, section: 'up', context: 'RunSQL' }, context())
    // the WHERE is inside the open string: the UPDATE as written has none
    expect(detections.map((d) => [d.ruleId, d.line])).toEqual([
      ['unanalyzable/parse-error', 9],
      ['destructive-sql/update-without-where', 9]
    ])
  })

  it('is clean for safe SQL and for text that is not SQL', async () => {
    const options = { path: 'db/migrate/20240101000000_add_index.rb', line: 4, column: 13, section: 'up' as const }
    expect(await analyzeEmbeddedSql('CREATE INDEX CONCURRENTLY index_users_on_email ON users (email)', options, context())).toEqual([])
    expect(await analyzeEmbeddedSql('', options, context())).toEqual([])
    expect(await analyzeEmbeddedSql('just some words, drop it', options, context())).toEqual([])
  })
})
