/**
 * A dependency's release line: what a finding is about. A bump within a line (`react` 17.0.1 -> 17.0.2,
 * `node:20.20.1-alpine` -> `20.20.2-alpine`, an action pin `# v4.2.2` -> `# v4.3.0`) keeps the line, so the finding
 * keeps its identity and stays quiet in a diff.
 */
import semver from 'semver'
import { type Dependency, type Ecosystem } from './dependency.js'
import { compareVersions, isStable as isStableVersion, majorOf, rangeFloor } from './versioning.js'

/** The ecosystem whose version arithmetic a dependency's versions follow (Python runtimes are PEP 440). */
export function versionEcosystem(dep: Pick<Dependency, 'ecosystem' | 'name'>): Ecosystem {
  return dep.ecosystem === 'runtime' && dep.name === 'python' ? 'pypi' : dep.ecosystem
}

/** The version a dependency stands for: the pinned one, or the floor of its range. Undefined for tags that are words. */
export function effectiveVersion(dep: Dependency): string | undefined {
  if (dep.version !== undefined) return /^v?\d/.test(dep.version) ? dep.version : undefined
  return dep.range === undefined ? undefined : rangeFloor(versionEcosystem(dep), dep.range)
}

/** `4.17.21` -> `4`; semver `0.5.4` -> `0.5` (each 0.x minor is its own line); a tag that is a word stays itself. */
export function lineOfVersion(ecosystem: Ecosystem, version: string): string | undefined {
  const major = majorOf(ecosystem, version)
  if (major === undefined) return undefined
  if (major === 0 && (ecosystem === 'npm' || ecosystem === 'cargo' || ecosystem === 'composer' || ecosystem === 'go')) {
    const parsed = semver.coerce(version.replace(/^v/, ''))
    if (parsed) return `0.${parsed.minor}`
  }
  return String(major)
}

export function releaseLine(dep: Dependency): string {
  const v = effectiveVersion(dep)
  const line = v === undefined ? undefined : lineOfVersion(versionEcosystem(dep), v)
  return line ?? dep.version ?? dep.range ?? ''
}

/** `npm:react@17`: the identity of findings about a dependency's release line. */
export function lineIdentity(dep: Dependency): string {
  return `${dep.ecosystem}:${dep.name}@${releaseLine(dep)}`
}

/** Does `after` move to a newer version than `before`? Undefined when either cannot be compared. */
export function isUpgrade(before: Dependency, after: Dependency): boolean | undefined {
  const from = effectiveVersion(before)
  const to = effectiveVersion(after)
  if (from === undefined || to === undefined) return undefined
  const cmp = compareVersions(versionEcosystem(after), to, from)
  return cmp === undefined ? undefined : cmp > 0
}

/**
 * Per-line release dates for the bundled snapshot (`prodguard data refresh`), from a registry's per-version dates:
 * the newest release of each older line and the first release of each line, for the newest `keep` lines.
 */
export function lineDatesOf(ecosystem: Ecosystem, dates: Record<string, string>, latest: string, keep = 8): { lines?: Record<string, string>; lineStarts?: Record<string, string> } {
  const last = new Map<string, string>()
  const first = new Map<string, string>()
  for (const [v, at] of Object.entries(dates)) {
    if (!isStableVersion(ecosystem, v)) continue
    const line = lineOfVersion(ecosystem, v)
    const day = at.slice(0, 10)
    if (line === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue
    if ((last.get(line) ?? '') < day) last.set(line, day)
    if ((first.get(line) ?? '9999') > day) first.set(line, day)
  }
  const latestLine = lineOfVersion(ecosystem, latest)
  const ordered = [...first.keys()].sort((a, b) => compareVersions(ecosystem, b, a) ?? 0).slice(0, keep)
  if (ordered.length < 2) return {}
  const lines: Record<string, string> = {}
  const lineStarts: Record<string, string> = {}
  for (const line of ordered) {
    lineStarts[line] = first.get(line)!
    if (line !== latestLine) lines[line] = last.get(line)!
  }
  return { lines, lineStarts }
}
