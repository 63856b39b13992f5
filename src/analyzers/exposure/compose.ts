/**
 * Docker Compose files (`docker-compose*.yml`, `compose*.yaml`): services published on all interfaces, on the host
 * network, or running a database without authentication. The NewsBlur shape: `mongo` with `"27017:27017"` and no
 * root credentials.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml'
import { parse as parseShell } from 'shell-quote'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { containerDetections, type ContainerSpec, type ExposureContext, type PublishedPort } from './container-exposure.js'
import { composeEntriesOf, composeReferrers, composeRefs, composeRefsOf, envFileValues, interpolate, COMPOSE_FILE, ENV_FILE, type ComposeRefs, type EnvValue } from '../../project/compose.js'
import type { ProjectModel } from '../../project/model.js'
import { exposureContext, wholeWhenMine } from './context.js'
import { parsePortSpec, portRange } from './published-ports.js'
import { child, entriesOf, itemsOf, lineText, pairOf, parseYamlFile, positionOf, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

const YAML_FILE = /\.ya?ml$/i

export const composeAnalyzer: Analyzer = {
  // a large YAML file not named for compose is a compose file only when a compose file includes or extends it
  analyzeChunks: (path, chunks, ctx) => (COMPOSE_FILE.test(path) ? wholeWhenMine(composeAnalyzer.analyze, undefined, MAX_YAML_CHARS)(path, chunks, ctx) : []),
  name: 'compose',
  // the other half of a merged stack (the base, the override, the environment's file) may be another changed file
  readsChange: true,
  // compose files by name; any YAML file, which is one when a compose file includes or extends it; in a diff, the env
  // files a compose file reads (a credential removed there changes the service)
  claims: (path, ctx) => YAML_FILE.test(path) || (ctx.mode === 'diff' && ENV_FILE.test(path)),
  async analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
    const exposure = exposureContext(file.path, ctx)
    if (!COMPOSE_FILE.test(file.path)) {
      // judged through the compose files that refer to it; nothing to say about a file none refers to
      if (ctx.project === undefined || !(await composeReferrers(ctx.project)).has(file.path)) return []
      if (!YAML_FILE.test(file.path)) return ctx.mode === 'diff' ? mergedFindings(file, ctx, exposure) : []
    }
    const yaml = parseYamlFile(file.text)
    const problem = yamlProblem(file.path, yaml)
    if (problem !== undefined) return [problem]
    const out: Detection[] = []
    for (const doc of yaml.documents) {
      for (const spec of composeServices(doc, yaml, file.text)) out.push(...containerDetections(spec, exposure))
    }
    const merged = await mergedFindings(file, ctx, exposure)
    // the file alone could not tell (an override publishing a port of a service whose image is in the base)
    const services = new Set(merged.map((d) => `${d.ruleId}|${d.identity.split(':')[1]}`))
    return [...out.filter((d) => !services.has(`${d.ruleId}|${d.identity.split(':')[0]}`)), ...merged]
  }
}

/** One file's services as parsed (after `${VAR}` interpolation), with what they refer to. */
interface Layer {
  file: string
  specs: Map<string, ContainerSpec>
  refs: ComposeRefs
}

/** One step of a service as compose builds it: the service it extends first, then the file's own, then overrides. */
interface ServiceLayer {
  file: string
  spec: ContainerSpec
  envFiles: string[]
}

/** Reads the files of one compose run, each once: services resolved through `include:` and `extends:`. */
class ComposeRun {
  private readonly layers = new Map<string, Promise<Layer | undefined>>()

  constructor(
    private readonly model: ProjectModel,
    private readonly file: SourceText,
    private readonly dotenv: ReadonlyMap<string, EnvValue>
  ) {}

  layer(path: string): Promise<Layer | undefined> {
    let found = this.layers.get(path)
    if (found === undefined) {
      found = this.read(path)
      this.layers.set(path, found)
    }
    return found
  }

  /** A file's services as the run sees them: those of the files it includes, then its own. */
  async services(path: string, depth = 0): Promise<Map<string, ServiceLayer[]>> {
    const out = new Map<string, ServiceLayer[]>()
    const layer = await this.layer(path)
    if (layer === undefined) return out
    if (depth < 4) for (const included of layer.refs.includes) for (const [name, chain] of await this.services(included, depth + 1)) out.set(name, chain)
    for (const name of layer.specs.keys()) out.set(name, [...(out.get(name) ?? []), ...(await this.chain(path, name, 0))])
    return out
  }

