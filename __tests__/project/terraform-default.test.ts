/**
 * A variable's default is half of a resource: `publicly_accessible = var.public` in main.tf and `default = true` in
 * variables.tf are one exposure, as `terraform apply` resolves it. Judged in `check` at the resource line (naming the
 * default), and in `diff` when only the default changes, at the default line (naming the resource). A default that
 * every deploy overrides (tfvars, the module call) decides nothing.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { terraformProtectionAnalyzer } from '../../src/analyzers/infra/terraform-protection.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, terraformProtectionAnalyzer]

const main = `resource "aws_db_instance" "orders" {
  identifier                  = "orders-prod"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  allocated_storage           = 200
  manage_master_user_password = true
  publicly_accessible         = var.public
  deletion_protection         = var.protect
  storage_encrypted           = true
}
`

const variables = (pub: boolean, protect: boolean): string => `variable "public" {
  description = "Give the database a public endpoint (never in production)."
  type        = bool
  default     = ${pub}
}

variable "protect" {
  type    = bool
  default = ${protect}
}
`

const found = (findings: Finding[]): string[] =>
  findings.filter((f) => f.category === 'public-exposure' || f.category === 'destructive-infra').map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`)

const diff = (repo: TempRepo, from: string): Promise<Finding[]> => scanGitDiff(repo.dir, from, { analyzers })

const repos: TempRepo[] = []
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup()
})
const repo = (): TempRepo => {
  const r = new TempRepo()
  repos.push(r)
  return r
}

describe('Terraform: a root module with its defaults in variables.tf', () => {
  it('check: an unsafe default is judged at the resource line, naming the default', async () => {
    const findings = await scanFiles({ 'infra/orders/main.tf': main, 'infra/orders/variables.tf': variables(true, false) }, { analyzers })
    expect(found(findings)).toEqual([
      'infra/orders/main.tf:8 block public-exposure/managed-database-public',
      'infra/orders/main.tf:9 warn destructive-infra/unprotected-data-resource'
    ])
    expect(findings[0]!.message).toMatch(/`variable "public" default = true` at infra\/orders\/variables\.tf:4/)
  })

  it('check: safe defaults are clean (no "cannot be resolved" warning either)', async () => {
    expect(found(await scanFiles({ 'infra/orders/main.tf': main, 'infra/orders/variables.tf': variables(false, true) }, { analyzers }))).toEqual([])
  })

  it('check: a default every deploy overrides decides nothing', async () => {
    const tree = { 'infra/orders/main.tf': main, 'infra/orders/variables.tf': variables(true, false), 'infra/orders/terraform.tfvars': 'public  = false\nprotect = true\n' }
    expect(found(await scanFiles(tree, { analyzers }))).toEqual([])
  })

  it('diff: the default changed alone blocks at the default line, naming the resource line', async () => {
    const r = repo()
    r.write({ 'infra/orders/main.tf': main, 'infra/orders/variables.tf': variables(false, true) })
    const from = r.commit('orders database')
    r.write({ 'infra/orders/variables.tf': variables(true, false) })
    r.commit('defaults for the demo account')
    const findings = await diff(r, from)
    expect(found(findings)).toEqual([
      'infra/orders/variables.tf:4 block public-exposure/managed-database-public',
      'infra/orders/variables.tf:9 block destructive-infra/deletion-protection-disabled'
    ])
    expect(findings[0]!.message).toMatch(/the other half: `publicly_accessible += var\.public` at infra\/orders\/main\.tf:8/)
  })

  it('diff: an unrelated edit of variables.tf whose default was already unsafe is not reported again', async () => {
    const r = repo()
    r.write({ 'infra/orders/main.tf': main, 'infra/orders/variables.tf': variables(true, false) })
    const from = r.commit('orders database')
    r.write({ 'infra/orders/variables.tf': variables(true, false).replace('never in production', 'only for the demo') })
    r.commit('wording')
    expect(found(await diff(r, from))).toEqual([])
  })

  it('diff: the default changed while the tfvars sets the variable decides nothing', async () => {
    const r = repo()
    r.write({ 'infra/orders/main.tf': main, 'infra/orders/variables.tf': variables(false, true), 'infra/orders/terraform.tfvars': 'public  = false\nprotect = true\n' })
    const from = r.commit('orders database')
    r.write({ 'infra/orders/variables.tf': variables(true, false) })
    r.commit('defaults')
    expect(found(await diff(r, from))).toEqual([])
  })
})

describe('Terraform: a local module\'s default, for the callers that leave it unset', () => {
  const caller = (setsPublic: boolean): string => `module "orders_db" {
  source = "../../modules/db"
${setsPublic ? '  public = false\n' : ''}  protect = true
}
`
  it('diff: the module default changed alone blocks when a caller leaves it unset', async () => {
    const r = repo()
    r.write({ 'modules/db/main.tf': main, 'modules/db/variables.tf': variables(false, true), 'envs/prod/main.tf': caller(false) })
    const from = r.commit('module')
    r.write({ 'modules/db/variables.tf': variables(true, true) })
    r.commit('public by default')
    expect(found(await diff(r, from))).toEqual(['modules/db/variables.tf:4 block public-exposure/managed-database-public'])
  })

  it('diff: no finding when every caller sets it', async () => {
    const r = repo()
    r.write({ 'modules/db/main.tf': main, 'modules/db/variables.tf': variables(false, true), 'envs/prod/main.tf': caller(true) })
    const from = r.commit('module')
    r.write({ 'modules/db/variables.tf': variables(true, true) })
    r.commit('public by default')
    expect(found(await diff(r, from))).toEqual([])
  })
})
