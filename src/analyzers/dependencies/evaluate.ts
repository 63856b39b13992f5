/**
 * Dependencies through every per-dependency rule. What could not be checked is returned as notes, summed up once per
 * run (`notCheckedDetection`), and libyears once per manifest.
 */
import type { Detection } from '../analyzer.js'
import { dependencyKey, displayName, type Dependency } from './dependency.js'
import { matchGlob } from '../../config/globs.js'
import { wantsLatest } from './releases.js'
import { deprecatedRule } from './rules/deprecated.js'
import { endOfLifeRule } from './rules/end-of-life.js'
import type { RuleEnvironment } from './rules/environment.js'
import { libyears, majorsBehindRule } from './rules/majors-behind.js'
import { movingTagRule } from './rules/moving-tag.js'

const LISTED = 8

/** A detection and the dependency it is about (diff mode compares the dependency with its base version). */
export interface Evaluated {
  detection: Detection
  dep?: Dependency
}

/** What could not be checked, by kind. */
export interface Notes {
  unchecked: string[]
  snapshotOnly: string[]
  unknown: string[]
  reasons: Set<string>
  /** Not checked for known vulnerabilities (the advisory source did not answer), and why. */
  advisories: string[]
  advisoryReasons: Set<string>
}

export function emptyNotes(): Notes {
  return { unchecked: [], snapshotOnly: [], unknown: [], reasons: new Set(), advisories: [], advisoryReasons: new Set() }
}

export function mergeNotes(into: Notes, from: Notes): void {
  into.unchecked.push(...from.unchecked)
  into.snapshotOnly.push(...from.snapshotOnly)
  into.unknown.push(...from.unknown)
  for (const r of from.reasons) into.reasons.add(r)
  into.advisories.push(...from.advisories)
  for (const r of from.advisoryReasons) into.advisoryReasons.add(r)
}

function followsRuntime(dep: Dependency, env: RuleEnvironment): boolean {
  return (env.eol.aliases.followsRuntime[dep.ecosystem] ?? []).some((p) => p === dep.name || matchGlob(dep.name, p))
}

/** Package ecosystems where several packages are one product release (rails, railties, activerecord: Rails 7.2). */
const PACKAGE_ECOSYSTEMS = new Set(['npm', 'pypi', 'rubygems', 'composer', 'maven', 'cargo', 'go', 'nuget'])

export async function evaluateDependencies(deps: Dependency[], env: RuleEnvironment): Promise<{ items: Evaluated[]; notes: Notes; libyear?: Detection }> {
  const live = deps.filter((d) => !env.policy.ignored(d))
  const items: Evaluated[] = []
  const notes = emptyNotes()
  const covered = new Set<Dependency>()
  const ended = new Set<Dependency>()
  // One product release, one finding: the first (direct first) package of a release line speaks for the others.
  const byLine = new Map<string, { item: Evaluated; others: string[] }>()
  for (const dep of live) {
    const eol = endOfLifeRule(dep, env)
    notes.unknown.push(...eol.unknown)
    if (eol.covered) covered.add(dep)
    if (eol.detections.some((d) => d.ruleId === 'outdated-dependency/end-of-life')) ended.add(dep)
    for (const detection of eol.detections) {
      const key = PACKAGE_ECOSYSTEMS.has(dep.ecosystem) && eol.endedLines.length > 0 ? `${dep.ecosystem}>${eol.endedLines.sort().join('+')}` : undefined
      const known = key === undefined ? undefined : byLine.get(key)
      if (known !== undefined) {
        if (dep.direct && known.item.dep?.direct !== true) {
          known.others.push(known.item.dep!.name)
          known.item.detection = detection
          known.item.dep = dep
        } else known.others.push(dep.name)
        continue
      }
      const item = { detection, dep }
      items.push(item)
      if (key !== undefined) byLine.set(key, { item, others: [] })
    }
  }
  for (const { item, others } of byLine.values()) {
    if (others.length === 0) continue
    const names = [...new Set(others)].filter((n) => n !== item.dep?.name)
    if (names.length > 0) item.detection = { ...item.detection, message: `${item.detection.message} Same release: ${list(names)}.` }
  }
  // Images of products the EOL table covers are judged by their release line, not by "the latest tag".
  const asked = live.filter(
    (d) => wantsLatest(d) && !(d.ecosystem === 'docker' && (covered.has(d) || d.version === undefined)) && !followsRuntime(d, env)
  )
  const resolutions = await env.releases.resolve(asked, env.lookup)
  let totalYears = 0
  let measured = 0
  let largest: { dep: Dependency; years: number } | undefined
  for (const dep of live) {
    const resolution = resolutions.get(dependencyKey(dep))
    const info = resolution?.info
    if (asked.includes(dep)) {
      // An end-of-life finding already says it more strongly than "N majors behind".
      const behind = info && !ended.has(dep) ? majorsBehindRule(dep, info, env) : undefined
      if (behind) items.push({ detection: behind, dep })
      const years = libyears(dep, info)
      if (years !== undefined) {
        measured++
        totalYears += years
        if (largest === undefined || years > largest.years) largest = { dep, years }
      }
      // A private image or package missing from the snapshot is no news; a failed online check is.
      if (resolution?.unchecked !== undefined && (env.lookup !== undefined || (dep.ecosystem !== 'docker' && dep.ecosystem !== 'actions'))) {
        // With the snapshot's answer it was checked, only not live; without one it was not checked at all.
        ;(info !== undefined ? notes.snapshotOnly : notes.unchecked).push(displayName(dep))
        notes.reasons.add(resolution.unchecked)
      }
    }
    const deprecated = deprecatedRule(dep, info, env)
    if (deprecated) items.push({ detection: deprecated, dep })
    const moving = movingTagRule(dep, env)
    if (moving) items.push({ detection: moving, dep })
  }
  let libyear: Detection | undefined
  if (live.length > 0 && measured > 0 && totalYears >= 1) {
    const total = Math.round(totalYears * 10) / 10
    libyear = {
      ruleId: 'outdated-dependency/libyear',
      line: 1,
      message: `${total} libyears behind in total across ${measured} dependenc${measured === 1 ? 'y' : 'ies'} with release dates${largest ? `; the most: ${displayName(largest.dep)} (${largest.years})` : ''}.`,
      evidence: '',
      identity: `libyear:${total}`
    }
  }
  return { items: oncePerLine(items), notes, ...(libyear ? { libyear } : {}) }
}

