/**
 * Inline markers of other secret scanners, honored so a repository that already uses them keeps working:
 * `gitleaks:allow`, `pragma: allowlist secret` (detect-secrets), `trufflehog:ignore`, and secretlint's
 * `secretlint-disable-line`, `secretlint-disable-next-line`, `pragma: allowlist nextline secret` and
 * `secretlint-disable` ... `secretlint-enable` blocks. prodguard's own `prodguard-ignore` is the pipeline's.
 */

const SAME_LINE = /gitleaks:allow|pragma:\s*allowlist\s+secret|trufflehog:ignore|secretlint-disable-line/
const NEXT_LINE = /secretlint-disable-next-line|pragma:\s*allowlist\s+nextline\s+secret/
const BLOCK = /secretlint-(disable|enable)(?![-\w])/g

export interface AllowMarkers {
  /** Is a finding on this 1-based line allowed by a marker? */
  allows(line: number): boolean
}

const NONE: AllowMarkers = { allows: () => false }

export function allowMarkers(text: string): AllowMarkers {
  if (!/gitleaks:allow|allowlist|trufflehog:ignore|secretlint-(?:disable|enable)/.test(text)) return NONE
  const allowed = new Set<number>()
  const lines = text.split('\n')
  let disabled = false
  lines.forEach((content, i) => {
    const n = i + 1
    if (SAME_LINE.test(content)) allowed.add(n)
    if (NEXT_LINE.test(content)) allowed.add(n + 1)
    const toggles = [...content.matchAll(BLOCK)].map((m) => m[1])
    const startsDisabled = disabled
    for (const t of toggles) disabled = t === 'disable'
    if (startsDisabled || disabled) allowed.add(n)
  })
  return { allows: (line) => allowed.has(line) }
}
