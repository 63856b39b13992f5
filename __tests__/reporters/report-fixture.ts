/**
 * A realistic run as every reporter receives it: several categories, blocking, warnings, a note, suppressed findings
 * (one added by the change), multi-line evidence, a redacted secret, hostile characters (markup, mentions, terminal
 * escapes, bidi overrides, workflow-command syntax) and paths with spaces and `%`.
 */
import type { Finding } from '../../src/findings/finding.js'
import { fingerprintOf } from '../../src/findings/fingerprint.js'
import type { RuleMeta } from '../../src/knowledge/catalog.js'
import { compareFindings, decide } from '../../src/policy/policy.js'
import type { Report, ReportContext } from '../../src/reporters/report.js'

const DOCS = 'https://github.com/prodguard/prodguard/blob/main/rules'

type Draft = Omit<Finding, 'category' | 'docs' | 'fingerprint' | 'hint'> & { identity: string; hint?: string }

export const RULES: RuleMeta[] = [
  rule('destructive-sql/drop-table', 'block', 'DROP TABLE deletes a table and all its rows', 'Rename the table first and drop it in a later release, after a backup.'),
  rule('destructive-sql/truncate', 'block', 'TRUNCATE deletes every row', 'Delete the rows you mean with a WHERE clause, in batches.'),
  rule('destructive-sql/delete-without-where', 'block', 'DELETE without WHERE deletes every row', 'Add a WHERE clause that names the rows to delete.'),
  rule('secret/aws-secret-access-key', 'block', 'AWS secret access key', 'Revoke the key in IAM, then load it from the secret store at runtime.'),
  rule('public-exposure/compose-no-auth', 'block', 'Database published without authentication', 'Bind the port to 127.0.0.1 and set a password from a secret.'),
  rule('destructive-infra/deletion-protection-off', 'block', 'deletion_protection turned off', 'Keep deletion_protection = true on data-bearing resources.'),
  rule('outdated-dependency/eol-image', 'warn', 'Base image past end of life', 'Move to a supported major version.'),
  rule('outdated-dependency/majors-behind', 'info', 'Dependency several majors behind', 'Plan the upgrade.'),
  // env-leak/non-production-host is left out on purpose: reporters must cope with a rule the catalog does not know.
  rule('unanalyzable/binary', 'block', 'Binary content where text was expected', 'Commit the source text, or add the path to `ignore` in .prodguard.yml if it is not deployable.')
]

function rule(id: string, severity: RuleMeta['severity'], title: string, hint: string): RuleMeta {
  const category = id.split('/')[0] as RuleMeta['category']
  return { id, category, severity, title, hint, docs: `${DOCS}/${id}.md` }
}

export const HOSTILE_MESSAGE =
  'POSTGRES_HOST_AUTH_METHOD=trust publishes "db" | port 5432 <img src=x onerror=alert(1)> & pings @octo-org/admins about #12, `ticks`, 100% : ,\n::set-output name=pwned::1'

export const MULTILINE_EVIDENCE = [
  '  db:',
  '    image: postgres:16',
  '    ports:',
  '      - "5432:5432"  # ```sql DROP```',
  '    environment:',
  '      POSTGRES_HOST_AUTH_METHOD: trust'
].join('\n')

export const SPACED_PATH = 'db/migrations/20240301120000_drop legacy users 100%.sql'

