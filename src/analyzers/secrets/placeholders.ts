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
  madeUpNames?: string[]
  sequentialRun?: number
}

export interface PlaceholderTest {
  /** A reference or template: `${DB_PASSWORD}`, `{{ .Values.token }}`, `process.env.X`. */
  isReference(value: string): boolean
  /** A reference, template, made-up word or low-diversity value: not a real credential. */
  isPlaceholder(value: string): boolean
  /** A name that says its value is not a real one: `invalidToken`, `fake_secret`, `nonMatchingToken`. */
  isMadeUpName(name: string): boolean
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
  const madeUp = new Set((file.madeUpNames ?? []).map((n) => n.toLowerCase()))
  const run = file.sequentialRun ?? 0
  const isReference = (value: string): boolean => references.some((r) => r.test(value))
  return {
    isReference,
    isPlaceholder(value: string): boolean {
      if (isReference(value)) return true
      const lower = value.toLowerCase()
      if (defaults.has(lower) || words.some((w) => lower.includes(w))) return true
      if (run > 0 && hasSequentialRun(value, run)) return true
      return distinctChars(value) < Math.min(minDistinct, value.length)
    },
    isMadeUpName(name: string): boolean {
      if (madeUp.size === 0) return false
      const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
      return words.some((w, i) => madeUp.has(w) || (i > 0 && madeUp.has(`${words[i - 1]}${w}`)))
    }
  }
}

/** A run of `n` characters each one after the previous (`klmnop`, `456789`): typed by a person, not generated. */
function hasSequentialRun(value: string, n: number): boolean {
  let length = 1
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const ascending = c === value.charCodeAt(i - 1) + 1 && /[A-Za-z0-9]/.test(value.charAt(i))
    length = ascending ? length + 1 : 1
    if (length >= n) return true
  }
  return false
}
