/**
 * `--format json`: the stable, versioned machine shape of SPEC "Findings", described by `schema/report.schema.json`.
 * Objects are built key by key so the order never depends on how a finding was assembled upstream.
 */
import type { Finding } from '../findings/finding.js'
import type { Report, ReportContext } from './report.js'

/** A finding in the JSON output: the same fields as `Finding`, written in a fixed order. */
export type JsonFinding = Finding

export interface JsonReport {
  schemaVersion: 1
  tool: { name: 'prodguard'; version: string }
  decision: Report['decision']
  findings: JsonFinding[]
  stats: { files: number; bytes: number; ms: number }
}

/** The report as the JSON object SPEC describes (also used by the Action for its outputs). */
export function toJsonReport(report: Report): JsonReport {
  return {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    decision: report.decision,
    findings: report.findings.map(toJsonFinding),
    stats: { files: report.stats.files, bytes: report.stats.bytes, ms: Math.round(report.stats.ms) }
  }
}

function toJsonFinding(f: Finding): JsonFinding {
  const line = Math.max(1, f.line)
  const s = f.suppressed
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    file: f.file,
    line,
    ...(f.column !== undefined ? { column: Math.max(1, f.column) } : {}),
    ...(f.endLine !== undefined && f.endLine >= line ? { endLine: f.endLine } : {}),
    ...(f.endColumn !== undefined ? { endColumn: Math.max(1, f.endColumn) } : {}),
    message: f.message,
    evidence: f.evidence,
    hint: f.hint,
    docs: f.docs,
    fingerprint: f.fingerprint,
    ...(s !== undefined ? { suppressed: { reason: s.reason, source: s.source, line: s.line, addedInChange: s.addedInChange } } : {})
  }
}

export function renderJson(report: Report, ctx: ReportContext): string {
  let out = ''
  for (const chunk of renderJsonChunks(report, ctx)) out += chunk
  return out
}

/**
 * The same text as `renderJson`, piece by piece: the head, one piece per finding, the tail. A run of many findings is
 * written as it is serialized, never held as one string or as a second copy of every finding. Byte-identical to
 * `JSON.stringify(toJsonReport(report), null, 2)` (a JSON string never holds a raw line break, so a finding's lines
 * are indented by prefixing every line break).
 */
export function* renderJsonChunks(report: Report, _ctx: ReportContext): Generator<string> {
  const text = JSON.stringify(toJsonReport({ ...report, findings: [] }), null, 2)
  const marker = '\n  "findings": [],\n'
  const at = text.indexOf(marker)
  if (report.findings.length === 0 || at === -1) {
    yield report.findings.length === 0 ? `${text}\n` : `${JSON.stringify(toJsonReport(report), null, 2)}\n`
    return
  }
  yield `${text.slice(0, at)}\n  "findings": [\n`
  const last = report.findings.length - 1
  for (let i = 0; i <= last; i++) {
    const finding = JSON.stringify(toJsonFinding(report.findings[i]!), null, 2).replace(/\n/g, '\n    ')
    yield `    ${finding}${i === last ? '\n' : ',\n'}`
  }
  yield `  ],${text.slice(at + marker.length - 1)}\n`
}
