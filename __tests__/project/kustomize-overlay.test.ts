/**
 * Kustomize base + overlay: a production overlay patching the base database's Service into a LoadBalancer is judged
 * on the built objects (the base's Postgres, trusting every connection), caught when only one half changes.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const RULE = 'public-exposure/kubernetes-service-exposes-database'

const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ledger-db
spec:
  serviceName: ledger-db
  selector:
    matchLabels:
      app: ledger-db
  template:
    metadata:
      labels:
        app: ledger-db
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
          env:
            - name: POSTGRES_HOST_AUTH_METHOD
              value: trust
          ports:
            - name: pg
              containerPort: 5432
`

const service = `apiVersion: v1
kind: Service
metadata:
  name: ledger
spec:
  selector:
    app: ledger-db
  ports:
    - port: 5432
      targetPort: pg
`

const baseKustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - statefulset.yaml
  - service.yaml
`

const overlayKustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: ""
resources:
  - ../../base
patches:
  - path: service-lb.yaml
`

const lbPatch = `apiVersion: v1
kind: Service
metadata:
  name: ledger
spec:
  type: LoadBalancer
`

const tree = (patch = lbPatch): Record<string, string> => ({
  'k8s/base/kustomization.yaml': baseKustomization,
  'k8s/base/statefulset.yaml': statefulSet,
  'k8s/base/service.yaml': service,
  'k8s/overlays/production/kustomization.yaml': overlayKustomization,
  'k8s/overlays/production/service-lb.yaml': patch
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
const exposed = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId === RULE).map((f) => `${f.file}:${f.line} ${f.severity}`)

describe('Kustomize: an overlay patching a base database Service', () => {
  it('check: blocks at the patch, with the base workload\'s auth, naming the base files', async () => {
    const findings = await scanFiles(tree(), { analyzers: exposureAnalyzers })
    expect(exposed(findings)).toEqual(['k8s/overlays/production/service-lb.yaml:6 block'])
    const message = findings.find((f) => f.ruleId === RULE)!.message
    expect(message).toMatch(/POSTGRES_HOST_AUTH_METHOD/)
    expect(message).toMatch(/k8s\/base\/statefulset\.yaml:17/)
    expect(message).toMatch(/k8s\/base\/service\.yaml:4/)
  })

  it('check: a patch restricted to an internal range is clean', async () => {
    const internal = `${lbPatch}  loadBalancerSourceRanges:\n    - 10.40.0.0/16\n`
    expect(exposed(await scanFiles(tree(internal), { analyzers: exposureAnalyzers }))).toEqual([])
  })

  it('diff: a change to the overlay patch alone blocks', async () => {
    const r = repo()
    r.write(tree(lbPatch.replace('LoadBalancer', 'ClusterIP')))
    const from = r.commit('overlay')
    r.write({ 'k8s/overlays/production/service-lb.yaml': lbPatch })
    r.commit('expose ledger for the BI tool')
    expect(exposed(await diff(r, from))).toEqual(['k8s/overlays/production/service-lb.yaml:6 block'])
  })

  it('diff: a change to the base alone (trust auth) blocks at the base workload', async () => {
    const r = repo()
    r.write(tree())
    r.write({ 'k8s/base/statefulset.yaml': statefulSet.replace('POSTGRES_HOST_AUTH_METHOD', 'POSTGRES_PASSWORD_FILE').replace('value: trust', 'value: /run/secrets/pg') })
    const from = r.commit('password from a secret')
    r.write({ 'k8s/base/statefulset.yaml': statefulSet })
    r.commit('trust for local testing')
    const findings = await diff(r, from)
    expect(exposed(findings).filter((f) => f.startsWith('k8s/base/statefulset.yaml'))).toEqual(['k8s/base/statefulset.yaml:17 block'])
    expect(findings.find((f) => f.ruleId === RULE && f.file === 'k8s/base/statefulset.yaml')!.message).toMatch(/service-lb\.yaml:6/)
  })

  it('diff: an unrelated change is not reported again', async () => {
    const r = repo()
    r.write(tree())
    const from = r.commit('overlay')
    r.write({ 'k8s/base/statefulset.yaml': statefulSet.replace('postgres:16.4', 'postgres:16.6') })
    r.commit('patch release')
    expect(exposed(await diff(r, from))).toEqual([])
  })
})
