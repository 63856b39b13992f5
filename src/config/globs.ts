/**
 * Path globs, compiled once and matched cheaply. Knowledge tables hold hundreds of globs and most paths match none:
 * each glob is compiled only when a path contains the literal text the glob cannot match without
 * (`**\/.env.production` needs `.env.production`), so a run pays for the globs its paths could match.
 */
import { braceExpand, Minimatch, type MinimatchOptions } from 'minimatch'

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
  let compiled: PathPredicate | undefined
  return (path) => {
    if (needle !== '' && !(options.nocase ? path.toLowerCase() : path).includes(needle)) return false
    compiled ??= minimatchOf(pattern, options.nocase === true)
    return compiled(path)
  }
}

const compiledCache = new Map<string, PathPredicate>()

/**
 * A glob as minimatch reads it. minimatch 11 matches by walking the path segment by segment, which costs ~150 µs a
 * path for a `**\/test/**` glob; a glob made only of plain text, `*`, `?` and `**` segments is tested as a regular
 * expression that says the same (paths here are repository-relative: no `.`/`..` segments, no empty ones). Anything
 * else (classes, extglobs, escapes, negation) keeps minimatch.
 */
function minimatchOf(pattern: string, nocase: boolean): PathPredicate {
  const key = `${nocase ? 'i' : 's'}\0${pattern}`
  let compiled = compiledCache.get(key)
  if (compiled === undefined) {
    const re = globRegExp(pattern, nocase)
    if (re !== undefined) {
      compiled = (path) => re.test(path)
    } else {
      const mm = new Minimatch(pattern, { dot: true, nocase })
      compiled = (path) => mm.match(path)
    }
    compiledCache.set(key, compiled)
  }
  return compiled
}

const SIMPLE_GLOB = /^[^[\]{}()!+@\\]*$/

/** The regular expression of a simple glob (`dot: true`), or undefined when the glob is not simple. */
export function globRegExp(pattern: string, nocase: boolean): RegExp | undefined {
  if (!SIMPLE_GLOB.test(pattern) || pattern === '' || pattern.startsWith('#')) return undefined
  const segments = pattern.split('/').filter((segment, i, all) => !(segment === '**' && all[i - 1] === '**'))
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined
  let source = ''
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if (segment === '**') {
      // zero or more whole segments; at the end, one or more (minimatch's `a/**` does not match `a`)
      source += i === 0 ? (last ? '[^/]+(?:/[^/]+)*' : '(?:[^/]+/)*') : last ? '(?:/[^/]+)+' : '/(?:[^/]+/)*'
      return
    }
    if (i > 0 && segments[i - 1] !== '**') source += '/'
    for (const c of segment) source += c === '*' ? '[^/]*' : c === '?' ? '[^/]' : /[\w-]/.test(c) ? c : `\\${c}`
  })
  return new RegExp(`^${source}$`, nocase ? 'i' : '')
}

/** Globs that need the same literal, tried together only when the path holds it. */
interface Group {
  needle: string
  patterns: string[]
  compiled?: PathPredicate[]
}

/** One glob of a set, compiled when a path first has what it needs (most globs of a knowledge table never are). */
interface Candidate {
  pattern: string
  compiled?: PathPredicate
}

/** A character that makes a pattern segment more than plain text (wildcards, classes, braces, extglobs, escapes). */
const SPECIAL = /[*?[\]{}()!+@\\]/

/**
 * What every path a brace-free glob matches must have, found by a lookup rather than a scan (ripgrep's globset
 * strategies): its last segment is this name (`**\/.env.production`), its name ends in this extension
 * (`**\/values-*.yaml`), or one of its segments is this folder (`**\/config/production.*`, `db/migrations/**`).
 * Each segment of a glob other than `**` matches exactly one segment of the path, so each key is necessary; the glob
 * itself still decides. Undefined when the glob offers none (`**\/*`): then the required literal is searched.
 */
