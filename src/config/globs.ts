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

const compiledCache = new Map<string, Minimatch>()

function minimatchOf(pattern: string, nocase: boolean): Minimatch {
  const key = `${nocase ? 'i' : 's'}\0${pattern}`
  let compiled = compiledCache.get(key)
  if (compiled === undefined) {
    compiled = new Minimatch(pattern, { dot: true, nocase })
    compiledCache.set(key, compiled)
  }
  return compiled
}

/** Globs that need the same literal, tried together only when the path holds it. */
interface Group {
  needle: string
  patterns: string[]
  compiled?: Minimatch[]
}

/**
 * One matcher for many globs: the path is lower-cased once (not once per glob), the globs are grouped by the literal
 * they need, and a group's globs are compiled and tried only when the path holds that literal.
 */
function oneMatcher(patterns: string[], nocase: boolean): PathPredicate {
  const byNeedle = new Map<string, Group>()
  for (const pattern of patterns) {
    const literal = requiredLiteral(pattern)
    const needle = nocase ? literal.toLowerCase() : literal
    const group = byNeedle.get(needle)
    if (group === undefined) byNeedle.set(needle, { needle, patterns: [pattern] })
    else if (!group.patterns.includes(pattern)) group.patterns.push(pattern)
  }
  // the globs that need no literal are tried last: every path reaches them
  const groups = [...byNeedle.values()].sort((a, b) => (a.needle === '' ? 1 : 0) - (b.needle === '' ? 1 : 0))
  return (path) => {
    const subject = nocase ? path.toLowerCase() : path
    for (const group of groups) {
      if (group.needle !== '' && !subject.includes(group.needle)) continue
      group.compiled ??= group.patterns.map((p) => minimatchOf(p, nocase))
      for (const m of group.compiled) if (m.match(path)) return true
    }
    return false
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
  const patterns = globs.flatMap((glob) => {
    let pattern = glob.startsWith('./') ? glob.slice(2) : glob
    // A leading `/` anchors to the repository root, as in .gitignore; paths here are root-relative already.
    if (pattern.startsWith('/')) pattern = pattern.replace(/^\/+/, '')
    if (pattern === '') return []
    if (pattern.endsWith('/')) pattern += '**'
    // Anchored patterns keep matching from the root even when no other `/` is left (`/build` is `build` at the root).
    if (glob.startsWith('/') && !pattern.includes('/')) return [pattern, `${pattern}/**`]
    if (!pattern.includes('/')) pattern = `**/${pattern}`
    // `dir` or `dir/**` also covers everything below it
    return [pattern, `${pattern}/**`]
  })
  if (patterns.length === 0) return () => false
  return oneMatcher(patterns, options.nocase === true)
}
