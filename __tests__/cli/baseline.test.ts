/**
 * Adopting prodguard on a repository with old problems: `prodguard baseline` records today's findings, `check`
 * reports them as baselined, new ones still block, expired entries count no more, and a pull request that grows the
 * baseline is a guardrail/weakened finding.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { TempRepo } from '../helpers/git-repo.js'
import { json, prodguard } from '../helpers/cli.js'

const repos: TempRepo[] = []
afterAll(() => repos.forEach((r) => r.cleanup()))

function legacy(): TempRepo {
  const r = new TempRepo()
  repos.push(r)
  r.write({
    'db/migrations/001_init.sql': 'CREATE TABLE users (id bigint primary key);\n',
    'db/migrations/014_cleanup.sql': 'DROP TABLE legacy_users;\nUPDATE orders SET status = \'archived\';\n'
  })
  r.commit('legacy')
  return r
}

const baselineOf = (r: TempRepo) => JSON.parse(readFileSync(join(r.dir, '.prodguard-baseline.json'), 'utf8')) as { version: number; entries: Array<Record<string, string>> }

describe('prodguard baseline', () => {
  it('records today’s findings; check then reports them as baselined and passes; new findings still block', () => {
    const r = legacy()
    expect(prodguard(r.dir, ['check']).code).toBe(1)
    const missing = prodguard(r.dir, ['baseline'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('baseline: give --reason TEXT')

    const wrote = prodguard(r.dir, ['baseline', '--reason', 'before adopting prodguard; OPS-88'])
    expect(wrote.code).toBe(0)
    expect(wrote.stdout).toContain('wrote .prodguard-baseline.json: 2 entries (2 new, 0 kept, 0 dropped: no longer found)')
    const file = baselineOf(r)
    expect(file.version).toBe(1)
    expect(file.entries.map((e) => e['ruleId']).sort()).toEqual(['destructive-sql/drop-table', 'destructive-sql/update-without-where'])
    expect(file.entries.every((e) => e['reason'] === 'before adopting prodguard; OPS-88' && e['added'] === '2026-11-28' && /^[0-9a-f]{16,64}$/.test(e['fingerprint']!))).toBe(true)

    const text = prodguard(r.dir, ['check'])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('baselined[destructive-sql/drop-table]')
    expect(text.stdout).toMatch(/= baselined in \.prodguard-baseline\.json \(line \d\): before adopting prodguard; OPS-88/)
    const report = json(prodguard(r.dir, ['check', '-f', 'json']))
    expect(report.decision).toBe('pass')
    expect(report.findings.filter((f) => f.severity === 'block').every((f) => (f.suppressed as { source: string }).source === 'baseline')).toBe(true)
    expect(report.findings.filter((f) => f.severity !== 'block').every((f) => f.suppressed === undefined)).toBe(true)

    r.write({ 'db/migrations/015_more.sql': 'DROP TABLE carts;\n' })
    const fresh = json(prodguard(r.dir, ['check', '-f', 'json']))
    expect(fresh.decision).toBe('blocked')
    expect(fresh.findings.filter((f) => f.suppressed === undefined && f.severity === 'block').map((f) => f.file)).toEqual(['db/migrations/015_more.sql'])
  })

  it('keeps the reason of entries still found, drops fixed ones, and honours an expiry', () => {
    const r = legacy()
    prodguard(r.dir, ['baseline', '--reason', 'first', '--expires', '2027-06-30'])
    r.write({ 'db/migrations/014_cleanup.sql': 'DROP TABLE legacy_users;\n' })
    const again = prodguard(r.dir, ['baseline', '--reason', 'second'])
    expect(again.stdout).toContain('1 entry (0 new, 1 kept, 1 dropped: no longer found)')
    expect(baselineOf(r).entries).toEqual([expect.objectContaining({ ruleId: 'destructive-sql/drop-table', reason: 'first', expires: '2027-06-30' })])
    expect(prodguard(r.dir, ['check']).code).toBe(0)
    const expired = prodguard(r.dir, ['check'], { PRODGUARD_NOW: '2027-07-01' })
    expect(expired.code).toBe(1)
    expect(expired.stdout).toContain('(its entry in .prodguard-baseline.json expired on 2027-06-30)')
  })

  it('a broken baseline file is exit 2 with what is wrong, never ignored', () => {
    const r = legacy()
    writeFileSync(join(r.dir, '.prodguard-baseline.json'), '{ "version": 1, "entries": [ { "fingerprint": "abc" } ] }\n')
    const run = prodguard(r.dir, ['check'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.prodguard-baseline.json: entries[0].reason: a reason is required')
  })

  it('a pull request that adds baseline entries, or extends one, is guardrail/weakened; removing entries is not', () => {
    const r = legacy()
    r.git('checkout', '-q', '-b', 'adopt')
    prodguard(r.dir, ['baseline', '--reason', 'adopting', '--expires', '2027-01-31'])
    r.git('add', '-A')
    r.commit('baseline')
    const adds = json(prodguard(r.dir, ['diff', '--base', 'main', '-f', 'json']))
    expect(adds.decision).toBe('blocked')
    const weakened = adds.findings.filter((f) => f.ruleId === 'guardrail/weakened')
    expect(weakened.map((f) => f.file)).toEqual(['.prodguard-baseline.json'])
    expect(weakened[0]!.line).toBe(4)
    expect(adds.findings.filter((f) => f.ruleId !== 'guardrail/weakened')).toEqual([])

    r.git('checkout', '-q', 'main')
    r.git('merge', '-q', 'adopt')
    r.git('checkout', '-q', '-b', 'extend')
    const file = baselineOf(r)
    file.entries[0]!['expires'] = '2027-12-31'
    writeFileSync(join(r.dir, '.prodguard-baseline.json'), `${JSON.stringify(file, null, 2)}\n`)
    r.commit('extend')
    const extended = json(prodguard(r.dir, ['diff', '--base', 'main', '-f', 'json']))
    expect(extended.findings.map((f) => f.ruleId)).toEqual(['guardrail/weakened'])

    r.git('checkout', '-q', 'main')
    r.git('checkout', '-q', '-b', 'fix')
    r.write({ 'db/migrations/014_cleanup.sql': 'SELECT 1;\n' })
    const shrunk = baselineOf(r)
    writeFileSync(join(r.dir, '.prodguard-baseline.json'), `${JSON.stringify({ version: 1, entries: [] }, null, 2)}\n`)
    expect(shrunk.entries.length).toBe(2)
    r.commit('fix')
    expect(prodguard(r.dir, ['diff', '--base', 'main']).code).toBe(0)
  })
})
