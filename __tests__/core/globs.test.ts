import { describe, expect, it } from '@jest/globals'
import { minimatch } from 'minimatch'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { compileGlobs, globRegExp, lookupKey, matchGlob, requiredLiteral } from '../../src/config/globs.js'

describe('globs', () => {
  it.each([
    ['**/.env.production', '.env.production'],
    ['**/docker-compose*.{yml,yaml}', 'docker-compose'],
    ['.github/workflows/*.{yml,yaml}', '.github/workflows'],
    ['**/config/environments/*.rb', 'config/environments'],
    ['**/*', ''],
    ['[Dd]ockerfile', 'ockerfile'],
    ['!**/keep.sql', '']
  ])('the literal a match of %s must contain is %j', (pattern, literal) => {
    expect(requiredLiteral(pattern)).toBe(literal)
  })

  const paths = ['.env.production', 'app/.env.Production', 'docker-compose.prod.yaml', 'deploy/docker-compose.yml', '.github/workflows/ci.yml', 'a/.github/workflows/ci.yml', 'config/environments/production.rb', 'Dockerfile', 'x/dockerfile', 'README.md']
  const patterns = ['**/.env.production', '**/docker-compose*.{yml,yaml}', '.github/workflows/*.{yml,yaml}', '**/config/environments/*.rb', '[Dd]ockerfile', '**/*.md', '**/*']
  it.each(patterns)('matches exactly like minimatch: %s', (pattern) => {
    for (const nocase of [false, true]) {
      for (const path of paths) expect([path, matchGlob(path, pattern, { nocase })]).toEqual([path, minimatch(path, pattern, { dot: true, nocase })])
    }
  })

  it('reads .prodguard.yml globs gitignore-like', () => {
    const ignored = compileGlobs(['vendor/', 'generated', '*.min.js', 'db/legacy/**'])
    expect(['vendor/a.sql', 'x/generated/y.sql', 'generated', 'a/b.min.js', 'db/legacy/1.sql'].every(ignored)).toBe(true)
    expect(['src/vendor.sql', 'db/legacy.sql', 'a.js'].some(ignored)).toBe(false)
  })

  it('a set compiled into one matcher agrees with minimatch glob by glob (shared literals, no literal, nocase)', () => {
    // several globs need the same literal (`migrations`), one needs none: all are tried, in one matcher
    const set = ['**/migrations/*.sql', 'db/migrations/**', '**/*.{yml,yaml}', '[Dd]ockerfile', '**/.env.production']
    const many = [...paths, 'db/migrations/001.sql', 'x/migrations/a/b.sql', 'MIGRATIONS/1.SQL', 'app/migrations/1.sql', 'k8s/deploy.YAML']
    for (const nocase of [false, true]) {
      const one = compileGlobs(set, { nocase })
      const each = (path: string): boolean =>
        set.some((glob) => {
          const pattern = glob.includes('/') ? glob : `**/${glob}`
          return minimatch(path, pattern, { dot: true, nocase }) || minimatch(path, `${pattern}/**`, { dot: true, nocase })
        })
      for (const path of many) expect([nocase, path, one(path)]).toEqual([nocase, path, each(path)])
    }
  })

  it.each([
    ['**/.env.production', { kind: 'name', key: '.env.production' }],
    ['**/values-*.yaml', { kind: 'extension', key: 'yaml' }],
    ['**/*.prod.env', { kind: 'extension', key: 'env' }],
    ['**/config/production.*', { kind: 'segment', key: 'config' }],
    ['db/migrations/**', { kind: 'segment', key: 'db' }],
    ['**/overlays/prod*/**', { kind: 'segment', key: 'overlays' }],
    ['**/*.y?ml', undefined],
    ['**/*.+(yml|yaml)', undefined],
    ['**/settings_*.py/**', undefined],
    ['**/*', undefined],
    ['a/./b.yml', undefined],
    ['!**/keep.sql', undefined]
  ])('what a path must have to match %s is looked up as %j', (pattern, key) => {
    expect(lookupKey(pattern)).toEqual(key)
  })

  it('every glob set of rules/ matches, as one matcher, exactly what minimatch matches glob by glob', () => {
    // the sets are the knowledge tables' lists of globs; the paths are this repository's own files (fixtures named for
    // production, development and CI) and the same names moved under deploy folders, upper-cased, renamed to dotenv
    const sets: string[][] = []
    const visit = (v: unknown): void => {
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') && v.some((x: string) => /[*/]/.test(x))) sets.push(v as string[])
      else if (Array.isArray(v)) v.forEach(visit)
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit)
    }
    const rules = new URL('../../rules/', import.meta.url)
    for (const file of readdirSync(rules, { recursive: true }) as string[]) if (file.endsWith('.yml')) visit(parse(readFileSync(new URL(file, rules), 'utf8')))
    expect(sets.length).toBeGreaterThan(20)
    const own = (readdirSync(new URL('../../', import.meta.url), { recursive: true }) as string[]).filter((p) => !/^(node_modules|\.git|dist)\b/.test(p)).slice(0, 300)
    const paths = own.flatMap((p) => [
      p,
      `deploy/prod/${p}`,
      `k8s/overlays/production/${p}`,
      p.toUpperCase(),
      p.replace(/[^/]+$/, '.env.production'),
      p.replace(/\.[^./]+$/, '.prod.yaml'),
      `config/production.${p.split('.').pop()}`,
      `group_vars/prod/${p}`
    ])
    let mismatches = 0
    for (const set of sets) {
      for (const nocase of [false, true]) {
        const one = compileGlobs(set, { nocase })
        const each = set.flatMap((glob) => {
          const pattern = glob.includes('/') ? glob : `**/${glob}`
          return [pattern, `${pattern}/**`]
        })
        for (const path of paths) if (one(path) !== each.some((p) => minimatch(path, p, { dot: true, nocase }))) mismatches++
      }
    }
    expect(mismatches).toBe(0)
  })

  it('a glob of plain text, `*`, `?` and `**` is tested as a regular expression that agrees with minimatch', () => {
    const globs = ['**', '**/*', 'a/**', '**/a', '**/a/**', 'a/**/b', 'a/**/**/b', '**/*.md', '*.md', 'a?c/*', '**/.env.*', '**/$weird^.(x)', 'db/migrate/*_add.rb', '**/test-*/**']
    const paths = ['a', 'a/b', 'a/b/c', 'b/a', 'x/a/y', 'a/x/b', 'a/b', '.md', 'x.md', 'x/y.MD', 'abc/d', 'ac/d', 'x/.env.prod', '.env', 'db/migrate/1_add.rb', 'db/migrate/x/1_add.rb', 'p/test-e2e/q', 'test-/x']
    for (const glob of globs) {
      for (const nocase of [false, true]) {
        const re = globRegExp(glob, nocase)
        if (glob.includes('(')) {
          expect(re).toBeUndefined()
          continue
        }
        for (const path of paths) expect([glob, nocase, path, re!.test(path)]).toEqual([glob, nocase, path, minimatch(path, glob, { dot: true, nocase })])
      }
    }
    expect(globRegExp('[Dd]ockerfile', false)).toBeUndefined()
    expect(globRegExp('!**/x', false)).toBeUndefined()
  })
})
