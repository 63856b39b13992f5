/**
 * Helm values files (`values*.yaml`) of database charts, Bitnami's layout and the charts that copy it, as a chart's
 * own values or as a subchart block (`mongodb:`, `redis:` in an umbrella chart): authentication turned off
 * (`auth.enabled: false`, `ALLOW_EMPTY_PASSWORD=yes`) and the database exposed outside the cluster (`service.type:
 * LoadBalancer`/`NodePort`, `externalAccess.enabled`, `hostNetwork`).
 */
import { isMap, isSeq, type Node, type Pair } from 'yaml'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { exposureContext, wholeWhenMine } from './context.js'
import type { DatabaseCatalog } from './databases.js'
import type { KubernetesKnowledge } from './kubernetes.js'
import { classifyCidr } from './network.js'
import { child, entriesOf, isTruthy, itemsOf, lineText, pairOf, parseYamlFile, pathOf, positionOf, scalarText, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

const VALUES_FILE = /(^|\/)values[^/]*\.ya?ml$/i

export const helmValuesAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(helmValuesAnalyzer.analyze, undefined, MAX_YAML_CHARS)(path, chunks, ctx),
  name: 'helm-values',
  claims: (path) => VALUES_FILE.test(path),
  analyze(file: SourceText, ctx: AnalyzerContext): Detection[] {
    const yaml = parseYamlFile(file.text)
    const problem = yamlProblem(file.path, yaml)
    if (problem !== undefined) return [problem]
    const exposure = exposureContext(file.path, ctx)
    const knowledge = ctx.knowledge.load<KubernetesKnowledge>('public-exposure/kubernetes.yml')
    const reader = new ValuesReader(yaml, file.text, exposure.catalog, knowledge)
    const out: Detection[] = []
    for (const doc of yaml.documents) {
      const root = doc.contents
      if (!isMap(root)) continue
      // The chart's own values: the engine comes from the path (charts/mongodb/values.yaml) or the image.
      const own = reader.engineOfPath(file.path) ?? reader.engineOfImage(root as Node) ?? reader.engineOfKeys(root as Node)
      if (own !== undefined) out.push(...reader.block(root as Node, own, ''))
      // Subchart blocks of an umbrella chart.
      for (const { key, value } of entriesOf(root)) {
        const engine = reader.engineOfName(key)
        if (engine !== undefined && isMap(value) && engine !== own) out.push(...reader.block(value as Node, engine, `${key}.`))
      }
    }
    return exposure.notDeployed === undefined ? out : out.map((d) => ({ ...d, severity: 'warn', message: `${d.message} (Lowered to a warning: ${exposure.notDeployed}.)` }))
  }
}

class ValuesReader {
  constructor(
    private readonly yaml: YamlFile,
    private readonly text: string,
    private readonly catalog: DatabaseCatalog,
    private readonly knowledge: KubernetesKnowledge
  ) {}

  engineOfName(name: string): string | undefined {
    const n = name.toLowerCase()
    const alias = this.knowledge.chartNames[n]
    return this.catalog.engineByName(alias ?? n)?.name
  }

  engineOfPath(path: string): string | undefined {
    const parts = path.split('/').slice(0, -1).reverse()
    for (const part of parts) {
      const engine = this.engineOfName(part)
      if (engine !== undefined) return engine
    }
    const base = /values[-_.]([a-z0-9]+)/i.exec(path.split('/').pop() ?? '')?.[1]
    return base !== undefined ? this.engineOfName(base) : undefined
  }

  /** A values file without its chart folder or image: keys that only database charts have. */
  engineOfKeys(root: Node): string | undefined {
    for (const [path, engine] of Object.entries(this.knowledge.chartKeys)) {
      if (pathOf(root, path.split('.')) !== undefined) return this.catalog.engineByName(engine)?.name ?? engine
    }
    return undefined
  }

  engineOfImage(root: Node): string | undefined {
    const repository = scalarText(pathOf(root, ['image', 'repository']))
    return repository !== undefined ? this.catalog.identify(repository)?.engine.name : undefined
  }

