/**
 * `outdated-dependency/end-of-life` and `end-of-life-soon`: the release line a dependency runs is past (or close to)
 * its end of life. A line the snapshot does not know is unknown, never end-of-life: it is returned as a note.
 * One dependency is one finding, however many products it runs (`node:17-bullseye` is Node.js 17 on Debian 11).
 */
import type { Detection } from '../../analyzer.js'
import { displayName, type Dependency } from '../dependency.js'
import type { EndOfLife, EolRelease } from '../end-of-life.js'
import { versionEcosystem } from '../lines.js'
import { numericSegments, rangeAdmits, rangeFloor } from '../versioning.js'
import { dependencyDetection } from './detection.js'
import type { RuleEnvironment } from './environment.js'

export interface EndOfLifeResult {
  detections: Detection[]
  /** Release lines not in the data: reported as not checked. */
  unknown: string[]
  /** The dependency runs a product the EOL data covers (so "latest" is the EOL table's business). */
  covered: boolean
  /** The ended lines it runs (`ruby-on-rails:7.2`): several gems of one Rails release are one problem. */
  endedLines: string[]
}

/** The newest release line still supported at `now`, preferring LTS lines where the product has them. */
export function supportedLine(eol: EndOfLife, product: string, now: Date): EolRelease | undefined {
  const supported = supportedLines(eol, product, now)
  const hasLts = (eol.snapshot.products[product]?.releases ?? []).some((r) => r.lts !== undefined)
  return (hasLts ? supported.find((r) => r.lts !== undefined && (r.lts === true || (typeof r.lts === 'string' && Date.parse(r.lts) <= now.getTime()))) : undefined) ?? supported[0]
}

/** Lines released by `now` and not past their end: a hint never names a line that did not exist yet. */
function supportedLines(eol: EndOfLife, product: string, now: Date): EolRelease[] {
  const releases = eol.snapshot.products[product]?.releases ?? []
  return releases.filter((r) => (r.releaseDate === undefined || Date.parse(`${r.releaseDate}T00:00:00Z`) <= now.getTime()) && eol.status(product, r, now, 0).kind === 'supported')
}

/** Does the range admit some version of a supported line? (`>=20 <25` admits Node.js 22 and 24.) */
function admitsSupported(eol: EndOfLife, product: string, dep: Dependency, range: string, now: Date): boolean {
  const eco = versionEcosystem(dep)
  return supportedLines(eol, product, now).some((r) =>
    [r.latest, `${r.name}.0`, `${r.name}.0.0`, `${r.name}.99`, `${r.name}.99.99`].some((v) => v !== undefined && rangeAdmits(eco, range, v) === true)
  )
}

function lineName(eol: EndOfLife, product: string, release: EolRelease): string {
  const label = release.label ?? (release.codename ? `${release.name} (${release.codename})` : release.name)
  // A release label may repeat the product's name (Microsoft Windows Server + "Windows Server 20H2 SAC"): said once.
  const productWords = eol.label(product).split(' ')
  const labelWords = label.split(' ')
  for (let n = Math.min(productWords.length, labelWords.length - 1); n > 0; n--) {
    if (productWords.slice(-n).join(' ') === labelWords.slice(0, n).join(' ')) return [...productWords, ...labelWords.slice(n)].join(' ')
  }
  return `${eol.label(product)} ${label}`
}

interface Hit {
  product: string
  release: EolRelease
  on?: string
  days?: number
  allowsSupported: boolean
  /** A short-lived line within its grace after the end: the day it starts to block. */
  blocksFrom?: string
  /** A line older than every one the data lists: the oldest listed, and when that one ended. */
  olderThan?: { name: string; on?: string }
}

