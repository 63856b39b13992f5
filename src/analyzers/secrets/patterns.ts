/**
 * Secret patterns are data (rules/secret/patterns.yml); this module validates and compiles them once per knowledge
 * source. A pattern that does not compile is a bug in the shipped knowledge, so it fails loudly here.
 */
import type { Severity } from '../../findings/finding.js'
import { SEVERITIES } from '../../findings/finding.js'
import type { Knowledge } from '../../knowledge/knowledge.js'
import { compileGlobs, type PathPredicate } from '../../config/globs.js'

interface PatternEntry {
  id?: unknown
  rule?: unknown
  title?: unknown
  keywords?: unknown
  caseSensitiveKeywords?: unknown
  regex?: unknown
  flags?: unknown
  group?: unknown
  userGroup?: unknown
  entropy?: unknown
  relativeEntropy?: unknown
  minLength?: unknown
  visible?: unknown
  allow?: unknown
  files?: unknown
  multiline?: unknown
  severity?: unknown
  confidence?: unknown
  hint?: unknown
}

export interface SecretPattern {
  id: string
  ruleId: string
  title: string
  keywords: string[]
  caseSensitiveKeywords: boolean
  /** Global, with match indices (`dg`), so the secret's own span is known. */
  regex: RegExp
  /** The capture group holding the secret; `last` takes the last group that matched (alternative quotings). */
  group: number | 'last'
  /** A user-name group: a secret equal to it is a default login (`guest:guest@`), not a secret. */
  userGroup: number | undefined
  entropy: number
  /** Short values and small alphabets are held to a share of the most entropy they can have (see the scanner). */
  relativeEntropy: boolean
  minLength: number
  visible: number
  allow: RegExp[]
  files: PathPredicate | undefined
  multiline: boolean
  severity: Severity | undefined
  lowConfidence: boolean
  hint: string | undefined
}

const cache = new WeakMap<Knowledge, SecretPattern[]>()

export function secretPatterns(knowledge: Knowledge): SecretPattern[] {
  let compiled = cache.get(knowledge)
  if (compiled === undefined) {
    const entries = knowledge.load<PatternEntry[]>('secret/patterns.yml')
    compiled = entries.map((entry, i) => compilePattern(entry, `rules/secret/patterns.yml #${i + 1}`))
    cache.set(knowledge, compiled)
  }
  return compiled
}

export function compilePattern(entry: PatternEntry, where: string): SecretPattern {
  const id = requireString(entry.id, `${where}: id`)
  const at = `rules/secret/patterns.yml ${id}`
  const ruleId = requireString(entry.rule, `${at}: rule`)
  if (!ruleId.startsWith('secret/')) throw new Error(`${at}: rule must be a secret/ rule`)
  const keywords = Array.isArray(entry.keywords) ? entry.keywords.map(String).filter((k) => k !== '') : []
  if (keywords.length === 0) throw new Error(`${at}: every pattern needs keywords (they gate the regex)`)
  const caseSensitive = entry.caseSensitiveKeywords === true
  const flags = typeof entry.flags === 'string' ? entry.flags.replace(/[^imsu]/g, '') : ''
  let regex: RegExp
  try {
    regex = new RegExp(requireString(entry.regex, `${at}: regex`), `gd${flags}`)
  } catch (error) {
    throw new Error(`${at}: regex does not compile: ${(error as Error).message}`, { cause: error })
  }
  const group = entry.group === 'any' || entry.group === 'last' ? 'last' : typeof entry.group === 'number' ? entry.group : 1
  const severity = typeof entry.severity === 'string' ? entry.severity : undefined
  if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity)) throw new Error(`${at}: bad severity`)
  return {
    id,
    ruleId,
    title: typeof entry.title === 'string' ? entry.title : id,
    keywords: caseSensitive ? keywords : keywords.map((k) => k.toLowerCase()),
    caseSensitiveKeywords: caseSensitive,
    regex,
    group,
    userGroup: typeof entry.userGroup === 'number' ? entry.userGroup : undefined,
    entropy: typeof entry.entropy === 'number' ? entry.entropy : 0,
    relativeEntropy: entry.relativeEntropy === true,
    minLength: typeof entry.minLength === 'number' ? entry.minLength : 8,
    visible: typeof entry.visible === 'number' ? entry.visible : 0,
    allow: Array.isArray(entry.allow) ? entry.allow.map((a) => new RegExp(String(a))) : [],
    files: Array.isArray(entry.files) ? compileGlobs(entry.files.map(String)) : undefined,
    multiline: entry.multiline === true,
    severity: severity as Severity | undefined,
    lowConfidence: entry.confidence === 'low',
    hint: typeof entry.hint === 'string' ? entry.hint : undefined
  }
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${what} must be a non-empty string`)
  return value
}
