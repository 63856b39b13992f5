/** What every exposure reader needs per file: the database catalog and whether the file is deployed at all. */
import { minimatch } from 'minimatch'
import type { AnalyzerContext, Detection } from '../analyzer.js'
import { DatabaseCatalog } from './databases.js'
import type { ExposureContext } from './container-exposure.js'

interface PathsKnowledge {
  notDeployed: string[]
  production: string[]
}

export function exposureContext(path: string, ctx: AnalyzerContext): ExposureContext {
  const catalog = new DatabaseCatalog(ctx.knowledge)
  const reason = notDeployedReason(path, ctx)
  return reason === undefined ? { catalog } : { catalog, notDeployed: reason }
}

/** Test fixtures are not deployed: their findings are warnings. Configurable through `paths.nonProduction`. */
export function notDeployedReason(path: string, ctx: AnalyzerContext): string | undefined {
  const paths = ctx.knowledge.load<PathsKnowledge>('public-exposure/paths.yml')
  const globs = [...paths.notDeployed, ...ctx.settings.paths.nonProduction]
  const hit = globs.find((glob) => minimatch(path, glob, { dot: true, nocase: true }))
  return hit === undefined ? undefined : `${path} matches \`${hit}\`, a path that is not deployed`
}

export function parseError(path: string, line: number, detail: string): Detection {
  return {
    ruleId: 'unanalyzable/parse-error',
    line,
    message: `Could not parse ${path}: ${detail}. prodguard cannot vouch for what it cannot read.`,
    evidence: '',
    identity: `parse-error:${detail}`
  }
}
