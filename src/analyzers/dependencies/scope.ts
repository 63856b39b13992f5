/**
 * Which manifests are the project's: test fixtures and example folders are out of scope by default
 * (rules/outdated-dependency/scope.yml); `dependencies.include` globs bring paths back.
 */
import { compileGlobs, type PathPredicate } from '../../config/globs.js'
import type { AnalyzerContext } from '../analyzer.js'

export const SCOPE_FILE = 'outdated-dependency/scope.yml'

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
  const globs = ctx.settings.dependencies.include ?? []
  if (globs.length === 0) return false
  let inc = included.get(ctx.settings)
  if (inc === undefined) {
    inc = compileGlobs(globs)
    included.set(ctx.settings, inc)
  }
  return inc(path)
}
