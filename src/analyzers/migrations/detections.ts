/**
 * Turns what a migration scan found into detections: messages that name the framework's operation and the table,
 * identities made of framework + operation + names (never a line), down-section severities, and the SQL handed to
 * the SQL engine.
 */
import type { AnalyzerContext, Detection } from '../analyzer.js'
import type { RuleLevel, Severity } from '../../findings/finding.js'
import { EmbeddedSqlScript, type SqlDialect } from '../sql/index.js'
import { LineIndex } from '../line-index.js'
import type { MigrationOperation, MigrationScan, OpaqueSql, Section } from './migration-scan.js'

const MESSAGES: Record<string, string> = {
  'drop-table': '`{op}` drops the table {table} and every row in it.',
  cascade: '`{op}` drops with CASCADE: whatever depends on {table} (foreign keys, views) goes too.',
  'drop-column': '`{op}` drops the column {table}.{column} and its data.',
  'drop-schema': '`{op}` drops the schema {table} and everything in it.',
  'drop-database': '`{op}` drops the database {table}.',
  truncate: '`{op}` deletes every row of {table}.',
  'delete-without-where': '`{op}` deletes every row of {table}: nothing limits it to some rows.',
  'update-without-where': '`{op}` overwrites every row of {table}: nothing limits it to some rows.',
  'drop-object': '`{op}` drops {what} {table}.',
  'drop-constraint': '`{op}` drops a constraint of {table}: the rule it enforced is no longer checked.',
  'drop-not-null': '`{op}` makes {table}.{column} nullable: code that expects a value may break.',
  'alter-column-type': '`{op}` changes the type of {table}.{column}: values can be truncated or rejected, and the running app may break.',
  'rename-table': '`{op}` renames the table {table}: the running version of the app still uses the old name.',
  'rename-column': '`{op}` renames the column {table}.{column}: the running version of the app still uses the old name.'
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 }
const DOWN_NOTE = ' — in a down/rollback section'

export const OPAQUE_SQL_RULE = 'destructive-sql/opaque-sql'

interface RuleEntry {
  id: string
  severity: Severity
}

export async function migrationDetections(path: string, text: string, scan: MigrationScan, ctx: AnalyzerContext): Promise<Detection[]> {
  const lines = new LineIndex(text)
  const severities = new DownSeverities(ctx)
  const out: Detection[] = []
  for (const op of scan.operations) {
    for (const detection of operationDetections(op, scan, lines, severities)) out.push(detection)
  }
  for (const opaque of scan.opaque) {
    const detection = opaqueDetection(opaque, scan, lines, severities)
    if (detection) out.push(detection)
  }
  const script = new EmbeddedSqlScript(ctx, path, scan.sql.filter((sql) => sql.dialect === undefined).map((sql) => sql.text))
  const added = (scan.added ?? []).slice().sort((a, b) => a.offset - b.offset)
  let next = 0
  for (const sql of scan.sql) {
    // columns the framework's own calls added before this SQL runs
    for (; next < added.length && added[next]!.offset < sql.offset; next++) script.addedColumn(added[next]!.section, added[next]!.table, added[next]!.column)
    if (sql.section === 'down' && ctx.settings.sql.downMigrations === 'off') continue
    const at = lines.position(sql.offset)
    await script.add(
      sql.text,
      {
        path,
        line: at.line,
        column: at.column,
        section: sql.section,
        context: `${scan.framework.label} ${sql.context}`,
        ...(sql.dialect !== undefined ? { dialect: sql.dialect as SqlDialect } : {})
      },
    )
  }
  out.push(...script.finish())
  return out
}

function operationDetections(op: MigrationOperation, scan: MigrationScan, lines: LineIndex, severities: DownSeverities): Detection[] {
  const ruleId = `destructive-sql/${op.rule}`
  const severity = severities.of(ruleId, op.section)
  if (severity === 'off') return []
  const at = lines.position(op.offset)
  const columns = op.columns.length > 0 ? op.columns : [undefined]
  return columns.map((column) => {
    const template = op.message ?? MESSAGES[op.rule] ?? '`{op}` is destructive.'
    let message = `${scan.framework.label}: ${fill(template, op, column)}`
    if (op.section === 'down') message += DOWN_NOTE
    const names = `${op.table ?? ''}${column !== undefined ? `.${column}` : ''}`
    return {
      ruleId,
      line: at.line,
      column: at.column,
      message,
      evidence: op.evidence,
      identity: `${scan.framework.id}:${op.section === 'down' ? 'down:' : ''}${op.op} ${names}`,
      ...(severity !== undefined ? { severity } : {})
    }
  })
}

function fill(template: string, op: MigrationOperation, column: string | undefined): string {
  return template
    .replace(/\{op\}/g, op.op)
    .replace(/\{table\}/g, op.table ?? '(unknown)')
    .replace(/\{column\}/g, column ?? '(unknown)')
    .replace(/\{what\}/g, op.what ?? 'the object')
}

function opaqueDetection(opaque: OpaqueSql, scan: MigrationScan, lines: LineIndex, severities: DownSeverities): Detection | undefined {
  const severity = severities.of(OPAQUE_SQL_RULE, opaque.section)
  if (severity === 'off') return undefined
  const at = lines.position(opaque.offset)
  let message = `${scan.framework.label}: \`${opaque.context}\` runs SQL from ${opaque.source}, which prodguard cannot read; review what it runs.`
  if (opaque.section === 'down') message += DOWN_NOTE
  return {
    ruleId: OPAQUE_SQL_RULE,
    line: at.line,
    column: at.column,
    message,
    evidence: opaque.evidence,
    identity: `${scan.framework.id}:${opaque.section === 'down' ? 'down:' : ''}${opaque.context} ${opaque.source}`,
    ...(severity !== undefined ? { severity } : {})
  }
}

/** Down sections report at `sql.downMigrations`, but never above the rule's own default. */
class DownSeverities {
  private readonly defaults = new Map<string, Severity>()
  private readonly level: RuleLevel

  constructor(ctx: AnalyzerContext) {
    this.level = ctx.settings.sql.downMigrations
    for (const file of ['destructive-sql/rules.yml', 'destructive-sql/rules.migrations.yml']) {
      try {
        for (const entry of ctx.knowledge.load<RuleEntry[] | null>(file) ?? []) this.defaults.set(entry.id, entry.severity)
      } catch {
        // A knowledge double without the catalog: block is the safe default.
      }
    }
  }

  of(ruleId: string, section: Section): Severity | 'off' | undefined {
    if (section === 'up') return undefined
    if (this.level === 'off') return 'off'
    const ruleDefault = this.defaults.get(ruleId) ?? 'block'
    return SEVERITY_RANK[this.level] < SEVERITY_RANK[ruleDefault] ? this.level : ruleDefault
  }
}