  block(node: Node, engine: string, prefix: string): Detection[] {
    const disabled = this.authDisabled(node)
    const exposed = this.exposures(node)
    const out: Detection[] = []
    if (exposed.length > 0) {
      for (const e of exposed) {
        out.push({
          ruleId: 'public-exposure/kubernetes-service-exposes-database',
          line: e.line,
          column: e.column,
          message: `${engine} values put the database outside the cluster (\`${prefix}${e.key}\`: ${e.what})${disabled ? ` with authentication turned off (\`${prefix}${disabled.key}\`)` : ', with authentication on, but still open to password guessing'}.`,
          evidence: lineText(this.text, e.line),
          identity: `${prefix}${e.key}:${disabled ? 'no-auth' : 'auth'}`,
          ...(disabled ? {} : { severity: 'warn' as const })
        })
      }
    } else if (disabled) {
      out.push({
        ruleId: 'public-exposure/database-auth-disabled',
        line: disabled.line,
        column: disabled.column,
        message: `${engine} values turn authentication off (\`${prefix}${disabled.key}\`): any pod in the cluster (and anything that can reach it) can read and delete the data.`,
        evidence: lineText(this.text, disabled.line),
        identity: `${prefix}${disabled.key}`
      })
    }
    return out
  }

  private authDisabled(node: Node): { key: string; line: number; column: number } | undefined {
    for (const [key, off] of Object.entries(this.knowledge.helmAuthDisabled)) {
      const path = key.split('.')
      const parent = path.length > 1 ? pathOf(node, path.slice(0, -1)) : node
      const pair = pairOf(parent, path[path.length - 1]!)
      if (pair !== undefined && isTruthy(pair.value) === off) return { key, ...positionOf(this.yaml, pair) }
    }
    // `extraEnvVars: [{ name: ALLOW_EMPTY_PASSWORD, value: "yes" }]` at any level of the block.
    const found = findEmptyPasswordEnv(node, this.yaml)
    return found
  }

  private exposures(node: Node): { key: string; what: string; line: number; column: number }[] {
    const out: { key: string; what: string; line: number; column: number }[] = []
    for (const key of this.knowledge.helmServiceTypeKeys) {
      const path = key.split('.')
      const service = pathOf(node, path.slice(0, -1))
      const pair = pairOf(service, 'type')
      const type = scalarText(pair?.value)
      if (pair === undefined || (type !== 'LoadBalancer' && type !== 'NodePort')) continue
      if (type === 'LoadBalancer') {
        const ranges = itemsOf(child(service, 'loadBalancerSourceRanges')).map((n) => scalarText(n) ?? '')
        if (ranges.length > 0 && !ranges.some((r) => classifyCidr(r)?.openToInternet)) continue
        const annotations = child(service, 'annotations')
        const internal = Object.entries(this.knowledge.internalLoadBalancerAnnotations).some(([k, v]) => {
          const value = scalarText(child(annotations, k))
          return value !== undefined && new RegExp(`^(?:${v})$`, 'i').test(value)
        })
        if (internal) continue
      }
      out.push({ key, what: type === 'LoadBalancer' ? 'a public LoadBalancer' : 'a NodePort on every node', ...positionOf(this.yaml, pair) })
    }
    for (const key of this.knowledge.helmExternalAccessKeys) {
      const path = key.split('.')
      const pair = pairOf(pathOf(node, path.slice(0, -1)), path[path.length - 1]!)
      if (pair !== undefined && isTruthy(pair.value) === true) out.push({ key, what: 'external access for every member', ...positionOf(this.yaml, pair) })
    }
    for (const key of ['hostNetwork', 'primary.hostNetwork', 'master.hostNetwork']) {
      const path = key.split('.')
      const pair = pairOf(pathOf(node, path.slice(0, -1)), path[path.length - 1]!)
      if (pair !== undefined && isTruthy(pair.value) === true) out.push({ key, what: "the node's network", ...positionOf(this.yaml, pair) })
    }
    return out
  }
}

function findEmptyPasswordEnv(node: Node, yaml: YamlFile, depth = 0): { key: string; line: number; column: number } | undefined {
  if (depth > 3 || !isMap(node)) return undefined
  for (const { key, value } of entriesOf(node)) {
    if (/^extraEnv(Vars)?$/.test(key) && isSeq(value)) {
      for (const item of itemsOf(value)) {
        const name = scalarText(child(item, 'name'))
        if (name === 'ALLOW_EMPTY_PASSWORD' && isTruthy(child(item, 'value')) === true) return { key: `${key}[ALLOW_EMPTY_PASSWORD]`, ...positionOf(yaml, item as unknown as Pair) }
      }
    } else if (isMap(value)) {
      const found = findEmptyPasswordEnv(value as Node, yaml, depth + 1)
      if (found) return { ...found, key: `${key}.${found.key}` }
    }
  }
  return undefined
}
