/**
 * node-sql-parser reads the clauses the token classifier found; where it rejects a statement, or reads it wrong,
 * the finding still stands: a parse failure never turns into a missed DROP.
 */
import { describe, expect, it } from '@jest/globals'
import { mergeEffects } from '../../src/analyzers/sql/engine.js'
import { objectName } from '../../src/analyzers/sql/effects.js'
import { alwaysTrue, parseEffects, parseWithNodeSqlParser } from '../../src/analyzers/sql/parser.js'
import { parsePostgres } from '../../src/analyzers/sql/postgres-parser.js'
import { sqlAnalyzers } from '../../src/analyzers/sql/index.js'
import { lexicalProfile } from '../../src/analyzers/sql/dialect.js'
import { classifyTokens } from '../../src/analyzers/sql/token-classifier.js'
import { tokenize } from '../../src/analyzers/sql/tokens.js'
import { scanFiles } from '../helpers/scan.js'

async function rules(path: string, sql: string): Promise<string[]> {
  return (await scanFiles({ [path]: sql }, { analyzers: sqlAnalyzers })).map((f) => f.ruleId.replace('destructive-sql/', '')).sort()
}

describe('statements node-sql-parser rejects are still caught by the token classifier', () => {
  const rejected: Array<[string, 'postgresql' | 'mysql' | 'tsql' | 'sqlite', string, string[]]> = [
    ['db/migrations/001.sql', 'postgresql', 'DROP SCHEMA legacy CASCADE', ['cascade', 'drop-schema']],
    ['db/migrations/002.sql', 'postgresql', 'DROP DATABASE reporting', ['drop-database']],
    ['db/migrations/003.sql', 'postgresql', 'DROP FUNCTION IF EXISTS calc(integer)', ['drop-object']],
    ['db/migrations/004.sql', 'postgresql', 'DROP TABLE IF EXISTS ONLY_TABLE_123 CASCADE', ['cascade', 'drop-table']],
    ['db/migrations/005.sql', 'postgresql', 'ALTER TABLE a RENAME COLUMN c TO d', ['rename-column']],
    ['db/migrations/006.sql', 'postgresql', 'TRUNCATE ONLY t RESTART IDENTITY CASCADE', ['cascade', 'truncate']],
    ['db/mssql/007.sql', 'tsql', 'DELETE TOP (10) PERCENT FROM dbo.Logs OUTPUT deleted.Id', ['delete-without-where']]
  ]

  it.each(rejected)('%s: %s %s', async (path, dialect, sql, expected) => {
    // prove node-sql-parser really rejects the first ones (if a new release accepts them, the finding is still checked)
    const outcome = await parseWithNodeSqlParser(sql, dialect)
    if (path === 'db/migrations/001.sql' || path === 'db/migrations/002.sql' || path === 'db/migrations/005.sql') expect(outcome.ok).toBe(false)
    expect(await rules(path, `${sql};`)).toEqual(expected)
  })

  it('statements PostgreSQL itself rejects are still caught', async () => {
    for (const sql of ['TRUNCATE TABLE IF EXISTS audit_log', 'DELETE FROM sessions LIMIT 10']) expect(await parsePostgres(sql)).toMatchObject({ ok: false })
    expect(await rules('db/migrations/012.sql', 'TRUNCATE TABLE IF EXISTS audit_log;\nDELETE FROM sessions LIMIT 10;')).toEqual(['delete-without-where', 'truncate'])
  })

  it('keeps CASCADE that node-sql-parser misreads as a table alias', async () => {
    const outcome = await parseWithNodeSqlParser('DROP TABLE "Orders" CASCADE', 'postgresql')
    expect(outcome.ok).toBe(true)
    expect(await rules('db/migrations/010.sql', 'DROP TABLE "Orders" CASCADE;')).toEqual(['cascade', 'drop-table'])
  })

  it('does not hand huge or deeply nested clauses to the parser', async () => {
    expect(await parseEffects('DELETE FROM t WHERE a IN (' + '('.repeat(100) + '1' + ')'.repeat(100) + ')', 'postgresql', 101)).toEqual({ ok: false, reason: 'nested deeper than 48 parentheses' })
    expect((await parseEffects(`DELETE FROM t WHERE a IN (${'1,'.repeat(20_000)}1)`, 'postgresql', 1)).ok).toBe(false)
    const deep = `DELETE FROM t WHERE a = ${'('.repeat(10_000)}1${')'.repeat(10_000)};`
    expect(await rules('db/migrations/011.sql', deep)).toEqual([])
    expect(await rules('db/migrations/012.sql', `UPDATE t SET a = ${'('.repeat(10_000)}1${')'.repeat(10_000)};`)).toEqual(['update-without-where'])
  })
})

