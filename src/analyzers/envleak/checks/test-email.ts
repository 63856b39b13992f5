/**
 * env-leak/test-email: production mail wired to test content (HBO Max's "Integration Test Email #1"): a template,
 * subject, campaign or list named for tests, or a recipient on a test domain.
 */
import type { Detection } from '../../analyzer.js'
import type { ConfigEntry } from '../entries.js'
import { detection, shownKey, where, type CheckContext } from './check.js'

// Starts only where a run of address characters starts: from every position of a long run it was quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g

export function testEmail(entry: ConfigEntry, canonical: string, cx: CheckContext): Detection[] {
  const mail = cx.k.mail
  if (mail.mailKeys.test(canonical) && !entry.value.includes('://')) {
    const tokens = entry.value
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
    const word = tokens.includes('test') ? 'test' : tokens.find((t) => mail.testWords.has(t))
    if (word !== undefined && !cx.placeholders.isReference(entry.value)) {
      return [
        detection(
          'env-leak/test-email',
          entry,
          `${shownKey(entry)} in ${where(cx)} names test content ("${word}"): real users would receive a test mail.`,
          cx
        )
      ]
    }
  }
  // `${MAIL_USERNAME:you@example.com}` is a reference with a default for development, not the production value.
  if (entry.value.includes('@') && !cx.placeholders.isReference(entry.value)) {
    for (const m of entry.value.matchAll(EMAIL)) {
      const domain = m[1]!.toLowerCase()
      if (mail.testDomains.has(domain) || mail.testDomainSuffixes.some((s) => domain.endsWith(s))) {
        return [
          detection('env-leak/test-email', entry, `${shownKey(entry)} in ${where(cx)} uses an address at \`${domain}\`, a test domain.`, cx)
        ]
      }
    }
  }
  return []
}
