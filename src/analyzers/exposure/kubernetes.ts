/**
 * Kubernetes manifests (any YAML with `apiVersion` and `kind`): Services of type LoadBalancer (without source ranges
 * or an internal annotation), NodePort or `externalIPs` in front of a database (by selector, port or image); pods on
 * the host network or with a `hostPort`; database containers without authentication.
 */
import { isMap, parseAllDocuments, stringify, type Document, type Node } from 'yaml'
import { applyOperations, isOperationList, kustomizeBuilds, mergePatch, targetSelects, type KustomizePatch } from '../../project/kustomize.js'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { containerDetections, type ContainerSpec, type ExposureContext, type PublishedPort } from './container-exposure.js'
import { exposureContext, wholeWhenMine } from './context.js'
import type { AuthVerdict, DatabaseCatalog } from './databases.js'
import { classifyCidr } from './network.js'
import { child, entriesOf, itemsOf, lineText, pairOf, parseYamlFile, pathOf, positionOf, scalarText, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

export interface KubernetesKnowledge {
  internalLoadBalancerAnnotations: Record<string, string>
  helmAuthDisabled: Record<string, boolean>
  helmServiceTypeKeys: string[]
  helmExternalAccessKeys: string[]
  chartNames: Record<string, string>
  chartKeys: Record<string, string>
}

const YAML_FILE = /\.ya?ml$/i
const TEMPLATED = /(^|\/)templates\//
const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/
const COMPOSE_FILE = /(^|\/)(docker-compose[^/]*|compose[^/]*)\.ya?ml$/i

const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec']
}

export const kubernetesAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(kubernetesAnalyzer.analyze, (start) => /^[ \t]*kind\s*:/m.test(start) && /^[ \t]*apiVersion\s*:/m.test(start), MAX_YAML_CHARS)(path, chunks, ctx),
  name: 'kubernetes',
  // a Service patched by an overlay and the base it patches may be different changed files
  readsChange: true,
  claims: (path) => YAML_FILE.test(path) && !COMPOSE_FILE.test(path),
  async analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
    const out = manifestDetections(file, ctx)
    // a kustomization need not name its kind (its inline patches are half of a build), nor a JSON 6902 patch file
    if (ctx.project === undefined || !(/^[ \t]*kind\s*:/m.test(file.text) || KUSTOMIZATION_FILE.test(file.path) || /^[ \t]*-[ \t]*op[ \t]*:/m.test(file.text))) return out
    const built = await kustomizeFindings(file, ctx)
    const replaced = new Set(built.map((d) => d.identity.split('|')[1]!.split(':')[0]))
    return [...out.filter((d) => !replaced.has(d.identity.split(':')[0]!)), ...built]
  }
}

const SERVICE_RULE = 'public-exposure/kubernetes-service-exposes-database'

/**
 * Services as the overlay's build makes them (the project model's Kustomize builds): a production overlay turning a
 * base database's Service into a LoadBalancer is judged on the built objects (the base's workload, its auth), and
 * reported at the half the change touches (in `check`, the patch), naming the others.
 */
