/**
 * One manifest's dependencies through every per-dependency rule, then the per-manifest summaries: libyears in
 * total and what could not be checked.
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

function followsRuntime(dep: Dependency, env: RuleEnvironment): boolean {
  return (env.eol.aliases.followsRuntime[dep.ecosystem] ?? []).some((p) => p === dep.name || matchGlob(dep.name, p))
}

export async function evaluateDependencies(deps: Dependency[], env: RuleEnvironment): Promise<Detection[]> {
  const live = deps.filter((d) => !env.policy.ignored(d))
  const out: Detection[] = []
  const unknown: string[] = []
  const covered = new Set<Dependency>()
  const ended = new Set<Dependency>()
  for (const dep of live) {
    const eol = endOfLifeRule(dep, env)
    out.push(...eol.detections)
    unknown.push(...eol.unknown)
    if (eol.covered) covered.add(dep)
    if (eol.detections.some((d) => d.ruleId === 'outdated-dependency/end-of-life')) ended.add(dep)
  }
  // Images of products the EOL table covers are judged by their release line, not by "the latest tag".
  const asked = live.filter(
    (d) => wantsLatest(d) && !(d.ecosystem === 'docker' && (covered.has(d) || d.version === undefined)) && !followsRuntime(d, env)
  )
  const resolutions = await env.releases.resolve(asked, env.lookup)
  const unchecked: string[] = []
  const snapshotOnly: string[] = []
  const reasons = new Set<string>()
  let totalYears = 0
  let measured = 0
  let largest: { dep: Dependency; years: number } | undefined
  for (const dep of live) {
    const resolution = resolutions.get(dependencyKey(dep))
    const info = resolution?.info
    if (asked.includes(dep)) {
      // An end-of-life finding already says it more strongly than "N majors behind".
      const behind = info && !ended.has(dep) ? majorsBehindRule(dep, info, env) : undefined
      if (behind) out.push(behind)
      const years = libyears(dep, info)
      if (years !== undefined) {
        measured++
        totalYears += years
        if (largest === undefined || years > largest.years) largest = { dep, years }
      }
      // A private image or package missing from the snapshot is no news; a failed online check is.
      if (resolution?.unchecked !== undefined && (env.lookup !== undefined || (dep.ecosystem !== 'docker' && dep.ecosystem !== 'actions'))) {
        // With the snapshot's answer it was checked, only not live; without one it was not checked at all.
        ;(info !== undefined ? snapshotOnly : unchecked).push(displayName(dep))
        reasons.add(resolution.unchecked)
      }
    }
    const deprecated = deprecatedRule(dep, info, env)
    if (deprecated) out.push(deprecated)
    const moving = movingTagRule(dep, env)
    if (moving) out.push(moving)
  }
  const first = live[0]
  if (first !== undefined && measured > 0 && totalYears >= 1) {
    const total = Math.round(totalYears * 10) / 10
    out.push({
      ruleId: 'outdated-dependency/libyear',
      line: 1,
      message: `${total} libyears behind in total across ${measured} dependenc${measured === 1 ? 'y' : 'ies'} with release dates${largest ? `; the most: ${displayName(largest.dep)} (${largest.years})` : ''}.`,
      evidence: '',
      identity: `libyear:${total}`
    })
  }
  if (first !== undefined && (unchecked.length > 0 || snapshotOnly.length > 0 || unknown.length > 0)) {
    const parts: string[] = []
    const why = [...reasons].join('; ')
    if (unchecked.length > 0) {
      parts.push(`${unchecked.length} dependenc${unchecked.length === 1 ? 'y' : 'ies'} could not be checked against the latest release (${why}): ${list(unchecked)}`)
    }
    if (snapshotOnly.length > 0) {
      parts.push(`${snapshotOnly.length} dependenc${snapshotOnly.length === 1 ? 'y was' : 'ies were'} checked against the bundled snapshot only, not the live registry (${why}): ${list(snapshotOnly)}`)
    }
    if (unknown.length > 0) parts.push(`release line${unknown.length === 1 ? '' : 's'} not in the end-of-life data of ${env.eol.snapshot.dataDate}, so unknown (never assumed end-of-life): ${list(unknown)}`)
    out.push({
      ruleId: 'outdated-dependency/not-checked',
      line: first.line,
      message: `${parts.join('. ')}.`,
      evidence: '',
      identity: `not-checked:${[...unchecked, ...snapshotOnly, ...unknown].sort().join(',')}`
    })
  }
  return out
}

function list(items: string[]): string {
  const unique = [...new Set(items)]
  return unique.length > LISTED ? `${unique.slice(0, LISTED).join(', ')} and ${unique.length - LISTED} more` : unique.join(', ')
}
