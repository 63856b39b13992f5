/**
 * Terraform plans in JSON: deletes and both replace orders of data-bearing resources (with action_reason and
 * replace_paths in the message), `forget` is not a delete, updates that turn protection off, and plans that cannot
 * be read. The fixture has the shape of `terraform show -json plan.out` from Terraform 1.9.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { packageRoot } from '../../src/knowledge/package-root.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]
const planText = readFileSync(join(packageRoot(), '__tests__', 'infra', 'fixtures', 'tfplan.json'), 'utf8')
const DESTROYS = 'destructive-infra/plan-destroys-data'

async function planFindings(text: string, path = 'plan.json'): Promise<Finding[]> {
  return (await scanFiles({ [path]: text }, { analyzers, mode: 'plan' })).filter((f) => f.category !== 'outdated-dependency')
}

function byAddress(findings: Finding[], address: string): Finding[] {
  return findings.filter((f) => f.message.includes(address))
}

describe('prodguard plan', () => {
  it('reports every delete of a data-bearing resource and nothing else destructive', async () => {
    const findings = await planFindings(planText)
    const summary = findings.map((f) => `${f.ruleId} ${f.severity} ${/ (aws_[a-z0-9_]+\.[a-z_]+|module\.[^ ]+|google_[a-z_]+\.[a-z_]+\[\d\])/.exec(f.message)?.[1] ?? ''}`)
    expect(summary.sort()).toEqual(
      [
        `${DESTROYS} block aws_db_instance.orders`,
        `${DESTROYS} block module.cache.aws_elasticache_replication_group.this[0]`,
        `${DESTROYS} block aws_s3_bucket.invoices`,
        `${DESTROYS} block google_sql_database_instance.replica[1]`,
        'destructive-infra/deletion-protection-disabled block aws_rds_cluster.analytics',
        'public-exposure/managed-database-public block aws_db_instance.staging_copy'
      ].sort()
    )
  })

  it('says replace (destroy first), the reason and the attribute that forces it, without sensitive values', async () => {
    const [orders] = byAddress(await planFindings(planText), 'aws_db_instance.orders')
    expect(orders!.message).toContain('deletes it with its data, then creates an empty one')
    expect(orders!.message).toContain('a changed attribute cannot be updated in place')
    expect(orders!.message).toContain('`storage_encrypted`: false -> true')
    expect(orders!.message).toContain('`skip_final_snapshot = true` (no final snapshot will be taken)')
    expect(orders!.message).not.toMatch(/password/)
    expect(orders!.line).toBeGreaterThan(1)
    expect(orders!.evidence).toContain('"delete","create"')
  })

  it('tells create-before-destroy from destroy-before-create', async () => {
    const [cache] = byAddress(await planFindings(planText), 'aws_elasticache_replication_group')
    expect(cache!.message).toContain('creates the new one, then deletes the old one')
    expect(cache!.message).toContain('`replication_group_id`: "sessions" -> "sessions-v2"')
  })

  it('explains deletes by their action_reason', async () => {
    const findings = await planFindings(planText)
    expect(byAddress(findings, 'aws_s3_bucket.invoices')[0]!.message).toContain('its block was removed from the configuration')
    expect(byAddress(findings, 'aws_s3_bucket.invoices')[0]!.message).toContain('`force_destroy = true` (its contents go too)')
    expect(byAddress(findings, 'replica[1]')[0]!.message).toContain('its `count` index is no longer in range')
  })

  it('does not treat forget, no-op, read or a harmless update as destructive', async () => {
    const findings = await planFindings(planText)
    for (const address of ['legacy_sessions', 'aws_db_instance.reporting', 'aws_kms_key.data', 'aws_caller_identity', 'aws_instance.bastion']) {
      expect(byAddress(findings, address)).toEqual([])
    }
  })

  it('reads the compact one-line output of terraform show -json too', async () => {
    const compact = JSON.stringify(JSON.parse(planText))
    expect((await planFindings(compact)).filter((f) => f.ruleId === DESTROYS)).toHaveLength(4)
  })

  it.each(['1.0', '1.1', '1.2', '1.3', '1.10'])('accepts format_version %s', async (version) => {
    const text = planText.replace('"format_version": "1.2"', `"format_version": "${version}"`)
    expect((await planFindings(text)).filter((f) => f.ruleId === DESTROYS)).toHaveLength(4)
  })

  it.each([
    ['a future format_version', planText.replace('"format_version": "1.2"', '"format_version": "2.0"'), /format_version is 2\.0/],
    ['a binary plan', 'tfplan\u0000PK\u0003\u0004binary', /not JSON/],
    ['JSON that is not a plan', '{"version": 4, "resources": []}', /format_version/],
    ['truncated JSON', planText.slice(0, 500), /not JSON/]
  ])('fails closed on %s', async (_name, text, why) => {
    const findings = await planFindings(text)
    expect(findings.map((f) => f.ruleId)).toEqual(['unanalyzable/parse-error'])
    expect(findings[0]!.message).toMatch(why)
  })

  it('marks the delete of a deposed object as a warning', async () => {
    const plan = JSON.parse(planText) as { resource_changes: Record<string, unknown>[] }
    plan.resource_changes = [{ ...plan.resource_changes[2]!, deposed: '00000001', action_reason: undefined }]
    const findings = await planFindings(JSON.stringify(plan))
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([`${DESTROYS} warn`])
    expect(findings[0]!.message).toContain('deposed object')
  })

  it('reports a new data-bearing resource without protection as a warning', async () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_rds_cluster.new', mode: 'managed', type: 'aws_rds_cluster', name: 'new', change: { actions: ['create'], before: null, after: { deletion_protection: false, skip_final_snapshot: true }, after_unknown: {} } }
      ]
    }
    const findings = await planFindings(JSON.stringify(plan))
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['destructive-infra/unprotected-data-resource warn'])
  })

  it('an empty plan passes', async () => {
    expect(await planFindings(JSON.stringify({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: [] }))).toEqual([])
  })
})

describe('plan JSON found in a change', () => {
  it.each(['tfplan.json', 'plans/prod.tfplan.json', 'terraform/plan.json'])('%s is read in check mode', async (path) => {
    const findings = (await scanFiles({ [path]: planText }, { analyzers })).filter((f) => f.ruleId === DESTROYS)
    expect(findings).toHaveLength(4)
  })

  it('a JSON file that only looks like a plan by name is left alone', async () => {
    expect((await scanFiles({ 'docs/plan.json': '{"title": "Q3 plan", "items": []}' }, { analyzers })).map((f) => f.ruleId)).toEqual([])
  })

  it('a committed plan that gains a delete is new in a diff', async () => {
    const before = JSON.stringify({ format_version: '1.2', resource_changes: [] })
    const findings = await scanChange({ 'plans/tfplan.json': before }, { 'plans/tfplan.json': planText }, { analyzers })
    expect(findings.filter((f) => f.ruleId === DESTROYS)).toHaveLength(4)
  })
})
