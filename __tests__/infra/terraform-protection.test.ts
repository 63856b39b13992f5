/**
 * Protections weakened in a diff (base vs head HCL), data-bearing blocks removed or renamed without `moved`, new
 * data-bearing resources without protection; and what `check` says about a file as it stands.
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]
const infra = (findings: Finding[]): string[] => findings.filter((f) => /^(destructive-infra|unanalyzable)\//.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`)

const R = {
  deletion: 'destructive-infra/deletion-protection-disabled',
  prevent: 'destructive-infra/prevent-destroy-removed',
  snapshot: 'destructive-infra/final-snapshot-skipped',
  force: 'destructive-infra/force-destroy-enabled',
  backups: 'destructive-infra/backups-disabled',
  removed: 'destructive-infra/data-resource-removed',
  unprotected: 'destructive-infra/unprotected-data-resource'
}

/** An RDS instance as a terraform-aws-modules user would write it by hand. */
const rds = (settings: string, lifecycle = ''): string => `resource "aws_db_instance" "orders" {
  identifier                = "orders-prod"
  engine                    = "postgres"
  engine_version            = "16.3"
  instance_class            = "db.r6g.large"
  allocated_storage         = 200
  username                  = "orders"
  manage_master_user_password = true
  final_snapshot_identifier = "orders-prod-final"
${settings}
${lifecycle}}
`
const protectedRds = rds('  deletion_protection     = true\n  skip_final_snapshot     = false\n  backup_retention_period = 14', '  lifecycle {\n    prevent_destroy = true\n  }\n')

const bucket = (extra = ''): string => `resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices-prod"
${extra}}
`

const sqlInstance = (extra = ''): string => `resource "google_sql_database_instance" "main" {
  name             = "main-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
${extra}  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
    }
  }
}
`

describe('protections weakened in a diff', () => {
  it.each([
    ['deletion_protection true -> false', protectedRds, protectedRds.replace('deletion_protection     = true', 'deletion_protection     = false'), [`${R.deletion} block`]],
    ['deletion_protection removed (default false)', protectedRds, protectedRds.replace('  deletion_protection     = true\n', ''), [`${R.deletion} block`]],
    ['deletion_protection to an unresolved variable', protectedRds, protectedRds.replace('deletion_protection     = true', 'deletion_protection     = var.protect'), [`${R.deletion} warn`]],
    ['skip_final_snapshot false -> true', protectedRds, protectedRds.replace('skip_final_snapshot     = false', 'skip_final_snapshot     = true'), [`${R.snapshot} block`]],
    ['prevent_destroy removed', protectedRds, protectedRds.replace('  lifecycle {\n    prevent_destroy = true\n  }\n', ''), [`${R.prevent} block`]],
    ['prevent_destroy set to false', protectedRds, protectedRds.replace('prevent_destroy = true', 'prevent_destroy = false'), [`${R.prevent} block`]],
    ['backup_retention_period to 0', protectedRds, protectedRds.replace('backup_retention_period = 14', 'backup_retention_period = 0'), [`${R.backups} block`]],
    ['force_destroy = true on a bucket', bucket(), bucket('  force_destroy = true\n'), [`${R.force} block`]],
    ['Cloud SQL deletion_protection (default true) set to false', sqlInstance(), sqlInstance('  deletion_protection = false\n'), [`${R.deletion} block`]],
    ['Cloud SQL backups turned off', sqlInstance(), sqlInstance().replace('enabled = true', 'enabled = false'), [`${R.backups} block`]],
    [
      'DynamoDB deletion protection turned off',
      'resource "aws_dynamodb_table" "sessions" {\n  name         = "sessions"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n  deletion_protection_enabled = true\n}\n',
      'resource "aws_dynamodb_table" "sessions" {\n  name         = "sessions"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n  deletion_protection_enabled = false\n}\n',
      [`${R.deletion} block`]
    ],
    [
      'Atlas termination protection turned off',
      'resource "mongodbatlas_advanced_cluster" "prod" {\n  project_id = var.project\n  name       = "prod"\n  cluster_type = "REPLICASET"\n  termination_protection_enabled = true\n}\n',
      'resource "mongodbatlas_advanced_cluster" "prod" {\n  project_id = var.project\n  name       = "prod"\n  cluster_type = "REPLICASET"\n}\n',
      [`${R.deletion} block`]
    ],
    // Near misses.
    ['an unrelated edit (instance class)', protectedRds, protectedRds.replace('db.r6g.large', 'db.r6g.xlarge'), []],
    ['turning protection on', rds('  deletion_protection = false'), rds('  deletion_protection = true'), []],
    ['force_destroy already true stays true', bucket('  force_destroy = true\n'), bucket('  force_destroy = true\n  tags = { team = "billing" }\n'), []],
    ['deletion_protection on a resource that holds no data', 'resource "aws_lb" "web" {\n  name = "web"\n  enable_deletion_protection = true\n}\n', 'resource "aws_lb" "web" {\n  name = "web"\n}\n', []]
  ] as const)('%s', async (_name, before, after, expected) => {
    expect(infra(await scanChange({ 'infra/prod/main.tf': before }, { 'infra/prod/main.tf': after }, { analyzers }))).toEqual(expected)
  })

  it('points at the changed attribute and keeps identity by address', async () => {
    const [finding] = await scanChange({ 'infra/main.tf': protectedRds }, { 'infra/main.tf': protectedRds.replace('deletion_protection     = true', 'deletion_protection     = false') }, { analyzers })
    expect(finding).toMatchObject({ ruleId: R.deletion, line: 10, evidence: 'deletion_protection     = false' })
    expect(finding!.message).toContain('aws_db_instance.orders')
  })
})