export function endOfLifeRule(dep: Dependency, env: RuleEnvironment): EndOfLifeResult {
  const result: EndOfLifeResult = { detections: [], unknown: [], covered: false, endedLines: [] }
  const level = env.policy.eolLevel(dep)
  if (dep.ecosystem === 'actions') {
    const retired = env.releases.retiredAction(dep.name, dep.version)
    if (retired && level !== 'off') {
      const d = dependencyDetection(env.policy, dep, 'end-of-life', level, `${displayName(dep)} no longer works on GitHub-hosted runners since ${retired.since}: ${retired.why}.`)
      if (d) result.detections.push(d)
    }
    return result
  }
  const ended: Hit[] = []
  const ending: Hit[] = []
  for (const use of env.eol.productsOf(dep)) {
    if (!env.eol.knows(use.product)) continue
    result.covered = true
    const eco = versionEcosystem(dep)
    const isRange = dep.range !== undefined && dep.version === undefined
    const version = isRange ? rangeFloor(eco, use.version) : use.version
    let release = version === undefined ? undefined : env.eol.releaseOf(use.product, version)
    // A dotted version read as a bare-major line (Jenkins' weekly `2`) that is older than every dotted line listed
    // under it (Jenkins' LTS lines) is one of those lines, long ended: judged below as older than the data.
    if (release !== undefined && version !== undefined && /^\d+$/.test(release.name) && (numericSegments(version)?.length ?? 0) > 1 && env.eol.olderThanListed(use.product, version, env.now, release.name) !== undefined) release = undefined
    if (release === undefined) {
      const older = version === undefined ? undefined : (env.eol.olderThanListed(use.product, version, env.now) ?? env.eol.olderThanListed(use.product, version, env.now, String(numericSegments(version)?.[0])))
      if (older !== undefined) {
        // Older than every line the data lists, whose oldest lines have ended: ended too, date unknown.
        const allowsSupported = isRange && admitsSupported(env.eol, use.product, dep, dep.range!, env.now)
        ended.push({ product: use.product, release: { name: older.line, eol: true }, allowsSupported, olderThan: { name: older.oldest.name, ...(older.on !== undefined ? { on: older.on } : {}) } })
        result.endedLines.push(`${use.product}:${older.line}`)
      } else if (version !== undefined) result.unknown.push(`${env.eol.label(use.product)} ${version} (${use.via})`)
      continue
    }
    const status = env.eol.status(use.product, release, env.now, env.warnDays)
    if (status.kind === 'supported' || level === 'off') continue
    const allowsSupported = isRange && admitsSupported(env.eol, use.product, dep, dep.range!, env.now)
    if (status.kind === 'ended') {
      const blocksFrom = env.eol.graceEnds(use.product, release, env.now, env.shortLivedDays, env.graceDays)
      ended.push({ product: use.product, release, ...(status.on !== undefined ? { on: status.on } : {}), allowsSupported, ...(blocksFrom !== undefined ? { blocksFrom } : {}) })
      result.endedLines.push(`${use.product}:${release.name}`)
    } else ending.push({ product: use.product, release, on: status.on, days: status.days, allowsSupported })
  }
  const source = `endoflife.date data of ${env.eol.snapshot.dataDate}`
  const hints = (hits: Hit[]) =>
    hits
      .map((h) => {
        const next = supportedLine(env.eol, h.product, env.now)
        if (next === undefined) return undefined
        const until = env.eol.endOf(h.product, next)
        return `${lineName(env.eol, h.product, next)}${typeof until === 'string' ? `, supported until ${until}` : ''}`
      })
      .filter((h): h is string => h !== undefined)
  const identity = (hits: Hit[]) => `${dep.ecosystem}:${dep.name}>${hits.map((h) => `${h.product}:${h.release.name}`).sort().join('+')}`
  if (ended.length > 0) {
    // A range such as `engines: ">=20 <25"` names an end-of-life line but also allows supported ones: it warns.
    const onlyRanges = ended.every((h) => h.allowsSupported)
    // A short-lived line (Rust's six weeks) ends when the next ships: within its grace it warns, and says from when it blocks.
    const inGrace = ended.every((h) => h.blocksFrom !== undefined)
    const parts = ended.map((h) => {
      const paid = env.eol.uncountedExtended(h.product, h.release)
      const window = h.blocksFrom !== undefined ? env.eol.supportWindowDays(h.product, h.release) : undefined
      const short = window !== undefined ? ` after ${window} day${window === 1 ? '' : 's'} of support (a short-lived line)` : ''
      if (h.olderThan !== undefined) return `${lineName(env.eol, h.product, h.release)}, a line older than every one the end-of-life data lists (the oldest, ${h.olderThan.name}, reached end of life${h.olderThan.on ? ` on ${h.olderThan.on}` : ''})`
      return `${lineName(env.eol, h.product, h.release)}, which reached end of life ${h.on ? `on ${h.on}` : 'on an unpublished date'}${short}${paid ? ` (extended support to ${paid} is not counted: dependencies.extendedSupport)` : ''}`
    })
    const severity = onlyRanges || level === 'off' || inGrace ? 'warn' : level
    const blocksFrom = inGrace && !onlyRanges && level === 'block' ? ended.map((h) => h.blocksFrom!).sort()[0] : undefined
    const grace = blocksFrom !== undefined ? `; it blocks from ${blocksFrom} (dependencies.eolGraceDays)` : ''
    const message = onlyRanges
      ? `${displayName(dep)} still allows ${parts.join('; and ')} (${source}); it also allows supported lines.`
      : `${displayName(dep)} runs ${parts.join('; and ')}: it gets no security fixes (${source})${grace}.`
    const next = hints(ended)
    const d = dependencyDetection(env.policy, dep, 'end-of-life', severity, message, { identity: identity(ended), ...(next.length > 0 ? { hint: `Move to ${next.join('; and ')}.` } : {}) })
    if (d) result.detections.push(d)
  } else if (ending.length > 0) {
    const parts = ending.map((h) => `${lineName(env.eol, h.product, h.release)}, which reaches end of life on ${h.on}, in ${h.days} day${h.days === 1 ? '' : 's'}`)
    const next = hints(ending)
    const d = dependencyDetection(env.policy, dep, 'end-of-life-soon', 'warn', `${displayName(dep)} ${ending.every((h) => h.allowsSupported) ? 'still allows' : 'runs'} ${parts.join('; and ')} (${source}).`, {
      identity: identity(ending),
      ...(next.length > 0 ? { hint: `Move to ${next.join('; and ')}.` } : {})
    })
    if (d) result.detections.push(d)
  }
  return result
}