  /** A service with the services it extends, the furthest first. */
  private async chain(path: string, name: string, depth: number): Promise<ServiceLayer[]> {
    const layer = await this.layer(path)
    const spec = layer?.specs.get(name)
    if (layer === undefined || spec === undefined) return []
    const from = layer.refs.extends.get(name)
    const below = from !== undefined && depth < 8 && !(from.file === path && from.service === name) ? await this.chain(from.file, from.service, depth + 1) : []
    return [...below, { file: path, spec, envFiles: layer.refs.envFiles.get(name) ?? [] }]
  }

  private async read(path: string): Promise<Layer | undefined> {
    const text = path === this.file.path ? this.file.text : await this.model.tree.text(path)
    if (text === undefined) return undefined
    // `${VAR}` takes its value from the project folder's `.env`, as compose interpolates before merging
    const yaml = parseYamlFile(interpolate(text, this.dotenv).text)
    if (yamlProblem(path, yaml) !== undefined) return undefined
    const specs = new Map<string, ContainerSpec>()
    for (const doc of yaml.documents) for (const spec of composeServices(doc, yaml, text)) specs.set(spec.name, spec)
    // the analyzed version's own references (its text is the one being judged); the others' are kept by the model
    const refs = path === this.file.path ? composeRefsOf(path, text) : await composeRefs(this.model, path)
    return { file: path, specs, refs: refs ?? { includes: [], extends: new Map(), envFiles: new Map() } }
  }
}

/**
 * Services as `docker compose` builds them (the project model's stacks, `include:` and `extends:`): scalars replaced
 * by the later file, `ports` appended, `environment` merged by name over the `env_file` values. A port published in
 * an override for a database whose image and settings are in the base, a service extending a database service of
 * another file, a database whose credentials are in its `env_file`: each is judged on the built service, and reported
 * at the half the change touches (in `check`, the file that runs it, the latest of the build), naming the others.
 */
async function mergedFindings(file: SourceText, ctx: AnalyzerContext, exposure: ExposureContext): Promise<Detection[]> {
  const model = ctx.project
  if (model === undefined) return []
  const out = new Map<string, Detection>()
  const changed = ctx.mode === 'diff' ? ctx.change?.changed : undefined
  for (const entry of await composeEntriesOf(model, file.path)) {
    const project = entry.files[0]!.slice(0, entry.files[0]!.lastIndexOf('/') + 1)
    const dotenv = (await envFileValues(model, `${project}.env`)) ?? new Map<string, EnvValue>()
    const run = new ComposeRun(model, file, dotenv)
    const chains = new Map<string, ServiceLayer[]>()
    for (const path of entry.files) for (const [name, chain] of await run.services(path)) chains.set(name, [...(chains.get(name) ?? []), ...chain])
    const alone = new Set<string>()
    for (const chain of chains.values()) for (const l of chain) for (const d of containerDetections(l.spec, exposure)) alone.add(`${d.ruleId}|${d.identity}|${d.severity ?? ''}`)
    for (const [name, chain] of chains) {
      if (chain.length < 2 && chain.every((l) => l.envFiles.length === 0)) continue
      const built = await buildService(model, name, chain)
      const order = (f: string): number => chain.map((l) => l.file).lastIndexOf(f)
      for (const d of containerDetections(built.spec, exposure)) {
        if (alone.has(`${d.ruleId}|${d.identity}|${d.severity ?? ''}`)) continue
        const port = [...built.spec.ports, ...(built.spec.hostNetwork ? [built.spec.hostNetwork] : [])].find((p) => p.line === d.line && p.evidence === d.evidence)
        const halves: Half[] = [
          ...(port !== undefined ? [{ file: built.portFile.get(port)!, line: port.line, what: port.evidence.trim() }] : []),
          { file: built.imageFile, line: built.imageLine, what: `${chain.find((l) => l.file === built.imageFile)?.spec.name ?? name}: image ${built.spec.image ?? '(none)'}` }
        ]
        // an env file is a half too: the line of the setting the verdict names, else its first line
        for (const env of built.envFiles) {
          const named = [...env.values].find((v) => d.message.includes(v.key))
          halves.push({ file: env.file, line: named?.line ?? 1, what: named !== undefined ? named.key : `env_file ${env.file}` })
        }
        const files = [...new Set(halves.map((h) => h.file))]
        const touched = changed !== undefined ? files.filter((f) => changed.has(f)) : []
        const pool = touched.length > 0 ? touched : files
        const hereFile = pool.reduce((a, b) => (order(b) > order(a) ? b : a))
        if (hereFile !== file.path) continue
        const here = halves.find((h) => h.file === hereFile) ?? { file: hereFile, line: chain.find((l) => l.file === hereFile)!.spec.line, what: name }
        const others = [...halves.filter((h) => h.file !== hereFile), ...built.envValues.filter((h) => h.file !== hereFile).slice(0, 3)]
          .filter((h, i, all) => all.findIndex((o) => o.file === h.file && o.line === h.line) === i)
          .map((h) => `\`${h.what}\` at ${h.file}:${h.line}`)
        const steps = [...new Set([...chain.map((l) => l.file), ...built.envFiles.map((e) => e.file)])]
        const how = chain.length > 1 && chain[0]!.spec.name !== name ? `; \`${name}\` extends \`${chain[0]!.spec.name}\` of ${chain[0]!.file}` : ''
        const identity = `merged:${d.identity}:${entry.files.join('+')}`
        out.set(identity, {
          ...d,
          line: here.line,
          evidence: lineText(file.text, here.line),
          message: `${d.message} (Merged as ${entry.source} runs it: ${steps.join(' then ')}${how}; the other half: ${others.length > 0 ? others.join(', ') : 'none'}.)`,
          identity
        })
      }
    }
  }
  return [...out.values()]
}

