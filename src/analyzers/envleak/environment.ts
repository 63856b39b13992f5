/**
 * Which environment a file belongs to, by its path (rules/env-leak/production-paths.yml plus `paths.production` and
 * `paths.nonProduction` from .prodguard.yml). Whole path tokens only: `product/` and `reproduction.json` are not
 * production. Parts of a file can still be production (sections.ts); this is the file as a whole.
 */
import { compileGlobs } from '../../config/globs.js'
import type { AnalyzerContext } from '../analyzer.js'
import { envLeakKnowledge } from './knowledge.js'

/** `test-data`: tests, fixtures and docs, neither side of a comparison. `base`: inherited by every environment. */
export type Environment = 'production' | 'non-production' | 'base' | 'test-data'

export interface PathClass {
  env: Environment
  /** Shipped as it is (compose, Dockerfile, manifests, Helm values, Terraform, Ansible): default credentials count. */
  deployable: boolean
  /** A CI definition: production only in jobs that deploy to a production environment. */
  ci: boolean
  /** Configuration the analyzer reads (by extension, name or a known code-config path). */
  config: boolean
}

type Matcher = (path: string) => boolean

const QUALIFIERS = new Set(['non', 'pre', 'not', 'no'])

interface Classifier {
  classify(path: string): PathClass
  /** `classify(path).config`, without the rest: the question asked of every path, which most answer no. */
  isConfig(path: string): boolean
}

const classifiers = new WeakMap<object, Map<string, Classifier>>()
/** The classifier of the run's settings, found without serializing them again for each of many paths. */
const bySettingsObject = new WeakMap<object, WeakMap<object, Classifier>>()

export function pathClassifier(ctx: AnalyzerContext): Classifier {
  const known = bySettingsObject.get(ctx.knowledge)?.get(ctx.settings.paths)
  if (known !== undefined) return known
  const bySettings = classifiers.get(ctx.knowledge) ?? new Map<string, Classifier>()
  classifiers.set(ctx.knowledge, bySettings)
  const key = JSON.stringify([ctx.settings.paths.production, ctx.settings.paths.nonProduction])
  let classifier = bySettings.get(key)
  if (classifier === undefined) {
    classifier = buildClassifier(ctx)
    bySettings.set(key, classifier)
  }
  const objects = bySettingsObject.get(ctx.knowledge) ?? new WeakMap<object, Classifier>()
  bySettingsObject.set(ctx.knowledge, objects)
  objects.set(ctx.settings.paths, classifier)
  return classifier
}

function globs(patterns: readonly string[]): Matcher {
  // A pattern without a slash matches at any depth, as in .gitignore and the rest of .prodguard.yml.
  return compileGlobs(patterns, { nocase: true })
}

/** Path tokens: folders, and names split at `.`, `-`, `_` and letter/digit boundaries, lower-cased. */
export function pathTokens(path: string): { dirs: string[][]; name: string[] } {
  const segments = path.toLowerCase().split('/')
  const split = (segment: string): string[] => segment.split(/[._\-\s]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/).filter((t) => t !== '')
  return { dirs: segments.slice(0, -1).map(split), name: split(segments[segments.length - 1] ?? '') }
}

function buildClassifier(ctx: AnalyzerContext): Classifier {
  const k = envLeakKnowledge(ctx.knowledge).paths
  const userProduction = globs(ctx.settings.paths.production)
  const userNonProduction = globs(ctx.settings.paths.nonProduction)
  const production = globs(k.productionFiles)
  const nonProduction = globs(k.nonProductionFiles)
  const ci = globs(k.ciFiles)
  const deployable = globs(k.deployableFiles)
  const codeConfig = globs(k.codeConfigFiles)
  const prodTokens = new Set(k.productionTokens)
  const nonProdTokens = new Set(k.nonProductionTokens)
  const testDirs = new Set(k.testDataDirs)
  const nameOnly = new Set(k.nameOnlyTokens)
  const configExtensions = new Set(k.configExtensions)
  const cache = new Map<string, PathClass>()
  // the globs that make a file configuration, in one matcher: asked of every path
  const configGlobs = globs([...k.productionFiles, ...k.nonProductionFiles, ...k.codeConfigFiles])

  const isConfigName = (name: string): boolean => {
    const lower = name.toLowerCase()
    if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return true
    if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) return true
    const dot = lower.lastIndexOf('.')
    return dot > 0 && configExtensions.has(lower.slice(dot + 1))
  }

  const classify = (path: string): PathClass => {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const isCi = ci(path)
    const config = isConfigName(name) || production(path) || nonProduction(path) || codeConfig(path)
    const deploy = deployable(path)
    const result = (env: Environment): PathClass => ({ env, deployable: deploy && env !== 'test-data' && env !== 'non-production', ci: isCi, config })
    if (userProduction(path)) return result('production')
    if (userNonProduction(path)) return result('non-production')
    const tokens = pathTokens(path)
    const rawDirs = path.toLowerCase().split('/').slice(0, -1)
    if (rawDirs.some((dir, i) => testDirs.has(dir) || testDirs.has(tokens.dirs[i]!.join('-')))) return result('test-data')
    if (isCi) return result('base')
    if (production(path)) return result('production')
    if (nonProduction(path)) return result('non-production')
    const dirTokens = tokens.dirs.flat()
    const all = [...dirTokens, ...tokens.name]
    // `non-production`, `pre-prod`: a production word qualified by the word before it is not production.
    const qualified = (i: number): boolean => i > 0 && QUALIFIERS.has(all[i - 1]!)
    const nonProd = (t: string, i: number): boolean => (nonProdTokens.has(t) && (i >= dirTokens.length || !nameOnly.has(t))) || (prodTokens.has(t) && qualified(i))
    if (all.some(nonProd)) return result('non-production')
    if (config && all.some((t) => prodTokens.has(t))) return result('production')
    return result('base')
  }

  return {
    isConfig: (path) => cache.get(path)?.config ?? (isConfigName(path.slice(path.lastIndexOf('/') + 1)) || configGlobs(path)),
    classify(path: string): PathClass {
      let c = cache.get(path)
      if (c === undefined) {
        c = classify(path)
        if (cache.size > 20000) cache.clear()
        cache.set(path, c)
      }
      return c
    }
  }
}