/** The same release line used several times in one file (`actions/upload-artifact@v4` in ten steps) is one finding. */
function oncePerLine(items: Evaluated[]): Evaluated[] {
  const first = new Map<string, { item: Evaluated; lines: number[] }>()
  const out: Evaluated[] = []
  for (const item of items) {
    const key = `${item.detection.ruleId}\0${item.detection.identity}`
    const known = first.get(key)
    if (known === undefined) {
      first.set(key, { item, lines: [] })
      out.push(item)
    } else if (item.detection.line !== known.item.detection.line) known.lines.push(item.detection.line)
  }
  for (const { item, lines } of first.values()) {
    const more = [...new Set(lines)].sort((a, b) => a - b)
    if (more.length > 0) item.detection = { ...item.detection, message: `${item.detection.message} Also on line${more.length === 1 ? '' : 's'} ${more.join(', ')}.` }
  }
  return out
}

/** What could not be checked, in one line (once per run). */
export function notCheckedDetection(notes: Notes, dataDate: string, at: { file?: string; line: number }): Detection | undefined {
  const { unchecked, snapshotOnly, unknown, advisories } = notes
  if (unchecked.length === 0 && snapshotOnly.length === 0 && unknown.length === 0 && advisories.length === 0) return undefined
  const parts: string[] = []
  const why = [...notes.reasons].join('; ')
  const count = (items: string[]) => new Set(items).size
  if (unchecked.length > 0) {
    const n = count(unchecked)
    parts.push(`${n} dependenc${n === 1 ? 'y' : 'ies'} could not be checked against the latest release (${why}): ${list(unchecked)}`)
  }
  if (snapshotOnly.length > 0) {
    const n = count(snapshotOnly)
    parts.push(`${n} dependenc${n === 1 ? 'y was' : 'ies were'} checked against the bundled snapshot only, not the live registry (${why}): ${list(snapshotOnly)}`)
  }
  if (advisories.length > 0) {
    const n = count(advisories)
    parts.push(`${n} dependenc${n === 1 ? 'y' : 'ies'} could not be checked for known vulnerabilities (${[...notes.advisoryReasons].join('; ')}): ${list(advisories)}`)
  }
  if (unknown.length > 0) parts.push(`release line${count(unknown) === 1 ? '' : 's'} not in the end-of-life data of ${dataDate}, so unknown (never assumed end-of-life): ${list(unknown)}`)
  return {
    ruleId: 'outdated-dependency/not-checked',
    line: at.line,
    ...(at.file !== undefined ? { file: at.file } : {}),
    message: `${parts.join('. ')}.`,
    evidence: '',
    identity: 'not-checked'
  }
}

function list(items: string[]): string {
  const unique = [...new Set(items)]
  return unique.length > LISTED ? `${unique.slice(0, LISTED).join(', ')} and ${unique.length - LISTED} more` : unique.join(', ')
}
