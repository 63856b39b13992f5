/** Which environment a path belongs to: whole path tokens, explicit patterns, test data, user globs. */
import { describe, expect, it } from '@jest/globals'
import { pathClassifier } from '../../src/analyzers/envleak/environment.js'
import { resolveSettings, type ConfigFile } from '../../src/config/settings.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'

const knowledge = bundledKnowledge()
const classify = (path: string, config?: ConfigFile) =>
  pathClassifier({ settings: resolveSettings(config), knowledge, now: new Date(), mode: 'check', services: {} }).classify(path)

const table: Array<[string, string]> = [
  ['.env.production', 'production'],
  ['apps/web/.env.production.local', 'production'],
  ['.env.prod', 'production'],
  ['config/environments/production.rb', 'production'],
  ['mysite/settings/production.py', 'production'],
  ['config/production.json', 'production'],
  ['config/prod.exs', 'production'],
  ['src/environments/environment.prod.ts', 'production'],
  ['src/main/resources/application-prod.yml', 'production'],
  ['src/main/resources/application-prod.properties', 'production'],
  ['src/Shop/appsettings.Production.json', 'production'],
  ['charts/api/values-prod.yaml', 'production'],
  ['charts/api/values.production.yaml', 'production'],
  ['k8s/overlays/prod-eu/deployment.yaml', 'production'],
  ['infra/envs/prod/main.tf', 'production'],
  ['terragrunt/live/prod/vpc/terragrunt.hcl', 'production'],
  ['infra/prod.tfvars', 'production'],
  ['infra/app.prod.tfvars', 'production'],
  ['docker-compose.prod.yml', 'production'],
  ['ansible/inventories/production/hosts.yml', 'production'],
  ['ansible/group_vars/prod.yml', 'production'],
  ['deploy/prd/config.yaml', 'production'],
  ['.env.development', 'non-production'],
  ['.env.local', 'non-production'],
  ['.env.example', 'non-production'],
  ['.env.production.example', 'non-production'],
  ['.env.dist', 'non-production'],
  ['config/environments/development.rb', 'non-production'],
  ['charts/api/values-staging.yaml', 'non-production'],
  ['docker-compose.override.yml', 'non-production'],
  ['config/non-production.yml', 'non-production'],
  ['deploy/pre-prod/values.yaml', 'non-production'],
  ['tests/fixtures/.env.production', 'test-data'],
  ['__tests__/config/application-prod.yml', 'test-data'],
  ['examples/shop/.env.production', 'production'],
  ['samples/api/.env.sample', 'non-production'],
  ['src/product/config.yml', 'base'],
  ['kafka/producer.properties', 'base'],
  ['bugs/reproduction.json', 'base'],
  ['src/production/planner.ts', 'base'],
  ['.env', 'base'],
  ['.github/workflows/deploy-prod.yml', 'base'],
  ['config/database.yml', 'base']
]

describe('path classification', () => {
  it.each(table)('%s is %s', (path, env) => {
    expect(classify(path).env).toBe(env)
  })

  it('user globs win: paths.production and paths.nonProduction', () => {
    expect(classify('ops/live/app.env', { paths: { production: ['ops/live/**'] } }).env).toBe('production')
    expect(classify('deploy/prod/values.yaml', { paths: { nonProduction: ['deploy/prod/'] } }).env).toBe('non-production')
  })

  it('deployable files are known by path', () => {
    expect(classify('docker-compose.yml').deployable).toBe(true)
    expect(classify('infra/main.tf').deployable).toBe(true)
    expect(classify('docker-compose.dev.yml').deployable).toBe(false)
    expect(classify('src/app.ts').deployable).toBe(false)
  })
})