describe('data-bearing resources removed or renamed', () => {
  const other = 'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}\n'
  it.each([
    ['block removed', { 'infra/main.tf': protectedRds + other }, { 'infra/main.tf': other }, [`${R.removed} block`]],
    ['file deleted', { 'infra/db.tf': protectedRds }, {}, [`${R.removed} block`]],
    ['renamed without moved', { 'infra/main.tf': protectedRds }, { 'infra/main.tf': protectedRds.replace('"orders"', '"orders_primary"') }, [`${R.removed} block`]],
    [
      'count switched to for_each',
      { 'infra/main.tf': 'resource "aws_s3_bucket" "logs" {\n  count  = 2\n  bucket = "logs-${count.index}"\n}\n' },
      { 'infra/main.tf': 'resource "aws_s3_bucket" "logs" {\n  for_each = toset(["a", "b"])\n  bucket   = "logs-${each.key}"\n}\n' },
      [`${R.removed} block`]
    ],
    ['a removed block that destroys', { 'infra/main.tf': protectedRds }, { 'infra/main.tf': 'removed {\n  from = aws_db_instance.orders\n}\n' }, [`${R.removed} block`]],
    // Near misses.
    ['renamed with a moved block', { 'infra/main.tf': protectedRds }, { 'infra/main.tf': `${protectedRds.replace('"orders"', '"orders_primary"')}\nmoved {\n  from = aws_db_instance.orders\n  to   = aws_db_instance.orders_primary\n}\n` }, []],
    ['forgotten with removed { destroy = false }', { 'infra/main.tf': protectedRds }, { 'infra/main.tf': 'removed {\n  from = aws_db_instance.orders\n  lifecycle {\n    destroy = false\n  }\n}\n' }, []],
    ['a non-data resource removed', { 'infra/main.tf': protectedRds + other }, { 'infra/main.tf': protectedRds }, []],
    ['count added to a single resource (Terraform moves it to [0])', { 'infra/main.tf': bucket() }, { 'infra/main.tf': bucket('  count = 1\n') }, []]
  ] as const)('%s', async (_name, before, after, expected) => {
    expect(infra(await scanChange(before, after, { analyzers }))).toEqual(expected)
  })

  it('says that prevent_destroy does not survive the removal of its block', async () => {
    const [finding] = await scanChange({ 'infra/main.tf': protectedRds }, { 'infra/main.tf': '' }, { analyzers })
    expect(finding!.message).toContain('prevent_destroy')
  })
})

describe('new data-bearing resources (diff) and check', () => {
  it.each([
    ['a new RDS without deletion protection', {}, { 'infra/main.tf': rds('  skip_final_snapshot = true') }, [`${R.unprotected} warn`]],
    ['a new RDS with everything on', {}, { 'infra/main.tf': protectedRds }, []],
    ['a new bucket (safe by default)', {}, { 'infra/main.tf': bucket() }, []],
    ['a new bucket with force_destroy', {}, { 'infra/main.tf': bucket('  force_destroy = true\n') }, [`${R.unprotected} warn`]],
    ['a new Cloud SQL instance (protected by default)', {}, { 'infra/main.tf': sqlInstance() }, []]
  ] as const)('%s', async (_name, before, after, expected) => {
    expect(infra(await scanChange(before, after, { analyzers }))).toEqual(expected)
  })

  it.each([
    ['an unprotected RDS', rds('  skip_final_snapshot = true'), [`${R.unprotected} warn`]],
    ['a protected RDS', protectedRds, []],
    ['an RDS that leaves deletion protection unset (reported when a change creates it)', rds('  publicly_accessible = false'), []],
    ['a removed block that destroys a database', 'removed {\n  from = aws_db_instance.legacy\n}\n', [`${R.removed} block`]],
    ['a syntax error', 'resource "aws_db_instance" "x" {\n  engine = "postgres"\n', ['unanalyzable/parse-error block']]
  ] as const)('check: %s', async (_name, text, expected) => {
    expect(infra(await scanFiles({ 'infra/main.tf': text }, { analyzers }))).toEqual(expected)
  })
})

describe('a data-bearing resource that moves to another file', () => {
  const removals = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId === R.removed).map((f) => f.file)

  it('of the same module in the same change is not removed (Terraform addresses are per module, not per file)', async () => {
    const before = { 'infra/prod/main.tf': `${protectedRds}\n`, 'infra/prod/network.tf': '# vpc\n' }
    const after = { 'infra/prod/main.tf': '# moved to database.tf\n', 'infra/prod/network.tf': '# vpc\n', 'infra/prod/database.tf': `${protectedRds}\n` }
    expect(removals(await scanChange(before, after, { analyzers }))).toEqual([])
  })

  it('of another module is removed from this one: the address changes', async () => {
    const before = { 'infra/prod/main.tf': `${protectedRds}\n` }
    const after = { 'infra/prod/main.tf': '# moved\n', 'infra/prod/modules/db/main.tf': `${protectedRds}\n` }
    expect(removals(await scanChange(before, after, { analyzers }))).toEqual(['infra/prod/main.tf'])
  })

  it('with its `moved` block in another file of the module is renamed, not removed', async () => {
    const before = { 'infra/prod/main.tf': `${protectedRds}\n` }
    const after = {
      'infra/prod/main.tf': protectedRds.replace('"orders"', '"orders_primary"'),
      'infra/prod/moves.tf': 'moved {\n  from = aws_db_instance.orders\n  to   = aws_db_instance.orders_primary\n}\n'
    }
    expect(removals(await scanChange(before, after, { analyzers }))).toEqual([])
  })
})
