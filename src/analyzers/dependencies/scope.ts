/**
 * Which manifests are the project's: test fixtures and example folders are out of scope by default
 * (rules/outdated-dependency/scope.yml); `dependencies.include` globs bring paths back, and so does naming a path on
 * the command line (`prodguard check examples/shop`): what the named path itself is does not leave it out, only what
 * lies below it (`check packages/app` still leaves `packages/app/test/fixtures/` out).
 */
import { compileGlobs, type PathPredicate } from '../../config/globs.js'
import type { AnalyzerContext } from '../analyzer.js'

export const SCOPE_FILE = 'outdated-dependency/scope.yml'

/** The key under `ctx.services`: the repository-relative paths named on `check PATH...` (a string array). */
export const NAMED_PATHS_SERVICE = 'namedPaths'

interface ScopeFile {
  outOfScope?: string[]
}

const compiled = new WeakMap<object, PathPredicate>()
const included = new WeakMap<object, PathPredicate>()

export function inScope(path: string, ctx: AnalyzerContext): boolean {
  let out = compiled.get(ctx.knowledge)
  if (out === undefined) {
    out = compileGlobs(ctx.knowledge.load<ScopeFile>(SCOPE_FILE).outOfScope ?? [])
    compiled.set(ctx.knowledge, out)
  }
  if (!out(path)) return true
  const predicate = out
  if (namedPaths(ctx).some((n) => path === n || (path.startsWith(`${n}/`) && !predicate(path.slice(n.length + 1))))) return true
  const globs = ctx.settings.dependencies.include ?? []
  if (globs.length === 0) return false
  let inc = included.get(ctx.settings)
  if (inc === undefined) {
    inc = compileGlobs(globs)
    included.set(ctx.settings, inc)
  }
  return inc(path)
}

function namedPaths(ctx: AnalyzerContext): string[] {
  const named = ctx.services[NAMED_PATHS_SERVICE]
  // The repository root ('') names everything and brings nothing back.
  return Array.isArray(named) ? named.filter((n): n is string => typeof n === 'string' && n !== '') : []
}
