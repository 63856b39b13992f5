/**
 * Terraform judged as `terraform apply` runs it: a local module's resources with the arguments of its call, and the
 * root module's variables from its tfvars. A production `terraform.tfvars` making a private-by-default reporting
 * database public is caught when only the tfvars changes, and when only the module does.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const RULE = 'public-exposure/managed-database-public'

const moduleMain = `resource "aws_db_instance" "this" {
  identifier          = var.name
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = var.instance_class
  allocated_storage   = 100
  username            = "reporting"
  manage_master_user_password = true
  publicly_accessible = var.publicly_accessible
  storage_encrypted   = true
}
`

const moduleVariables = `variable "name" {
  type = string
}

variable "instance_class" {
  type    = string
  default = "db.t4g.medium"
}

variable "publicly_accessible" {
  description = "Give the instance a public endpoint (never in production)."
  type        = bool
  default     = false
}
`

const prodMain = `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

module "reporting_db" {
  source = "../../modules/db"

  name                = "reporting-prod"
  instance_class      = var.reporting_instance_class
  publicly_accessible = var.reporting_db_public
}
`

const prodVariables = `variable "reporting_instance_class" {
  type    = string
  default = "db.r6g.large"
}

variable "reporting_db_public" {
  type    = bool
  default = false
}
`

const tfvarsPrivate = `# production
reporting_instance_class = "db.r6g.xlarge"
reporting_db_public      = false
`
const tfvarsPublic = tfvarsPrivate.replace('reporting_db_public      = false', 'reporting_db_public      = true')

const tree = (tfvars: string, main = moduleMain): Record<string, string> => ({
  'infra/modules/db/main.tf': main,
  'infra/modules/db/variables.tf': moduleVariables,
  'infra/envs/production/main.tf': prodMain,
  'infra/envs/production/variables.tf': prodVariables,
  'infra/envs/production/terraform.tfvars': tfvars
})

const diff = (repo: TempRepo, from: string): Promise<Finding[]> => scanGitDiff(repo.dir, from, { analyzers: exposureAnalyzers })

const repos: TempRepo[] = []
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup()
})
const repo = (): TempRepo => {
  const r = new TempRepo()
  repos.push(r)
  return r
}

describe('Terraform: a local module with the values of its deploy', () => {
  it('check: blocks once, at the tfvars line, naming the module call and the resource', async () => {
    const findings = (await scanFiles(tree(tfvarsPublic), { analyzers: exposureAnalyzers })).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(['infra/envs/production/terraform.tfvars:3 block'])
    expect(findings[0]!.message).toMatch(/infra\/modules\/db\/main\.tf:9/)
    expect(findings[0]!.message).toMatch(/infra\/envs\/production\/main\.tf:12/)
  })

  it('check: the same tree with the private value is clean', async () => {
    expect((await scanFiles(tree(tfvarsPrivate), { analyzers: exposureAnalyzers })).filter((f) => f.ruleId === RULE)).toEqual([])
  })

  it('check: a module call giving a literal true blocks at the call', async () => {
    const files = tree(tfvarsPrivate)
    files['infra/envs/production/main.tf'] = prodMain.replace('publicly_accessible = var.reporting_db_public', 'publicly_accessible = true')
    const findings = (await scanFiles(files, { analyzers: exposureAnalyzers })).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['infra/envs/production/main.tf:12'])
    expect(findings[0]!.message).toMatch(/modules\/db\/main\.tf:9/)
  })

  it('diff: a change to the tfvars alone blocks, at the line it touched', async () => {
    const r = repo()
    r.write(tree(tfvarsPrivate))
    const from = r.commit('reporting database')
    r.write({ 'infra/envs/production/terraform.tfvars': tfvarsPublic })
    r.commit('open reporting db for the BI vendor')
    const findings = (await diff(r, from)).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(['infra/envs/production/terraform.tfvars:3 block'])
    expect(findings[0]!.message).toMatch(/infra\/modules\/db\/main\.tf:9/)
  })

  it('diff: a change to the module alone (the attribute now follows the variable) blocks at the module', async () => {
    const r = repo()
    r.write(tree(tfvarsPublic, moduleMain.replace('publicly_accessible = var.publicly_accessible', 'publicly_accessible = false')))
    const from = r.commit('module ignores the flag')
    r.write({ 'infra/modules/db/main.tf': moduleMain })
    r.commit('module honours the flag')
    const findings = (await diff(r, from)).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['infra/modules/db/main.tf:9'])
    expect(findings[0]!.message).toMatch(/terraform\.tfvars:3/)
  })

  it('diff: an unrelated change to the tfvars is not reported again', async () => {
    const r = repo()
    r.write(tree(tfvarsPublic))
    const from = r.commit('public already')
    r.write({ 'infra/envs/production/terraform.tfvars': tfvarsPublic.replace('db.r6g.xlarge', 'db.r6g.2xlarge') })
    r.commit('bigger')
    expect((await diff(r, from)).filter((f) => f.ruleId === RULE)).toEqual([])
  })

  it('an environment file beside the auto-loaded ones is its own deploy (production.tfvars over terraform.tfvars)', async () => {
    const files = tree(tfvarsPrivate)
    files['infra/envs/production/production.tfvars'] = 'reporting_db_public = true\n'
    files['infra/envs/production/staging.tfvars'] = 'reporting_db_public = false\n'
    const findings = (await scanFiles(files, { analyzers: exposureAnalyzers })).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['infra/envs/production/production.tfvars:1'])
  })

  it('a root module using its own variable, set in an *.auto.tfvars', async () => {
    const files = {
      'db/main.tf': moduleMain.replace('var.name', '"orders"'),
      'db/variables.tf': moduleVariables,
      'db/prod.auto.tfvars': 'publicly_accessible = true\n'
    }
    const findings = (await scanFiles(files, { analyzers: exposureAnalyzers })).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['db/prod.auto.tfvars:1'])
  })
})
