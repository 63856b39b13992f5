/**
 * Kubernetes manifests and Helm values: Services that take a database outside the cluster, pods on the host network,
 * database charts with authentication turned off.
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]
const ours = (findings: Finding[]): string[] =>
  findings.filter((f) => /^(public-exposure|destructive-infra|unanalyzable)\//.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`)

const SERVICE = 'public-exposure/kubernetes-service-exposes-database'
const NO_AUTH = 'public-exposure/database-auth-disabled'
const HOST = 'public-exposure/database-host-network'
const PUBLISHED = 'public-exposure/database-port-published'

const mongoStatefulSet = (env = ''): string => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mongo
  namespace: data
spec:
  serviceName: mongo
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: mongo
  template:
    metadata:
      labels:
        app.kubernetes.io/name: mongo
    spec:
      containers:
        - name: mongo
          image: mongo:6.0.13
          ports:
            - name: mongodb
              containerPort: 27017
${env}          volumeMounts:
            - name: data
              mountPath: /data/db
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 20Gi
`

const service = (spec: string, extraMeta = ''): string => `apiVersion: v1
kind: Service
metadata:
  name: mongo-external
  namespace: data
${extraMeta}spec:
${spec.replace(/^/gm, '  ')}
  selector:
    app.kubernetes.io/name: mongo
  ports:
    - name: mongodb
      port: 27017
      targetPort: mongodb
`

const credentials = `          env:
            - name: MONGO_INITDB_ROOT_USERNAME
              value: admin
            - name: MONGO_INITDB_ROOT_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: mongo-root
                  key: password
`

interface Case {
  name: string
  path: string
  text: string
  expect: string[]
}

const manifests: Case[] = [
  { name: 'LoadBalancer in front of a mongo without credentials', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet()}---\n${service('type: LoadBalancer')}`, expect: [`${SERVICE} block`] },
  { name: 'LoadBalancer in front of a mongo whose password comes from a secret', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet(credentials)}---\n${service('type: LoadBalancer')}`, expect: [`${SERVICE} warn`] },
  { name: 'LoadBalancer open to 0.0.0.0/0 through source ranges', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet()}---\n${service('type: LoadBalancer\nloadBalancerSourceRanges:\n  - 0.0.0.0/0')}`, expect: [`${SERVICE} block`] },
  { name: 'NodePort', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet()}---\n${service('type: NodePort')}`, expect: [`${SERVICE} block`] },
  { name: 'externalIPs', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet()}---\n${service('externalIPs:\n  - 203.0.113.20')}`, expect: [`${SERVICE} block`] },
  {
    name: 'a Service alone, recognised by its port (auth unseen: treated as missing)',
    path: 'deploy/k8s/postgres-svc.yaml',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: orders-db\nspec:\n  type: LoadBalancer\n  selector:\n    app: orders-db\n  ports:\n    - port: 5432\n      targetPort: 5432\n',
    expect: [`${SERVICE} block`]
  },
  {
    name: 'a Service alone, recognised by its name',
    path: 'deploy/k8s/redis.yaml',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: redis-master\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      targetPort: 6380\n',
    expect: [`${SERVICE} block`]
  },
  {
    name: 'a pod with hostNetwork running redis',
    path: 'k8s/cache.yaml',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache\nspec:\n  selector:\n    matchLabels: { app: cache }\n  template:\n    metadata:\n      labels: { app: cache }\n    spec:\n      hostNetwork: true\n      containers:\n        - name: redis\n          image: redis:7.2-alpine\n',
    expect: [`${HOST} block`]
  },
  {
    name: 'a hostPort on a mongo container',
    path: 'k8s/mongo-ds.yaml',
    text: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: mongo\nspec:\n  selector:\n    matchLabels: { app: mongo }\n  template:\n    metadata:\n      labels: { app: mongo }\n    spec:\n      containers:\n        - name: mongo\n          image: mongo:6\n          ports:\n            - containerPort: 27017\n              hostPort: 27017\n',
    expect: [`${PUBLISHED} block`]
  },
  {
    name: 'postgres with POSTGRES_HOST_AUTH_METHOD=trust behind a ClusterIP',
    path: 'k8s/pg.yaml',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: pg\nspec:\n  template:\n    spec:\n      containers:\n        - name: pg\n          image: postgres:15\n          env:\n            - name: POSTGRES_HOST_AUTH_METHOD\n              value: trust\n',
    expect: [`${NO_AUTH} warn`]
  },
  // Near misses.
  { name: 'ClusterIP Service', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet()}---\n${service('type: ClusterIP')}`, expect: [] },
  { name: 'headless Service', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet()}---\n${service('clusterIP: None')}`, expect: [] },
  {
    name: 'internal LoadBalancer (AWS annotation)',
    path: 'k8s/mongo.yaml',
    text: `${mongoStatefulSet()}---\n${service('type: LoadBalancer', '  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-internal: "true"\n')}`,
    expect: []
  },
  {
    name: 'internal LoadBalancer (GKE annotation)',
    path: 'k8s/mongo.yaml',
    text: `${mongoStatefulSet()}---\n${service('type: LoadBalancer', '  annotations:\n    networking.gke.io/load-balancer-type: "Internal"\n')}`,
    expect: []
  },
  { name: 'LoadBalancer restricted to an office range', path: 'k8s/mongo.yaml', text: `${mongoStatefulSet()}---\n${service('type: LoadBalancer\nloadBalancerSourceRanges:\n  - 198.51.100.0/24')}`, expect: [] },
  {
    name: 'LoadBalancer for a web app',
    path: 'k8s/web.yaml',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: LoadBalancer\n  selector:\n    app: web\n  ports:\n    - port: 443\n      targetPort: 8443\n',
    expect: []
  },
  { name: 'a Helm template is not parsed as a manifest', path: 'charts/app/templates/svc.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  type: {{ .Values.service.type }}\n', expect: [] }
]

// Shapes of Bitnami's charts: bitnami/redis, bitnami/mongodb, bitnami/postgresql values.
const bitnamiRedisValues = `global:
  imageRegistry: ""
architecture: standalone
auth:
  enabled: false
  sentinel: true
  password: ""
master:
  count: 1
  persistence:
    enabled: true
    size: 8Gi
  service:
    type: LoadBalancer
    ports:
      redis: 6379
    loadBalancerSourceRanges: []
replica:
  replicaCount: 0
`

const values: Case[] = [
  { name: 'bitnami redis: auth off and a public LoadBalancer', path: 'charts/redis/values.yaml', text: bitnamiRedisValues, expect: [`${SERVICE} block`] },
  { name: 'bitnami redis: auth off, ClusterIP', path: 'charts/redis/values.yaml', text: bitnamiRedisValues.replace('type: LoadBalancer', 'type: ClusterIP'), expect: [`${NO_AUTH} warn`] },
  { name: 'bitnami redis: auth on, LoadBalancer', path: 'charts/redis/values.yaml', text: bitnamiRedisValues.replace('enabled: false\n  sentinel', 'enabled: true\n  existingSecret: redis-auth\n  sentinel'), expect: [`${SERVICE} warn`] },
  {
    name: 'umbrella chart: mongodb subchart without auth, with external access',
    path: 'helm/shop/values-prod.yaml',
    text: 'replicaCount: 3\nimage:\n  repository: ghcr.io/acme/shop\nmongodb:\n  enabled: true\n  architecture: replicaset\n  auth:\n    enabled: false\n  externalAccess:\n    enabled: true\n    service:\n      type: LoadBalancer\n',
    expect: [`${SERVICE} block`]
  },
  {
    name: 'umbrella chart: postgresql subchart with ALLOW_EMPTY_PASSWORD',
    path: 'helm/shop/values.yaml',
    text: 'postgresql:\n  enabled: true\n  primary:\n    extraEnvVars:\n      - name: ALLOW_EMPTY_PASSWORD\n        value: "yes"\n',
    expect: [`${NO_AUTH} warn`]
  },
  {
    name: 'umbrella chart: postgresql with a password from a secret, NodePort',
    path: 'helm/shop/values.yaml',
    text: 'postgresql:\n  auth:\n    existingSecret: shop-pg\n  primary:\n    service:\n      type: NodePort\n',
    expect: [`${SERVICE} warn`]
  },
  { name: 'umbrella chart: redis with auth (near miss)', path: 'helm/shop/values.yaml', text: 'redis:\n  auth:\n    enabled: true\n    existingSecret: shop-redis\n  master:\n    service:\n      type: ClusterIP\n', expect: [] },
  {
    name: 'a mongodb chart values file recognised by its keys',
    path: 'deploy/db/values-prod.yaml',
    text: 'architecture: replicaset\nreplicaCount: 3\nauth:\n  enabled: false\n  replicaSetKey: ""\nexternalAccess:\n  enabled: true\n',
    expect: [`${SERVICE} block`]
  },
  { name: 'an application values file', path: 'helm/web/values.yaml', text: 'service:\n  type: LoadBalancer\n  port: 443\nauth:\n  enabled: false\n', expect: [] }
]

describe('Kubernetes manifests', () => {
  it.each(manifests.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(ours(await scanFiles({ [c.path]: c.text }, { analyzers }))).toEqual(c.expect)
  })

  it('points at the Service type and names the database and the missing auth', async () => {
    const [finding] = (await scanFiles({ 'k8s/mongo.yaml': `${mongoStatefulSet()}---\n${service('type: LoadBalancer')}` }, { analyzers })).filter((f) => f.ruleId === SERVICE)
    expect(finding!.evidence).toBe('type: LoadBalancer')
    expect(finding!.message).toContain('mongo:6.0.13')
    expect(finding!.message).toMatch(/no authentication/)
  })
})

describe('Helm values', () => {
  it.each(values.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(ours(await scanFiles({ [c.path]: c.text }, { analyzers }))).toEqual(c.expect)
  })
})

describe('Kubernetes changes (diff)', () => {
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: mongo-data\n  namespace: data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 50Gi\n'
  const DELETED = 'destructive-infra/kubernetes-data-deleted'

  it('switching a database Service from ClusterIP to LoadBalancer blocks', async () => {
    const before = `${mongoStatefulSet()}---\n${service('type: ClusterIP')}`
    const after = `${mongoStatefulSet()}---\n${service('type: LoadBalancer')}`
    expect(ours(await scanChange({ 'k8s/mongo.yaml': before }, { 'k8s/mongo.yaml': after }, { analyzers }))).toEqual([`${SERVICE} block`])
  })

  it.each([
    ['a PersistentVolumeClaim file deleted', { 'k8s/pvc.yaml': pvc }, {}, [`${DELETED} block`]],
    ['a StatefulSet removed from a multi-document file', { 'k8s/mongo.yaml': `${mongoStatefulSet(credentials)}---\n${pvc}` }, { 'k8s/mongo.yaml': pvc }, [`${DELETED} block`]],
    ['a StatefulSet in a deleted Helm template', { 'charts/db/templates/statefulset.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "db.fullname" . }}\nspec:\n  replicas: {{ .Values.replicas }}\n' }, {}, [`${DELETED} block`]],
    ['a PVC edited (size change)', { 'k8s/pvc.yaml': pvc }, { 'k8s/pvc.yaml': pvc.replace('50Gi', '100Gi') }, []],
    ['a PVC file renamed by content (same object)', { 'k8s/pvc.yaml': pvc }, { 'k8s/pvc.yaml': `# moved comment\n${pvc}` }, []],
    ['a Deployment deleted', { 'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n' }, {}, []],
    ['a PVC moved to another manifest of the same change', { 'k8s/pvc.yaml': pvc }, { 'k8s/storage/mongo-data.yaml': pvc }, []],
    ['a PVC moved but renamed on the way', { 'k8s/pvc.yaml': pvc }, { 'k8s/storage/mongo-data.yaml': pvc.replace('mongo-data', 'mongo-data-v2') }, [`${DELETED} block`]]
  ] as const)('%s', async (_name, before, after, expected) => {
    expect(ours(await scanChange(before, after, { analyzers }))).toEqual(expected)
  })
})
