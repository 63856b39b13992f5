/**
 * Fingerprints make a finding the same finding across unrelated edits: rule + file + normalized identity,
 * plus an ordinal among identical ones so that a second `DROP TABLE t` in the same file is a new finding.
 */
import { createHash } from 'node:crypto'

export function fingerprintOf(ruleId: string, file: string, identity: string, ordinal: number): string {
  return createHash('sha256').update(`${ruleId}\0${file}\0${normalizeIdentity(identity)}\0${ordinal}`).digest('hex').slice(0, 24)
}

/** Whitespace and letter case never make two findings different. */
export function normalizeIdentity(identity: string): string {
  return identity.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Assigns ordinals in reading order: the n-th detection with the same rule and identity in a file gets n. */
export class OrdinalCounter {
  private readonly seen = new Map<string, number>()
  next(ruleId: string, identity: string): number {
    const key = `${ruleId}\0${normalizeIdentity(identity)}`
    const n = this.seen.get(key) ?? 0
    this.seen.set(key, n + 1)
    return n
  }
}
