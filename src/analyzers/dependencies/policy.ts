/**
 * The `dependencies` settings applied to one dependency: ignore globs, per-dependency or per-ecosystem overrides,
 * the majors-behind thresholds and the severity caps (development scope, `level`).
 */
import { matchGlob } from '../../config/globs.js'
import type { DependencyOverride, MajorsBehind, Settings } from '../../config/settings.js'
import { severityRank, type RuleLevel, type Severity } from '../../findings/finding.js'
import type { Dependency } from './dependency.js'

export class DependencyPolicy {
  constructor(private readonly settings: Settings['dependencies']) {}

  private matches(pattern: string, dep: Dependency): boolean {
    const eco = /^ecosystem:(.+)$/.exec(pattern)
    if (eco) return eco[1] === dep.ecosystem
    return pattern === dep.name || matchGlob(dep.name, pattern, { nocase: true }) || matchGlob(`${dep.ecosystem}:${dep.name}`, pattern, { nocase: true })
  }

  /** Overrides that apply, in file order: later ones win. */
  private overrides(dep: Dependency): DependencyOverride[] {
    return this.settings.overrides.filter((o) => this.matches(o.match, dep))
  }

  ignored(dep: Dependency): boolean {
    return this.settings.ignore.some((pattern) => this.matches(pattern, dep))
  }

  majorsBehind(dep: Dependency): MajorsBehind {
    const limits = { ...this.settings.majorsBehind }
    for (const o of this.overrides(dep)) Object.assign(limits, o.majorsBehind)
    return limits
  }

  eolLevel(dep: Dependency): RuleLevel {
    let level = this.settings.eol
    for (const o of this.overrides(dep)) if (o.eol !== undefined) level = o.eol
    return level
  }

  /** The severity a finding about this dependency gets: the lowest of the rule's, the dev-scope cap and `level`. */
  cap(dep: Dependency, severity: Severity): Severity | 'off' {
    const caps: RuleLevel[] = []
    if (dep.scope === 'dev') caps.push(this.settings.devScope)
    for (const o of this.overrides(dep)) if (o.level !== undefined) caps.push(o.level)
    let result: Severity = severity
    for (const c of caps) {
      if (c === 'off') return 'off'
      if (severityRank(c) < severityRank(result)) result = c
    }
    return result
  }
}
