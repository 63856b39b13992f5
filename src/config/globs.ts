/**
 * Path globs, compiled once and matched cheaply. Knowledge tables hold hundreds of globs and most paths match none:
 * each glob is compiled only when a path contains the literal text the glob cannot match without
 * (`**\/.env.production` needs `.env.production`), so a run pays for the globs its paths could match.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch'

export type PathPredicate = (path: string) => boolean

export interface GlobOptions {
  nocase?: boolean
}

const cache = new Map<string, PathPredicate>()

/** A predicate for one minimatch glob (dotfiles included), cached by pattern and options. */
export function globMatcher(pattern: string, options: GlobOptions = {}): PathPredicate {
  const key = `${options.nocase ? 'i' : 's'}\0${pattern}`
  let predicate = cache.get(key)
  if (predicate === undefined) {
    predicate = lazyGlob(pattern, { dot: true, nocase: options.nocase === true })
    cache.set(key, predicate)
  }
  return predicate
}

/** `minimatch(path, pattern)` without recompiling the pattern on every call. */
export function matchGlob(path: string, pattern: string, options: GlobOptions = {}): boolean {
  return globMatcher(pattern, options)(path)
}

function lazyGlob(pattern: string, options: MinimatchOptions): PathPredicate {
  const literal = requiredLiteral(pattern)
  const needle = options.nocase ? literal.toLowerCase() : literal
  let compiled: Minimatch | undefined
  return (path) => {
    if (needle !== '' && !(options.nocase ? path.toLowerCase() : path).includes(needle)) return false
    compiled ??= new Minimatch(pattern, options)
    return compiled.match(path)
  }
}

/**
 * The longest run of plain text every match must contain: braces and character classes are alternatives, so they
 * are left out; wildcards split the runs. Empty when there is none (`**\/*`).
 */
export function requiredLiteral(pattern: string): string {
  let best = ''
  let run = ''
  let depth = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\' && i + 1 < pattern.length) {
      if (depth === 0) run += pattern[++i]
      else i++
      continue
    }
    if (c === '{' || c === '[' || c === '(') depth++
    else if ((c === '}' || c === ']' || c === ')') && depth > 0) depth--
    const plain = depth === 0 && !'*?!+@{}[]()'.includes(c)
    if (plain) run += c
    if (!plain || i === pattern.length - 1) {
      // `**/` may match no folder at all, so the slashes at a run's ends are not required
      const trimmed = run.replace(/^\/+|\/+$/g, '')
      if (trimmed.length > best.length) best = trimmed
      run = ''
    }
  }
  // a leading `!` negates: no literal is then required
  return pattern.startsWith('!') ? '' : best
}

/** Path globs as users write them in `.prodguard.yml`: gitignore-like, a pattern without `/` matches at any depth. */
export function compileGlobs(globs: readonly string[], options: GlobOptions = {}): PathPredicate {
  if (globs.length === 0) return () => false
  const matchers = globs.flatMap((glob) => {
    let pattern = glob.startsWith('./') ? glob.slice(2) : glob
    // A leading `/` anchors to the repository root, as in .gitignore; paths here are root-relative already.
    if (pattern.startsWith('/')) pattern = pattern.replace(/^\/+/, '')
    if (pattern === '') return []
    if (pattern.endsWith('/')) pattern += '**'
    // Anchored patterns keep matching from the root even when no other `/` is left (`/build` is `build` at the root).
    if (glob.startsWith('/') && !pattern.includes('/')) return [globMatcher(pattern, options), globMatcher(`${pattern}/**`, options)]
    if (!pattern.includes('/')) pattern = `**/${pattern}`
    // `dir` or `dir/**` also covers everything below it
    return [globMatcher(pattern, options), globMatcher(`${pattern}/**`, options)]
  })
  return (path) => matchers.some((m) => m(path))
}
