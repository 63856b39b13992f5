/** Small helpers for configuration messages: the nearest known word ("did you mean"), and keys safe to print. */

/** Levenshtein distance, bounded: stops early once every path is over `max`. */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      best = Math.min(best, current[j]!)
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length]!
}

/** The known word closest to `word` (case differences first), when it is close enough to be a likely typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  if (word.length > 200) return undefined
  const lower = word.toLowerCase()
  const sameCase = known.find((k) => k.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  const max = Math.max(2, Math.floor(word.length / 4))
  let best: string | undefined
  let bestDistance = max + 1
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase(), max)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/**
 * A key as it may appear in a message. Keys are the user's text too: one that looks like a credential (a long run of
 * letters and digits, `AKIA…`, `ghp_…`) or that is not key-like at all is described, never printed, not even in part.
 */
export function safeKey(key: string): string {
  if (key === '<<') return key
  const keyLike = /^[A-Za-z$][A-Za-z0-9$_./-]{0,63}$/.test(key)
  const segments = key.split(/[-_./]/)
  const secretLike = segments.some((s) => s.length >= 20 || (s.length >= 8 && /\d.*\d.*\d/.test(s) && /[A-Za-z]/.test(s)) || (s.length >= 12 && /[A-Z]/.test(s) && /\d/.test(s)))
  if (keyLike && !secretLike) return key
  return `(a key of ${[...key].length} characters, not shown)`
}
