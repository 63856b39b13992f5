/**
 * The CLI as a new user meets it: per-command help, usage errors that suggest what was meant, explain with
 * categories and JSON, --verbose, a named path that is ignored, plain output for dumb terminals, the compact format.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { json, noStack, notLockSafety, prodguard, tempRepos } from '../helpers/cli.js'

const repo = tempRepos()

describe('help', () => {
  it.each([
    [['check', '--help'], 'Usage: prodguard check [options] [PATH...]'],
    [['check', '-h', '--bogus'], 'Usage: prodguard check'],
    [['diff', '--help'], 'Usage: prodguard diff --base REF'],
    [['plan', '--help'], 'Usage: prodguard plan [options] FILE'],
    [['help', 'check'], 'Usage: prodguard check'],
    [['help', 'diff'], '--from-ref, --to-ref'],
    [['explain', '--help'], 'Usage: prodguard explain'],
    [['data', '--help'], 'Usage: prodguard data refresh'],
    [['data', 'refresh', '--help'], 'Usage: prodguard data refresh'],
    [['init', '--help'], 'Usage: prodguard init'],
    [['pre-commit', '--help'], 'Usage: prodguard pre-commit'],
    [['baseline', '--help'], 'Usage: prodguard baseline --reason TEXT'],
    [['--help'], '--color, --no-color']
  ])('%j prints the command’s help, exit 0, and writes nothing', (args, first) => {
    const r = repo()
    const run = prodguard(r.dir, args)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(first)
    expect(run.stderr).toBe('')
    expect(readdirSync(r.dir).filter((f) => f !== '.git')).toEqual([])
    expect(existsSync(join(r.dir, '.prodguard.yml'))).toBe(false)
  })

  it('documents the formats and --verbose in every scanning command’s help', () => {
    const r = repo()
    for (const command of ['check', 'diff', 'plan']) {
      const page = prodguard(r.dir, [command, '--help']).stdout
      expect(page).toContain('text (default), compact, json, sarif, github, markdown')
      expect(page).toContain('--verbose')
      expect(page).toContain('TERM=dumb or NO_COLOR')
    }
  })
})

describe('usage errors', () => {
  it.each([
    [['chek'], 'unknown command "chek"', 'did you mean `prodguard check`?'],
    [['explian'], 'unknown command "explian"', 'did you mean `prodguard explain`?'],
    [['--fromat', 'json'], 'unknown command "--fromat"', 'options come after the command'],
    [['check', '--fromat', 'json'], 'check: unknown option --fromat', 'did you mean `--format`?'],
    [['check', '--quite'], 'check: unknown option --quite', 'did you mean `--quiet`?'],
    [['diff', '--stagd'], 'diff: unknown option --stagd', 'did you mean `--staged`?'],
    [['check', '-x'], 'check: unknown option -x', 'see `prodguard check --help`'],
    [['check', '--format'], 'check: --format needs a value', 'see `prodguard check --help`'],
    [['check', '--quiet=yes'], 'check: --quiet takes no value', ''],
    [['check', '-f', 'jsno'], '--format jsno: expected one of', 'did you mean `--format json`?'],
    [['check', '--fail-on', 'blocks'], '--fail-on blocks: expected block, warn or never', 'did you mean `--fail-on block`?'],
    [['diff', '--staged', 'extra'], 'diff: unexpected argument "extra"', ''],
    [['diff', 'main..HEAD'], 'diff: unexpected argument "main..HEAD"', 'did you mean `--base main --head HEAD`?'],
    [['diff', 'v1.2...feature/x'], 'diff: unexpected argument "v1.2...feature/x"', 'did you mean `--base v1.2 --head feature/x`?'],
    [['help', 'chekc'], 'help: unknown command "chekc"', 'did you mean `prodguard help check`?'],
    [['data'], 'data: which data command?', 'did you mean `prodguard data refresh`?'],
    [['explain', 'drop-tabel'], 'explain: unknown rule or category "drop-tabel"', 'did you mean `destructive-sql/drop-table`?'],
    [['explain', 'destructive-sql/drop-tabel'], 'unknown rule or category "destructive-sql/drop-tabel"', 'did you mean `destructive-sql/drop-table`?'],
    [['explain', '--format', 'yaml', 'secret'], 'explain: --format yaml: expected text or json', '']
  ])('%j: exit 2, prodguard’s own words and a suggestion', (args, message, suggestion) => {
    const r = repo({ 'a.txt': 'x' })
    r.commit('one')
    const run = prodguard(r.dir, args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(run.stderr).toContain(suggestion)
    expect(run.stderr).not.toMatch(/Unknown option|ERR_PARSE_ARGS|To specify a positional/)
    noStack(run.stderr)
  })
})

describe('explain', () => {
  it('prints several pages, a whole category, and JSON', () => {
    const r = repo()
    const two = prodguard(r.dir, ['explain', 'destructive-sql/drop-table', 'secret/aws-key'])
    expect(two.code).toBe(0)
    expect(two.stdout.match(/^# (destructive-sql\/drop-table|secret\/aws-key)$/gm)).toEqual(['# destructive-sql/drop-table', '# secret/aws-key'])
    const category = prodguard(r.dir, ['explain', 'destructive-sql'])
    const list = prodguard(r.dir, ['explain']).stdout.split('\n').filter((l) => l.startsWith('destructive-sql/'))
    expect(category.stdout.match(/^# destructive-sql\/.+$/gm)).toHaveLength(list.length)
    const one = JSON.parse(prodguard(r.dir, ['explain', '--format', 'json', 'destructive-sql/drop-table']).stdout)
    expect(one).toMatchObject({ id: 'destructive-sql/drop-table', category: 'destructive-sql', severity: 'block' })
    expect(one.page).toMatch(/^# destructive-sql\/drop-table/)
    const all = JSON.parse(prodguard(r.dir, ['explain', '-f', 'json']).stdout) as Array<{ id: string }>
    expect(all.map((x) => x.id)).toContain('secret/aws-key')
    expect(all.length).toBeGreaterThan(20)
    const some = JSON.parse(prodguard(r.dir, ['explain', 'drop-table', 'secret', '--format', 'json']).stdout) as Array<{ id: string }>
    expect(some[0]!.id).toBe('destructive-sql/drop-table')
    expect(some.slice(1).every((x) => x.id.startsWith('secret/'))).toBe(true)
  })
})

describe('scanning commands', () => {
  it('--verbose says on stderr what was scanned, what was skipped and why, and the timings; stdout stays the report', () => {
    const r = repo({ 'db/001.sql': 'DROP TABLE users;\n', 'README.md': '# x\n', 'vendor/x.sql': 'DROP TABLE v;\n', '.prodguard.yml': 'version: 1\nignore: ["vendor/**"]\n' })
    const run = prodguard(r.dir, ['check', '--verbose', '--format', 'json'])
    expect(run.code).toBe(1)
    expect(json(run).findings.filter(notLockSafety).map((f) => f.file)).toEqual(['db/001.sql'])
    expect(run.stderr).toMatch(/^prodguard: repository root .+; config \.prodguard\.yml/m)
    expect(run.stderr).toMatch(/^prodguard: scanned db\/001\.sql \(.*sql.*; 18 B, [\d.]+ ms\)$/m)
    expect(run.stderr).toContain('prodguard: skipped vendor/x.sql: matched by `ignore` in the config')
    expect(run.stderr).toMatch(/^prodguard: timings: config \d+ ms, listing \d+ ms, analysis \d+ ms, report \d+ ms; total \d+ ms$/m)
    const quiet = prodguard(r.dir, ['check', '--format', 'json'])
    expect(quiet.stderr).toBe('')
  })

  it('says when a path named on the command line is ignored, and does not pass as if it had looked', () => {
    const r = repo({ '.gitignore': 'node_modules/\nbuild/\n', 'node_modules/pkg/drop.sql': 'DROP TABLE x;\n', 'db/001.sql': 'SELECT 1;\n', 'vendor/a.sql': 'DROP TABLE a;\n', '.prodguard.yml': 'version: 1\nignore: ["vendor/**"]\n' })
    r.commit('one')
    const ignored = prodguard(r.dir, ['check', 'node_modules'])
    expect(ignored.code).toBe(2)
    expect(ignored.stdout).not.toContain('No findings')
    expect(ignored.stderr).toContain('node_modules is ignored by .gitignore: nothing in it was scanned')
    const config = prodguard(r.dir, ['check', 'vendor'])
    expect(config.code).toBe(2)
    expect(config.stderr).toContain('vendor is matched by `ignore` in the config')
    const mixed = prodguard(r.dir, ['check', 'db', 'node_modules'])
    expect(mixed.code).toBe(0)
    expect(mixed.stdout).toContain('No findings: 1 file')
    expect(mixed.stderr).toContain('prodguard: note: node_modules is ignored by .gitignore')
    expect(prodguard(r.dir, ['check']).stderr).toBe('')
  })

  it('prints plain text for TERM=dumb, NO_COLOR and pipes, and colors when asked', () => {
    const r = repo({ 'db/001.sql': 'DROP TABLE users;\n' })
    const ESC = '\u001b['
    expect(prodguard(r.dir, ['check']).stdout).not.toContain(ESC)
    expect(prodguard(r.dir, ['check'], { FORCE_COLOR: '1' }).stdout).toContain(ESC)
    expect(prodguard(r.dir, ['check'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC)
    expect(prodguard(r.dir, ['check', '--color'], { TERM: 'dumb' }).stdout).toContain(ESC)
    expect(prodguard(r.dir, ['check', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC)
  })

  it('underlines the offending span of the real file and wraps to COLUMNS', () => {
    const r = repo({ 'db/migrations/001_drop.sql': 'SELECT 1;\n  DROP TABLE legacy_users_with_a_very_long_name_for_wrapping;\n' })
    const run = prodguard(r.dir, ['check'], { COLUMNS: '60' })
    const lines = run.stdout.split('\n')
    const at = lines.findIndex((l) => l.includes(' | DROP TABLE legacy_users'))
    expect(lines[at]).toBe('2 | DROP TABLE legacy_users_with_a_very_long_name_for_wrapp…')
    expect(lines[at + 1]).toMatch(/^ {2}\| \^{10,}/)
    expect(lines.filter((l) => l.length > 60 && l.includes(' ') && !l.includes(' | '))).toEqual([])
  })

  it('--format compact prints file:line:col: severity rule message', () => {
    const r = repo({ 'db/001.sql': 'SELECT 1;\nDROP TABLE users;\n', '.prodguard.yml': 'rules:\n  lock-safety: off\n' })
    const run = prodguard(r.dir, ['check', '-f', 'compact'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^db\/001\.sql:2:1: error destructive-sql\/drop-table .+\n$/)
  })

  it('with more findings than GitHub takes: SARIF keeps 25,000 and says so on stderr; markdown stays under 1 MiB', () => {
    const files: Record<string, string> = {}
    for (const n of [1, 2, 3]) files[`db/migrations/00${n}_drop.sql`] = Array.from({ length: 9000 }, (_, i) => `DROP TABLE t${n}_${i};`).join('\n')
    const r = repo({ ...files, '.prodguard.yml': 'rules:\n  lock-safety: off\n' })
    const sarif = prodguard(r.dir, ['check', '--format', 'sarif'])
    expect(sarif.code).toBe(1)
    expect((JSON.parse(sarif.stdout) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(25_000)
    expect(sarif.stderr).toBe('prodguard: the SARIF file holds the 25,000 most severe of 27,000 findings (GitHub code scanning rejects more); `--format json` lists them all.\n')
    const markdown = prodguard(r.dir, ['check', '--format', 'markdown'])
    expect(Buffer.byteLength(markdown.stdout)).toBeLessThanOrEqual(1024 * 1024)
    expect(markdown.stdout).toMatch(/> Left out to stay under \d+ bytes: \d+ blocking findings/)
  }, 120_000)
})
