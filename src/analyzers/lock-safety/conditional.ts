/**
 * Findings worked out before the server version is known. A file is read once, when the scan reaches it; the files
 * that declare the version (compose, Terraform, a Dockerfile) may come later. So the rules run on probes: each
 * version a rule compares against (`atLeast(v, 12)`) is noted, and the rules run again once per range between those
 * versions. What is kept is the findings of each range, not the file: the scan's memory follows its findings.
 */
import type { Detection } from '../analyzer.js'
import type { Engine } from './server-version.js'
import { atLeast, describe, VERSION_MARK, type ServerVersion, type Triple } from './version.js'

/** A finding and the versions it holds for: `from` included, `below` excluded; no bound means open. */
export interface Conditional {
  detection: Detection
  engine: Engine
  from?: Triple
  below?: Triple
  /** Only when framework migrations run on PostgreSQL (the repository may declare only MySQL). */
  framework?: boolean
}

/** Rounds of re-running on the ranges a run revealed: a rule that compares only under some versions needs a second look. */
const MAX_ROUNDS = 4

function probe(at: Triple, consulted: Map<string, Triple>): ServerVersion {
  return { major: at[0], minor: at[1], patch: at[2], source: 'probe', consulted }
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/** A version just below `t` (and at or above any threshold below it, which are whole numbers apart). */
function justBelow(t: Triple): Triple {
  if (t[2] > 0) return [t[0], t[1], t[2] - 1]
  if (t[1] > 0) return [t[0], t[1] - 1, 9999]
  return [t[0] - 1, 999, 9999]
}

/**
 * Runs `check` for every range of versions it distinguishes. With a version fixed by the settings, once and without
 * conditions.
 */
export function byVersion(engine: Engine, fixed: ServerVersion | undefined, assumed: Triple, check: (version: ServerVersion) => Detection[], framework = false): Conditional[] {
  const tag = framework ? { framework: true } : {}
  if (fixed !== undefined) return check(fixed).map((detection) => ({ detection, engine, ...tag }))
  const consulted = new Map<string, Triple>()
  const first = check(probe(assumed, consulted))
  if (consulted.size === 0) return first.map((detection) => ({ detection, engine, ...tag }))
  let bounds: Triple[] = []
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const known = consulted.size
    bounds = [...consulted.values()].sort(compare)
    for (const rep of [justBelow(bounds[0]!), ...bounds]) check(probe(rep, consulted))
    if (consulted.size === known) break
  }
  bounds = [...consulted.values()].sort(compare)
  const out: Conditional[] = []
  const reps = [justBelow(bounds[0]!), ...bounds]
  reps.forEach((rep, i) => {
    const from = i === 0 ? undefined : bounds[i - 1]
    const below = bounds[i]
    for (const detection of check(probe(rep, new Map()))) out.push({ detection, engine, ...tag, ...(from !== undefined ? { from } : {}), ...(below !== undefined ? { below } : {}) })
  })
  return out
}

/** Whether the settled version falls in the finding's range. */
export function holds(c: Conditional, version: ServerVersion): boolean {
  if (c.from !== undefined && !atLeast(version, ...c.from)) return false
  if (c.below !== undefined && atLeast(version, ...c.below)) return false
  return true
}

/** The finding with the settled version written into its text. */
export function settle(detection: Detection, version: ServerVersion): Detection {
  if (!detection.message.includes(VERSION_MARK) && !(detection.hint ?? '').includes(VERSION_MARK)) return detection
  const text = describe(version)
  return {
    ...detection,
    message: detection.message.split(VERSION_MARK).join(text),
    ...(detection.hint !== undefined ? { hint: detection.hint.split(VERSION_MARK).join(text) } : {})
  }
}
