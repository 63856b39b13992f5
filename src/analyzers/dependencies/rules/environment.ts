/** Everything a dependency rule reads, built once per analyzed file from the analyzer context. */
import type { AnalyzerContext } from '../../analyzer.js'
import { EndOfLife } from '../end-of-life.js'
import { DependencyPolicy } from '../policy.js'
import { ReleaseData } from '../releases.js'
import { isVersionLookup, VERSION_SERVICE, type VersionLookup } from '../version-lookup.js'

export interface RuleEnvironment {
  eol: EndOfLife
  releases: ReleaseData
  policy: DependencyPolicy
  now: Date
  warnDays: number
  lookup: VersionLookup | undefined
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
  return {
    eol: new EndOfLife(ctx.knowledge, ctx.settings.dependencies.extendedSupport ?? 'free'),
    releases: new ReleaseData(ctx.knowledge),
    policy: new DependencyPolicy(ctx.settings.dependencies),
    now: ctx.now,
    warnDays: ctx.settings.dependencies.eolWarnDays,
    lookup: isVersionLookup(service) ? service : undefined
  }
}