const drafts: Draft[] = [
  {
    ruleId: 'destructive-sql/drop-table',
    severity: 'block',
    file: SPACED_PATH,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 33,
    message: 'DROP TABLE legacy_users deletes the table and every row in it.',
    evidence: 'DROP TABLE legacy_users CASCADE;',
    identity: 'drop table legacy_users cascade'
  },
  {
    ruleId: 'secret/aws-secret-access-key',
    severity: 'block',
    file: '.env.production',
    line: 2,
    column: 23,
    message: 'An AWS secret access key is committed.',
    evidence: 'AWS_SECRET_ACCESS_KEY=wJal********************************',
    identity: 'AWS_SECRET_ACCESS_KEY'
  },
  {
    ruleId: 'public-exposure/compose-no-auth',
    severity: 'block',
    file: 'deploy/docker-compose.yml',
    line: 7,
    column: 3,
    endLine: 12,
    endColumn: 39,
    message: HOSTILE_MESSAGE,
    evidence: MULTILINE_EVIDENCE,
    identity: 'services.db'
  },
  {
    ruleId: 'destructive-infra/deletion-protection-off',
    severity: 'block',
    file: 'infra/rds.tf',
    line: 14,
    column: 3,
    message: 'aws_db_instance.main: deletion_protection changes from true to false.',
    evidence: 'deletion_protection = false',
    identity: 'aws_db_instance.main.deletion_protection'
  },
  {
    ruleId: 'unanalyzable/binary',
    severity: 'block',
    file: 'db/seed/users.sql',
    line: 1,
    message: 'Could not analyze this file: binary content (NUL byte at offset 12).',
    evidence: '',
    identity: 'binary'
  },
  {
    ruleId: 'outdated-dependency/eol-image',
    severity: 'warn',
    file: 'Dockerfile',
    line: 1,
    column: 6,
    endColumn: 20,
    message: 'node:14-alpine reached end of life on 2023-04-30.',
    evidence: 'FROM node:14-alpine AS build',
    identity: 'node:14'
  },
  {
    ruleId: 'env-leak/non-production-host',
    severity: 'warn',
    file: 'config/production.yml',
    line: 4,
    column: 9,
    // A terminal escape and a bidi override, as a hostile file could carry them.
    message: 'Production config points at a staging host: \u001b[2Jstaging-db.internal\u202e.',
    evidence: 'database:\r\n  host: staging-db.internal\u001b[31m\r\n',
    identity: 'database.host',
    hint: 'Point production at the production database host.'
  },
  {
    ruleId: 'outdated-dependency/majors-behind',
    severity: 'info',
    file: 'package.json',
    line: 18,
    message: 'express 3.21.2 is 2 majors behind 5.1.0.',
    evidence: '"express": "3.21.2"',
    identity: 'express'
  },
  {
    ruleId: 'destructive-sql/truncate',
    severity: 'block',
    file: 'db/migrations/20240302_reset fixtures.sql',
    line: 5,
    column: 1,
    message: 'TRUNCATE fixtures deletes every row.',
    evidence: 'TRUNCATE fixtures;',
    identity: 'truncate fixtures',
    suppressed: { reason: 'fixtures table is rebuilt by the nightly seed job', source: 'inline', line: 4, addedInChange: false }
  },
  {
    ruleId: 'destructive-sql/delete-without-where',
    severity: 'block',
    file: 'db/migrations/20240303_purge sessions.sql',
    line: 2,
    column: 1,
    message: 'DELETE FROM sessions has no WHERE: every row is deleted.',
    evidence: 'DELETE FROM sessions;',
    identity: 'delete from sessions',
    suppressed: { reason: 'sessions are ephemeral | see @ops-team runbook #7', source: 'inline', line: 1, addedInChange: true }
  }
]

export function finding(draft: Draft): Finding {
  const { identity, hint, ...rest } = draft
  const meta = RULES.find((r) => r.id === draft.ruleId)
  return {
    ...rest,
    category: draft.ruleId.split('/')[0] as Finding['category'],
    hint: hint ?? meta?.hint ?? '',
    docs: meta?.docs ?? '',
    fingerprint: fingerprintOf(draft.ruleId, draft.file, identity, 0)
  }
}

export function realisticFindings(): Finding[] {
  return drafts.map(finding).sort(compareFindings)
}

export function reportOf(findings: Finding[], overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'prodguard', version: '0.1.0' },
    decision: decide(findings, 'block'),
    findings,
    stats: { files: 9, bytes: 12_403, ms: 87 },
    ...overrides
  }
}

export function realisticReport(overrides: Partial<Report> = {}): Report {
  return reportOf(realisticFindings(), overrides)
}

export function emptyReport(): Report {
  return reportOf([], { stats: { files: 42, bytes: 318_227, ms: 41 } })
}

export function contextFor(report: Report, overrides: Partial<ReportContext> = {}): ReportContext {
  const ids = new Set(report.findings.map((f) => f.ruleId))
  return { rules: RULES.filter((r) => ids.has(r.id)), label: 'diff main...HEAD', color: false, quiet: false, ...overrides }
}