export function lookupKey(pattern: string): { kind: 'name' | 'extension' | 'segment'; key: string } | undefined {
  const segments = pattern.split('/')
  // minimatch drops `.` and `..` segments of a pattern before matching, so they promise nothing about the path
  if (pattern.startsWith('!') || segments.some((s) => s === '.' || s === '..')) return undefined
  const last = segments[segments.length - 1]!
  if (last !== '**' && last !== '') {
    if (!SPECIAL.test(last)) return { kind: 'name', key: last }
    let start = last.length
    while (start > 0 && !SPECIAL.test(last[start - 1]!)) start--
    const tail = last.slice(start)
    const dot = tail.lastIndexOf('.')
    if (dot !== -1 && dot < tail.length - 1) return { kind: 'extension', key: tail.slice(dot + 1) }
  }
  for (const segment of segments) {
    if (segment !== '' && segment !== '**' && !SPECIAL.test(segment)) return { kind: 'segment', key: segment }
  }
  return undefined
}

// Keys are compared lower-cased under nocase; only ASCII keys, where lower-casing agrees with the regex `i` flag.
const ASCII = /^[\x20-\x7e]*$/

/**
 * One matcher for many globs. Braces are expanded first; each expanded glob is filed under the name, extension or
 * folder a match must have (see `lookupKey`), so a path costs a few map lookups however many globs the set holds, and
 * only the globs filed under what the path has are compiled and tried. Globs with no such key are grouped by the
 * literal they need and tried only when the path holds it.
 */
function oneMatcher(patterns: string[], nocase: boolean): PathPredicate {
  const byName = new Map<string, Candidate[]>()
  const byExtension = new Map<string, Candidate[]>()
  const bySegment = new Map<string, Candidate[]>()
  const byNeedle = new Map<string, Group>()
  const seen = new Set<string>()
  const file = (map: Map<string, Candidate[]>, key: string, pattern: string): void => {
    const list = map.get(key)
    if (list === undefined) map.set(key, [{ pattern }])
    else list.push({ pattern })
  }
  for (const glob of patterns) {
    for (const pattern of glob.startsWith('!') || !glob.includes('{') ? [glob] : braceExpand(glob)) {
      if (seen.has(pattern)) continue
      seen.add(pattern)
      const found = lookupKey(pattern)
      if (found !== undefined && (!nocase || ASCII.test(found.key))) {
        const key = nocase ? found.key.toLowerCase() : found.key
        file(found.kind === 'name' ? byName : found.kind === 'extension' ? byExtension : bySegment, key, pattern)
        continue
      }
      const literal = requiredLiteral(pattern)
      const needle = nocase ? literal.toLowerCase() : literal
      const group = byNeedle.get(needle)
      if (group === undefined) byNeedle.set(needle, { needle, patterns: [pattern] })
      else group.patterns.push(pattern)
    }
  }
  // the globs that need no literal are tried last: every path reaches them
  const groups = [...byNeedle.values()].sort((a, b) => (a.needle === '' ? 1 : 0) - (b.needle === '' ? 1 : 0))
  const tryAll = (list: Candidate[] | undefined, path: string): boolean => {
    if (list === undefined) return false
    for (const candidate of list) {
      candidate.compiled ??= minimatchOf(candidate.pattern, nocase)
      if (candidate.compiled(path)) return true
    }
    return false
  }
  return (path) => {
    const subject = nocase ? path.toLowerCase() : path
    const slash = subject.lastIndexOf('/')
    const name = slash === -1 ? subject : subject.slice(slash + 1)
    if (tryAll(byName.get(name), path)) return true
    const dot = name.lastIndexOf('.')
    if (dot !== -1 && tryAll(byExtension.get(name.slice(dot + 1)), path)) return true
    if (bySegment.size > 0) {
      for (let at = 0; at <= subject.length; ) {
        let end = subject.indexOf('/', at)
        if (end === -1) end = subject.length
        if (tryAll(bySegment.get(subject.slice(at, end)), path)) return true
        at = end + 1
      }
    }
    for (const group of groups) {
      if (group.needle !== '' && !subject.includes(group.needle)) continue
      group.compiled ??= group.patterns.map((p) => minimatchOf(p, nocase))
      for (const matches of group.compiled) if (matches(path)) return true
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
