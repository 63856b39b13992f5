/**
 * A CVSS v3.x vector's base score and its qualitative rating (FIRST's CVSS v3.1 specification, section 7), for
 * advisories that carry a vector but no rating. v2 and v4 vectors are not scored here: they stay `unknown`.
 */
import type { AdvisorySeverity } from '../../analyzers/dependencies/advisory-lookup.js'

const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
}

/** The specification's Roundup: the smallest number with one decimal that is not below the input. */
function roundUp(value: number): number {
  const scaled = Math.round(value * 100000)
  return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10
}

export function cvss3BaseScore(vector: string): number | undefined {
  const m = /^CVSS:3\.[01]\/(.*)$/.exec(vector.trim())
  if (!m) return undefined
  const metrics: Record<string, string> = {}
  for (const part of m[1]!.split('/')) {
    const [key, value] = part.split(':')
    if (key !== undefined && value !== undefined) metrics[key] = value
  }
  const changed = metrics.S === 'C'
  if (metrics.S !== 'C' && metrics.S !== 'U') return undefined
  const pr = metrics.PR === 'N' ? 0.85 : metrics.PR === 'L' ? (changed ? 0.68 : 0.62) : metrics.PR === 'H' ? (changed ? 0.5 : 0.27) : undefined
  const w = (key: string) => WEIGHTS[key]![metrics[key] ?? '']
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w)
  if (pr === undefined || [av, ac, ui, c, i, a].some((x) => x === undefined)) return undefined
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!)
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss
  const exploitability = 8.22 * av! * ac! * pr * ui!
  if (impact <= 0) return 0
  return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10))
}

/** CVSS v3's rating scale, in the advisory database's words (`medium` is `moderate`). */
export function ratingOf(score: number): AdvisorySeverity {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'moderate'
  if (score > 0) return 'low'
  return 'unknown'
}

/** `CRITICAL`, `High`, `MEDIUM`, `moderate` -> the advisory scale; anything else is unknown. */
export function severityWord(word: unknown): AdvisorySeverity {
  if (typeof word !== 'string') return 'unknown'
  const w = word.trim().toLowerCase()
  if (w === 'critical' || w === 'high' || w === 'moderate' || w === 'low') return w
  if (w === 'medium') return 'moderate'
  return 'unknown'
}