interface Half {
  file: string
  line: number
  what: string
}

interface BuiltService {
  spec: ContainerSpec
  portFile: Map<object, string>
  imageFile: string
  imageLine: number
  /** The env files read, with their values. */
  envFiles: Array<{ file: string; values: Array<{ key: string; line: number }> }>
  envValues: Half[]
}

/** One service folded over its layers: the furthest first, each later one overriding. */
async function buildService(model: ProjectModel, name: string, chain: ServiceLayer[]): Promise<BuiltService> {
  const portFile = new Map<object, string>()
  let spec: ContainerSpec | undefined
  let imageFile = chain[0]!.file
  let imageLine = chain[0]!.spec.line
  const envFiles: BuiltService['envFiles'] = []
  const envValues: Half[] = []
  let unreadEnvFile: string | undefined
  for (const layer of chain) {
    const own = layer.spec
    for (const port of own.ports) portFile.set(port, layer.file)
    const env = new Map(spec?.settings.env ?? [])
    for (const path of layer.envFiles) {
      const values = await envFileValues(model, path)
      if (values === undefined) {
        unreadEnvFile = `env_file \`${path}\``
        continue
      }
      envFiles.push({ file: path, values: [...values].map(([key, v]) => ({ key, line: v.line })) })
      for (const [k, v] of values) {
        env.set(k, v.value)
        envValues.push({ file: v.file, line: v.line, what: k })
      }
    }
    for (const [k, v] of own.settings.env) env.set(k, v)
    if (own.image !== undefined) {
      imageFile = layer.file
      imageLine = own.line
    }
    spec = {
      ...(spec ?? own),
      name,
      ...(own.image !== undefined ? { image: own.image, line: own.line, column: own.column, evidence: own.evidence } : {}),
      ports: [...(spec?.ports ?? []), ...own.ports],
      ...(own.hostNetwork !== undefined ? { hostNetwork: own.hostNetwork } : spec?.hostNetwork !== undefined ? { hostNetwork: spec.hostNetwork } : {}),
      settings: { env, args: own.settings.args.length > 0 ? own.settings.args : (spec?.settings.args ?? []), ...(unreadEnvFile !== undefined ? { envFromFile: unreadEnvFile } : {}) }
    }
    if (own.hostNetwork !== undefined) portFile.set(own.hostNetwork, layer.file)
  }
  return { spec: spec!, portFile, imageFile, imageLine, envFiles, envValues }
}

/** The services of a compose document (the `services:` map, or the top level of a version-1 file). */
export function composeServices(doc: Document.Parsed, yaml: YamlFile, text: string, root: unknown = doc.contents): ContainerSpec[] {
  if (!isMap(root)) return []
  const services = child(root, 'services')
  const serviceMap = services !== undefined ? services : looksLikeV1(root) ? root : undefined
  if (!isMap(serviceMap)) return []
  const out: ContainerSpec[] = []
  for (const { key, value, pair } of entriesOf(serviceMap)) {
    if (!isMap(value)) continue
    // Merge keys (`<<: *defaults`) resolve in the JS view; positions come from the nodes.
    const merged = value.toJS(doc) as Record<string, unknown>
    out.push(serviceSpec(key, value, merged, pair, yaml, text))
  }
  return out
}

