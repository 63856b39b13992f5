import { describe, expect, it } from '@jest/globals'
import { minimatch } from 'minimatch'
import { compileGlobs, matchGlob, requiredLiteral } from '../../src/config/globs.js'

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
})
