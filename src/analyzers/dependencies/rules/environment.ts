/** Everything a dependency rule reads, built once per analyzed file from the analyzer context. */
import type { AnalyzerContext } from '../../analyzer.js'
import { EndOfLife } from '../end-of-life.js'
import { DependencyPolicy } from '../policy.js'
import { ReleaseData } from '../releases.js'
import { isVersionLookup, VERSION_SERVICE, type VersionLookup } from '../version-lookup.js'
import { ADVISORY_SERVICE, isAdvisoryLookup, type AdvisoryLookup, type AdvisorySeverity } from '../advisory-lookup.js'

export interface RuleEnvironment {
  eol: EndOfLife
  releases: ReleaseData
  policy: DependencyPolicy
  now: Date
  warnDays: number
  /** A line supported for fewer days than this is short-lived (`dependencies.eolShortLivedDays`). */
  shortLivedDays: number
  /** Days an ended short-lived line warns before it blocks (`dependencies.eolGraceDays`). */
  graceDays: number
  lookup: VersionLookup | undefined
  /** Known-vulnerability lookups: `services.advisories`, else the version source when it serves them. */
  advisories: AdvisoryLookup | undefined
  failOnSeverity: Exclude<AdvisorySeverity, 'unknown'>
}

const built = new WeakMap<AnalyzerContext, RuleEnvironment>()

export function ruleEnvironment(ctx: AnalyzerContext): RuleEnvironment {
  const known = built.get(ctx)
  if (known !== undefined) return known
  const env = makeEnvironment(ctx)
  built.set(ctx, env)
  return env
}

function makeEnvironment(ctx: AnalyzerContext): RuleEnvironment {
  const service = ctx.services[VERSION_SERVICE]
  const advisories = ctx.services[ADVISORY_SERVICE] ?? service
  return {
    eol: new EndOfLife(ctx.knowledge, ctx.settings.dependencies.extendedSupport ?? 'free'),
    releases: new ReleaseData(ctx.knowledge),
    policy: new DependencyPolicy(ctx.settings.dependencies),
    now: ctx.now,
    warnDays: ctx.settings.dependencies.eolWarnDays,
    shortLivedDays: ctx.settings.dependencies.eolShortLivedDays ?? 183,
    graceDays: ctx.settings.dependencies.eolGraceDays ?? 90,
    lookup: isVersionLookup(service) ? service : undefined,
    advisories: isAdvisoryLookup(advisories) ? advisories : undefined,
    failOnSeverity: ctx.settings.dependencies.failOnSeverity ?? 'high'
  }
}
