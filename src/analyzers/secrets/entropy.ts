/** Shannon entropy in bits per character: how random a string looks (a 40-char random base64 key is near 5). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

export function distinctChars(value: string): number {
  return new Set(value).size
}
