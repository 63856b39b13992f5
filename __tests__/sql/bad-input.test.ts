/**
 * Bad input gets findings or clean output, never a crash; what cannot be read as SQL is reported
 * (`unanalyzable/parse-error`), never silently passed.
 */
import { describe, expect, it } from '@jest/globals'
import { sqlAnalyzer, sqlAnalyzers } from '../../src/analyzers/sql/index.js'
import { resolveSettings } from '../../src/config/settings.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import type { AnalyzerContext } from '../../src/analyzers/analyzer.js'
import { scanFiles } from '../helpers/scan.js'

const ctx: AnalyzerContext = { settings: resolveSettings(undefined), knowledge: bundledKnowledge(), now: new Date('2026-11-28T00:00:00Z'), mode: 'check', services: {} }

async function rules(path: string, sql: string): Promise<string[]> {
  return (await scanFiles({ [path]: sql }, { analyzers: sqlAnalyzers })).map((f) => f.ruleId)
}

describe('bad input', () => {
  it('an empty file, whitespace, lone semicolons and comments are clean', async () => {
    for (const sql of ['', '   \n\n', ';;;', '-- nothing\n/* nothing */', '\uFEFF']) expect(await rules('db/migrations/001.sql', sql)).toEqual([])
  })

  it('a 1 MB single line is read, and a DROP after it is found', async () => {
    const values = Array.from({ length: 30_000 }, (_, i) => `(${i}, 'name ${i} with ; and '' quotes')`).join(',')
    const sql = `INSERT INTO people (id, name) VALUES ${values}; DROP TABLE people;`
    expect(sql.length).toBeGreaterThan(1_000_000)
    expect(await rules('db/seeds/people.sql', sql)).toEqual(['destructive-sql/drop-table'])
  })

  it('a T-SQL batch of 40,000 UPDATEs without GO is read in linear time (each one used to look at every other)', async () => {
    // the drops come first: findings past the per-file cap are counted, not listed
    const sql = `SET NOCOUNT ON\n${'UPDATE [dbo].[Orders] SET [Note] = [Flag]\nALTER TABLE [dbo].[Orders] DROP COLUMN [Flag]\n'.repeat(10_000)}${'UPDATE [dbo].[Orders] SET [Flag] = 1\n'.repeat(20_000)}GO\n`
    const started = process.hrtime.bigint()
    const found = await rules('Database/Migrations/0042_orders_batch.sql', sql)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    expect(new Set(found)).toEqual(new Set(['destructive-sql/update-without-where', 'destructive-sql/drop-column']))
    // 33 s before (quadratic over copies); well under a second now, 10 s leaves room for a loaded machine
    expect(seconds).toBeLessThan(10)
  }, 60_000)

  it('10,000 nested parentheses neither overflow nor hide the statement', async () => {
    const sql = `SELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\nDELETE FROM t WHERE x IN ${'('.repeat(10_000)}1${')'.repeat(10_000)};\nTRUNCATE t;`
    expect(await rules('db/migrations/002.sql', sql)).toEqual(['destructive-sql/truncate'])
  })

  it('unbalanced parentheses and stray END keep the rest of the file readable', async () => {
    expect(await rules('db/migrations/003.sql', 'SELECT ((1;\nEND;\nEND IF;\nDROP TABLE t;')).toEqual(['destructive-sql/drop-table'])
  })

  it('statements no parser understands are clean unless they destroy something', async () => {
    const garbage = 'FOO BAR BAZ;\nSELECT FROM WHERE;\n@@@ ### %%%;\nDROP;\nDROP TABLE;\nDELETE;\nUPDATE SET;\nALTER TABLE;\nTRUNCATE;\nEXECUTE;\nEXEC (;\nPREPARE x FROM;\nDO;'
    expect(await rules('db/migrations/004.sql', garbage)).toEqual([])
  })

  it('a string that is never closed is a parse error at the line it opens (what follows cannot be read)', async () => {
    const findings = await scanFiles({ 'db/migrations/005.sql': "SELECT 1;\nINSERT INTO t VALUES ('oops);\nDROP TABLE users;\n" }, { analyzers: sqlAnalyzers })
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual([['unanalyzable/parse-error', 2, 'block']])
    expect(findings[0]!.message).toContain('never closed')
  })

  it('an unclosed dollar quote or block comment is a parse error too', async () => {
    expect(await rules('db/migrations/006.sql', 'DO $$ BEGIN DROP TABLE t; END;')).toContain('unanalyzable/parse-error')
    expect(await rules('db/migrations/007.sql', 'SELECT 1; /* DROP TABLE t;')).toEqual(['unanalyzable/parse-error'])
  })

  it('binary-looking and control characters do not crash the engine', async () => {
    const noise = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0x2fff + 1)).join('')
    await expect(sqlAnalyzer.analyze({ path: 'db/migrations/008.sql', text: noise }, ctx)).resolves.toBeInstanceOf(Array)
  })

  it('random SQL-ish input never throws, and chunks of any size give what the whole text gives', async () => {
    const pieces = ['DROP', 'TABLE', 't', ';', "'", "''", '"', '`', '[', ']', '$$', '$a$', '--', '/*', '*/', '\n', '\r\n', 'BEGIN', 'END', 'IF', 'CASE', 'GO\n', 'DELIMITER //\n', '//', '(', ')', 'DELETE', 'FROM', 'WHERE', '1=1', 'UPDATE', 'SET', 'a=1', 'EXECUTE', 'format(', 'DO', 'CREATE', 'FUNCTION', 'AS', 'ALTER', 'COLUMN', 'CASCADE', '\\', "E'", '#', 'COPY x FROM stdin;\n', '\\.\n', ',', 'TRUNCATE', 'sp_executesql', "N'", 'PREPARE s FROM', '@v', ':=', 'RENAME', 'TO', 'MODIFY', '-- +goose Down\n', '-- migrate:up\n']
    const paths = ['db/migrations/1.sql', 'db/mysql/1.sql', 'db/mssql/1.sql', 'db/sqlite/1.sql', 'warehouse/bigquery/1.sql', 'warehouse/snowflake/1.sql']
    let seed = 2024
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    for (let n = 0; n < 400; n++) {
      let text = ''
      for (let k = 1 + Math.floor(random() * 50); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.5 ? ' ' : '')
      const path = paths[n % paths.length]!
      const whole = await sqlAnalyzer.analyze({ path, text }, ctx)
      const size = 1 + Math.floor(random() * 7)
      const chunks: string[] = []
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size))
      expect(await sqlAnalyzer.analyzeChunks!(path, chunks, ctx)).toEqual(whole)
    }
  })

  it('chunks cut anywhere give the same findings as the whole text', async () => {
    const sql = [
      "DO $$ BEGIN EXECUTE 'DROP TABLE a'; END $$;",
      "INSERT INTO t VALUES ('x;y', E'z\\'w');",
      '/* c /* d */ e */ TRUNCATE b;',
      'DELETE FROM c WHERE 1 = 1;',
      'ALTER TABLE d DROP COLUMN e;'
    ].join('\n')
    const whole = await sqlAnalyzer.analyze({ path: 'db/migrations/009.sql', text: sql }, ctx)
    expect(whole.map((d) => d.ruleId)).toEqual([
      'destructive-sql/drop-table',
      'destructive-sql/truncate',
      'destructive-sql/delete-without-where',
      'destructive-sql/drop-column'
    ])
    for (const size of [1, 2, 3, 5, 8, 13, 64]) {
      const chunks: string[] = []
      for (let i = 0; i < sql.length; i += size) chunks.push(sql.slice(i, i + size))
      expect(await sqlAnalyzer.analyzeChunks!('db/migrations/009.sql', chunks, ctx)).toEqual(whole)
    }
  })
})