async function kustomizeFindings(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
  const model = ctx.project!
  const builds = (await kustomizeBuilds(model)).filter((b) => b.resources.includes(file.path) || b.patches.some((p) => p.file === file.path))
  const out = new Map<string, Detection>()
  for (const build of builds) {
    const texts = new Map<string, string>()
    for (const path of new Set([...build.resources, ...build.patches.filter((p) => p.inline === undefined).map((p) => p.file)])) {
      const text = path === file.path ? file.text : await model.tree.text(path)
      if (text !== undefined) texts.set(path, text)
    }
    const objects: Array<{ obj: Record<string, unknown>; file: string; patchedBy: KustomizePatch[] }> = []
    const parsed = (text: string): unknown[] => {
      try {
        return parseAllDocuments(text).flatMap((d) => (Array.isArray(d) ? [] : [d.toJS() as unknown]))
      } catch {
        return []
      }
    }
    const docsOf = (text: string): Record<string, unknown>[] => parsed(text).filter((o): o is Record<string, unknown> => o !== null && typeof o === 'object' && !Array.isArray(o))
    const keyOf = (o: Record<string, unknown>): string => `${String(o['kind'])}/${String((o['metadata'] as { name?: unknown } | undefined)?.name)}`
    for (const path of build.resources) for (const obj of docsOf(texts.get(path) ?? '')) objects.push({ obj, file: path, patchedBy: [] })
    for (const patch of build.patches) {
      const text = patch.inline ?? texts.get(patch.file)
      if (text === undefined) continue
      const [first] = parsed(text)
      // JSON 6902: a list of operations, applied to every object the target selects
      if (isOperationList(first)) {
        if (patch.target === undefined) continue
        for (const o of objects.filter((x) => targetSelects(patch.target!, x.obj))) {
          o.obj = applyOperations(o.obj, first)
          o.patchedBy.push(patch)
        }
        continue
      }
      for (const doc of docsOf(text)) {
        const targets = patch.target !== undefined ? objects.filter((o) => targetSelects(patch.target!, o.obj)) : objects.filter((o) => keyOf(o.obj) === keyOf(doc))
        for (const target of targets) {
          target.obj = mergePatch(target.obj, doc) as Record<string, unknown>
          target.patchedBy.push(patch)
        }
      }
    }
    const builtText = objects.map((o) => stringify(o.obj)).join('---\n')
    const alone = new Set([...texts].flatMap(([path, text]) => manifestDetections({ path, text }, ctx).map((d) => `${d.ruleId}|${d.identity}|${d.severity ?? ''}`)))
    for (const d of manifestDetections({ path: build.kustomization, text: builtText }, ctx)) {
      if (d.ruleId !== SERVICE_RULE || alone.has(`${d.ruleId}|${d.identity}|${d.severity ?? ''}`)) continue
      const service = objects.find((o) => d.identity.startsWith(`Service/${String((o.obj['metadata'] as { namespace?: unknown } | undefined)?.namespace ?? '')}/${String((o.obj['metadata'] as { name?: unknown } | undefined)?.name)}:`))
      if (service === undefined) continue
      const name = String((service.obj['metadata'] as { name?: unknown }).name)
      const lineOf = (path: string, pattern: RegExp): number => {
        const index = (texts.get(path) ?? '').split(/\r?\n/).findIndex((l) => pattern.test(l))
        return index === -1 ? 1 : index + 1
      }
      const halves: Array<{ file: string; line: number; what: string }> = []
      const workload = objects.find((o) => o.file !== service.file && String(o.obj['kind']) in POD_SPEC_PATHS)
      if (workload !== undefined) halves.push({ file: workload.file, line: lineOf(workload.file, /^\s*(?:-\s*)?image\s*:/), what: `${String(workload.obj['kind'])} ${String((workload.obj['metadata'] as { name?: unknown } | undefined)?.name)}` })
      halves.push({ file: service.file, line: lineOf(service.file, new RegExp(`^\\s*name\\s*:\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`)), what: `Service ${name}` })
      // the patches of the workload (its auth) and of the Service (its type), in the order the build applies them
      const patchHalf = (patch: KustomizePatch, of: string): { file: string; line: number; what: string } => ({
        file: patch.file,
        line: patch.inline !== undefined ? (patch.line ?? 1) : lineOf(patch.file, /^\s*(?:-\s*)?(?:type\s*:|externalIPs\s*:|path\s*:\s*\/spec\/(?:type|externalIPs)|env\s*:|path\s*:\s*\/spec\/template)/),
        what: `the patch of ${of}`
      })
      for (const patch of workload?.patchedBy ?? []) halves.push(patchHalf(patch, `${String(workload!.obj['kind'])} ${String((workload!.obj['metadata'] as { name?: unknown } | undefined)?.name)}`))
      for (const patch of service.patchedBy) halves.push(patchHalf(patch, `Service ${name}`))
      const touched = ctx.mode === 'diff' && ctx.change !== undefined ? halves.filter((h) => ctx.change!.changed.has(h.file)) : []
      const pool = touched.length > 0 ? touched : halves
      const here = pool[pool.length - 1]!
      if (here.file !== file.path) continue
      const others = halves.filter((h) => h !== here).map((h) => `${h.what} at ${h.file}:${h.line}`)
      const identity = `kustomize:${build.kustomization}|${d.identity}`
      out.set(identity, { ...d, line: here.line, column: 1, evidence: lineText(file.text, here.line), message: `${d.message} (As \`kustomize build\` of ${build.kustomization} makes it; the other half: ${others.join(', ')}.)`, identity })
    }
  }
  return [...out.values()]
}

