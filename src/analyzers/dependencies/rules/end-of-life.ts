/**
 * `outdated-dependency/end-of-life` and `end-of-life-soon`: the release line a dependency runs is past (or close to)
 * its end of life. A line the snapshot does not know is unknown, never end-of-life: it is returned as a note.
 */
import type { Detection } from '../../analyzer.js'
import { displayName, type Dependency, type Ecosystem } from '../dependency.js'
import type { EndOfLife, EolRelease } from '../end-of-life.js'
import { majorOf, rangeAdmits, rangeFloor } from '../versioning.js'
import { dependencyDetection } from './detection.js'
import type { RuleEnvironment } from './environment.js'

export interface EndOfLifeResult {
  detections: Detection[]
  /** Release lines not in the data: reported as not checked. */
  unknown: string[]
  /** The dependency runs a product the EOL data covers (so "latest" is the EOL table's business). */
  covered: boolean
}

/** Ranges of Python versions are PEP 440; the other runtimes' ranges read as semver. */
function rangeEcosystem(dep: Dependency): Ecosystem {
  return dep.ecosystem === 'runtime' ? (dep.name === 'python' ? 'pypi' : 'runtime') : dep.ecosystem
}

/** The newest release line still supported, preferring LTS lines where the product has them. */
export function supportedLine(eol: EndOfLife, product: string, now: Date): EolRelease | undefined {
  const releases = eol.snapshot.products[product]?.releases ?? []
  const supported = releases.filter((r) => eol.status(product, r, now, 0).kind === 'supported')
  const hasLts = releases.some((r) => r.lts !== undefined)
  return (hasLts ? supported.find((r) => r.lts !== undefined && (r.lts === true || (typeof r.lts === 'string' && Date.parse(r.lts) <= now.getTime()))) : undefined) ?? supported[0]
}

function lineName(eol: EndOfLife, product: string, release: EolRelease): string {
  const label = release.label ?? (release.codename ? `${release.name} (${release.codename})` : release.name)
  return `${eol.label(product)} ${label}`
}

export function endOfLifeRule(dep: Dependency, env: RuleEnvironment): EndOfLifeResult {
  const result: EndOfLifeResult = { detections: [], unknown: [], covered: false }
  const level = env.policy.eolLevel(dep)
  if (dep.ecosystem === 'actions') {
    const major = dep.version === undefined ? undefined : majorOf('actions', dep.version)
    const retired = major === undefined ? undefined : env.releases.retiredAction(dep.name, major)
    if (retired && level !== 'off') {
      const d = dependencyDetection(env.policy, dep, 'end-of-life', level, `${displayName(dep)} no longer works on GitHub-hosted runners since ${retired.since}: ${retired.why}.`)
      if (d) result.detections.push(d)
    }
    return result
  }
  for (const use of env.eol.productsOf(dep)) {
    if (!env.eol.knows(use.product)) continue
    result.covered = true
    const eco = rangeEcosystem(dep)
    const version = dep.range !== undefined && dep.version === undefined ? rangeFloor(eco, use.version) : use.version
    const release = version === undefined ? undefined : env.eol.releaseOf(use.product, version)
    if (release === undefined) {
      if (version !== undefined) result.unknown.push(`${env.eol.label(use.product)} ${version} (${use.via})`)
      continue
    }
    const status = env.eol.status(use.product, release, env.now, env.warnDays)
    if (status.kind === 'supported' || level === 'off') continue
    const line = lineName(env.eol, use.product, release)
    const next = supportedLine(env.eol, use.product, env.now)
    const hint = next ? `Move to ${lineName(env.eol, use.product, next)}${typeof env.eol.endOf(use.product, next) === 'string' ? `, supported until ${String(env.eol.endOf(use.product, next))}` : ''}.` : undefined
    const identity = `${dep.ecosystem}:${dep.name}@${dep.version ?? dep.range ?? ''}>${use.product}:${release.name}`
    const source = `endoflife.date data of ${env.eol.snapshot.dataDate}`
    if (status.kind === 'ended') {
      // A range such as `engines: ">=14"` names an end-of-life line but also allows supported ones.
      const allowsSupported = dep.range !== undefined && next?.latest !== undefined && rangeAdmits(eco, dep.range, next.latest) === true
      const when = status.on ? `on ${status.on}` : 'on an unpublished date'
      const message = allowsSupported
        ? `${displayName(dep)} still allows ${line}, which reached end of life ${when} (${source}).`
        : `${displayName(dep)} runs ${line}, which reached end of life ${when}: it gets no security fixes (${source}).`
      const d = dependencyDetection(env.policy, dep, 'end-of-life', allowsSupported ? 'warn' : level, message, { identity, ...(hint ? { hint } : {}) })
      if (d) result.detections.push(d)
    } else {
      const message = `${displayName(dep)} runs ${line}, which reaches end of life on ${status.on}, in ${status.days} day${status.days === 1 ? '' : 's'} (${source}).`
      const d = dependencyDetection(env.policy, dep, 'end-of-life-soon', 'warn', message, { identity, ...(hint ? { hint } : {}) })
      if (d) result.detections.push(d)
    }
  }
  return result
}