describe('the parser refines what the tokens read', () => {
  const constantConditions: Array<[string, string]> = [
    ['DELETE FROM sessions WHERE 1 IN (1, 2)', 'delete-without-where'],
    ['UPDATE users SET active = false WHERE 1 + 1 = 2', 'update-without-where'],
    ["DELETE FROM sessions WHERE 'x' LIKE '%'", 'delete-without-where'],
    ['DELETE FROM sessions WHERE 2 BETWEEN 1 AND 3', 'delete-without-where'],
    ['DELETE FROM sessions WHERE NULL IS NULL', 'delete-without-where']
  ]

  it.each(constantConditions)('the AST settles what the tokens cannot: %s', async (sql, rule) => {
    const { tokens } = tokenize(sql, lexicalProfile('postgresql'))
    const [clause] = classifyTokens(tokens, sql, new Map()).clauses
    expect(clause!.effects[0]).toMatchObject({ where: 'present' })
    expect(clause!.askParser).toBe(true)
    expect(await rules('db/migrations/020.sql', `${sql};`)).toEqual([rule])
  })

  it('does not ask the parser where its reading cannot change the outcome', () => {
    for (const sql of ['DROP TABLE users', 'DELETE FROM users', 'DELETE FROM users WHERE id = 1', 'TRUNCATE users']) {
      const { tokens } = tokenize(sql, lexicalProfile('postgresql'))
      expect(classifyTokens(tokens, sql, new Map()).clauses[0]!.askParser).toBe(false)
    }
  })

  it('PostgreSQL clauses are read by PostgreSQL\'s own parser, which node-sql-parser cannot match', async () => {
    const sql = 'ALTER TABLE IF EXISTS ONLY public.users DROP COLUMN IF EXISTS email CASCADE, DROP CONSTRAINT users_pkey, ALTER COLUMN name DROP NOT NULL, ALTER COLUMN age TYPE bigint'
    expect((await parseWithNodeSqlParser(sql, 'postgresql')).ok).toBe(false)
    const parsed = await parsePostgres(sql)
    expect(parsed).toMatchObject({
      ok: true,
      effects: [
        { kind: 'drop-column', column: 'email', cascade: true, table: { display: 'public.users' } },
        { kind: 'drop-constraint', constraint: 'users_pkey' },
        { kind: 'drop-not-null', column: 'name' },
        { kind: 'alter-column-type', column: 'age', type: 'int8' }
      ]
    })
    expect(await parsePostgres('DROP OWNED BY app_user CASCADE')).toMatchObject({ ok: true, effects: [{ kind: 'drop', object: 'owned by', cascade: true }] })
    expect(await parsePostgres('WITH gone AS (DELETE FROM jobs RETURNING id) SELECT count(*) FROM gone')).toMatchObject({ ok: true, effects: [{ kind: 'delete', where: 'none' }] })
    expect(await parsePostgres("DELETE FROM t WHERE 'on'::boolean")).toMatchObject({ ok: true, effects: [{ kind: 'delete', where: 'tautology' }] })
    expect(await parsePostgres('DELETE FROM t WHERE id = 1 OR false')).toMatchObject({ ok: true, effects: [{ kind: 'delete', where: 'present' }] })
  })

  it('node-sql-parser reads the other dialects', async () => {
    expect(await parseEffects('ALTER TABLE `t` DROP COLUMN `a`, MODIFY `b` INT', 'mysql', 1)).toMatchObject({ ok: true, effects: [{ kind: 'drop-column', column: 'a' }, { kind: 'alter-column-type', column: 'b' }] })
  })

  it('finds always-true WHERE clauses the AST shows', async () => {
    const parsed = await parseEffects("DELETE FROM t WHERE (1 = 1 AND 'x' = 'x') OR id = 4", 'postgresql', 2)
    expect(parsed).toMatchObject({ ok: true, effects: [{ kind: 'delete', where: 'tautology' }] })
    const real = await parseEffects('DELETE FROM t WHERE id = 4 AND 1 = 1', 'postgresql', 1)
    expect(real).toMatchObject({ ok: true, effects: [{ kind: 'delete', where: 'present' }] })
  })

  it('evaluates constant conditions', () => {
    const num = (value: number) => ({ type: 'number', value })
    const col = (name: string) => ({ type: 'column_ref', table: null, column: name })
    expect(alwaysTrue({ type: 'bool', value: true })).toBe(true)
    expect(alwaysTrue(num(1))).toBe(true)
    expect(alwaysTrue(num(0))).toBe(false)
    expect(alwaysTrue({ type: 'binary_expr', operator: '>', left: num(2), right: num(1) })).toBe(true)
    expect(alwaysTrue({ type: 'binary_expr', operator: '=', left: col('a'), right: col('a') })).toBe(true)
    expect(alwaysTrue({ type: 'binary_expr', operator: '=', left: col('a'), right: num(1) })).toBe(false)
    expect(alwaysTrue({ type: 'unary_expr', operator: 'NOT', expr: { type: 'bool', value: false } })).toBe(true)
  })

  it('merges two readings of the same effect into the more destructive one and adds only missing kinds', () => {
    const users = objectName(['users'])
    const fromTokens = [{ kind: 'delete' as const, name: users, where: 'present' as const }]
    const fromParser = [
      { kind: 'delete' as const, name: users, where: 'tautology' as const },
      { kind: 'delete' as const, name: objectName(['FROM']), where: 'none' as const },
      { kind: 'drop-column' as const, table: users, column: 'email', cascade: false }
    ]
    expect(mergeEffects(fromTokens, fromParser)).toEqual([
      { kind: 'delete', name: users, where: 'tautology' },
      { kind: 'drop-column', table: users, column: 'email', cascade: false }
    ])
  })
})
