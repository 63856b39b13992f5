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
import { evidenceWindow, redact, redactLine, redactRandomTokens, type Span } from './redaction.js'
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
  const encrypted = scope.isEncrypted(file.text)
  const docs = documentation(file.path, file.text)
  const secretData = kubernetesSecretData(file.text)
  const kept = matches.filter((m) => {
    if (markers.allows(m.line)) return false
    // A Secret's `data:` values are base64: judged on what they decode to (below), not on the encoding.
    if (secretData.has(m.line)) return false
    // Encrypted documents (SealedSecret) and documentation (comments, docstrings) hold no live generic values.
    if (m.pattern.lowConfidence && (encrypted || docs.has(m.line))) return false
    return true
  })
  // A provider token in a docstring, or in a comment that says it is an example, is documentation: shown, not blocking.
  const out = kept.map((m) => toDetection(file.text, m, kept, testPath || docs.examples.has(m.line)))
  for (const d of secretData.values()) out.push(...decodedDetections(file.path, d, ctx, testPath))
  return out
}

interface SecretDataEntry {
  line: number
  key: string
  encoded: string
  decoded: string
  text: string
}

const SECRET_KIND = /^kind:\s*["']?Secret["']?\s*$/m
const DATA_KEY = /^(\s*)(?:data|binaryData):\s*$/
const DATA_ENTRY = /^(\s+)["']?([\w.-]{1,253})["']?:\s*["']?([A-Za-z0-9+/]{4,16384}={0,2})["']?\s*$/

/** The `data:` entries of a Kubernetes `kind: Secret`, by line, with their decoded text (when it is text). */
function kubernetesSecretData(text: string): Map<number, SecretDataEntry> {
  const out = new Map<number, SecretDataEntry>()
  if (!SECRET_KIND.test(text)) return out
  const lines = text.split('\n')
  let dataIndent = -1
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    const data = DATA_KEY.exec(line)
    if (data) {
      dataIndent = data[1]!.length
      return
    }
    if (dataIndent < 0) return
    const entry = DATA_ENTRY.exec(line)
    if (!entry || entry[1]!.length <= dataIndent) {
      if (line.trim() !== '' && (line.length - line.trimStart().length) <= dataIndent) dataIndent = -1
      return
    }
    const decoded = Buffer.from(entry[3]!, 'base64').toString('utf8')
    // Binary content (a keystore, an image) is not text to scan.
    if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(decoded)) return
    out.set(i + 1, { line: i + 1, key: entry[2]!, encoded: entry[3]!, decoded, text: line })
  })
  return out
}

/** Scans a decoded `data:` value as the `key: value` it stands for; the finding points at the encoded line. */
function decodedDetections(path: string, entry: SecretDataEntry, ctx: AnalyzerContext, testPath: boolean): Detection[] {
  const decodedText = entry.decoded.includes('\n') ? entry.decoded : `${entry.key}: ${entry.decoded}`
  const matches = secretScanner(ctx).scan(decodedText, { path, lowConfidencePath: testPath })
  return matches.map((m) => {
    const value = m.pattern.multiline ? m.secret.replace(/\\[nr]|[\s"'+,]/g, '') : m.secret
    const evidence = evidenceWindow(redactRandomTokens(entry.text.replace(entry.encoded, redact(entry.encoded)))).text
    return {
      ruleId: m.pattern.ruleId,
      line: entry.line,
      message: `${capitalize(m.pattern.title)} in the base64 \`data:\` of a Kubernetes Secret (${redact(value, m.pattern.visible)}): base64 is an encoding, not encryption; anyone who can read the repository can decode it.`,
      evidence,
      ...(m.pattern.hint !== undefined ? { hint: m.pattern.hint } : {}),
      ...(testPath ? { severity: 'warn' as const } : m.pattern.severity !== undefined ? { severity: m.pattern.severity } : {}),
      secrets: [{ value, visible: m.pattern.visible }, { value: entry.encoded }, { value: entry.decoded }],
      identity: `${m.pattern.id}:${createHash('sha256').update(m.secret).digest('hex').slice(0, 16)}`
    }
  })
}

const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|--|<!--|;|REM\s|%)/
const DOCSTRING = /"{3}|'{3}/g
const EXAMPLE_WORDS = /\b(?:e\.g\.|example|for instance|such as|looks like|format:|usage:)/i

/** Lines that are documentation (comment lines, Python docstrings), and those of them that show an example. */
function documentation(path: string, text: string): { has(line: number): boolean; examples: Set<number> } {
  const lines = new Set<number>()
  const examples = new Set<number>()
  const python = /\.pyi?$/.test(path)
  let line = 1
  let inDoc = false
  let exampleUntil = 0
  let at = 0
  while (at <= text.length) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    const content = text.slice(at, end)
    const quotes = python ? (content.match(DOCSTRING)?.length ?? 0) : 0
    if (inDoc || quotes > 0) {
      lines.add(line)
      examples.add(line)
    } else if (COMMENT_LINE.test(content)) {
      lines.add(line)
      if (EXAMPLE_WORDS.test(content)) exampleUntil = line + 4
    }
    // A comment that says "example" covers itself and the few lines after it (a Helm value documented by example).
    if (line <= exampleUntil) examples.add(line)
    if (quotes % 2 === 1) inDoc = !inDoc
    at = end + 1
    line++
  }
  return { has: (n) => lines.has(n), examples }
}

function toDetection(text: string, m: SecretMatch, all: SecretMatch[], testPath: boolean): Detection {
  let lineEnd = text.indexOf('\n', m.lineStart)
  if (lineEnd === -1) lineEnd = text.length
  const line = text.slice(m.lineStart, lineEnd).replace(/\r$/, '')
  // Every secret found on this line is redacted in the evidence, not only this one.
  const spans: Span[] = all
    .filter((o) => o.lineStart === m.lineStart)
    .map((o) => ({ start: o.start - m.lineStart, end: Math.min(o.end, lineEnd) - m.lineStart, visible: o.pattern.visible }))
    // A PEM body starts at the end of its BEGIN line: nothing of it is on that line (no `…(0 chars)`).
    .filter((span) => span.end > span.start)
  // ...and every other occurrence or spelling of them (repeated, escaped, split by `+`).
  const onLine = new FoundSecrets()
  for (const o of all) if (o.lineStart === m.lineStart) onLine.add({ value: o.secret, visible: o.pattern.visible })
  const window = evidenceWindow(redactRandomTokens(onLine.scrub(redactLine(line, spans))), m.column - 1)
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
