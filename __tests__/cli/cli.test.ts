import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { json, noStack, notLockSafety, prodguard, tempRepos } from '../helpers/cli.js'

const repo = tempRepos()

describe('prodguard CLI (the bundled dist/cli.js)', () => {
  it('prints its version and its help', () => {
    const r = repo()
    const version = prodguard(r.dir, ['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const help = prodguard(r.dir, ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('prodguard diff --staged')
  })

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['check', '--format', 'yaml'], '--format yaml: expected one of text, compact, json, sarif, github, markdown'],
    [['check', '--fail-on', 'sometimes'], '--fail-on sometimes'],
    [['check', '--bogus'], 'check: unknown option --bogus'],
    [['check', 'no/such/dir'], 'no such file or folder: no/such/dir'],
    [['diff'], 'give --base REF'],
    [['diff', '--staged', '--base', 'main'], '--staged cannot be combined'],
    [['diff', '--base', 'nope'], '--base nope: not a commit'],
    [['plan'], 'plan: give exactly one plan file'],
    [['explain', 'destructive-sql/nope'], 'unknown rule or category "destructive-sql/nope"'],
    [['check', '--config', 'missing.yml'], 'missing.yml: (top level): file not found']
  ])('exits 2 with a message for bad usage: %j', (args, message) => {
    const r = repo({ 'a.txt': 'x' })
    r.commit('one')
    const run = prodguard(r.dir, args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    noStack(run.stderr)
  })

  it('exits 2 naming the file, key path and expectation for a bad .prodguard.yml', () => {
    const r = repo({ '.prodguard.yml': 'version: 1\napprovals:\n  required: "two"\n' })
    const run = prodguard(r.dir, ['check'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.prodguard.yml:3:13: approvals.required: expected integer, found a string')
    const yaml = repo({ '.prodguard.yml': 'rules: [unclosed\n' })
    const bad = prodguard(yaml.dir, ['check'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/\.prodguard\.yml:1:\d+: rules(\[0\])?: invalid YAML/)
    noStack(bad.stderr)
  })

  it('exits 1 on a blocking finding and 0 when nothing blocks', () => {
    const r = repo({ 'db/migrations/001_drop.sql': 'DROP TABLE users;\n', 'db/migrations/000_init.sql': 'CREATE TABLE users (id int);\n' })
    const blocked = prodguard(r.dir, ['check', '--format', 'json'])
    expect(blocked.code).toBe(1)
    const report = json(blocked)
    expect(report.decision).toBe('blocked')
    expect(report.findings.filter(notLockSafety).map((f) => [f.ruleId, f.file, f.line])).toEqual([['destructive-sql/drop-table', 'db/migrations/001_drop.sql', 1]])
    expect(prodguard(r.dir, ['check', 'db/migrations/000_init.sql']).code).toBe(0)
    expect(prodguard(r.dir, ['check', '--fail-on', 'never']).code).toBe(0)
  })

  it('honors rule levels from .prodguard.yml and --config', () => {
    const r = repo({ 'm.sql': 'DROP TABLE users;\n', 'relaxed.yml': 'rules:\n  destructive-sql/drop-table: warn\n' })
    expect(prodguard(r.dir, ['check']).code).toBe(1)
    const relaxed = prodguard(r.dir, ['check', '--config', 'relaxed.yml', '--format', 'json'])
    expect(relaxed.code).toBe(0)
    expect(json(relaxed).findings[0]!.severity).toBe('warn')
    expect(prodguard(r.dir, ['check', '--fail-on', 'warn', '--config', 'relaxed.yml']).code).toBe(1)
  })

  it('checks a repository outside the working directory with that repository\'s own config', () => {
    const other = repo({ 'db/m.sql': 'DROP TABLE users;\n', '.prodguard.yml': 'rules:\n  destructive-sql/drop-table: warn\n' })
    const here = repo({ 'README.md': '# here\n' })
    const run = prodguard(here.dir, ['check', other.dir, '--format', 'json'])
    expect(run.code).toBe(0)
    expect(json(run).findings.filter(notLockSafety).map((f) => [f.file, f.severity])).toEqual([['db/m.sql', 'warn']])
  })

  it('writes the report to --output', () => {
    const r = repo({ 'm.sql': 'TRUNCATE orders;\n' })
    const run = prodguard(r.dir, ['check', '--format', 'sarif', '--output', 'out.sarif'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(r.dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
  })

  it('diff reports only what the change adds', () => {
    const r = repo({ 'db/001.sql': 'DROP TABLE old_stuff;\n' })
    r.commit('base')
    r.git('checkout', '-q', '-b', 'feature')
    r.write({ 'db/001.sql': '-- reformatted\nDROP TABLE   old_stuff;\n', 'db/002.sql': 'DELETE FROM sessions;\n' }).commit('feature')
    const run = prodguard(r.dir, ['diff', '--base', 'main', '--head', 'feature', '--format', 'json'])
    expect(run.code).toBe(1)
    expect(json(run).findings.map((f) => [f.ruleId, f.file])).toEqual([['destructive-sql/delete-without-where', 'db/002.sql']])
    r.git('checkout', '-q', 'main')
    expect(prodguard(r.dir, ['diff', '--base', 'main', '--head', 'main']).code).toBe(0)
  })

  it('diff --staged reads the index', () => {
    const r = repo({ 'a.sql': 'select 1;\n' })
    r.commit('base')
    r.write({ 'a.sql': 'DROP DATABASE shop;\n' })
    expect(prodguard(r.dir, ['diff', '--staged']).code).toBe(0)
    r.git('add', 'a.sql')
    const run = prodguard(r.dir, ['diff', '--staged', '--format', 'json'])
    expect(run.code).toBe(1)
    expect(json(run).findings.map((f) => f.ruleId)).toContain('destructive-sql/drop-database')
  })

  it('reports a suppressed finding as suppressed, and it does not block', () => {
    const r = repo({ 'm.sql': '-- prodguard-ignore destructive-sql/drop-table -- archived in OPS-1\nDROP TABLE legacy;\n' })
    const run = prodguard(r.dir, ['check', '--format', 'json'])
    expect(run.code).toBe(0)
    expect(json(run).findings.find((f) => f.ruleId === 'destructive-sql/drop-table')!.suppressed).toMatchObject({ reason: 'archived in OPS-1' })
  })

  it('never crashes on bad files: binary, bad encoding, empty, a 1 MB line, deep nesting', () => {
    const r = repo({
      'db/bin.sql': Buffer.from([0x00, 0x01, 0x02, 0x44]),
      'db/latin1.sql': Buffer.from('DROP TABLE caf\xe9;\n', 'latin1'),
      'db/empty.sql': '',
      'db/long.sql': `SELECT '${'x'.repeat(1 << 20)}';\nDROP TABLE after_long_line;\n`,
      'db/deep.sql': `SELECT ${'('.repeat(10000)}1${')'.repeat(10000)};\nTRUNCATE deep;\n`,
      'db/utf16.sql': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('DROP TABLE wide;\r\n', 'utf16le')])
    })
    const run = prodguard(r.dir, ['check', '--format', 'json'])
    noStack(run.stderr)
    expect(run.code).toBe(1)
    const found = json(run).findings.map((f) => `${f.file} ${f.ruleId}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'db/bin.sql unanalyzable/binary',
        'db/latin1.sql unanalyzable/encoding',
        'db/long.sql destructive-sql/drop-table',
        'db/deep.sql destructive-sql/truncate',
        'db/utf16.sql destructive-sql/drop-table'
      ])
    )
    expect(found.filter((f) => f.startsWith('db/empty.sql'))).toEqual([])
  })

  it('explain prints a rule page, and lists the rules without an id', () => {
    const r = repo()
    const page = prodguard(r.dir, ['explain', 'destructive-sql/drop-table'])
    expect(page.code).toBe(0)
    expect(page.stdout.startsWith('# destructive-sql/drop-table')).toBe(true)
    const list = prodguard(r.dir, ['explain'])
    expect(list.stdout).toContain('destructive-sql/truncate')
  })

  it('init writes the config and the workflow, and refuses to overwrite without --force', () => {
    const r = repo()
    const run = prodguard(r.dir, ['init'])
    expect(run.code).toBe(0)
    expect(existsSync(join(r.dir, '.prodguard.yml'))).toBe(true)
    expect(readFileSync(join(r.dir, '.github/workflows/prodguard.yml'), 'utf8')).toContain('statuses: write')
    // the written config is valid
    expect(prodguard(r.dir, ['check']).code).toBe(0)
    expect(prodguard(r.dir, ['init']).code).toBe(2)
    writeFileSync(join(r.dir, '.prodguard.yml'), 'x: 1\n')
    expect(prodguard(r.dir, ['init', '--force']).code).toBe(0)
    rmSync(join(r.dir, '.prodguard.yml'))
  })
})
