/**
 * Helm values judged as the deploy merges them: a base values.yaml that turns Redis auth off plus a production
 * overlay that adds a LoadBalancer is one exposure, caught when only one half changes.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const RULE = 'public-exposure/kubernetes-service-exposes-database'

const base = `# Redis for the session store
architecture: standalone
auth:
  enabled: false
master:
  persistence:
    size: 8Gi
  service:
    type: ClusterIP
`

const prodOverlay = `master:
  service:
    type: LoadBalancer
networkPolicy:
  allowExternal: true
`

const stagingOverlay = `master:
  service:
    type: LoadBalancer
    loadBalancerSourceRanges:
      - 10.20.0.0/16
`

const chart = `apiVersion: v2
name: redis
version: 19.6.4
`

const diff = (repo: TempRepo, from: string): Promise<Finding[]> => scanGitDiff(repo.dir, from, { analyzers: exposureAnalyzers })

const repos: TempRepo[] = []
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup()
})

describe('Helm values merged over the base', () => {
  it('check: reported once, at the overlay, naming the base line', async () => {
    const findings = await scanFiles(
      { 'deploy/charts/redis/Chart.yaml': chart, 'deploy/charts/redis/values.yaml': base, 'deploy/charts/redis/values-prod.yaml': prodOverlay, 'deploy/charts/redis/values-staging.yaml': stagingOverlay },
      { analyzers: exposureAnalyzers }
    )
    const merged = findings.filter((f) => f.ruleId === RULE)
    expect(merged.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(['deploy/charts/redis/values-prod.yaml:3 block'])
    expect(merged[0]!.message).toMatch(/auth\.enabled.*deploy\/charts\/redis\/values\.yaml:4/)
  })

  it('diff: a change to the overlay alone blocks', async () => {
    const repo = new TempRepo()
    repos.push(repo)
    repo.write({ 'deploy/charts/redis/Chart.yaml': chart, 'deploy/charts/redis/values.yaml': base })
    const from = repo.commit('chart')
    repo.write({ 'deploy/charts/redis/values-prod.yaml': prodOverlay })
    repo.commit('production overlay')
    const findings = await diff(repo, from)
    expect(findings.filter((f) => f.ruleId === RULE).map((f) => `${f.file}:${f.line}`)).toEqual(['deploy/charts/redis/values-prod.yaml:3'])
  })

  it('diff: a change to the base alone blocks, at the base line', async () => {
    const repo = new TempRepo()
    repos.push(repo)
    repo.write({ 'deploy/charts/redis/Chart.yaml': chart, 'deploy/charts/redis/values.yaml': base.replace('enabled: false', 'enabled: true'), 'deploy/charts/redis/values-prod.yaml': prodOverlay })
    const from = repo.commit('chart with auth')
    repo.write({ 'deploy/charts/redis/values.yaml': base })
    repo.commit('auth off')
    const findings = await diff(repo, from)
    const merged = findings.filter((f) => f.ruleId === RULE)
    expect(merged.map((f) => `${f.file}:${f.line}`)).toEqual(['deploy/charts/redis/values.yaml:4'])
    expect(merged[0]!.message).toMatch(/values-prod\.yaml:3/)
  })

  it('diff: an unrelated change is not reported again', async () => {
    const repo = new TempRepo()
    repos.push(repo)
    repo.write({ 'deploy/charts/redis/Chart.yaml': chart, 'deploy/charts/redis/values.yaml': base, 'deploy/charts/redis/values-prod.yaml': prodOverlay })
    const from = repo.commit('chart')
    repo.write({ 'deploy/charts/redis/values.yaml': base.replace('8Gi', '16Gi') })
    repo.commit('bigger disk')
    expect((await diff(repo, from)).filter((f) => f.ruleId === RULE)).toEqual([])
  })

  it('helmfile values order is followed', async () => {
    const helmfile = `releases:
  - name: sessions
    namespace: prod
    chart: ./charts/redis
    values:
      - ./environments/prod/redis.yaml
`
    const findings = await scanFiles(
      { 'deploy/helmfile.yaml': helmfile, 'deploy/charts/redis/Chart.yaml': chart, 'deploy/charts/redis/values.yaml': base, 'deploy/environments/prod/redis.yaml': prodOverlay },
      { analyzers: exposureAnalyzers }
    )
    // the environment file is not named like a values file: the helmfile ties it to the chart, the base carries it
    const merged = findings.filter((f) => f.ruleId === RULE)
    expect(merged.map((f) => `${f.file}:${f.line}`)).toEqual(['deploy/charts/redis/values.yaml:4'])
    expect(merged[0]!.message).toMatch(/from deploy\/helmfile\.yaml.*deploy\/environments\/prod\/redis\.yaml:3/)
  })
})
