/** Lock findings as the pipeline's detections: identity is the normalized statement (and the subcommand), never a line. */
import type { Detection } from '../analyzer.js'
import { evidenceOf, normalizeStatement } from '../sql/engine.js'
import type { LockFinding } from './postgres/rule.js'

export function detectionsOf(findings: LockFinding[]): Detection[] {
  return findings
    .map((f) => ({
      ruleId: f.ruleId,
      line: f.at.line,
      column: f.at.column,
      message: f.message,
      evidence: evidenceOf(f.statement.text),
      identity: `${f.statement.context ?? 'sql'}:${normalizeStatement(f.statement.text)}${f.part !== undefined ? `#${f.part}` : ''}`,
      ...(f.hint !== undefined ? { hint: f.hint } : {})
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
}
