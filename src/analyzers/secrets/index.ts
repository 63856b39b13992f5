/**
 * The secrets analyzer family: live credentials in any text file of the change. Reads everything except binaries,
 * lockfiles, vendored folders and minified bundles (rules/secret/scope.yml); never prints a secret in full.
 */
import { createHash } from 'node:crypto'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { secretPatterns } from './patterns.js'
import { placeholders } from './placeholders.js'
import { secretScope } from './scope.js'
import { SecretScanner, type SecretMatch } from './scanner.js'
import { allowMarkers } from './allow-markers.js'
import { evidenceWindow, redact, redactLine, type Span } from './redaction.js'
import { FoundSecrets } from '../../findings/redaction.js'

export { redact, redactLine } from './redaction.js'

const scanners = new WeakMap<object, Map<string, SecretScanner>>()

/** The scanner for this run's knowledge and `secrets.allow` setting, built once. */
export function secretScanner(ctx: AnalyzerContext): SecretScanner {
  const byAllow = scanners.get(ctx.knowledge) ?? new Map<string, SecretScanner>()
  scanners.set(ctx.knowledge, byAllow)
  const key = ctx.settings.secrets.allow.join('\n')
  let scanner = byAllow.get(key)
  if (scanner === undefined) {
    scanner = new SecretScanner(secretPatterns(ctx.knowledge), placeholders(ctx.knowledge), ctx.settings.secrets.allow.map(allowRegex))
    byAllow.set(key, scanner)
  }
  return scanner
}

/** A configured allow entry is a regex; one that does not compile is taken literally rather than failing the run. */
function allowRegex(source: string): RegExp {
  try {
    return new RegExp(source)
  } catch {
    return new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  }
}

export const secretAnalyzer: Analyzer = {
  name: 'secrets',
  readability: 'best-effort',
  claims: (path, ctx) => secretScope(ctx.knowledge).reads(path),
  analyze: (file, ctx) => detectSecrets(file, ctx),
  analyzeChunks(path, chunks, ctx) {
    // A file too large to hold whole: scan blocks cut at line ends, carrying the partial last line forward.
    const out: Detection[] = []
    let carry = ''
    let lineOffset = 0
    const scanBlock = (block: string): void => {
      for (const d of detectSecrets({ path, text: block }, ctx)) {
        out.push({ ...d, line: d.line + lineOffset, ...(d.endLine !== undefined ? { endLine: d.endLine + lineOffset } : {}) })
      }
      for (let i = block.indexOf('\n'); i !== -1; i = block.indexOf('\n', i + 1)) lineOffset++
    }
    for (const chunk of chunks) {
      const text = carry + chunk
      const cut = text.lastIndexOf('\n')
      if (cut === -1 && text.length < 1 << 22) {
        carry = text
        continue
      }
      const end = cut === -1 ? text.length : cut + 1
      scanBlock(text.slice(0, end))
      carry = text.slice(end)
    }
    if (carry !== '') scanBlock(carry)
    return out
  }
}

export function detectSecrets(file: SourceText, ctx: AnalyzerContext): Detection[] {
  const scope = secretScope(ctx.knowledge)
  const testPath = scope.isLowConfidencePath(file.path)
  const matches = secretScanner(ctx).scan(file.text, { path: file.path, lowConfidencePath: testPath })
  if (matches.length === 0) return []
  const markers = allowMarkers(file.text)
  const kept = matches.filter((m) => !markers.allows(m.line))
  return kept.map((m) => toDetection(file.text, m, kept, testPath))
}

function toDetection(text: string, m: SecretMatch, all: SecretMatch[], testPath: boolean): Detection {
  let lineEnd = text.indexOf('\n', m.lineStart)
  if (lineEnd === -1) lineEnd = text.length
  const line = text.slice(m.lineStart, lineEnd).replace(/\r$/, '')
  // Every secret found on this line is redacted in the evidence, not only this one.
  const spans: Span[] = all
    .filter((o) => o.lineStart === m.lineStart)
    .map((o) => ({ start: o.start - m.lineStart, end: Math.min(o.end, lineEnd) - m.lineStart, visible: o.pattern.visible }))
  // ...and every other occurrence or spelling of them (repeated, escaped, split by `+`).
  const onLine = new FoundSecrets()
  for (const o of all) if (o.lineStart === m.lineStart) onLine.add({ value: o.secret, visible: o.pattern.visible })
  const window = evidenceWindow(onLine.scrub(redactLine(line, spans)), m.column - 1)
  const value = m.pattern.multiline ? m.secret.replace(/\\[nr]|[\s"'+,]/g, '') : m.secret
  const shown = redact(value, m.pattern.visible)
  return {
    ruleId: m.pattern.ruleId,
    line: m.line,
    column: m.column,
    ...(m.endLine !== m.line ? { endLine: m.endLine } : {}),
    message: testPath
      ? `${capitalize(m.pattern.title)} in a test, fixture or documentation file (${shown}): harmless if it is made up, a leak if it is live; revoke it if it ever worked.`
      : `${capitalize(m.pattern.title)} committed in this file (${shown}): anyone who can read the repository or its history can use it.`,
    evidence: window.text,
    ...(m.pattern.hint !== undefined ? { hint: m.pattern.hint } : {}),
    // In tests, fixtures and docs a key is more often made up than live: shown, but not blocking.
    ...(testPath ? { severity: 'warn' as const } : m.pattern.severity !== undefined ? { severity: m.pattern.severity } : {}),
    secrets: [{ value, visible: m.pattern.visible }],
    identity: `${m.pattern.id}:${createHash('sha256').update(m.secret).digest('hex').slice(0, 16)}`
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export const secretsAnalyzers: Analyzer[] = [secretAnalyzer]
