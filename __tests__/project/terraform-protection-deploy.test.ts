/**
 * Terraform protections as `terraform apply` runs them: a local module whose `deletion_protection`,
 * `skip_final_snapshot` and `backup_retention_period` follow its variables (safe defaults), given unsafe values by a
 * production tfvars through the module call; and a terraform-aws-modules/rds call whose inputs come from a tfvars.
 * Each shape in `check`, and in `diff` when only one half changes, on a real git repository.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const moduleMain = `resource "aws_db_instance" "this" {
  identifier              = var.name
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  deletion_protection     = var.deletion_protection
  skip_final_snapshot     = var.skip_final_snapshot
  backup_retention_period = var.backup_retention_period
}
`

const moduleVariables = `variable "name" {
  type = string
}

variable "deletion_protection" {
  type    = bool
  default = true
}

variable "skip_final_snapshot" {
  type    = bool
  default = false
}

variable "backup_retention_period" {
  type    = number
  default = 7
}
`

const prodMain = `module "orders_db" {
  source = "../../modules/db"

  name                    = "orders-prod"
  deletion_protection     = var.orders_deletion_protection
  skip_final_snapshot     = var.orders_skip_final_snapshot
  backup_retention_period = var.orders_backup_days
}
`

const prodVariables = `variable "orders_deletion_protection" {
  type    = bool
  default = true
}

variable "orders_skip_final_snapshot" {
  type    = bool
  default = false
}

variable "orders_backup_days" {
  type    = number
  default = 14
}
`

const safeTfvars = `# production
orders_deletion_protection = true
orders_skip_final_snapshot = false
orders_backup_days         = 14
`
const unsafeTfvars = `# production (decommissioning drill)
orders_deletion_protection = false
orders_skip_final_snapshot = true
orders_backup_days         = 0
`

const tree = (tfvars: string, main = moduleMain): Record<string, string> => ({
  'infra/modules/db/main.tf': main,
  'infra/modules/db/variables.tf': moduleVariables,
  'infra/envs/production/main.tf': prodMain,
  'infra/envs/production/variables.tf': prodVariables,
  'infra/envs/production/terraform.tfvars': tfvars
})

const registryMain = `module "billing_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.10"

  identifier          = "billing-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  deletion_protection = var.billing_deletion_protection
  skip_final_snapshot = var.billing_skip_final_snapshot
}

variable "billing_deletion_protection" {
  type    = bool
  default = true
}

variable "billing_skip_final_snapshot" {
  type    = bool
  default = false
}
`
const registryTree = (tfvars: string): Record<string, string> => ({ 'billing/main.tf': registryMain, 'billing/terraform.tfvars': tfvars })

const PROTECTION = /^destructive-infra\//
const show = (findings: Finding[]): string[] => findings.filter((f) => PROTECTION.test(f.ruleId)).map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.severity}`).sort()
const check = async (files: Record<string, string>): Promise<Finding[]> => scanFiles(files, { analyzers: infraAnalyzers })
const diff = (repo: TempRepo, from: string): Promise<Finding[]> => scanGitDiff(repo.dir, from, { analyzers: infraAnalyzers })

const repos: TempRepo[] = []
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup()
})
const repo = (): TempRepo => {
  const r = new TempRepo()
  repos.push(r)
  return r
}

describe('Terraform protections set from tfvars through a local module', () => {
  it('check: warns at each tfvars line, naming the module argument and the resource attribute', async () => {
    const findings = await check(tree(unsafeTfvars))
    expect(show(findings)).toEqual([
      'destructive-infra/unprotected-data-resource infra/envs/production/terraform.tfvars:2 warn',
      'destructive-infra/unprotected-data-resource infra/envs/production/terraform.tfvars:3 warn',
      'destructive-infra/unprotected-data-resource infra/envs/production/terraform.tfvars:4 warn'
    ])
    const first = findings.find((f) => f.line === 2)!
    expect(first.message).toMatch(/`deletion_protection = false`/)
    expect(first.message).toMatch(/infra\/modules\/db\/main\.tf:6/)
    expect(first.message).toMatch(/infra\/envs\/production\/main\.tf:5/)
  })

  it('check: the same tree with the safe values is clean', async () => {
    expect(show(await check(tree(safeTfvars)))).toEqual([])
  })

  it('check: a module call giving a literal false warns at the call', async () => {
    const files = tree(safeTfvars)
    files['infra/envs/production/main.tf'] = prodMain.replace('deletion_protection     = var.orders_deletion_protection', 'deletion_protection     = false')
    const findings = await check(files)
    expect(show(findings)).toEqual(['destructive-infra/unprotected-data-resource infra/envs/production/main.tf:5 warn'])
    expect(findings.find((f) => PROTECTION.test(f.ruleId))!.message).toMatch(/modules\/db\/main\.tf:6/)
  })

  it('diff: a change to the tfvars alone blocks at the lines it touched, one rule per protection', async () => {
    const r = repo()
    r.write(tree(safeTfvars))
    const from = r.commit('orders database')
    r.write({ 'infra/envs/production/terraform.tfvars': unsafeTfvars })
    r.commit('drill')
    const findings = await diff(r, from)
    expect(show(findings)).toEqual([
      'destructive-infra/backups-disabled infra/envs/production/terraform.tfvars:4 block',
      'destructive-infra/deletion-protection-disabled infra/envs/production/terraform.tfvars:2 block',
      'destructive-infra/final-snapshot-skipped infra/envs/production/terraform.tfvars:3 block'
    ])
    expect(findings.find((f) => f.line === 4)!.message).toMatch(/infra\/modules\/db\/main\.tf:8/)
  })

  it('diff: a change to the module alone (the attribute now follows the variable) blocks at the module', async () => {
    const r = repo()
    r.write(tree(unsafeTfvars, moduleMain.replace('deletion_protection     = var.deletion_protection', 'deletion_protection     = true')))
    const from = r.commit('module pins protection')
    r.write({ 'infra/modules/db/main.tf': moduleMain })
    r.commit('module honours the input')
    const findings = (await diff(r, from)).filter((f) => f.ruleId === 'destructive-infra/deletion-protection-disabled')
    expect(findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(['infra/modules/db/main.tf:6 block'])
    expect(findings[0]!.message).toMatch(/terraform\.tfvars:2/)
  })

  it('diff: an unrelated change to an already unsafe tfvars is not reported again', async () => {
    const r = repo()
    r.write(tree(unsafeTfvars))
    const from = r.commit('unsafe already')
    r.write({ 'infra/envs/production/terraform.tfvars': `${unsafeTfvars}# reviewed\n` })
    r.commit('comment')
    expect(show(await diff(r, from))).toEqual([])
  })
})

describe('Terraform protections of a terraform-aws-modules/rds call set from tfvars', () => {
  it('check: warns at the tfvars lines', async () => {
    const findings = await check(registryTree('billing_deletion_protection = false\nbilling_skip_final_snapshot = true\n'))
    expect(show(findings)).toEqual([
      'destructive-infra/unprotected-data-resource billing/terraform.tfvars:1 warn',
      'destructive-infra/unprotected-data-resource billing/terraform.tfvars:2 warn'
    ])
    expect(findings.find((f) => f.line === 1)!.message).toMatch(/module\.billing_db.*billing\/main\.tf:8/)
  })

  it('check: safe tfvars are clean', async () => {
    expect(show(await check(registryTree('billing_deletion_protection = true\n')))).toEqual([])
  })

  it('diff: the tfvars alone turning protection off blocks', async () => {
    const r = repo()
    r.write(registryTree('billing_deletion_protection = true\n'))
    const from = r.commit('billing')
    r.write({ 'billing/terraform.tfvars': 'billing_deletion_protection = false\n' })
    r.commit('off')
    expect(show(await diff(r, from))).toEqual(['destructive-infra/deletion-protection-disabled billing/terraform.tfvars:1 block'])
  })
})

describe('Terraform protections whose module default is already unsafe', () => {
  const unsafeDefaults = moduleVariables.replace(/(variable "deletion_protection" \{\n {2}type {4}= bool\n {2}default = )true/, '$1false')

  it('check: an explicit false given by the tfvars warns even though the module default is false too', async () => {
    const files = { ...tree(unsafeTfvars), 'infra/modules/db/variables.tf': unsafeDefaults }
    expect(show(await check(files))).toContain('destructive-infra/unprotected-data-resource infra/envs/production/terraform.tfvars:2 warn')
  })

  it('diff: the tfvars alone going from true to false blocks even though the module default is false', async () => {
    const r = repo()
    r.write({ ...tree(safeTfvars), 'infra/modules/db/variables.tf': unsafeDefaults })
    const from = r.commit('orders database')
    r.write({ 'infra/envs/production/terraform.tfvars': safeTfvars.replace('orders_deletion_protection = true', 'orders_deletion_protection = false') })
    r.commit('off')
    expect(show(await diff(r, from))).toEqual(['destructive-infra/deletion-protection-disabled infra/envs/production/terraform.tfvars:2 block'])
  })
})

describe('Terraform protections left to a default along the way', () => {
  it('check: a root module passing on its own variable whose default is unsafe, with no tfvars setting it, is not reported', async () => {
    const files = tree(safeTfvars)
    files['infra/envs/production/variables.tf'] = prodVariables.replace(/(variable "orders_deletion_protection" \{\n {2}type {4}= bool\n {2}default = )true/, '$1false')
    files['infra/envs/production/terraform.tfvars'] = '# production\n'
    expect(show(await check(files))).toEqual([])
  })

  it('check: `backup_retention_period = null` given by the tfvars is the provider default, not backups off', async () => {
    expect(show(await check(tree(safeTfvars.replace('orders_backup_days         = 14', 'orders_backup_days         = null'))))).toEqual([])
  })
})
