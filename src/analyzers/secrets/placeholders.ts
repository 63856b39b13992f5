/**
 * Values that look like secrets and are not (rules/secret/placeholders.yml): references to variables, templates,
 * and the words people use for made-up values. Shared by the secret scanner and the env-leak credential rules.
 */
import type { Knowledge } from '../../knowledge/knowledge.js'
import { distinctChars } from './entropy.js'

interface PlaceholderFile {
  references?: string[]
  words?: string[]
  defaults?: string[]
  minDistinctChars?: number
}

export interface PlaceholderTest {
  /** A reference or template: `${DB_PASSWORD}`, `{{ .Values.token }}`, `process.env.X`. */
  isReference(value: string): boolean
  /** A reference, template, made-up word or low-diversity value: not a real credential. */
  isPlaceholder(value: string): boolean
}

const cache = new WeakMap<Knowledge, PlaceholderTest>()

export function placeholders(knowledge: Knowledge): PlaceholderTest {
  let test = cache.get(knowledge)
  if (test === undefined) {
    test = compile(knowledge.load<PlaceholderFile>('secret/placeholders.yml'))
    cache.set(knowledge, test)
  }
  return test
}

function compile(file: PlaceholderFile): PlaceholderTest {
  const references = (file.references ?? []).map((r) => new RegExp(r, 'i'))
  const words = (file.words ?? []).map((w) => w.toLowerCase())
  const defaults = new Set((file.defaults ?? []).map((d) => d.toLowerCase()))
  const minDistinct = file.minDistinctChars ?? 5
  const isReference = (value: string): boolean => references.some((r) => r.test(value))
  return {
    isReference,
    isPlaceholder(value: string): boolean {
      if (isReference(value)) return true
      const lower = value.toLowerCase()
      if (defaults.has(lower) || words.some((w) => lower.includes(w))) return true
      return distinctChars(value) < Math.min(minDistinct, value.length)
    }
  }
}
