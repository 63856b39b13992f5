/** env-leak/production-in-dev (warn): the reverse leak, a production host or a live key in development or example config. */
import type { Detection } from '../../analyzer.js'
import type { ConfigEntry } from '../entries.js'
import { hostsIn, isProductionHost } from '../hosts.js'
import { redact } from '../../secrets/redaction.js'
import { detection, shownKey, type CheckContext } from './check.js'

export function productionInDev(entry: ConfigEntry, canonical: string, cx: CheckContext): Detection[] {
  for (const p of cx.k.liveKeys) {
    p.regex.lastIndex = 0
    const m = p.regex.exec(entry.value)
    if (m !== null) {
      return [
        detection(
          'env-leak/production-in-dev',
          entry,
          `${shownKey(entry)} in development/test configuration is a ${p.vendor} key (${redact(m[0], p.visible)}): a test run would act on real accounts and money.`,
          cx
        )
      ]
    }
  }
  const tokens = new Set(cx.k.paths.productionTokens)
  for (const ref of hostsIn(entry.value, cx.k.hosts.hostKeys.test(canonical))) {
    if (ref.via === 'email') continue
    if (isProductionHost(ref.host, tokens)) {
      return [
        detection(
          'env-leak/production-in-dev',
          entry,
          `${shownKey(entry)} in development/test configuration points at \`${ref.host}\`, a production host: a local run or a test would read or change production.`,
          cx
        )
      ]
    }
  }
  return []
}
