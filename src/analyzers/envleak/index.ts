/**
 * The env-leak analyzer family: development and test settings in production configuration (and the reverse), by
 * which environment a file or a section of it belongs to. Knowledge in rules/env-leak/; evidence always redacted.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { secretScope } from '../secrets/scope.js'
import { placeholders } from '../secrets/placeholders.js'
import { envLeakKnowledge } from './knowledge.js'
import { pathClassifier, type PathClass } from './environment.js'
import { sectionNames, type SectionNames } from './sections.js'
import { formatOf, parseErrorOf, readConfig, type ReadResult } from './config-file.js'
import { canonicalKey, type ConfigEntry } from './entries.js'
import type { CheckContext, EntryCheck } from './checks/check.js'
import { nonProductionHost } from './checks/non-production-host.js'
import { testKey } from './checks/test-key.js'
import { debugFlag } from './checks/debug-flag.js'
import { testEmail } from './checks/test-email.js'
import { productionInDev } from './checks/production-in-dev.js'
import { defaultCredentials } from './checks/default-credentials.js'
import { secretValues, sharedCredentials, type SecretValue } from './checks/shared-credential.js'

export { pathClassifier } from './environment.js'

const PRODUCTION_CHECKS: EntryCheck[] = [nonProductionHost, testKey, debugFlag, testEmail]
const NON_PRODUCTION_CHECKS: EntryCheck[] = [productionInDev]

/** Sections of other environments inside a file that is not one as a whole (cheap test before parsing). */
// The line-start alternatives share one `^`, and their indentation stops at the line's end: `^\s*` ran over every
// following blank line from each line start (quadratic on a file of blank lines; a tenth of a large YAML's time).
const SECTION_HINT =
  /^[^\S\n]*(?:["']?(?:production|prod|prd|live|when@prod|development|staging)["']?\s*:|profiles\s*:|\[(?:context\.)?(?:production|prod)\b|environment\s*:)|^%prod\.|^class\s+\w*prod|on-profile|spring\.profiles\s*:/im
const CREDENTIAL_HINT = /pass|pwd|secret|token|minio|guest|admin|root|auth|user/i
const KUBERNETES = /^apiVersion:\s*\S+/m
/**
 * A template (Jinja, Go, ERB) is not yet the format it renders to: its parse errors are not the file's. It takes an
 * opening and a closing marker after it, so one stray `{{` does not switch the check off.
 */
function isTemplate(text: string): boolean {
  for (const [open, close] of [['{{', '}}'], ['{%', '%}'], ['<%', '%>']] as const) {
    const at = text.indexOf(open)
    if (at !== -1 && text.indexOf(close, at + open.length) !== -1) return true
  }
  return false
}
const MAX_SECTION_SCAN = 4 * 1024 * 1024

const namesCache = new WeakMap<object, SectionNames>()
function names(ctx: AnalyzerContext): SectionNames {
  let n = namesCache.get(ctx.knowledge)
  if (n === undefined) {
    n = sectionNames(envLeakKnowledge(ctx.knowledge).paths.sectionNames)
    namesCache.set(ctx.knowledge, n)
  }
  return n
}

/** Parsed files, so `analyze` and `analyzeSet` read each version once. */
const reads = new Map<string, { text: string; result: ReadResult }>()
function read(file: SourceText, cls: PathClass, ctx: AnalyzerContext): ReadResult {
  const cached = reads.get(file.path)
  if (cached !== undefined && cached.text === file.text) return cached.result
  const result = readConfig(file.path, file.text, cls, names(ctx))
  if (reads.size > 256) reads.clear()
  reads.set(file.path, { text: file.text, result })
  return result
}

interface Relevance {
  cls: PathClass
  deployable: boolean
}

/** Is this file worth parsing at all? Most YAML and JSON in a repository is neither environment's configuration. */
function relevance(file: SourceText, ctx: AnalyzerContext): Relevance | undefined {
  const cls = pathClassifier(ctx).classify(file.path)
  if (cls.env === 'test-data') return undefined
  if (cls.env === 'production' || cls.env === 'non-production') return { cls, deployable: cls.deployable || cls.env === 'production' }
  const head = file.text.length > MAX_SECTION_SCAN ? file.text.slice(0, MAX_SECTION_SCAN) : file.text
  const kubernetes = !cls.deployable && /\.ya?ml$/i.test(file.path) && KUBERNETES.test(head) && /^kind:\s*\S+/m.test(head)
  const deployable = (cls.deployable || kubernetes) && CREDENTIAL_HINT.test(head)
  if (deployable || SECTION_HINT.test(head)) return { cls, deployable }
  return undefined
}

/** A claimed structured configuration file (YAML, JSON, TOML) that does not parse fails closed, relevant or not. */
function unparseable(file: SourceText, cls: PathClass, result: ReadResult): Detection[] {
  if (result.parseError === undefined || isTemplate(file.text)) return []
  // prodguard's own config: the loader refuses it, and guardrail/weakened names the exact key and line in a change.
  if (/(?:^|\/)\.prodguard\.ya?ml$/.test(file.path)) return []
  const what = cls.env === 'production' ? 'This production configuration' : 'This configuration file'
  if ((result.parseError as { tooLarge?: boolean }).tooLarge === true) {
    const why = result.parseError.message
    return [{ ruleId: 'unanalyzable/too-large', line: result.parseError.line, message: `${what} is too large to analyze: ${why}.`, evidence: '', identity: `too-large:${why}` }]
  }
  return [
    {
      ruleId: 'unanalyzable/parse-error',
      line: result.parseError.line,
      message: `${what} could not be parsed (${result.parseError.message}); prodguard read it line by line instead, and cannot vouch for what it could not parse.`,
      evidence: '',
      identity: `env-leak:parse:${result.parseError.message}`
    }
  ]
}

const STRUCTURED = new Set(['yaml', 'json', 'toml'])

export function detectEnvLeaks(file: SourceText, ctx: AnalyzerContext): Detection[] {
  const relevant = relevance(file, ctx)
  if (relevant === undefined) {
    const cls = pathClassifier(ctx).classify(file.path)
    const format = formatOf(file.path)
    if (cls.env === 'test-data' || format === undefined || !STRUCTURED.has(format)) return []
    // No check reads this file's entries: whether it parses is all that is asked (reading a 300 KB OpenAPI file's
    // entries was a fifth of its time).
    const parseError = reads.get(file.path)?.text === file.text ? reads.get(file.path)!.result.parseError : parseErrorOf(file.path, file.text)
    return unparseable(file, cls, { entries: [], ...(parseError !== undefined ? { parseError } : {}) })
  }
  const { cls } = relevant
  const result = read(file, cls, ctx)
  const k = envLeakKnowledge(ctx.knowledge)
  const cx: CheckContext = { k, path: file.path, cls, lines: file.text.split('\n'), placeholders: placeholders(ctx.knowledge) }
  const out: Detection[] = unparseable(file, cls, result)
  const credentialScope: ConfigEntry[] = []
  for (const entry of result.entries) {
    const canonical = canonicalKey(entry.path)
    const checks = entry.env === 'production' ? PRODUCTION_CHECKS : entry.env === 'non-production' ? NON_PRODUCTION_CHECKS : []
    for (const check of checks) out.push(...check(entry, canonical, cx))
    if (entry.env === 'production' || (relevant.deployable && entry.env === 'base')) credentialScope.push(entry)
  }
  out.push(...defaultCredentials(credentialScope, cx))
  return onePerLine(out)
}

/** One detection per rule and line: two readers (or two rows) seeing the same problem report it once. */
function onePerLine(detections: Detection[]): Detection[] {
  const seen = new Set<string>()
  return detections
    .filter((d) => {
      const key = `${d.ruleId}\0${d.line}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => a.line - b.line)
}

export const envLeakAnalyzer: Analyzer = {
  name: 'env-leak',
  claims(path, ctx) {
    if (!secretScope(ctx.knowledge).reads(path)) return false
    const classifier = pathClassifier(ctx)
    return classifier.isConfig(path) && classifier.classify(path).env !== 'test-data'
  },
  analyze: (file, ctx) => detectEnvLeaks(file, ctx),
  analyzeSet(files, ctx) {
    const k = envLeakKnowledge(ctx.knowledge)
    const test = placeholders(ctx.knowledge)
    const production: SecretValue[] = []
    const nonProduction: SecretValue[] = []
    for (const file of files) {
      const relevant = relevance(file, ctx)
      if (relevant === undefined) continue
      const { entries } = read(file, relevant.cls, ctx)
      const prod = entries.filter((e) => e.env === 'production')
      const nonProd = entries.filter((e) => e.env === 'non-production')
      if (prod.length > 0) production.push(...secretValues(file.path, prod, k, test))
      if (nonProd.length > 0) nonProduction.push(...secretValues(file.path, nonProd, k, test))
    }
    if (production.length === 0 || nonProduction.length === 0) return []
    return sharedCredentials(production, nonProduction)
  }
}

export const envleakAnalyzers: Analyzer[] = [envLeakAnalyzer]
