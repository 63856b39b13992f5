/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it (upload with github/codeql-action/upload-sarif).
 * One run; every rule that appears with its descriptions, help and default level; results with 1-based regions,
 * partial fingerprints that survive unrelated edits, and inline suppressions. Output is validated against the
 * official OASIS schema in __tests__/reporters/sarif.test.ts.
 */
import { createHash } from 'node:crypto'
import type * as Sarif from 'sarif'
import type { Category, Finding, Severity } from '../findings/finding.js'
import type { RuleMeta } from '../knowledge/catalog.js'
import { markdownText } from './markdown.js'
import { isRunNotice, type Report, type ReportContext } from './report.js'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The project's home; rule docs live under it (DOCS_BASE_URL in knowledge/catalog.ts). */
export const INFORMATION_URI = 'https://github.com/prodguard/prodguard'
/**
 * Code scanning groups uploads into analyses by this id's category (the part before the last `/`): a fixed category
 * keeps every prodguard run in one analysis, so alerts fixed by a later run are closed.
 */
export const AUTOMATION_ID = 'prodguard/'
/** The name of prodguard's own fingerprint among `partialFingerprints`. */
export const FINGERPRINT_KEY = 'prodguard/v1'

const LEVEL: Record<Severity, Sarif.Result.level> = { block: 'error', warn: 'warning', info: 'note' }
const PROBLEM_SEVERITY: Record<Severity, string> = { block: 'error', warn: 'warning', info: 'recommendation' }

/**
 * GitHub's `security-severity` (0.1–10; 9+ critical, 7–8.9 high, 4–6.9 medium) for rules that block by default:
 * reachable data and credentials first, then lost data, then the rest.
 */
export const SECURITY_SEVERITY: Record<Category, string> = {
  secret: '9.5',
  'public-exposure': '9.0',
  'destructive-sql': '8.5',
  'destructive-infra': '8.5',
  'env-leak': '7.5',
  guardrail: '7.5',
  'outdated-dependency': '7.0',
  'lock-safety': '6.0',
  unanalyzable: '5.0'
}

// GitHub truncates rule descriptions at 1024 characters.
const MAX_DESCRIPTION = 1024
/** GitHub code scanning rejects a run with more results than this; the most severe ones are kept. */
export const MAX_RESULTS = 25_000

export function renderSarif(report: Report, ctx: ReportContext): string {
  return `${JSON.stringify(toSarifLog(report, ctx), null, 2)}\n`
}

export function toSarifLog(report: Report, ctx: ReportContext): Sarif.Log {
  // A note about the run (stale data) is not a problem at a line: it is a notification of the invocation.
  const notices = report.findings.filter(isRunNotice)
  const located = notices.length === 0 ? report.findings : report.findings.filter((f) => !isRunNotice(f))
  const kept = located.slice(0, MAX_RESULTS)
  const omitted = located.length - kept.length
  const rules = rulesOf(kept, ctx.rules)
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]))
  const lineHashes = new LineHashes()
  const invocation: Sarif.Invocation = { executionSuccessful: true, exitCode: report.decision === 'blocked' ? 1 : 0 }
  const notifications: Sarif.Notification[] = [...new Map(notices.map((n) => [n.message, n])).values()].map((n) => ({
    level: 'note',
    message: { text: n.hint.trim() === '' ? n.message : `${n.message} ${n.hint}` },
    descriptor: { id: n.ruleId }
  }))
  if (omitted > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${omitted} less severe findings are not in this file: GitHub code scanning rejects more than ${MAX_RESULTS} results per run. \`prodguard --format json\` lists them all.`
      }
    })
  }
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'prodguard',
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: rules.map(toDescriptor)
      }
    },
    automationDetails: { id: AUTOMATION_ID },
    invocations: [invocation],
    // Analyzers count columns in JavaScript string units.
    columnKind: 'utf16CodeUnits',
    results: kept.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId)!, lineHashes)),
    properties: {
      decision: report.decision,
      stats: { files: report.stats.files, bytes: report.stats.bytes, ms: report.stats.ms },
      ...(omitted > 0 ? { omittedResults: omitted } : {})
    }
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }
}