function manifestDetections(file: SourceText, ctx: AnalyzerContext): Detection[] {
  // Cheap gate: a manifest names its kind; Helm templates (`{{ }}`) and other YAML are not this reader's business.
  if (!/^[ \t]*kind\s*:/m.test(file.text) || !/^[ \t]*apiVersion\s*:/m.test(file.text)) return []
  const yaml = parseYamlFile(file.text)
  // A manifest that does not parse fails closed, except a template (Helm, Go templates), which is not YAML yet.
  if (yaml.error) return TEMPLATED.test(file.path) || file.text.includes('{{') ? [] : [yamlProblem(file.path, yaml)!]
  const exposure = exposureContext(file.path, ctx)
  const knowledge = ctx.knowledge.load<KubernetesKnowledge>('public-exposure/kubernetes.yml')
  const workloads: Workload[] = []
  const services: { doc: Document.Parsed; root: Node }[] = []
  for (const doc of yaml.documents) {
    for (const root of manifests(doc.contents)) {
      const kind = scalarText(child(root, 'kind'))
      if (kind === undefined || scalarText(child(root, 'apiVersion')) === undefined) continue
      if (kind === 'Service') services.push({ doc, root })
      else if (kind in POD_SPEC_PATHS) workloads.push(...workloadContainers(kind, root, yaml, file.text, exposure.catalog))
    }
  }
  const out: Detection[] = []
  for (const w of workloads) out.push(...containerDetections(w.spec, exposure))
  for (const s of services) out.push(...serviceDetections(s.root, workloads, yaml, file.text, exposure, knowledge))
  return out
}

/** A document, or the items of a `kind: List`. */
function manifests(root: unknown): Node[] {
  if (!isMap(root)) return []
  if (scalarText(child(root, 'kind')) === 'List') return itemsOf(child(root, 'items')).filter((n) => isMap(n))
  return [root as Node]
}

interface Workload {
  spec: ContainerSpec
  labels: Map<string, string>
  namespace: string | undefined
  containerPorts: Map<string, number>
  auth: AuthVerdict | undefined
  engine: string | undefined
}

function workloadContainers(kind: string, root: Node, yaml: YamlFile, text: string, catalog: DatabaseCatalog): Workload[] {
  const name = scalarText(pathOf(root, ['metadata', 'name'])) ?? '(unnamed)'
  const namespace = scalarText(pathOf(root, ['metadata', 'namespace']))
  const podSpec = pathOf(root, POD_SPEC_PATHS[kind]!)
  if (!isMap(podSpec)) return []
  const templateLabels = kind === 'Pod' ? pathOf(root, ['metadata', 'labels']) : pathOf(root, [...POD_SPEC_PATHS[kind]!.slice(0, -1), 'metadata', 'labels'])
  const labels = new Map(entriesOf(templateLabels).map(({ key, value }) => [key, scalarText(value) ?? '']))
  const hostNetworkPair = pairOf(podSpec, 'hostNetwork')
  const hostNetwork = scalarText(hostNetworkPair?.value) === 'true'
  const out: Workload[] = []
  for (const container of [...itemsOf(child(podSpec, 'containers')), ...itemsOf(child(podSpec, 'initContainers'))]) {
    const containerName = scalarText(child(container, 'name')) ?? 'container'
    const image = scalarText(child(container, 'image'))
    const at = positionOf(yaml, container)
    const env = new Map<string, string | undefined>()
    for (const item of itemsOf(child(container, 'env'))) {
      const envName = scalarText(child(item, 'name'))
      if (envName === undefined) continue
      // `valueFrom: secretKeyRef` is set, from a secret: its value is unknown and that is the point.
      env.set(envName, child(item, 'valueFrom') !== undefined ? undefined : scalarText(child(item, 'value')) ?? '')
    }
    const envFrom = itemsOf(child(container, 'envFrom'))
    const args = [...itemsOf(child(container, 'command')), ...itemsOf(child(container, 'args'))].map((n) => scalarText(n) ?? '')
    const ports: PublishedPort[] = []
    const containerPorts = new Map<string, number>()
    for (const port of itemsOf(child(container, 'ports'))) {
      const containerPort = Number(scalarText(child(port, 'containerPort')))
      const portName = scalarText(child(port, 'name'))
      if (portName !== undefined && Number.isInteger(containerPort)) containerPorts.set(portName, containerPort)
      const hostPort = scalarText(child(port, 'hostPort'))
      if (hostPort === undefined || !Number.isInteger(containerPort)) continue
      const pos = positionOf(yaml, pairOf(port, 'hostPort'))
      const hostIp = scalarText(child(port, 'hostIP'))
      ports.push({ ...pos, evidence: `hostPort: ${hostPort} (containerPort ${containerPort})`, spec: { hostIp, containerPorts: [containerPort, containerPort], protocol: 'tcp' } })
    }
    const spec: ContainerSpec = {
      name: `${kind}/${name}/${containerName}`,
      kind: `Kubernetes ${kind}`,
      image,
      line: at.line,
      column: at.column,
      evidence: lineText(text, at.line),
      ports,
      settings: { env, args, ...(envFrom.length > 0 ? { envFromFile: '`envFrom` (a ConfigMap or Secret)' } : {}) }
    }
    if (hostNetwork && hostNetworkPair) {
      const pos = positionOf(yaml, hostNetworkPair)
      spec.hostNetwork = { ...pos, evidence: lineText(text, pos.line), how: '`hostNetwork: true`' }
    }
    const db = image !== undefined ? catalog.identify(image) : undefined
    out.push({ spec, labels, namespace, containerPorts, auth: db ? catalog.authOf(db, spec.settings) : undefined, engine: db ? `${db.engine.name} (\`${image}\`)` : undefined })
  }
  return out
}

