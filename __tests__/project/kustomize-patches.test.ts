/**
 * Kustomize overlays beyond strategic-merge files: JSON 6902 patches (`patchesJson6902:`, and `patches:` entries with
 * a `target:` and a list of operations, in a file or inline), inline strategic-merge patches, and `components:`. A
 * production overlay turning the base database's Service into a LoadBalancer, or its workload's auth to trust, is
 * judged on the built objects, in `check` at the patch and in `diff` when only the patch changes.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { applyOperations, targetSelects } from '../../src/project/kustomize.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const RULE = 'public-exposure/kubernetes-service-exposes-database'

const statefulSet = (auth: string): string => `apiVersion: apps/v1
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
${auth}
          ports:
            - name: pg
              containerPort: 5432
`
const trust = '            - name: POSTGRES_HOST_AUTH_METHOD\n              value: trust'
const secret = '            - name: POSTGRES_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: ledger-db, key: password }'

const service = (type = 'ClusterIP'): string => `apiVersion: v1
kind: Service
metadata:
  name: ledger
spec:
  type: ${type}
  selector:
    app: ledger-db
  ports:
    - port: 5432
      targetPort: pg
`
const base = (auth = trust, type = 'ClusterIP'): Record<string, string> => ({
  'k8s/base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - statefulset.yaml\n  - service.yaml\n',
  'k8s/base/statefulset.yaml': statefulSet(auth),
  'k8s/base/service.yaml': service(type)
})
const typeOps = (type: string): string => `- op: replace
  path: /spec/type
  value: ${type}
`
const json6902File = (type: string): Record<string, string> => ({
  ...base(),
  'k8s/overlays/production/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
patchesJson6902:
  - target:
      version: v1
      kind: Service
      name: ledger
    path: service-type.yaml
`,
  'k8s/overlays/production/service-type.yaml': typeOps(type)
})
const inlineOps = (type: string): string => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
patches:
  - target:
      kind: Service
      name: ledger
    patch: |-
      - op: replace
        path: /spec/type
        value: ${type}
`

const found = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId === RULE).map((f) => `${f.file}:${f.line} ${f.severity}`)
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

describe('Kustomize: JSON 6902 patches', () => {
  it('check: patchesJson6902 making the database Service a LoadBalancer blocks at the operation, naming the base', async () => {
    const findings = await scanFiles(json6902File('LoadBalancer'), { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual(['k8s/overlays/production/service-type.yaml:2 block'])
    const message = findings.find((f) => f.ruleId === RULE)!.message
    expect(message).toMatch(/POSTGRES_HOST_AUTH_METHOD/)
    expect(message).toMatch(/k8s\/base\/service\.yaml:4/)
    expect(message).toMatch(/k8s\/base\/statefulset\.yaml:17/)
  })

  it('check: the same operation keeping ClusterIP is clean', async () => {
    expect(found(await scanFiles(json6902File('ClusterIP'), { analyzers: exposureAnalyzers }))).toEqual([])
  })

  it('check: an inline operation list under `patches:` blocks at the kustomization line where it starts', async () => {
    const findings = await scanFiles({ ...base(), 'k8s/overlays/production/kustomization.yaml': inlineOps('NodePort') }, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual(['k8s/overlays/production/kustomization.yaml:10 block'])
  })

  it('check: a target that selects another Service changes nothing', async () => {
    const other = inlineOps('LoadBalancer').replace('name: ledger', 'name: ledger-metrics')
    expect(found(await scanFiles({ ...base(), 'k8s/overlays/production/kustomization.yaml': other }, { analyzers: exposureAnalyzers }))).toEqual([])
  })

  it('check: an operation on the workload (auth to trust) under a base LoadBalancer blocks at the operation', async () => {
    const tree = {
      ...base(secret, 'LoadBalancer'),
      'k8s/overlays/staging/kustomization.yaml': `resources:
  - ../../base
patches:
  - target: { kind: StatefulSet, name: ledger-.* }
    path: trust.yaml
`,
      'k8s/overlays/staging/trust.yaml': `- op: replace
  path: /spec/template/spec/containers/0/env
  value:
    - name: POSTGRES_HOST_AUTH_METHOD
      value: trust
`
    }
    const findings = await scanFiles(tree, { analyzers: exposureAnalyzers })
    // the base Service alone cannot see the workload's auth (its own finding); the build can, through the operation
    expect(found(findings)).toEqual(['k8s/base/service.yaml:6 block', 'k8s/overlays/staging/trust.yaml:2 block'])
    expect(findings.find((f) => f.file === 'k8s/overlays/staging/trust.yaml')!.message).toMatch(/POSTGRES_HOST_AUTH_METHOD=trust/)
  })

  it('diff: the operation file alone changed blocks', async () => {
    const r = repo()
    r.write(json6902File('ClusterIP'))
    const from = r.commit('overlay')
    r.write({ 'k8s/overlays/production/service-type.yaml': typeOps('LoadBalancer') })
    r.commit('expose ledger to the BI vendor')
    expect(found(await diff(r, from))).toEqual(['k8s/overlays/production/service-type.yaml:2 block'])
  })

  it('diff: an inline operation added to the kustomization blocks there', async () => {
    const r = repo()
    r.write({ ...base(), 'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\n' })
    const from = r.commit('overlay')
    r.write({ 'k8s/overlays/production/kustomization.yaml': inlineOps('LoadBalancer') })
    r.commit('lb')
    expect(found(await diff(r, from))).toEqual(['k8s/overlays/production/kustomization.yaml:10 block'])
  })
})

describe('Kustomize: inline strategic-merge patches and components', () => {
  it('check: an inline strategic-merge patch blocks at its first line in the kustomization', async () => {
    const kustomization = `resources:
  - ../../base
patches:
  - patch: |-
      apiVersion: v1
      kind: Service
      metadata:
        name: ledger
      spec:
        type: LoadBalancer
`
    expect(found(await scanFiles({ ...base(), 'k8s/overlays/production/kustomization.yaml': kustomization }, { analyzers: exposureAnalyzers }))).toEqual(['k8s/overlays/production/kustomization.yaml:5 block'])
  })

  const component = (type: string): Record<string, string> => ({
    ...base(),
    'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/public-endpoint\n',
    'k8s/components/public-endpoint/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: service.yaml\n',
    'k8s/components/public-endpoint/service.yaml': `apiVersion: v1\nkind: Service\nmetadata:\n  name: ledger\nspec:\n  type: ${type}\n`
  })

  it('check: a component\'s patch applies to the build that lists it', async () => {
    expect(found(await scanFiles(component('LoadBalancer'), { analyzers: exposureAnalyzers }))).toEqual(['k8s/components/public-endpoint/service.yaml:6 block'])
  })

  it('diff: the component\'s patch alone changed blocks', async () => {
    const r = repo()
    r.write(component('ClusterIP'))
    const from = r.commit('component')
    r.write({ 'k8s/components/public-endpoint/service.yaml': component('LoadBalancer')['k8s/components/public-endpoint/service.yaml']! })
    r.commit('public')
    expect(found(await diff(r, from))).toEqual(['k8s/components/public-endpoint/service.yaml:6 block'])
  })
})

describe('Kustomize: JSON 6902 operations and targets', () => {
  const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ledger', labels: { tier: 'db' } }, spec: { type: 'ClusterIP', ports: [{ port: 5432 }] } }
  it('applies add, replace, remove, copy and move on a copy', () => {
    const out = applyOperations(svc, [
      { op: 'replace', path: '/spec/type', value: 'LoadBalancer' },
      { op: 'add', path: '/spec/ports/-', value: { port: 9187 } },
      { op: 'remove', path: '/metadata/labels/tier' },
      { op: 'copy', from: '/spec/type', path: '/metadata/labels/was' },
      { op: 'replace', path: '/spec/missing/deep', value: 1 }
    ])
    expect(out).toEqual({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'ledger', labels: { was: 'LoadBalancer' } }, spec: { type: 'LoadBalancer', ports: [{ port: 5432 }, { port: 9187 }] } })
    expect(svc.spec.type).toBe('ClusterIP')
  })

  it('selects by kind, name pattern and labels; a hostile pattern is not a backtracking regex', () => {
    expect(targetSelects({ kind: 'Service', name: 'ledger' }, svc)).toBe(true)
    expect(targetSelects({ kind: 'Service', name: 'led.*' }, svc)).toBe(true)
    expect(targetSelects({ name: 'billing|ledger' }, svc)).toBe(true)
    expect(targetSelects({ kind: 'Deployment' }, svc)).toBe(false)
    expect(targetSelects({ labelSelector: 'tier=db' }, svc)).toBe(true)
    expect(targetSelects({ labelSelector: 'tier=web' }, svc)).toBe(false)
    const long = { kind: 'Service', metadata: { name: 'a'.repeat(250) } }
    const started = performance.now()
    expect(targetSelects({ name: '(a|a)*b' }, long)).toBe(false)
    expect(targetSelects({ name: `${'.*a'.repeat(40)}b` }, long)).toBe(false)
    expect(performance.now() - started).toBeLessThan(200)
  })
})