/** The catalog's rules, plus a descriptor made from the finding for a rule the catalog does not know. */
function rulesOf(findings: Finding[], known: RuleMeta[]): RuleMeta[] {
  const byId = new Map(known.map((rule) => [rule.id, rule]))
  for (const f of findings) {
    if (!byId.has(f.ruleId)) byId.set(f.ruleId, { id: f.ruleId, category: f.category, severity: 'block', title: f.ruleId, hint: f.hint, docs: f.docs })
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function toDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const title = rule.title.trim() === '' ? rule.id : rule.title.trim()
  const hint = rule.hint.trim()
  const full = hint === '' ? title : `${title.replace(/\.$/, '')}. ${hint}`
  const blocking = rule.severity === 'block'
  const docsLine = rule.docs !== '' ? `\n\nDocumentation: ${rule.docs}` : ''
  const docsLink = rule.docs !== '' ? `\n\n[Documentation](${rule.docs})` : ''
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: clip(title) },
    fullDescription: { text: clip(full) },
    help: {
      text: `${title}${hint === '' ? '' : `\n\n${hint}`}${docsLine}\n\nRun \`prodguard explain ${rule.id}\` for the whole page.`,
      markdown: `**${markdownText(title)}**${hint === '' ? '' : `\n\n${markdownText(hint)}`}${docsLink}\n\nRun \`prodguard explain ${rule.id}\` for the whole page.`
    },
    ...(rule.docs !== '' ? { helpUri: rule.docs } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: blocking ? ['prodguard', rule.category, 'security'] : ['prodguard', rule.category],
      'problem.severity': PROBLEM_SEVERITY[rule.severity],
      ...(blocking ? { 'security-severity': SECURITY_SEVERITY[rule.category] } : {})
    }
  }
}

function toResult(finding: Finding, ruleIndex: number, lineHashes: LineHashes): Sarif.Result {
  const suppression = finding.suppressed
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: regionOf(finding)
        }
      }
    ],
    partialFingerprints: {
      primaryLocationLineHash: lineHashes.next(finding),
      [FINGERPRINT_KEY]: finding.fingerprint
    },
    ...(suppression !== undefined
      ? {
          suppressions: [
            {
              // A baseline lives outside the file: SARIF's `external` suppression.
              kind: suppression.source === 'baseline' ? 'external' : 'inSource',
              // A suppression the change itself adds still needs a reviewer: SARIF's "under review" does not suppress.
              status: suppression.addedInChange ? 'underReview' : 'accepted',
              justification: suppression.reason
            }
          ]
        }
      : {}),
    properties: { category: finding.category, severity: finding.severity }
  }
}

function regionOf(finding: Finding): Sarif.Region {
  const startLine = Math.max(1, finding.line)
  const region: Sarif.Region = { startLine }
  if (finding.column !== undefined) region.startColumn = Math.max(1, finding.column)
  const endLine = finding.endLine !== undefined && finding.endLine >= startLine ? finding.endLine : undefined
  if (endLine !== undefined) region.endLine = endLine
  if (finding.endColumn !== undefined) {
    const sameLine = (endLine ?? startLine) === startLine
    // On one line the end cannot come before the start; an end column without a start column counts from column 1.
    if (!sameLine || finding.endColumn >= (region.startColumn ?? 1)) region.endColumn = Math.max(1, finding.endColumn)
  }
  if (finding.evidence !== '') region.snippet = { text: finding.evidence }
  return region
}

/**
 * A repository-relative URI: each path segment percent-encoded (spaces, `%`, `#`, `?`, `:` and non-ASCII), so a
 * file named `db/my 100%.sql` becomes `db/my%20100%25.sql` and code scanning finds it in the repository.
 */
export function artifactUri(path: string): string {
  const wellFormed = path.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  return wellFormed
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/**
 * `primaryLocationLineHash` in the shape GitHub computes it (`<hash>:<occurrence>`), but from the finding's evidence
 * rather than its line number, so it stays the same when unrelated lines move.
 */
class LineHashes {
  private readonly seen = new Map<string, number>()
  next(finding: Finding): string {
    const content = (finding.evidence.trim() === '' ? finding.message : finding.evidence).replace(/\s+/g, ' ').trim()
    const hash = createHash('sha256').update(`${finding.ruleId}\0${content}`).digest('hex').slice(0, 16)
    const key = `${finding.file}\0${hash}`
    const occurrence = (this.seen.get(key) ?? 0) + 1
    this.seen.set(key, occurrence)
    return `${hash}:${occurrence}`
  }
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}

function clip(text: string): string {
  if (text.length <= MAX_DESCRIPTION) return text
  let cut = MAX_DESCRIPTION - 1
  if (/[\ud800-\udbff]/.test(text[cut - 1]!)) cut--
  return `${text.slice(0, cut)}…`
}
