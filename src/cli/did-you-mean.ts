/** "Did you mean …?" for a mistyped command, flag or id: the closest known names by edit distance. */

/** Damerau–Levenshtein distance (adjacent transpositions count as one edit: `chek`, `fromat`). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

/**
 * The known names close enough to `input` to be what was meant, closest first: within a third of the length
 * (at least 1, at most 3 edits), or containing / contained in it.
 */
export function closest(input: string, known: readonly string[], max = 3): string[] {
  const wanted = input.toLowerCase()
  const budget = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)))
  return known
    .map((name) => {
      const lower = name.toLowerCase()
      const distance = editDistance(wanted, lower)
      const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower))
      return { name, score: distance <= budget ? distance : contains ? budget + 1 : Infinity }
    })
    .filter((c) => c.score !== Infinity)
    .sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1))
    .slice(0, max)
    .map((c) => c.name)
}

/** `did you mean \`a\`?`, `did you mean \`a\` or \`b\`?`, or undefined when nothing is close. */
export function didYouMean(input: string, known: readonly string[], render: (name: string) => string = (n) => n): string | undefined {
  const near = closest(input, known)
  if (near.length === 0) return undefined
  const names = near.map((n) => `\`${render(n)}\``)
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
  return `did you mean ${list}?`
}
