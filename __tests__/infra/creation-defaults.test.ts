/**
 * What a resource is created with: plans of format 0.1/0.2 are read, a plan that creates a database with backups
 * off says so, a diff that adds one with an unsafe default says so, and `check` agrees with `plan` on Azure's
 * public network access left unset.
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]

function plan(formatVersion: string, changes: unknown[]): string {
  return JSON.stringify({ format_version: formatVersion, terraform_version: formatVersion === '0.1' ? '0.12.31' : '1.0.11', resource_changes: changes }, null, 2)
}

const create = (address: string, type: string, after: Record<string, unknown>): unknown => ({
  address,
  mode: 'managed',
  type,
  name: address.split('.').pop(),
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: { actions: ['create'], before: null, after, after_unknown: { id: true, arn: true } }
})

describe('plans', () => {
  it.each(['0.1', '0.2'])('format %s is read', async (version) => {
    const text = plan(version, [
      { address: 'aws_db_instance.orders', mode: 'managed', type: 'aws_db_instance', name: 'orders', change: { actions: ['delete', 'create'], before: { identifier: 'orders' }, after: { identifier: 'orders' } } }
    ])
    const findings = await scanFiles({ 'plans/tfplan.json': text }, { analyzers, mode: 'plan' })
    expect(findings.map((f) => f.ruleId)).toEqual(['destructive-infra/plan-destroys-data'])
  })

  it('format 2.0 is still refused, clearly', async () => {
    const findings = await scanFiles({ 'plans/tfplan.json': plan('2.0', []) }, { analyzers, mode: 'plan' })
    expect(findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([expect.stringMatching(/^unanalyzable\/parse-error .*format_version is 2\.0/)])
  })

  it('reports backups off on creation', async () => {
    const text = plan('1.2', [
      create('aws_db_instance.reports', 'aws_db_instance', { identifier: 'reports', deletion_protection: true, skip_final_snapshot: false, backup_retention_period: 0 }),
      create('aws_elasticache_replication_group.sessions', 'aws_elasticache_replication_group', { replication_group_id: 'sessions', snapshot_retention_limit: 0 }),
      create('aws_dynamodb_table.events', 'aws_dynamodb_table', { name: 'events', deletion_protection_enabled: true, point_in_time_recovery: [{ enabled: false }] }),
      create('google_sql_database_instance.main', 'google_sql_database_instance', { name: 'main', deletion_protection: true, settings: [{ tier: 'db-custom-2-7680', backup_configuration: [{ enabled: false }] }] }),
      create('aws_db_instance.orders', 'aws_db_instance', { identifier: 'orders', deletion_protection: true, skip_final_snapshot: false, backup_retention_period: 14 })
    ])
    const findings = await scanFiles({ 'plans/tfplan.json': text }, { analyzers, mode: 'plan' })
    const backups = findings.filter((f) => f.ruleId === 'destructive-infra/backups-disabled')
    expect(backups.map((f) => f.message.split(' ')[3])).toEqual([
      'aws_db_instance.reports',
      'aws_elasticache_replication_group.sessions',
      'aws_dynamodb_table.events',
      'google_sql_database_instance.main'
    ])
  })
})

describe('diff: a new resource on unsafe defaults', () => {
  const tf = `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}

resource "aws_dynamodb_table" "events" {
  name                        = "events"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true

  attribute {
    name = "id"
    type = "S"
  }
}

resource "google_sql_database_instance" "main" {
  name                = "main"
  database_version    = "POSTGRES_16"
  deletion_protection = true

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "aws_dynamodb_table" "audit" {
  name                        = "audit"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true

  point_in_time_recovery {
    enabled = true
  }

  attribute {
    name = "id"
    type = "S"
  }
}
`
  it('ElastiCache without snapshot_retention_limit, DynamoDB without PITR, Cloud SQL without backups', async () => {
    const findings = await scanChange({}, { 'infra/prod/data.tf': tf }, { analyzers })
    const messages = findings.filter((f) => f.ruleId === 'destructive-infra/unprotected-data-resource').map((f) => f.message)
    expect(messages).toEqual([
      expect.stringMatching(/aws_elasticache_replication_group\.sessions .*no `snapshot_retention_limit`/),
      expect.stringMatching(/aws_dynamodb_table\.events .*no `point_in_time_recovery\.enabled`/),
      expect.stringMatching(/google_sql_database_instance\.main .*no `settings\.backup_configuration\.enabled`/)
    ])
  })

  it('check stays quiet about defaults (only what the file turns off on purpose)', async () => {
    const findings = await scanFiles({ 'infra/prod/data.tf': tf }, { analyzers })
    expect(findings.filter((f) => f.ruleId.startsWith('destructive-infra/'))).toEqual([])
  })
})

describe('Azure public network access left unset', () => {
  const server = (extra: string): string => `resource "azurerm_postgresql_flexible_server" "orders" {
  name                   = "orders-prod"
  resource_group_name    = azurerm_resource_group.main.name
  location               = "westeurope"
  version                = "16"
  administrator_login    = "orders"
  sku_name               = "GP_Standard_D2s_v3"
${extra}}
`
  it('check blocks as plan does (the default is enabled)', async () => {
    const checked = await scanFiles({ 'infra/azure/db.tf': server('') }, { analyzers })
    expect(checked.map((f) => `${f.ruleId} ${f.severity}`)).toContain('public-exposure/managed-database-public block')
    const planned = plan('1.2', [
      create('azurerm_postgresql_flexible_server.orders', 'azurerm_postgresql_flexible_server', { name: 'orders-prod', public_network_access_enabled: true })
    ])
    const fromPlan = await scanFiles({ 'plans/tfplan.json': planned }, { analyzers, mode: 'plan' })
    expect(fromPlan.map((f) => f.ruleId)).toContain('public-exposure/managed-database-public')
  })

  it('a server in a delegated subnet, or one that turns it off, is not public', async () => {
    for (const extra of ['  delegated_subnet_id    = azurerm_subnet.db.id\n', '  public_network_access_enabled = false\n']) {
      const findings = await scanFiles({ 'infra/azure/db.tf': server(extra) }, { analyzers })
      expect(findings.filter((f) => f.ruleId === 'public-exposure/managed-database-public')).toEqual([])
    }
  })
})

describe('registry modules that wrap a data resource', () => {
  const call = (inputs: string): string => `module "db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.10"

  identifier        = "orders-prod"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.r6g.large"
  allocated_storage = 100
${inputs}}
`
  it('terraform-aws-modules/rds with protections off is judged as aws_db_instance', async () => {
    const findings = await scanFiles({ 'infra/prod/db.tf': call('  deletion_protection     = false\n  skip_final_snapshot     = true\n  backup_retention_period = 0\n') }, { analyzers })
    expect(findings.filter((f) => f.ruleId.startsWith('destructive-infra/')).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['destructive-infra/unprotected-data-resource warn'])
    expect(findings[0]!.message).toMatch(/module\.db .*deletion_protection = false.*skip_final_snapshot = true.*backup_retention_period = 0/)
  })

  it('a diff that turns protection off in the module call blocks', async () => {
    const before = call('  deletion_protection     = true\n  backup_retention_period = 14\n')
    const after = call('  deletion_protection     = false\n  backup_retention_period = 0\n')
    const findings = await scanChange({ 'infra/prod/db.tf': before }, { 'infra/prod/db.tf': after }, { analyzers })
    expect(findings.filter((f) => f.ruleId.startsWith('destructive-infra/')).map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual([
      'destructive-infra/backups-disabled block',
      'destructive-infra/deletion-protection-disabled block'
    ])
  })

  it('git sources of the same module, and rds-aurora, elasticache, s3-bucket', async () => {
    const tf = `module "reports" {
  source              = "git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v6.10.0"
  identifier          = "reports"
  deletion_protection = true
  skip_final_snapshot = true
}

module "aurora" {
  source              = "terraform-aws-modules/rds-aurora/aws"
  name                = "ledger"
  deletion_protection = true
  skip_final_snapshot = true
}

module "sessions" {
  source                   = "terraform-aws-modules/elasticache/aws"
  replication_group_id     = "sessions"
  snapshot_retention_limit = 0
}

module "uploads" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  bucket        = "acme-uploads"
  force_destroy = true
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  name   = "main"
}
`
    const findings = await scanFiles({ 'infra/prod/data.tf': tf }, { analyzers })
    expect(findings.filter((f) => f.ruleId === 'destructive-infra/unprotected-data-resource').map((f) => f.message.split(' ')[2])).toEqual(['module.reports', 'module.aurora', 'module.sessions', 'module.uploads'])
  })
})
