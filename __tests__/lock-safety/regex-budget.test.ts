/**
 * Every regular expression literal in src/analyzers/sql/** and src/analyzers/lock-safety/** against hostile inputs
 * of about 1 MB (one long word, one long line of spaces, a keyword repeated, unclosed quotes and parentheses, a name
 * qualified a thousand times ...) within a time budget. A pattern is first timed on 16 KB and 32 KB: when doubling
 * the input more than quadruples the time, it is superlinear, and the 1 MB run (which would not end) is not tried.
 * The patterns come from the sources themselves (TypeScript's scanner), so a new one cannot slip past. The patterns
 * built at run time (`new RegExp(String.raw...)`) are checked through the functions that use them, at the end.
 */
import { describe, expect, it } from '@jest/globals'
import { best, literals, sources, time } from '../helpers/regex-literals.js'
import { lightStatement } from '../../src/analyzers/lock-safety/postgres/light.js'
import { declaredVersions } from '../../src/analyzers/lock-safety/server-version.js'
import { readMySql } from '../../src/analyzers/lock-safety/mysql/migration.js'
import { parseVersion } from '../../src/analyzers/lock-safety/version.js'

const ROOTS = ['src/analyzers/sql', 'src/analyzers/lock-safety']

/** Hostile texts of about `size` characters. */
function inputs(size: number): Array<[string, string]> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  return [
    ['one word', fill('a')],
    ['spaces', fill(' ')],
    ['newlines', fill('\n')],
    ['words', fill('ab ')],
    ['calls', fill('f(')],
    ['call words', fill('select a(')],
    ['open parens', fill('(')],
    ['quotes', fill('"')],
    ['single quotes', fill("'")],
    ['backticks', fill('`')],
    ['qualified name', `ALTER TABLE ${fill('a.')}`],
    ['spaced dots', fill(' . ')],
    ['create table', `CREATE TABLE t ${fill('x ')}`],
    ['alter table', fill('ALTER TABLE t ADD ')],
    ['keywords', fill('DROP UPDATE SET WHERE FROM SELECT ')],
    ['insert select', `INSERT INTO t ${fill('SELECT ')}`],
    ['references', fill('REFERENCES ')],
    ['comments', fill('-- a\n')],
    ['block comment', `/*${fill('*')}`],
    ['dollar quote', fill('$a$')],
    ['image tag', fill('image: postgres:')],
    ['engine', fill('engine = "postgres" ')],
    ['equals', fill('a = ')],
    ['backslashes', fill('\\')],
    ['digits', fill('1.')]
  ]
}

function superlinear(a: number, b: number): boolean {
  return b > 3 * Math.max(a, 0.5) && b > 5
}

/** Generous for a shared 2-core machine: a linear pattern over 1 MB takes a few to a few hundred milliseconds. */
const BUDGET_MS = 3000
const SMALL = inputs(8 * 1024)
const DOUBLE = inputs(16 * 1024)
const LARGE = inputs(1024 * 1024)

const all = ROOTS.flatMap((root) => sources(root)).flatMap(literals)

describe('regular expressions of the SQL and lock-safety families', () => {
  it('are found in the sources', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  it('grow linearly on every hostile input, and run within the budget over ~1 MB of their worst one', () => {
    const slow: string[] = []
    for (const { where, pattern } of all) {
      let worst = 0
      let worstMs = -1
      for (let i = 0; i < SMALL.length; i++) {
        let a = best(pattern, SMALL[i]![1], 2)
        let b = best(pattern, DOUBLE[i]![1], 2)
        // a pause of a loaded machine (GC, another process) looks like growth once; growth repeats, so look again
        if (superlinear(a, b)) [a, b] = [best(pattern, SMALL[i]![1], 5), best(pattern, DOUBLE[i]![1], 5)]
        // superlinear: doubling the input more than triples the time (above timer noise); 1 MB would not end
        if (superlinear(a, b)) slow.push(`${where} /${pattern.source.slice(0, 60)}/ on ${SMALL[i]![0]}: ${a.toFixed(1)} ms at 8 KB, ${b.toFixed(1)} ms at 16 KB`)
        if (b > worstMs) [worst, worstMs] = [i, b]
      }
      if (slow.some((line) => line.startsWith(`${where} `))) continue
      const ms = time(pattern, LARGE[worst]![1])
      if (ms > BUDGET_MS) slow.push(`${where} /${pattern.source.slice(0, 60)}/ on ${LARGE[worst]![0]}: ${ms.toFixed(0)} ms at 1 MB`)
    }
    expect(slow).toEqual([])
  })

  it('built at run time stay within the budget through the functions that use them', () => {
    for (const [name, text] of LARGE) {
      const started = performance.now()
      lightStatement(text)
      lightStatement(`CREATE INDEX ${text}`)
      lightStatement(`CREATE TABLE ${text}`)
      lightStatement(`ALTER TABLE t ${text}`)
      declaredVersions([{ path: 'infra/main.tf', text }, { path: 'docker-compose.yml', text }, { path: 'Dockerfile', text }])
      readMySql('db/migrate/001.sql', text.slice(0, 256 * 1024), 'mysql', parseVersion('8.0', 'test')!)
      parseVersion(text, 'test')
      expect([name, performance.now() - started < BUDGET_MS * 4]).toEqual([name, true])
    }
  })
})