function looksLikeV1(root: unknown): boolean {
  return entriesOf(root).some(({ value }) => isMap(value) && (child(value, 'image') !== undefined || child(value, 'build') !== undefined))
}

function serviceSpec(name: string, node: Node, merged: Record<string, unknown>, keyPair: unknown, yaml: YamlFile, text: string): ContainerSpec {
  const at = positionOf(yaml, keyPair as Node)
  const image = typeof merged['image'] === 'string' ? merged['image'] : undefined
  const spec: ContainerSpec = {
    name,
    kind: 'compose service',
    image,
    line: at.line,
    column: at.column,
    evidence: image !== undefined ? `${name}: image: ${image}` : `${name}:`,
    ports: servicePorts(node, merged, yaml, text, at),
    settings: {
      env: environmentOf(merged['environment']),
      args: [...commandArgs(merged['entrypoint']), ...commandArgs(merged['command'])],
      ...(merged['env_file'] !== undefined ? { envFromFile: `env_file ${describeEnvFile(merged['env_file'])}` } : {})
    }
  }
  const networkMode = merged['network_mode']
  if (typeof networkMode === 'string' && networkMode.trim() === 'host') {
    const pair = pairOf(node, 'network_mode')
    const pos = pair ? positionOf(yaml, pair) : at
    spec.hostNetwork = { ...pos, evidence: pair ? lineText(text, pos.line) : 'network_mode: host', how: '`network_mode: host`' }
  }
  return spec
}

function servicePorts(node: Node, merged: Record<string, unknown>, yaml: YamlFile, text: string, at: { line: number; column: number }): PublishedPort[] {
  const out: PublishedPort[] = []
  const portsNode = child(node, 'ports')
  if (isSeq(portsNode)) {
    for (const item of itemsOf(portsNode)) {
      const pos = positionOf(yaml, item)
      const evidence = lineText(text, pos.line)
      const spec = isMap(item) ? longSyntax(item.toJSON() as Record<string, unknown>) : isScalar(item) && item.value !== null ? parsePortSpec(String(item.value)) : undefined
      if (spec) out.push({ spec, ...pos, evidence })
    }
    return out
  }
  // Ports that come from a merge key (`<<: *db-defaults`): no node of their own, so they point at the service.
  const list = merged['ports']
  if (Array.isArray(list)) {
    for (const item of list) {
      const spec = item !== null && typeof item === 'object' ? longSyntax(item as Record<string, unknown>) : parsePortSpec(String(item))
      if (spec) out.push({ spec, ...at, evidence: `ports: ${JSON.stringify(item)}` })
    }
  }
  return out
}

/** `{ target: 27017, published: "27017", host_ip: 127.0.0.1, protocol: tcp, mode: host }` */
function longSyntax(entry: Record<string, unknown>): ReturnType<typeof parsePortSpec> {
  const target = entry['target']
  if (target === undefined || target === null) return undefined
  // Without `published` Docker picks a random host port, still on all interfaces.
  const hostIp = typeof entry['host_ip'] === 'string' ? entry['host_ip'] : undefined
  const protocol = typeof entry['protocol'] === 'string' ? entry['protocol'] : 'tcp'
  const portText = `${String(target)}/${protocol}`
  if (hostIp !== undefined) {
    const parsed = parsePortSpec(`${hostIp.includes(':') && !hostIp.startsWith('[') ? `[${hostIp}]` : hostIp}:0:${portText}`)
    if (parsed) return { ...parsed, containerPorts: portRange(String(target)) }
  }
  return { hostIp: undefined, containerPorts: portRange(String(target)), protocol }
}

/** `environment:` as a map or a list of `KEY=value`; a key without a value is passed through from the host. */
export function environmentOf(value: unknown): Map<string, string | undefined> {
  const env = new Map<string, string | undefined>()
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string') continue
      const eq = item.indexOf('=')
      if (eq === -1) env.set(item.trim(), undefined)
      else env.set(item.slice(0, eq).trim(), item.slice(eq + 1))
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) env.set(k, v === null || v === undefined ? undefined : String(v))
  }
  return env
}

/** `command:` as a string (shell words) or a list. */
export function commandArgs(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v))
  if (typeof value !== 'string') return []
  return parseShell(value.replace(/\$/g, '\\$')).filter((t): t is string => typeof t === 'string')
}

function describeEnvFile(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``
  if (Array.isArray(value)) return value.map((v) => `\`${typeof v === 'string' ? v : String((v as { path?: unknown })?.path ?? '?')}\``).join(', ')
  return '(a file)'
}

