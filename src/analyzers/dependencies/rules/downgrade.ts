/**
 * `outdated-dependency/downgrade`: a dependency whose version goes down between base and head (both sides needed).
 * Across a major it blocks, within a major it warns; a transitive dependency a lockfile moves down only warns (its
 * version follows what the direct dependencies ask for).
 */
import type { Detection } from '../../analyzer.js'
import { dependencyKey, type Dependency } from '../dependency.js'
import { effectiveVersion, versionEcosystem } from '../lines.js'
import { compareVersions, majorOf } from '../versioning.js'
import type { DependencyPolicy } from '../policy.js'
import { dependencyDetection } from './detection.js'

/** One entry per dependency; a name declared twice (two images, a package at two lockfile paths) is `null`: ambiguous. */
export function byKey(deps: Dependency[]): Map<string, Dependency | null> {
  const map = new Map<string, Dependency | null>()
  for (const dep of deps) {
    const key = `${dependencyKey(dep)}:${dep.direct ? dep.scope : 'transitive'}`
    map.set(key, map.has(key) ? null : dep)
  }
  return map
}

export function downgradeRule(before: Dependency[], after: Dependency[], policy: DependencyPolicy): Detection[] {
  const old = byKey(before)
  const out: Detection[] = []
  for (const [key, dep] of byKey(after)) {
    const previous = old.get(key)
    if (!dep || !previous || policy.ignored(dep)) continue
    const from = effectiveVersion(previous)
    const to = effectiveVersion(dep)
    if (from === undefined || to === undefined) continue
    const eco = versionEcosystem(dep)
    const cmp = compareVersions(eco, to, from)
    if (cmp === undefined || cmp >= 0) continue
    const fromMajor = majorOf(eco, from)
    const toMajor = majorOf(eco, to)
    const acrossMajor = fromMajor !== undefined && toMajor !== undefined && toMajor < fromMajor
    const was = previous.version ?? previous.range ?? from
    const now = dep.version ?? dep.range ?? to
    const message = `${dep.name} goes down from ${was} to ${now}${acrossMajor ? ', across a major version' : ''}${dep.direct ? '' : ' (a transitive dependency of the lockfile)'}.`
    const d = dependencyDetection(policy, dep, 'downgrade', acrossMajor && dep.direct ? 'block' : 'warn', message, { identity: `${dependencyKey(dep)}:${was}->${now}` })
    if (d) out.push(d)
  }
  return out
}
