/** `outdated-dependency/majors-behind`: a dependency the change adds or changes is N majors behind the latest release. */
import semver from 'semver'
import type { Detection } from '../../analyzer.js'
import { displayName, type Dependency } from '../dependency.js'
import type { ReleaseInfo } from '../version-lookup.js'
import { effectiveVersion, lineOfVersion, versionEcosystem } from '../lines.js'
import { compareVersions, isStable, majorOf, newestAdmittedMajor, rangeAdmits } from '../versioning.js'
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

/** A line with no release for this long, while a newer major exists, no longer gets fixes. */
export const UNMAINTAINED_DAYS = 365
const DAY = 24 * 60 * 60 * 1000

/** The release line in use (`4`, or `0.5` for a semver 0.x), read from the version in use or the newest major a range admits. */
function lineInUse(dep: Dependency, info: ReleaseInfo, major: number): string {
  const eco = versionEcosystem(dep)
  const v = versionInUse(dep, info) ?? effectiveVersion(dep)
  if (major === 0 && v !== undefined) return lineOfVersion(eco, v) ?? '0'
  return String(major)
}

/** The newest release date on a line: from the registry's per-version dates, else the snapshot's per-line dates. */
export function lastReleaseOfLine(dep: Dependency, info: ReleaseInfo, line: string): string | undefined {
  const eco = versionEcosystem(dep)
  if (info.dates !== undefined && Object.keys(info.dates).length > 0) {
    let best: string | undefined
    for (const [v, date] of Object.entries(info.dates)) {
      if (!isStable(eco, v) || lineOfVersion(eco, v) !== line) continue
      if (best === undefined || Date.parse(date) > Date.parse(best)) best = date
    }
    if (best !== undefined) return best
  }
  return info.lineDates?.[line] ?? info.lineDates?.[`v${line}`]
}

/** When the first newer line came out: the line in use was "the latest" until then. */
function newerLineSince(dep: Dependency, info: ReleaseInfo, line: string): string | undefined {
  const eco = versionEcosystem(dep)
  const floor = `${line}.999999`
  let first: string | undefined
  if (info.dates !== undefined && Object.keys(info.dates).length > 0) {
    for (const [v, date] of Object.entries(info.dates)) {
      if (!isStable(eco, v) || lineOfVersion(eco, v) === line || (compareVersions(eco, v, floor) ?? 0) <= 0) continue
      if (first === undefined || Date.parse(date) < Date.parse(first)) first = date
    }
    return first
  }
  for (const [l, date] of Object.entries(info.lineStarts ?? {})) {
    if ((compareVersions(eco, l.replace(/^v/, ''), floor) ?? 0) <= 0) continue
    if (first === undefined || Date.parse(date) < Date.parse(first)) first = date
  }
  return first
}

/**
 * Behind the latest major: `unmaintained` (blocks) when the line in use got no release for a year while a newer major
 * exists (from release dates); else `majors-behind` (warns): an older major that still gets fixes is healthy.
 */
export function majorsBehindRule(dep: Dependency, info: ReleaseInfo, env: RuleEnvironment): Detection | undefined {
  const latestMajor = majorOf(dep.ecosystem, info.latest)
  const current = majorInUse(dep, info.latest)
  if (latestMajor === undefined || current === undefined) return undefined
  const eco = versionEcosystem(dep)
  const line = lineInUse(dep, info, current)
  const latestLine = lineOfVersion(eco, info.latest)
  const newerLine = latestMajor > current || (latestMajor === 0 && current === 0 && latestLine !== undefined && latestLine !== line && (compareVersions(eco, info.latest, `${line}.999999`) ?? 0) > 0)
  if (newerLine) {
    const last = lastReleaseOfLine(dep, info, line)
    const since = newerLineSince(dep, info, line)
    // A year without a release while a newer line was out: until the newer line came, this one was the latest.
    const lastAt = last === undefined ? Number.NaN : Date.parse(last)
    const at = since !== undefined && Date.parse(since) > lastAt ? Date.parse(since) : lastAt
    if (Number.isFinite(at) && env.now.getTime() - at > UNMAINTAINED_DAYS * DAY) {
      const months = Math.floor((env.now.getTime() - lastAt) / (30.44 * DAY))
      const message = `${displayName(dep)} is on the ${line}.x line, whose last release was on ${last!.slice(0, 10)} (${months} months ago), while ${info.latest} is out: that line no longer gets fixes (${info.origin}).`
      return dependencyDetection(env.policy, dep, 'unmaintained', 'block', message)
    }
  }
  const behind = latestMajor - current
  const limits = env.policy.majorsBehind(dep)
  const severity = behind >= limits.block ? 'block' : behind >= limits.warn ? 'warn' : undefined
  if (severity === undefined) return undefined
  const years = libyears(dep, info)
  const age = years !== undefined && years > 0 ? `, ${years} libyear${years === 1 ? '' : 's'} behind` : ''
  const message = `${displayName(dep)} is ${behind} major version${behind === 1 ? '' : 's'} behind the latest release ${info.latest}${age} (${info.origin}).`
  return dependencyDetection(env.policy, dep, 'majors-behind', severity, message)
}
