/**
 * The baseline: findings an existing repository already had when it adopted prodguard, recorded by fingerprint in a
 * committed file (`.prodguard-baseline.json`) with the reason and an optional expiry. `check` reports a baselined
 * finding as suppressed (source `baseline`) instead of blocking on it; an expired entry no longer counts. Adding
 * entries in a pull request is itself a finding (analyzers/guardrail/baseline-grown.ts).
 */
import type { Finding } from './finding.js'

export const BASELINE_FILE = '.prodguard-baseline.json'

export interface BaselineEntry {
  fingerprint: string
  /** What the finding was, for people reading the file and its diffs. */
  ruleId: string
  file: string
  reason: string
  /** YYYY-MM-DD: when the entry was written. */
  added: string
  /** YYYY-MM-DD: the last day the entry counts. */
  expires?: string
}

export interface Baseline {
  version: 1
  entries: BaselineEntry[]
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Parses a baseline file's text; a message saying what is wrong (with the entry's index) when it is not one. */
export function parseBaseline(text: string): Baseline | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return `not JSON (${(error as Error).message})`
  }
  const root = value as { version?: unknown; entries?: unknown }
  if (typeof value !== 'object' || value === null || root.version !== 1 || !Array.isArray(root.entries)) return 'expected { "version": 1, "entries": [...] }'
  const entries: BaselineEntry[] = []
  for (const [i, raw] of (root.entries as unknown[]).entries()) {
    const e = raw as Partial<Record<keyof BaselineEntry, unknown>>
    const text = (key: keyof BaselineEntry) => (typeof e[key] === 'string' && e[key] !== '' ? (e[key] as string) : undefined)
    const fingerprint = text('fingerprint')
    const reason = text('reason')
    if (fingerprint === undefined) return `entries[${i}].fingerprint: expected a fingerprint`
    if (reason === undefined || reason.trim() === '') return `entries[${i}].reason: a reason is required`
    const expires = text('expires')
    if (expires !== undefined && !DATE.test(expires)) return `entries[${i}].expires: expected a date (YYYY-MM-DD)`
    entries.push({ fingerprint, ruleId: text('ruleId') ?? '', file: text('file') ?? '', reason, added: text('added') ?? '', ...(expires !== undefined ? { expires } : {}) })
  }
  return { version: 1, entries }
}

/** The file's text: one entry per line, sorted, so a pull request's diff shows each added entry on its own line. */
export function serializeBaseline(baseline: Baseline): string {
  const entries = [...baseline.entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`)
  return `{\n  "version": 1,\n  "entries": [${lines.length === 0 ? '' : `\n${lines.join(',\n')}\n  `}]\n}\n`
}

export function isExpired(entry: BaselineEntry, now: Date): boolean {
  return entry.expires !== undefined && entry.expires < now.toISOString().slice(0, 10)
}

/** The 1-based line of each fingerprint in the file's text (where a reader finds the entry). */
function linesOf(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  text.split('\n').forEach((line, i) => {
    const m = /"fingerprint"\s*:\s*"([^"]+)"/.exec(line)
    if (m && !lines.has(m[1]!)) lines.set(m[1]!, i + 1)
  })
  return lines
}

/**
 * Marks the findings the baseline covers as suppressed (source `baseline`), in place. An inline suppression stays
 * as it is; an expired entry says so in the finding's message and does not suppress.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline, text: string, now: Date): void {
  const byFingerprint = new Map(baseline.entries.map((e) => [e.fingerprint, e]))
  const lines = linesOf(text)
  for (const finding of findings) {
    if (finding.suppressed !== undefined) continue
    const entry = byFingerprint.get(finding.fingerprint)
    if (entry === undefined) continue
    if (isExpired(entry, now)) {
      finding.message += ` (its entry in ${BASELINE_FILE} expired on ${entry.expires})`
      continue
    }
    finding.suppressed = { reason: entry.reason, source: 'baseline', line: lines.get(entry.fingerprint) ?? 1, addedInChange: false }
  }
}
