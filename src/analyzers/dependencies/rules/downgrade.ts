/** `outdated-dependency/downgrade`: a dependency whose version goes down between base and head (both sides needed). */
import type { Detection } from '../../analyzer.js'
import { dependencyKey, type Dependency } from '../dependency.js'
import { compareVersions, majorOf, rangeFloor } from '../versioning.js'
import type { DependencyPolicy } from '../policy.js'
import { dependencyDetection } from './detection.js'

function effectiveVersion(dep: Dependency): string | undefined {
  if (dep.version !== undefined) return /^v?\d/.test(dep.version) ? dep.version : undefined
  return dep.range === undefined ? undefined : rangeFloor(dep.ecosystem === 'runtime' && dep.name === 'python' ? 'pypi' : dep.ecosystem, dep.range)
}

/** One entry per direct dependency; a name declared twice (two images) is compared only when unambiguous. */
function byKey(deps: Dependency[]): Map<string, Dependency | null> {
  const map = new Map<string, Dependency | null>()
  for (const dep of deps) {
    if (!dep.direct) continue
    const key = `${dependencyKey(dep)}:${dep.scope}`
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
    const cmp = compareVersions(dep.ecosystem, to, from)
    if (cmp === undefined || cmp >= 0) continue
    const fromMajor = majorOf(dep.ecosystem, from)
    const toMajor = majorOf(dep.ecosystem, to)
    const acrossMajor = fromMajor !== undefined && toMajor !== undefined && toMajor < fromMajor
    const was = previous.version ?? previous.range ?? from
    const now = dep.version ?? dep.range ?? to
    const message = `${dep.name} goes down from ${was} to ${now}${acrossMajor ? ', across a major version' : ''}.`
    const d = dependencyDetection(policy, dep, 'downgrade', acrossMajor ? 'block' : 'warn', message, { identity: `${dependencyKey(dep)}:${was}->${now}` })
    if (d) out.push(d)
  }
  return out
}
