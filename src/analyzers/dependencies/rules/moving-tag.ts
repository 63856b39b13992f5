/**
 * `outdated-dependency/moving-tag`: what runs can change without a change to the repository: an image without a
 * tag or with `latest`, an action pinned to a branch, an npm dependency on `*` or `latest`.
 */
import type { Detection } from '../../analyzer.js'
import { displayName, type Dependency } from '../dependency.js'
import { isOpenRange } from '../versioning.js'
import { dependencyDetection } from './detection.js'
import type { RuleEnvironment } from './environment.js'

export function movingTagRule(dep: Dependency, env: RuleEnvironment): Detection | undefined {
  if (dep.digest !== undefined || !dep.direct) return undefined
  let message: string | undefined
  if (dep.ecosystem === 'docker' && env.eol.isMovingTag(dep.version) && !(dep.version === undefined && env.eol.namePinsLines(dep.name))) {
    message =
      dep.version === undefined
        ? `${dep.name} has no tag, so it means ${dep.name}:latest: the next pull can bring a new major version.`
        : `${displayName(dep)} is a moving tag: the next pull can bring a new major version.`
  } else if (dep.ecosystem === 'actions' && (dep.version === undefined || !/^v?\d/.test(dep.version))) {
    message = `${displayName(dep)} follows a branch: every run takes whatever was pushed last.`
  } else if (dep.ecosystem === 'npm' && dep.range !== undefined && isOpenRange('npm', dep.range)) {
    message = `${dep.name} accepts any version ("${dep.range}"): the next install can bring a new major version.`
  }
  return message === undefined ? undefined : dependencyDetection(env.policy, dep, 'moving-tag', 'warn', message)
}