function serviceDetections(root: Node, workloads: Workload[], yaml: YamlFile, text: string, exposure: ExposureContext, knowledge: KubernetesKnowledge): Detection[] {
  const name = scalarText(pathOf(root, ['metadata', 'name'])) ?? '(unnamed)'
  const spec = child(root, 'spec')
  const typePair = pairOf(spec, 'type')
  const type = scalarText(typePair?.value) ?? 'ClusterIP'
  const externalIPs = itemsOf(child(spec, 'externalIPs'))
  let how: string | undefined
  let at: Node | undefined
  if (type === 'LoadBalancer') {
    const annotations = pathOf(root, ['metadata', 'annotations'])
    const internal = Object.entries(knowledge.internalLoadBalancerAnnotations).find(([key, value]) => {
      const v = scalarText(child(annotations, key))
      return v !== undefined && new RegExp(`^(?:${value})$`, 'i').test(v)
    })
    if (internal !== undefined) return []
    const ranges = itemsOf(child(spec, 'loadBalancerSourceRanges')).map((n) => scalarText(n) ?? '')
    if (ranges.length > 0 && !ranges.some((r) => classifyCidr(r)?.openToInternet)) return []
    how = ranges.length > 0 ? `a LoadBalancer open to ${ranges.join(', ')}` : 'a LoadBalancer with no `loadBalancerSourceRanges` and no internal annotation'
    at = typePair as unknown as Node
  } else if (type === 'NodePort') {
    how = 'a NodePort, open on every node'
    at = typePair as unknown as Node
  } else if (externalIPs.length > 0) {
    how = `\`externalIPs\` (${externalIPs.map((n) => scalarText(n)).join(', ')})`
    at = pairOf(spec, 'externalIPs') as unknown as Node
  }
  if (how === undefined) return []

  const selector = new Map(entriesOf(child(spec, 'selector')).map(({ key, value }) => [key, scalarText(value) ?? '']))
  const namespace = scalarText(pathOf(root, ['metadata', 'namespace']))
  const selected = selector.size === 0 ? [] : workloads.filter((w) => w.namespace === namespace && [...selector].every(([k, v]) => w.labels.get(k) === v))
  const ports = itemsOf(child(spec, 'ports'))
  const targets = ports.flatMap((p) => {
    const target = scalarText(child(p, 'targetPort'))
    const port = Number(scalarText(child(p, 'port')))
    const resolved = target === undefined ? port : /^\d+$/.test(target) ? Number(target) : selected.map((w) => w.containerPorts.get(target)).find((n) => n !== undefined)
    return [port, resolved].filter((n): n is number => n !== undefined && Number.isInteger(n))
  })

  let database: string | undefined
  let auth: AuthVerdict | undefined
  const dbWorkload = selected.find((w) => w.engine !== undefined)
  if (dbWorkload !== undefined) {
    database = dbWorkload.engine
    auth = dbWorkload.auth
  } else {
    const port = targets.find((p) => exposure.catalog.guessByPort(p) !== undefined)
    const byName = exposure.catalog.engineByName(name.split(/[-_.]/)[0] ?? '') ?? exposure.catalog.engineByName(name)
    if (port !== undefined) database = `${exposure.catalog.guessByPort(port)!.name} (port ${port})`
    else if (byName !== undefined) database = `${byName.name} (by its name)`
    if (database === undefined) return []
  }
  const authText =
    auth === undefined
      ? `prodguard cannot see the database's authentication in this file, so it is treated as missing`
      : auth.state === 'off'
        ? `it has no authentication (${auth.why})`
        : auth.state === 'unknown'
          ? `its authentication cannot be confirmed (${auth.why})`
          : `it has authentication (${auth.why}), but it is still open to password guessing`
  const pos = positionOf(yaml, at)
  const detection: Detection = {
    ruleId: 'public-exposure/kubernetes-service-exposes-database',
    line: pos.line,
    column: pos.column,
    message: `Service \`${name}\` puts ${database} outside the cluster through ${how}; ${authText}.`,
    evidence: lineText(text, pos.line),
    identity: `Service/${namespace ?? ''}/${name}:${type}:${auth?.state ?? 'unknown'}`,
    ...(auth?.state === 'on' ? { severity: 'warn' as const } : {})
  }
  return [exposure.notDeployed === undefined ? detection : { ...detection, severity: 'warn', message: `${detection.message} (Lowered to a warning: ${exposure.notDeployed}.)` }]
}
