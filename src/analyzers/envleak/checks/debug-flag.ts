/** env-leak/debug-mode and env-leak/unsafe-setting: development switches left on in production (rules/env-leak/debug-flags.yml). */
import { matchGlob } from '../../../config/globs.js'
import type { Detection } from '../../analyzer.js'
import type { ConfigEntry } from '../entries.js'
import { detection, shownKey, where, type CheckContext } from './check.js'

export function debugFlag(entry: ConfigEntry, canonical: string, cx: CheckContext): Detection[] {
  const value = entry.value.trim().replace(/^:/, '')
  for (const flag of cx.k.flags) {
    if (!flag.key.test(canonical) || !flag.value.test(value)) continue
    if (flag.files !== undefined && !flag.files.some((g) => matchGlob(cx.path, g, { nocase: true }))) continue
    return [detection(flag.rule, entry, `${shownKey(entry)} in ${where(cx)}: ${flag.what}.`, cx)]
  }
  return []
}
