/**
 * `outdated-dependency/vulnerable`: the version in use has a published advisory that a later release fixes. Blocks
 * when the worst advisory the change brings in reaches `dependencies.failOnSeverity` (default `high`, like
 * dependency-review-action's `fail-on-severity`), warns below. Only exact versions are asked about (a pin, a
 * lockfile entry, a pom version): a range says nothing certain about what is installed. Advisories are looked up
 * online only; when the source cannot answer, the dependency is listed as not checked (never blocking).
 */
import type { Detection } from '../../analyzer.js'
import { advisoryKey, severityOrder, type Advisory, type AdvisoryQuery } from '../advisory-lookup.js'
import { dependencyKey, displayName, type Dependency } from '../dependency.js'
import { compareVersions } from '../versioning.js'
import { dependencyDetection } from './detection.js'
import type { RuleEnvironment } from './environment.js'

const LISTED = 5

/** A dependency to judge, and in a diff the version the base had, if another one. */
export interface VulnerableCandidate {
  dep: Dependency
  file?: string
  was?: string
}

export interface VulnerableResult {
  items: { detection: Detection; dep: Dependency; file?: string }[]
  /** Dependencies whose advisories could not be looked up, and why. */
  unchecked: string[]
  reasons: Set<string>
}

const EXACT = /^v?\d+(?:[.\-+_][0-9A-Za-z]+)*$/

/** The exact version a dependency is known to run, or undefined (a range, a tag that is a word, an image). */
export function exactVersion(dep: Dependency): string | undefined {
  if (dep.ecosystem === 'docker' || dep.ecosystem === 'actions' || dep.ecosystem === 'runtime' || dep.ecosystem === 'terraform' || dep.ecosystem === 'helm') return undefined
  return dep.version !== undefined && EXACT.test(dep.version) ? dep.version : undefined
}

/** What the change adds or moves: head dependencies whose exact version the base does not have for that name. */
export function addedOrMoved(head: Dependency[], base: Dependency[]): VulnerableCandidate[] {
  const before = new Map<string, Set<string>>()
  for (const d of base) {
    const v = exactVersion(d) ?? d.range
    if (v !== undefined) before.set(dependencyKey(d), (before.get(dependencyKey(d)) ?? new Set()).add(v))
  }
  const out: VulnerableCandidate[] = []
  for (const dep of head) {
    const v = exactVersion(dep)
    if (v === undefined) continue
    const had = before.get(dependencyKey(dep))
    if (had?.has(v)) continue
    const was = had === undefined ? undefined : [...had].find((x) => EXACT.test(x))
    out.push({ dep, ...(was !== undefined ? { was } : {}) })
  }
  return out
}

const rank = (a: Advisory) => severityOrder(a.severity)
const words = (a: Advisory) => (a.severity === 'unknown' ? 'severity not rated' : a.severity)

function describe(a: Advisory): string {
  const cve = a.aliases.find((x) => x.startsWith('CVE-'))
  return `${a.id} (${words(a)}${cve !== undefined ? `, ${cve}` : ''}${a.summary !== '' ? `: ${a.summary}` : ''}; fixed in ${a.fixed})`
}

export async function vulnerableRule(candidates: VulnerableCandidate[], env: RuleEnvironment): Promise<VulnerableResult> {
  const result: VulnerableResult = { items: [], unchecked: [], reasons: new Set() }
  const lookup = env.advisories
  const live = candidates.filter((c) => !env.policy.ignored(c.dep) && exactVersion(c.dep) !== undefined)
  if (lookup === undefined || live.length === 0) return result
  const queries: AdvisoryQuery[] = []
  for (const { dep, was } of live) {
    queries.push({ ecosystem: dep.ecosystem, name: dep.name, version: dep.version! })
    if (was !== undefined) queries.push({ ecosystem: dep.ecosystem, name: dep.name, version: was })
  }
  const answers = await lookup.advisories(queries)
  const threshold = severityOrder(env.failOnSeverity)
  for (const { dep, file, was } of live) {
    const version = dep.version!
    const answer = answers.get(advisoryKey({ ecosystem: dep.ecosystem, name: dep.name, version }))
    if (answer === undefined) continue
    if (answer.status === 'unavailable') {
      result.unchecked.push(displayName(dep))
      result.reasons.add(answer.reason)
      continue
    }
    // Only advisories a later release fixes: the upgrade is the remedy this rule names.
    const fixable = answer.advisories.filter((a) => a.fixed !== undefined && (compareVersions(dep.ecosystem, a.fixed, version) ?? 1) > 0)
    if (fixable.length === 0) continue
    const base = was === undefined ? undefined : answers.get(advisoryKey({ ecosystem: dep.ecosystem, name: dep.name, version: was }))
    const before = new Set(base?.status === 'found' ? base.advisories.map((a) => a.id) : [])
    const brought = fixable.filter((a) => !before.has(a.id))
    const worst = [...(brought.length > 0 ? brought : fixable)].sort((a, b) => rank(b) - rank(a))[0]!
    // Unrated advisories count as low: they block only under `failOnSeverity: low`.
    const blocks = brought.length > 0 && Math.max(1, rank(worst)) >= threshold
    const ordered = [...fixable].sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id))
    let target = ordered[0]!.fixed!
    for (const a of ordered) if ((compareVersions(dep.ecosystem, a.fixed!, target) ?? 0) > 0) target = a.fixed!
    const n = fixable.length
    const shown = ordered.slice(0, LISTED).map(describe).join('; ')
    const more = n > LISTED ? `; and ${n - LISTED} more` : ''
    const already = brought.length === 0 && was !== undefined ? ` The change moves it from ${was}, which these affect too, so it does not make it worse and this does not block.` : ''
    const message = `${displayName(dep)} has ${n === 1 ? 'a known vulnerability' : `${n} known vulnerabilities`} fixed in later releases (worst: ${words(worst)}): ${shown}${more}.${already}`
    const hint = `Upgrade ${dep.name} to ${target} or later: the first release that fixes ${n === 1 ? 'it' : `all ${n}`} (advisories from ${[...new Set(fixable.map((a) => a.origin))].join(', ')}).`
    const detection = dependencyDetection(env.policy, dep, 'vulnerable', blocks ? 'block' : 'warn', message, {
      identity: `vulnerable:${dependencyKey(dep)}@${version}`,
      hint
    })
    if (detection) result.items.push({ detection, dep, ...(file !== undefined ? { file } : {}) })
  }
  return result
}
