/**
 * `guardrail/weakened` for the baseline: a change that adds entries to `.prodguard-baseline.json`, or lets an entry
 * count longer (a later or no expiry), stops findings from blocking. Removing entries (fixed findings) is fine.
 */
import type { Analyzer, Detection, SourceText } from '../analyzer.js'
import { BASELINE_FILE, parseBaseline, type BaselineEntry } from '../../findings/baseline.js'

function entries(file: SourceText | undefined): Map<string, BaselineEntry> | string {
  if (file === undefined) return new Map()
  const parsed = parseBaseline(file.text)
  return typeof parsed === 'string' ? parsed : new Map(parsed.entries.map((e) => [e.fingerprint, e]))
}

function lineOf(text: string, fingerprint: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(`"${fingerprint}"`))
  return index === -1 ? 1 : index + 1
}

export const baselineGrown: Analyzer = {
  name: 'guardrail-baseline',
  claims: (path) => path === BASELINE_FILE,
  analyze: () => [],
  compare(before, after): Detection[] {
    if (after === undefined) return []
    const head = entries(after)
    if (typeof head === 'string') {
      return [{ ruleId: 'guardrail/weakened', line: 1, message: `${BASELINE_FILE} cannot be read (${head}): prodguard cannot tell which findings it lets through.`, evidence: '', identity: 'baseline:unreadable' }]
    }
    const base = entries(before)
    const previous = typeof base === 'string' ? new Map<string, BaselineEntry>() : base
    const added: BaselineEntry[] = []
    const extended: BaselineEntry[] = []
    for (const entry of head.values()) {
      const old = previous.get(entry.fingerprint)
      if (old === undefined) added.push(entry)
      else if (old.expires !== undefined && (entry.expires === undefined || entry.expires > old.expires)) extended.push(entry)
    }
    const out: Detection[] = []
    if (added.length > 0) {
      const rules = [...new Set(added.map((e) => e.ruleId).filter((r) => r !== ''))].sort()
      out.push({
        ruleId: 'guardrail/weakened',
        line: lineOf(after.text, added[0]!.fingerprint),
        message: `The change adds ${added.length} entr${added.length === 1 ? 'y' : 'ies'} to ${BASELINE_FILE}${rules.length > 0 ? ` (${rules.slice(0, 5).join(', ')}${rules.length > 5 ? ', …' : ''})` : ''}: the findings they cover stop blocking.`,
        evidence: `"reason": ${JSON.stringify(added[0]!.reason)}`,
        hint: 'Fix the findings instead, or have an authorized reviewer approve the new baseline entries on purpose.',
        identity: `baseline:added:${added.map((e) => e.fingerprint).sort().join(',')}`
      })
    }
    if (extended.length > 0) {
      out.push({
        ruleId: 'guardrail/weakened',
        line: lineOf(after.text, extended[0]!.fingerprint),
        message: `The change lets ${extended.length} entr${extended.length === 1 ? 'y' : 'ies'} of ${BASELINE_FILE} count longer (a later expiry, or none).`,
        evidence: extended[0]!.expires !== undefined ? `"expires": "${extended[0]!.expires}"` : '',
        identity: `baseline:extended:${extended.map((e) => e.fingerprint).sort().join(',')}`
      })
    }
    return out
  }
}
