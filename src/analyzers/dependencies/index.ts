/**
 * The dependencies analyzer family (category `outdated-dependency`): manifests, lockfiles, images, version files,
 * workflows and Terraform engines in; end-of-life, majors-behind, deprecated, moving-tag, downgrade, libyear and
 * not-checked detections out. Pure: release data comes from `ctx.knowledge` and the optional `ctx.services.versions`.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { describeError } from '../../errors.js'
import { ManifestError, type Dependency } from './dependency.js'
import { evaluateDependencies } from './evaluate.js'
import { directoryOf, manifestKind, type ManifestKind } from './manifests.js'
import { downgradeRule } from './rules/downgrade.js'
import { ruleEnvironment } from './rules/environment.js'

export { VERSION_SERVICE, type VersionLookup, type Lookup, type ReleaseInfo } from './version-lookup.js'

/** Snapshots older than this say so. */
export const STALE_AFTER_DAYS = 60

type Reading = { deps: Dependency[] } | { error: Detection | undefined }

function read(kind: ManifestKind, file: SourceText, ctx: AnalyzerContext): Reading {
  const env = ruleEnvironment(ctx)
  try {
    return { deps: kind.read(file.text, file.path, env.eol.aliases) }
  } catch (error) {
    if (kind.quietOnParseError) return { deps: [] }
    const line = error instanceof ManifestError ? error.line : 1
    return {
      error: {
        ruleId: 'unanalyzable/parse-error',
        line,
        message: `Could not read this ${kind.name} to check its dependencies: ${describeError(error)}.`,
        evidence: '',
        identity: `dependencies:${kind.name}:${describeError(error)}`
      }
    }
  }
}

async function analyzeLockfiles(files: SourceText[], ctx: AnalyzerContext): Promise<Detection[]> {
  const env = ruleEnvironment(ctx)
  const out: Detection[] = []
  // Names the sibling manifests declare: their findings come from the manifest, not again from the lockfile.
  const declared = new Map<string, Set<string>>()
  for (const file of files) {
    const kind = manifestKind(file.path)
    if (kind === undefined || kind.lockOf !== undefined || !['package.json', 'pyproject.toml'].includes(kind.name)) continue
    const reading = read(kind, file, ctx)
    if (!('deps' in reading)) continue
    declared.set(`${directoryOf(file.path)}/${kind.name}`, new Set(reading.deps.map((d) => `${d.ecosystem}:${d.name.toLowerCase().replace(/[-_.]+/g, '-')}`)))
  }
  for (const file of files) {
    const kind = manifestKind(file.path)
    if (kind?.lockOf === undefined) continue
    const reading = read(kind, file, ctx)
    if (!('deps' in reading)) continue
    const siblings = declared.get(`${directoryOf(file.path)}/${kind.lockOf}`)
    const own = siblings === undefined ? reading.deps : reading.deps.filter((d) => !siblings.has(`${d.ecosystem}:${d.name.toLowerCase().replace(/[-_.]+/g, '-')}`))
    for (const d of await evaluateDependencies(own, env)) out.push({ ...d, file: file.path })
  }
  return out
}

/** Said once per run, and only when the run judged something by the end-of-life data. */
function staleData(files: SourceText[], ctx: AnalyzerContext): Detection[] {
  const env = ruleEnvironment(ctx)
  const age = env.eol.ageInDays(ctx.now)
  if (age <= STALE_AFTER_DAYS) return []
  // The first file, in path order, that runs a product the end-of-life data covers: reading stops there.
  const first = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .find((file) => {
      const kind = manifestKind(file.path)
      const reading = kind === undefined ? undefined : read(kind, file, ctx)
      return reading !== undefined && 'deps' in reading && reading.deps.some((d) => env.eol.productsOf(d).length > 0)
    })?.path
  if (first === undefined) return []
  return [
    {
      ruleId: 'outdated-dependency/stale-data',
      file: first,
      line: 1,
      message: `The bundled end-of-life data is ${age} days old (${env.eol.snapshot.dataDate}): release lines and dates announced since then are unknown to this run.`,
      evidence: '',
      identity: `stale-data:${env.eol.snapshot.dataDate}`
    }
  ]
}

export const dependenciesAnalyzer: Analyzer = {
  name: 'dependencies',
  claims: (path) => manifestKind(path) !== undefined,
  async analyze(file, ctx) {
    const kind = manifestKind(file.path)
    if (kind === undefined) return []
    const reading = read(kind, file, ctx)
    if (!('deps' in reading)) return reading.error ? [reading.error] : []
    // Lockfiles are judged together with their sibling manifest (analyzeSet), so a dependency is reported once.
    if (kind.lockOf !== undefined) return []
    return evaluateDependencies(reading.deps, ruleEnvironment(ctx))
  },
  async analyzeSet(files, ctx) {
    return [...(await analyzeLockfiles(files, ctx)), ...staleData(files, ctx)]
  },
  compare(before, after, ctx) {
    if (before === undefined || after === undefined) return []
    const kind = manifestKind(after.path)
    if (kind === undefined) return []
    const old = read(kind, before, ctx)
    const now = read(kind, after, ctx)
    if (!('deps' in old) || !('deps' in now)) return []
    return downgradeRule(old.deps, now.deps, ruleEnvironment(ctx).policy)
  }
}

export const dependenciesAnalyzers: Analyzer[] = [dependenciesAnalyzer]
