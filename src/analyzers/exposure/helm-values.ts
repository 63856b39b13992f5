/**
 * Helm values files (`values*.yaml`) of database charts, Bitnami's layout and the charts that copy it, as a chart's
 * own values or as a subchart block (`mongodb:`, `redis:` in an umbrella chart): authentication turned off
 * (`auth.enabled: false`, `ALLOW_EMPTY_PASSWORD=yes`) and the database exposed outside the cluster (`service.type:
 * LoadBalancer`/`NodePort`, `externalAccess.enabled`, `hostNetwork`).
 */
import { isMap, isSeq, type Node, type Pair } from 'yaml'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import type { FlatValues, ValuesLeaf, ValuesStack } from '../../project/model.js'
import { exposureContext, wholeWhenMine } from './context.js'
import type { DatabaseCatalog } from './databases.js'
import type { KubernetesKnowledge } from './kubernetes.js'
import { classifyCidr } from './network.js'
import { child, entriesOf, isTruthy, itemsOf, lineText, pairOf, parseYamlFile, pathOf, positionOf, scalarText, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

const VALUES_FILE = /(^|\/)values[^/]*\.ya?ml$/i

export const helmValuesAnalyzer: Analyzer = {
  // the other half of a merged chart deploy may be another changed values file
  readsChange: true,
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(helmValuesAnalyzer.analyze, undefined, MAX_YAML_CHARS)(path, chunks, ctx),
  name: 'helm-values',
  claims: (path) => VALUES_FILE.test(path),
  async analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
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
    const merged = await mergedValuesFindings(file, ctx, reader, knowledge)
    if (merged.length > 0) {
      // the file alone saw the exposure "with authentication on": the merged values say otherwise
      const keys = new Set(merged.map((d) => `${d.identity.split(':')[1]}:auth`))
      for (let i = out.length - 1; i >= 0; i--) if (keys.has(out[i]!.identity)) out.splice(i, 1)
      out.push(...merged)
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

  engineOfRepository(repository: string): string | undefined {
    return this.catalog.identify(repository)?.engine.name
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

/**
 * The chart's values as the deploy merges them (the project model's stacks): authentication turned off in one file and
 * the database exposed in another (a base `values.yaml` without auth, a `values-prod.yaml` adding a LoadBalancer) is
 * the same exposure as in one file. Reported at the half in this file, naming where the other half is: in `check` at
 * the later file of the stack; in a diff at the half the change touches.
 */
async function mergedValuesFindings(file: SourceText, ctx: AnalyzerContext, reader: ValuesReader, knowledge: KubernetesKnowledge): Promise<Detection[]> {
  const model = ctx.project
  if (model === undefined) return []
  const out: Detection[] = []
  for (const stack of await model.helmStacksOf(file.path)) {
    const merged = await model.mergedValues(stack, file)
    if (merged === undefined) continue
    const chartDir = stack.files[0]!.split('/').slice(0, -1).join('/')
    const prefixes: Array<{ prefix: string; engine: string }> = []
    const own = reader.engineOfPath(`${chartDir}/values.yaml`) ?? imageEngine(merged, reader)
    if (own !== undefined) prefixes.push({ prefix: '', engine: own })
    const tops = new Set([...merged.keys()].map((k) => k.split('.')[0]!))
    for (const top of tops) {
      const engine = reader.engineOfName(top)
      if (engine !== undefined && engine !== own) prefixes.push({ prefix: `${top}.`, engine })
    }
    for (const { prefix, engine } of prefixes) {
      const off = mergedAuthOff(merged, prefix, knowledge)
      if (off === undefined) continue
      for (const exposed of mergedExposures(merged, prefix, knowledge)) {
        if (exposed.leaf.file === off.leaf.file) continue // one file says both: its own reading reports it
        const here = reportingHalf(file.path, stack, [exposed.leaf, off.leaf], ctx)
        if (here === undefined) continue
        const other = here === exposed.leaf ? off.leaf : exposed.leaf
        out.push({
          ruleId: 'public-exposure/kubernetes-service-exposes-database',
          line: here.line,
          message: `${engine} values, merged as the deploy merges them (${stack.files.join(' then ')}, from ${stack.source}), put the database outside the cluster (\`${exposed.key}\`: ${exposed.what}) with authentication turned off (\`${off.key}\`); the other half is in ${other.file}:${other.line}.`,
          evidence: `${here === exposed.leaf ? exposed.key : off.key}: ${String(here.value)}`,
          identity: `merged:${exposed.key}:${off.key}:${other.file}`
        })
      }
    }
  }
  return out
}

function imageEngine(merged: FlatValues, reader: ValuesReader): string | undefined {
  const repository = merged.get('image.repository')?.value
  return typeof repository === 'string' ? reader.engineOfRepository(repository) : undefined
}

function truthy(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') return /^(true|yes|on|1)$/i.test(value) ? true : /^(false|no|off|0)$/i.test(value) ? false : undefined
  return undefined
}

function mergedAuthOff(merged: FlatValues, prefix: string, knowledge: KubernetesKnowledge): { key: string; leaf: ValuesLeaf } | undefined {
  for (const [key, off] of Object.entries(knowledge.helmAuthDisabled)) {
    const leaf = merged.get(`${prefix}${key}`)
    if (leaf !== undefined && truthy(leaf.value) === off) return { key: `${prefix}${key}`, leaf }
  }
  return undefined
}

function mergedExposures(merged: FlatValues, prefix: string, knowledge: KubernetesKnowledge): Array<{ key: string; what: string; leaf: ValuesLeaf }> {
  const out: Array<{ key: string; what: string; leaf: ValuesLeaf }> = []
  for (const key of knowledge.helmServiceTypeKeys) {
    const leaf = merged.get(`${prefix}${key}`)
    if (leaf === undefined || (leaf.value !== 'LoadBalancer' && leaf.value !== 'NodePort')) continue
    const service = `${prefix}${key.split('.').slice(0, -1).join('.')}${key.includes('.') ? '.' : ''}`
    if (leaf.value === 'LoadBalancer') {
      const ranges = merged.get(`${service}loadBalancerSourceRanges`)?.value
      if (Array.isArray(ranges) && ranges.length > 0 && !ranges.some((r) => classifyCidr(String(r))?.openToInternet)) continue
      const internal = Object.entries(knowledge.internalLoadBalancerAnnotations).some(([k, v]) => {
        const value = merged.get(`${service}annotations.${k}`)?.value
        return value !== undefined && new RegExp(`^(?:${v})$`, 'i').test(String(value))
      })
      if (internal) continue
    }
    out.push({ key: `${prefix}${key}`, what: leaf.value === 'LoadBalancer' ? 'a public LoadBalancer' : 'a NodePort on every node', leaf })
  }
  for (const key of [...knowledge.helmExternalAccessKeys, 'hostNetwork', 'primary.hostNetwork', 'master.hostNetwork']) {
    const leaf = merged.get(`${prefix}${key}`)
    if (leaf !== undefined && truthy(leaf.value) === true) out.push({ key: `${prefix}${key}`, what: key.endsWith('hostNetwork') ? "the node's network" : 'external access for every member', leaf })
  }
  return out
}

/** Which half is reported here: the change's half in a diff (the later one if both changed), the later file in check. */
function reportingHalf(path: string, stack: ValuesStack, halves: ValuesLeaf[], ctx: AnalyzerContext): ValuesLeaf | undefined {
  const order = (leaf: ValuesLeaf): number => stack.files.indexOf(leaf.file)
  // a file this analyzer never reads (a helmfile's `environments/prod/redis.yaml`) cannot carry the finding
  const readable = halves.filter((h) => VALUES_FILE.test(h.file))
  let candidates = readable.length > 0 ? readable : halves
  if (ctx.mode === 'diff' && ctx.change !== undefined) {
    const touched = halves.filter((h) => ctx.change!.changed.has(h.file))
    if (touched.length > 0) candidates = touched
  }
  const chosen = candidates.reduce((a, b) => (order(b) > order(a) ? b : a))
  return chosen.file === path ? chosen : undefined
}
