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
})
