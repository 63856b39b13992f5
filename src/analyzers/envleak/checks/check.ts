/** What every env-leak check gets, and how it turns an entry into a detection (evidence always redacted). */
import type { Detection } from '../../analyzer.js'
import type { Severity } from '../../../findings/finding.js'
import type { ConfigEntry } from '../entries.js'
import { keyPath } from '../entries.js'
import type { EnvLeakKnowledge } from '../knowledge.js'
import type { PathClass } from '../environment.js'
import type { PlaceholderTest } from '../../secrets/placeholders.js'
import { evidenceWindow, redactLine, type Span } from '../../secrets/redaction.js'

export interface CheckContext {
  k: EnvLeakKnowledge
  path: string
  cls: PathClass
  lines: string[]
  placeholders: PlaceholderTest
}

export type EntryCheck = (entry: ConfigEntry, canonical: string, cx: CheckContext) => Detection[]

/** Spans of test and live keys in a line, so evidence shows only their public prefix. */
export function keySpans(line: string, k: EnvLeakKnowledge): Span[] {
  const spans: Span[] = []
  for (const p of [...k.testKeys, ...k.liveKeys]) {
    p.regex.lastIndex = 0
    for (const m of line.matchAll(p.regex)) spans.push({ start: m.index, end: m.index + m[0].length, visible: p.visible })
  }
  return spans
}

export function detection(
  ruleId: string,
  entry: ConfigEntry,
  message: string,
  cx: CheckContext,
  extra: { severity?: Severity; hint?: string; identity?: string } = {}
): Detection {
  const raw = cx.lines[entry.line - 1] ?? ''
  const line = raw.replace(/\r$/, '')
  const focus = Math.max(0, line.indexOf(entry.value.slice(0, 20)))
  const evidence = evidenceWindow(redactLine(line, keySpans(line, cx.k)), focus).text
  return {
    ruleId,
    line: entry.line,
    message,
    evidence,
    identity: extra.identity ?? keyPath(entry.path),
    ...(extra.severity ? { severity: extra.severity } : {}),
    ...(extra.hint ? { hint: extra.hint } : {})
  }
}

/** `DATABASE_URL`, `production.database.host`: the key as the user wrote it, for messages. */
export function shownKey(entry: ConfigEntry): string {
  return `\`${keyPath(entry.path)}\``
}

/** `production configuration` or `the production section` of a file that is not production as a whole. */
export function where(cx: CheckContext): string {
  return cx.cls.env === 'production' ? 'production configuration' : 'a production section'
}
