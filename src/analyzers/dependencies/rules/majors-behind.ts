/** `outdated-dependency/majors-behind`: a dependency the change adds or changes is N majors behind the latest release. */
import semver from 'semver'
import type { Detection } from '../../analyzer.js'
import { displayName, type Dependency } from '../dependency.js'
import type { ReleaseInfo } from '../version-lookup.js'
import { compareVersions, majorOf, newestAdmittedMajor, rangeAdmits } from '../versioning.js'
import { dependencyDetection } from './detection.js'
import type { RuleEnvironment } from './environment.js'

const YEAR = 365.25 * 24 * 60 * 60 * 1000

/** The version in use: the pinned one, or for a range the newest release the range admits (when dates list them). */
export function versionInUse(dep: Dependency, info: ReleaseInfo | undefined): string | undefined {
  if (dep.version !== undefined) return dep.version
  if (dep.range === undefined || info?.dates === undefined) return undefined
  let best: string | undefined
  for (const v of Object.keys(info.dates)) {
    if (dep.ecosystem === 'npm' && semver.prerelease(v)) continue
    if (rangeAdmits(dep.ecosystem, dep.range, v) !== true) continue
    if (best === undefined || (compareVersions(dep.ecosystem, v, best) ?? 0) > 0) best = v
  }
  return best
}

/** Libyears: the time from the release in use to the latest release (0 when current, undefined when dates are unknown). */
export function libyears(dep: Dependency, info: ReleaseInfo | undefined): number | undefined {
  if (info === undefined) return undefined
  const current = versionInUse(dep, info)
  const latestDate = info.dates?.[info.latest] ?? info.latestDate
  const currentDate = current === undefined ? undefined : info.dates?.[current]
  if (latestDate === undefined || currentDate === undefined) return undefined
  const years = (Date.parse(latestDate) - Date.parse(currentDate)) / YEAR
  return Number.isFinite(years) ? Math.max(0, Math.round(years * 10) / 10) : undefined
}

/** The major in use: of the pinned version (an image tag's leading number), or the newest a range admits. */
export function majorInUse(dep: Dependency, latest: string): number | undefined {
  if (dep.version !== undefined) {
    if (dep.ecosystem === 'docker' && !/^v?\d/.test(dep.version)) return undefined
    if (dep.ecosystem === 'actions' && !/^v?\d/.test(dep.version)) return undefined
    return majorOf(dep.ecosystem, dep.version)
  }
  return dep.range === undefined ? undefined : newestAdmittedMajor(dep.ecosystem, dep.range, latest)
}

export function majorsBehindRule(dep: Dependency, info: ReleaseInfo, env: RuleEnvironment): Detection | undefined {
  const latestMajor = majorOf(dep.ecosystem, info.latest)
  const current = majorInUse(dep, info.latest)
  if (latestMajor === undefined || current === undefined) return undefined
  const behind = latestMajor - current
  const limits = env.policy.majorsBehind(dep)
  const severity = behind >= limits.block ? 'block' : behind >= limits.warn ? 'warn' : undefined
  if (severity === undefined) return undefined
  const years = libyears(dep, info)
  const age = years !== undefined && years > 0 ? `, ${years} libyear${years === 1 ? '' : 's'} behind` : ''
  const message = `${displayName(dep)} is ${behind} major version${behind === 1 ? '' : 's'} behind the latest release ${info.latest}${age} (${info.origin}).`
  return dependencyDetection(env.policy, dep, 'majors-behind', severity, message)
}
