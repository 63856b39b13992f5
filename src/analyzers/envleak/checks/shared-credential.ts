/**
 * env-leak/shared-credential: the same secret value in production configuration and in development, test or example
 * configuration. Values are compared as SHA-256 hashes and never printed; the finding is on the production side.
 */
import { createHash } from 'node:crypto'
import type { Detection } from '../../analyzer.js'
import type { ConfigEntry } from '../entries.js'
import { canonicalKey, keyPath } from '../entries.js'
import type { PlaceholderTest } from '../../secrets/placeholders.js'
import type { EnvLeakKnowledge } from '../knowledge.js'

const SECRET_NAME =
  /(?:^|\.)(?:password|passwd|pwd|pass|secret|token|credentials?|dsn|(?:api|access|private|secret|signing|encryption|master|auth|license|app|client)\.?key|key\.base|client\.secret|webhook\.secret)$/
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{1,30}:\/\/[^\s:@/"'<>]+:([^\s@/"'<>]+)@/gi

export interface SecretValue {
  entry: ConfigEntry
  file: string
  hash: string
}

/** The secret values of a file's entries (assigned to secret-like names, or passwords inside URLs), hashed. */
export function secretValues(file: string, entries: readonly ConfigEntry[], k: EnvLeakKnowledge, placeholders: PlaceholderTest): SecretValue[] {
  const out: SecretValue[] = []
  const add = (entry: ConfigEntry, value: string): void => {
    if (value.length < 8 || placeholders.isPlaceholder(value) || k.credentials.weakPasswords.has(value)) return
    if (/^(?:\d+|true|false)$/i.test(value)) return
    out.push({ entry, file, hash: createHash('sha256').update(value).digest('hex') })
  }
  for (const entry of entries) {
    const value = entry.value.trim()
    if (value.includes('://') && value.includes('@')) {
      for (const m of value.matchAll(URL_PASSWORD)) add(entry, m[1]!)
      continue
    }
    if (SECRET_NAME.test(canonicalKey(entry.path))) add(entry, value)
  }
  return out
}

/** Production secrets whose hash is also in a non-production file: one detection each, in the production file. */
export function sharedCredentials(production: readonly SecretValue[], nonProduction: readonly SecretValue[]): Detection[] {
  const elsewhere = new Map<string, SecretValue>()
  for (const s of nonProduction) if (!elsewhere.has(s.hash)) elsewhere.set(s.hash, s)
  const out: Detection[] = []
  for (const s of production) {
    const other = elsewhere.get(s.hash)
    if (other === undefined) continue
    const key = keyPath(s.entry.path)
    const otherKey = keyPath(other.entry.path)
    const sameFile = other.file === s.file
    out.push({
      ruleId: 'env-leak/shared-credential',
      file: s.file,
      line: s.entry.line,
      message: `The value of \`${key}\` is also the value of \`${otherKey}\` in ${sameFile ? 'a non-production section of this file' : `\`${other.file}\``} (line ${other.entry.line}): whoever has the development, test or example configuration has the production credential.`,
      evidence: `${key} = …(value not shown; same SHA-256 as ${sameFile ? '' : `${other.file}:`}${otherKey})`,
      hint: 'Rotate the production credential and give every environment its own, from a secret store.',
      identity: key
    })
  }
  return out
}
