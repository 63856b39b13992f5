/** Path globs as users write them in `.prodguard.yml`: gitignore-like, a pattern without `/` matches at any depth. */
import { minimatch } from 'minimatch'

export type PathPredicate = (path: string) => boolean

export function compileGlobs(globs: readonly string[]): PathPredicate {
  if (globs.length === 0) return () => false
  const matchers = globs.map((glob) => {
    let pattern = glob.startsWith('./') ? glob.slice(2) : glob
    if (pattern.endsWith('/')) pattern += '**'
    const anyDepth = !pattern.includes('/')
    return (path: string): boolean =>
      minimatch(path, pattern, { dot: true, nocase: false, matchBase: anyDepth }) ||
      // `dir` or `dir/**` also covers everything below it
      minimatch(path, `${pattern}/**`, { dot: true, matchBase: anyDepth })
  })
  return (path) => matchers.some((m) => m(path))
}
