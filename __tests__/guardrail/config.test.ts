/**
 * The config loader accepts nothing it does not apply: every mistake is exit 2 with file, line, column, key path and
 * reason, quoting key paths and never values; and a pull request adding such a file gets a blocking finding.
 */
import { execFileSync } from 'node:child_process'
import { rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/io.js'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { compileGlobs } from '../../src/config/globs.js'
import { ConfigError } from '../../src/errors.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanChange } from '../helpers/scan.js'

async function rejection(text: string | Buffer): Promise<ConfigError> {
  try {
    await parseConfig(text, '.prodguard.yml')
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('the config was accepted')
}

describe('the config loader', () => {
  const cases: Array<[string, string, { keyPath: string; line: number; column?: number; reason: RegExp; suggestion?: RegExp }]> = [
    ['an unknown rule id', 'version: 1\nrules:\n  destructive-sql/drop-tabel: warn\n', { keyPath: 'rules.destructive-sql/drop-tabel', line: 3, column: 3, reason: /unknown rule id/, suggestion: /did you mean `destructive-sql\/drop-table`\?/ }],
    ['an unknown category', 'rules:\n  destructiv-sql: warn\n', { keyPath: 'rules.destructiv-sql', line: 2, reason: /unknown category/, suggestion: /`destructive-sql`/ }],
    ['failon', 'failon: warn\n', { keyPath: 'failon', line: 1, column: 1, reason: /unknown key/, suggestion: /did you mean `failOn`\?/ }],
    ['a misspelt nested key', 'approvals:\n  required: 2\n  user: [dave]\n', { keyPath: 'approvals.user', line: 3, column: 3, reason: /unknown key/, suggestion: /did you mean `users`\?/ }],
    ['a duplicate key', 'approvals:\n  users: [dave, erin]\n  required: 2\n  users: [mallory]\n', { keyPath: 'approvals.users', line: 4, column: 3, reason: /duplicate key/ }],
    ['a merge key', 'base: &base\n  required: 2\napprovals:\n  <<: *base\n', { keyPath: 'approvals.<<', line: 4, column: 3, reason: /merge key `<<` is not supported/ }],
    ['a wrong type', 'approvals:\n  required: "two"\n', { keyPath: 'approvals.required', line: 2, column: 13, reason: /expected integer, found a string/ }],
    ['.inf as an integer', 'approvals:\n  required: .inf\n', { keyPath: 'approvals.required', line: 2, reason: /not a finite number/ }],
    ['a !!set', 'rules: !!set {a, b}\n', { keyPath: 'rules', line: 1, reason: /unsupported YAML tag `!!set`/ }],
    ['a custom tag', 'failOn: !env FAIL_ON\n', { keyPath: 'failOn', line: 1, reason: /unsupported YAML tag/ }],
    ['a !!binary', 'secrets:\n  allow: [!!binary aGk=]\n', { keyPath: 'secrets.allow[0]', line: 2, reason: /unsupported YAML tag `!!binary`/ }],
    ['an invalid regex in secrets.allow', 'secrets:\n  allow: ["^test-", "sk_(live"]\n', { keyPath: 'secrets.allow[1]', line: 2, reason: /not a valid regular expression \(Unterminated group\)/ }],
    ['invalid YAML', 'failOn: block\nrules:\n  destructive-sql: [off\n', { keyPath: 'rules.destructive-sql[0]', line: 3, reason: /invalid YAML/ }],
    ['an unresolved alias', 'approvals:\n  users: *approvers\n', { keyPath: 'approvals.users', line: 2, reason: /an alias refers to an anchor that is not defined/ }],
    ['a negated glob', 'ignore: ["!db/**"]\n', { keyPath: 'ignore[0]', line: 1, reason: /negated globs/ }],
    ['a list at the top level', '- failOn: warn\n', { keyPath: '', line: 1, reason: /expected a mapping/ }]
  ]
  it.each(cases)('rejects %s, naming where and why', async (_name, text, expected) => {
    const error = await rejection(text)
    expect(error.exitCode).toBe(2)
    expect(error.keyPath).toBe(expected.keyPath)
    expect(error.reason).toMatch(expected.reason)
    expect(error.position?.line).toBe(expected.line)
    if (expected.column !== undefined) expect(error.position?.column).toBe(expected.column)
    if (expected.suggestion) expect(error.suggestion).toMatch(expected.suggestion)
    expect(error.message).toMatch(new RegExp(`^\\.prodguard\\.yml:${expected.line}:\\d+: `))
  })

  it('rejects an alias bomb quickly, as a configuration error', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`},*${i === 1 ? 'a' : `l${i - 1}`}]`)
    levels.push('ignore: *l8')
    const started = Date.now()
    const error = await rejection(levels.join('\n') + '\n')
    expect(error.reason).toMatch(/aliases/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('rejects invalid UTF-8 with its line', async () => {
    const error = await rejection(Buffer.concat([Buffer.from('failOn: block\nignore: ["caf'), Buffer.from([0xe9]), Buffer.from('/**"]\n')]))
    expect(error.reason).toMatch(/not valid UTF-8/)
    expect(error.position?.line).toBe(2)
  })

  it('never prints a value, nor a key that looks like a credential', async () => {
    const awsKey = 'AKIAIOSFODNN7EXAMPLE'
    const keyError = await rejection(`secrets:\n  ${awsKey}: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n`)
    expect(keyError.message).not.toContain('AKIA')
    expect(keyError.message).not.toContain('wJalr')
    expect(keyError.message).toMatch(/secrets\.\(a key of 20 characters, not shown\): unknown key/)
    const valueError = await rejection('approvals:\n  users: ["ghp_abcdefghijklmnopqrstuvwxyz0123456789"]\n')
    expect(valueError.message).not.toContain('ghp_')
    const shadow = await rejection('root:$6$rounds=5000$saltsalt$Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n')
    expect(shadow.message).not.toContain('$6$')
    expect(shadow.message).not.toContain('root')
  })

  it('accepts $schema, an empty file and the init template', async () => {
    const { CONFIG_TEMPLATE } = await import('../../src/cli/init.js')
    await expect(parseConfig('$schema: https://raw.githubusercontent.com/prodguard/prodguard/main/schema/prodguard.schema.json\nfailOn: warn\n', 'x')).resolves.toMatchObject({ settings: { failOn: 'warn' } })
    await expect(parseConfig('', 'x')).resolves.toMatchObject({ file: {} })
    await expect(parseConfig(CONFIG_TEMPLATE, 'x')).resolves.toMatchObject({ file: { $schema: expect.stringContaining('prodguard.schema.json') } })
  })

  it('applies an ignore glob anchored to the root, as .gitignore does', () => {
    const ignored = compileGlobs(['/db/**', '/build'])
    expect(ignored('db/migrations/001.sql')).toBe(true)
    expect(ignored('build/out.sql')).toBe(true)
    expect(ignored('services/db/x.sql')).toBe(false)
    expect(ignored('services/build/x.sql')).toBe(false)
  })
})

describe('config files as the CLI reads them', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
  const io = (cwd: string, stderr: string[] = []): CliIO => ({ cwd, env: { PRODGUARD_NOW: '2026-11-28' }, stdout: () => undefined, stderr: (t) => void stderr.push(t), isTTY: false })
  const repo = () => {
    const r = new TempRepo()
    dirs.push(r.dir)
    r.write({ 'db/migrations/001_drop.sql': 'DROP TABLE users;\n' }).commit('base')
    return r
  }
  async function cliError(cwd: string, args: string[]): Promise<ConfigError> {
    const started = Date.now()
    const outcome = await main(args, io(cwd)).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(Date.now() - started).toBeLessThan(5000)
    expect(outcome).toBeInstanceOf(ConfigError)
    return outcome as ConfigError
  }

  it.each([['/dev/zero'], ['/dev/urandom'], ['/dev/null']])('refuses -c %s at once (exit 2)', async (device) => {
    const error = await cliError(repo().dir, ['check', '-c', device, '.'])
    expect(error.exitCode).toBe(2)
    expect(error.reason).toMatch(/is a device, not a regular file/)
  })

  it('refuses a FIFO and a folder without reading them', async () => {
    const r = repo()
    execFileSync('mkfifo', [join(r.dir, '.prodguard.yml')])
    expect((await cliError(r.dir, ['check', '.'])).reason).toMatch(/is a FIFO/)
    expect((await cliError(r.dir, ['check', '-c', 'db', '.'])).reason).toMatch(/is a folder/)
  })

  it('refuses a file over the size limit', async () => {
    const r = repo()
    writeFileSync(join(r.dir, 'big.yml'), `# ${'x'.repeat(2 << 20)}\n`)
    expect((await cliError(r.dir, ['check', '-c', 'big.yml', '.'])).reason).toMatch(/over the 1048576-byte limit/)
  })

  it('does not print the first line of a file that is not a config', async () => {
    const r = repo()
    writeFileSync(join(r.dir, 'shadow'), 'root:$6$Zx9yW8vU7tS6$rQ5pO4nM3lK2jI1hG0fE:19700:0:99999:7:::\n')
    symlinkSync(join(r.dir, 'shadow'), join(r.dir, 'linked.yml'))
    for (const path of ['shadow', 'linked.yml']) {
      const error = await cliError(r.dir, ['check', '-c', path, '.'])
      expect(error.message).not.toContain('root')
      expect(error.message).not.toContain('$6$')
    }
  })

  it('reads only the root config and says so when another is present', async () => {
    const r = repo()
    r.write({ 'services/api/db/migrations/002_drop.sql': 'DROP TABLE orders;\n', '.prodguard.yml': 'failOn: block\n', 'services/api/.prodguard.yml': 'rules:\n  destructive-sql: off\n', '.prodguard.yaml': 'failOn: never\n' }).commit('configs')
    const stderr: string[] = []
    const code = await main(['check', '--format', 'json', '.'], io(join(r.dir, 'services', 'api'), stderr))
    expect(code).toBe(1)
    expect(stderr.join('')).toContain('notice: .prodguard.yaml is not used: .prodguard.yml is read instead')
    expect(stderr.join('')).toContain("notice: services/api/.prodguard.yml is not used: prodguard reads only the repository root's .prodguard.yml")
    const loaded = await loadConfig(r.dir)
    expect(loaded.source).toBe('.prodguard.yml')
  })

  it('applies ignore: ["/db/**"] in a check', async () => {
    const r = repo()
    r.write({ '.prodguard.yml': 'ignore: ["/db/**"]\n' }).commit('ignore db')
    expect(await main(['check', '--format', 'json', '.'], io(r.dir))).toBe(0)
  })
})

describe('a .prodguard.yml that does not validate, in a pull request', () => {
  const guard = async (before: string | undefined, after: string) =>
    (await scanChange(before === undefined ? {} : { '.prodguard.yml': before }, { '.prodguard.yml': after })).filter((f) => f.file === '.prodguard.yml')

  it.each([
    ['an unknown key', 'approvals:\n  required: 2\n  users: [dave, erin]\n  user: [mallory]\n', /does not validate at `approvals.user` \(line 4\): unknown key .*did you mean `users`/],
    ['a duplicate key', 'approvals:\n  users: [dave, erin]\n  required: 2\n  users: [mallory]\n', /does not validate at `approvals.users` \(line 4\): duplicate key/],
    ['a merge key', 'strict: &strict\n  required: 2\napprovals:\n  <<: *strict\n', /does not validate at `strict` \(line 1\): unknown key|merge key/],
    ['a wrong type', 'approvals:\n  required: "2"\n', /does not validate at `approvals.required` \(line 2\): expected integer/],
    ['invalid YAML', 'rules:\n  destructive-sql: [off\n', /does not validate at `rules.destructive-sql\[0\]` \(line 2\): invalid YAML/]
  ])('flags %s as a blocking guardrail finding', async (_name, after, message) => {
    const found = await guard('approvals:\n  required: 2\n  users: [dave, erin]\n', after)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ ruleId: 'guardrail/weakened', severity: 'block', message: expect.stringMatching(message) })
  })

  it('flags it in the pull request that adds the file', async () => {
    const found = await guard(undefined, 'failon: warn\n')
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/does not validate at `failon` \(line 1\): unknown key.*did you mean `failOn`/)])
  })
})

describe('deeply nested configs', () => {
  it('are a configuration error with a short key path, not a crash', async () => {
    const flow = await rejection(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`)
    expect(flow.exitCode).toBe(2)
    expect(flow.keyPath.length).toBeLessThan(80)
    let block = 'approvals:\n'
    for (let i = 1; i <= 600; i++) block += `${'  '.repeat(i)}k${i}:\n`
    const nested = await rejection(block)
    expect(nested.keyPath).toBe('approvals.k1')
    expect(nested.reason).toMatch(/unknown key/)
  })
})
