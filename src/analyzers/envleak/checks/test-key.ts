/** env-leak/test-key: a vendor's test-mode key in production configuration (sk_test_, rzp_test_, AWS ...EXAMPLE). */
import type { Detection } from '../../analyzer.js'
import type { ConfigEntry } from '../entries.js'
import { redact } from '../../secrets/redaction.js'
import { detection, shownKey, where, type CheckContext } from './check.js'

export function testKey(entry: ConfigEntry, _canonical: string, cx: CheckContext): Detection[] {
  for (const p of cx.k.testKeys) {
    p.regex.lastIndex = 0
    const m = p.regex.exec(entry.value)
    if (m === null) continue
    return [
      detection(
        'env-leak/test-key',
        entry,
        `${shownKey(entry)} in ${where(cx)} is a ${p.vendor} test key (${redact(m[0], p.visible)}): in production it charges, sends or verifies nothing.`,
        cx
      )
    ]
  }
  return []
}
