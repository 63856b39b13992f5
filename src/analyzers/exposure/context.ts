/** What every exposure reader needs per file: the database catalog and whether the file is deployed at all. */
import { matchGlob } from '../../config/globs.js'
import type { AnalyzerContext, Detection, SourceText } from '../analyzer.js'
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
  const hit = globs.find((glob) => matchGlob(path, glob, { nocase: true }))
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

/**
 * `analyzeChunks` for files over the size limit. Readers that claim broad patterns (every YAML or JSON file) look at
 * the first chunk and let files that are clearly not theirs go, rather than reporting every large YAML file in a
 * repository as unanalyzable; files that are theirs are read whole.
 */
/** Past this a configuration file is not read whole (memory), and is reported as too large. */
const WHOLE_LIMIT = 256 * 2 ** 20

export function wholeWhenMine(
  analyze: (file: SourceText, ctx: AnalyzerContext) => Detection[] | Promise<Detection[]>,
  looksMine: (start: string) => boolean = () => true,
  limit = WHOLE_LIMIT
): (path: string, chunks: Iterable<string>, ctx: AnalyzerContext) => Promise<Detection[]> {
  return async (path, chunks, ctx) => {
    const parts: string[] = []
    let length = 0
    for (const chunk of chunks) {
      if (parts.length === 0 && !looksMine(chunk)) return []
      parts.push(chunk)
      length += chunk.length
      if (length > limit) {
        return [{ ruleId: 'unanalyzable/too-large', line: 1, message: `${path} is over ${limit / 2 ** 20} MiB: too large to read as one document.`, evidence: '', identity: 'too-large' }]
      }
    }
    return analyze({ path, text: parts.join('') }, ctx)
  }
}
