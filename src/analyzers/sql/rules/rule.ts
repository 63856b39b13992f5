/** The shape of a destructive-sql rule: which effects it reports, and the message naming the object. */
import type { Effect } from '../effects.js'
import { DYNAMIC_PLACEHOLDER } from '../token-classifier.js'

export interface SqlRule {
  id: string
  /** The message for an effect this rule reports, or undefined when the effect is not its concern. */
  check(effect: Effect): string | undefined
}

/** `"public.users"`: names in messages are quoted as written, without their own quote characters. */
export function q(name: string): string {
  if (name.includes(DYNAMIC_PLACEHOLDER)) return '(a name computed at run time)'
  return `"${name}"`
}
