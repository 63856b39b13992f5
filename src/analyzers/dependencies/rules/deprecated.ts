/** `outdated-dependency/deprecated`: the registry (or the curated table) marks the package, this version or the image deprecated. */
import type { Detection } from '../../analyzer.js'
import { displayName, type Dependency } from '../dependency.js'
import type { ReleaseInfo } from '../version-lookup.js'
import { rangeFloor } from '../versioning.js'
import { dependencyDetection } from './detection.js'
import type { RuleEnvironment } from './environment.js'
import { versionInUse } from './majors-behind.js'

export function deprecatedRule(dep: Dependency, info: ReleaseInfo | undefined, env: RuleEnvironment): Detection | undefined {
  if (!dep.direct) return undefined
  const version = versionInUse(dep, info) ?? (dep.range !== undefined ? rangeFloor(dep.ecosystem, dep.range) : undefined)
  // An image is known by its repository: `docker.io/library/openjdk` is `openjdk`.
  const name = dep.ecosystem === 'docker' ? env.eol.imageRepository(dep.name) : dep.name
  const notice =
    (version !== undefined ? info?.deprecatedVersions?.[version] : undefined) ?? info?.deprecated ?? env.releases.curatedDeprecation(dep.ecosystem, name, version)
  if (notice === undefined || notice.trim() === '') return undefined
  const clean = notice.replace(/\s+/g, ' ').trim()
  return dependencyDetection(env.policy, dep, 'deprecated', 'block', `${displayName(dep)} is deprecated: ${clean.length > 240 ? `${clean.slice(0, 237)}...` : clean}`)
}
