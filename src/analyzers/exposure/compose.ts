/**
 * Docker Compose files (`docker-compose*.yml`, `compose*.yaml`): services published on all interfaces, on the host
 * network, or running a database without authentication. The NewsBlur shape: `mongo` with `"27017:27017"` and no
 * root credentials.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml'
import { parse as parseShell } from 'shell-quote'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { containerDetections, type ContainerSpec, type ExposureContext, type PublishedPort } from './container-exposure.js'
import { composeStacksOf, envFileValues, interpolate, type EnvValue } from '../../project/compose.js'
import { exposureContext, wholeWhenMine } from './context.js'
import { parsePortSpec, portRange } from './published-ports.js'
import { child, entriesOf, itemsOf, lineText, pairOf, parseYamlFile, positionOf, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

const COMPOSE_FILE = /(^|\/)(docker-compose[^/]*|compose[^/]*)\.ya?ml$/i

export const composeAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(composeAnalyzer.analyze, undefined, MAX_YAML_CHARS)(path, chunks, ctx),
  name: 'compose',
  // the other half of a merged stack (the base, the override, the environment's file) may be another changed file
  readsChange: true,
  claims: (path) => COMPOSE_FILE.test(path),
  async analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
    const yaml = parseYamlFile(file.text)
    const problem = yamlProblem(file.path, yaml)
    if (problem !== undefined) return [problem]
    const exposure = exposureContext(file.path, ctx)
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

interface Layer {
  file: string
  specs: Map<string, ContainerSpec>
  envFiles: Map<string, string[]>
}

async function layerOf(path: string, text: string, dotenv: ReadonlyMap<string, EnvValue>): Promise<Layer | undefined> {
  // `${VAR}` takes its value from the project folder's `.env`, as compose interpolates before merging
  const yaml = parseYamlFile(interpolate(text, dotenv).text)
  if (yamlProblem(path, yaml) !== undefined) return undefined
  const specs = new Map<string, ContainerSpec>()
  const envFiles = new Map<string, string[]>()
  for (const doc of yaml.documents) {
    for (const spec of composeServices(doc, yaml, text)) specs.set(spec.name, spec)
    const services = (doc.toJS() as { services?: Record<string, { env_file?: unknown }> } | null)?.services ?? {}
    for (const [name, service] of Object.entries(services)) {
      const raw = service?.env_file
      const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((e) => (typeof e === 'string' ? e : String((e as { path?: unknown })?.path ?? '')))
      if (list.length > 0) envFiles.set(name, list)
    }
  }
  return { file: path, specs, envFiles }
}

/**
 * Services as `docker compose` merges the stack's files (the project model's stacks): scalars replaced by the later
 * file, `ports` appended, `environment` merged by name over the `env_file` values. A port published in an override
 * for a database whose image and settings are in the base is judged on the merged service, and reported at the half
 * the change touches (in `check`, the later file), naming the other.
 */
async function mergedFindings(file: SourceText, ctx: AnalyzerContext, exposure: ExposureContext): Promise<Detection[]> {
  const model = ctx.project
  if (model === undefined) return []
  const out = new Map<string, Detection>()
  for (const stack of composeStacksOf(model, file.path)) {
    const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1)
    const dotenv = (await envFileValues(model, `${folder}.env`)) ?? new Map<string, EnvValue>()
    const layers: Layer[] = []
    for (const path of stack.files) {
      const text = path === file.path ? file.text : await model.tree.text(path)
      const layer = text === undefined ? undefined : await layerOf(path, text, dotenv)
      if (layer !== undefined) layers.push(layer)
    }
    if (layers.length < 2) continue
    const alone = new Set(layers.flatMap((l) => [...l.specs.values()].flatMap((spec) => containerDetections(spec, exposure).map((d) => `${d.ruleId}|${d.identity}|${d.severity ?? ''}`))))
    const names = new Set(layers.flatMap((l) => [...l.specs.keys()]))
    for (const name of names) {
      const present = layers.filter((l) => l.specs.has(name))
      if (present.length < 2) continue
      const portFile = new Map<object, string>()
      let spec: ContainerSpec | undefined
      let imageFile = present[0]!.file
      const envHalves: Array<{ file: string; line: number; what: string }> = []
      let unreadEnvFile: string | undefined
      for (const layer of present) {
        const own = layer.specs.get(name)!
        for (const port of own.ports) portFile.set(port, layer.file)
        const env = new Map(spec?.settings.env ?? [])
        for (const entry of layer.envFiles.get(name) ?? []) {
          const path = normalize(`${folder}${entry}`)
          const values = await envFileValues(model, path)
          if (values === undefined) {
            unreadEnvFile = `env_file \`${entry}\``
            continue
          }
          for (const [k, v] of values) {
            env.set(k, v.value)
            envHalves.push({ file: v.file, line: v.line, what: k })
          }
        }
        for (const [k, v] of own.settings.env) env.set(k, v)
        if (own.image !== undefined) imageFile = layer.file
        spec = {
          ...(spec ?? own),
          ...(own.image !== undefined ? { image: own.image, line: own.line, column: own.column, evidence: own.evidence } : {}),
          ports: [...(spec?.ports ?? []), ...own.ports],
          ...(own.hostNetwork !== undefined ? { hostNetwork: own.hostNetwork } : spec?.hostNetwork !== undefined ? { hostNetwork: spec.hostNetwork } : {}),
          settings: { env, args: own.settings.args.length > 0 ? own.settings.args : (spec?.settings.args ?? []), ...(unreadEnvFile !== undefined ? { envFromFile: unreadEnvFile } : {}) }
        }
        if (own.hostNetwork !== undefined) portFile.set(own.hostNetwork, layer.file)
      }
      for (const d of containerDetections(spec!, exposure)) {
        if (alone.has(`${d.ruleId}|${d.identity}|${d.severity ?? ''}`)) continue
        const port = [...spec!.ports, ...(spec!.hostNetwork ? [spec!.hostNetwork] : [])].find((p) => p.line === d.line && p.evidence === d.evidence)
        const halves = [
          ...(port !== undefined ? [{ file: portFile.get(port)!, line: port.line, what: port.evidence.trim() }] : []),
          { file: imageFile, line: present.find((l) => l.file === imageFile)!.specs.get(name)!.line, what: `${name}: image ${spec!.image ?? '(none)'}` }
        ]
        const files = [...new Set(halves.map((h) => h.file))]
        if (files.length < 2 && envHalves.length === 0) continue
        const order = (f: string): number => stack.files.indexOf(f)
        const candidates = ctx.mode === 'diff' && ctx.change !== undefined && files.some((f) => ctx.change!.changed.has(f)) ? files.filter((f) => ctx.change!.changed.has(f)) : files
        const hereFile = candidates.reduce((a, b) => (order(b) > order(a) ? b : a))
        if (hereFile !== file.path) continue
        const here = halves.find((h) => h.file === hereFile) ?? { file: hereFile, line: layers.find((l) => l.file === hereFile)!.specs.get(name)!.line, what: name }
        const others = [...halves.filter((h) => h.file !== hereFile), ...envHalves.slice(0, 3)].map((h) => `\`${h.what}\` at ${h.file}:${h.line}`)
        const identity = `merged:${d.identity}:${stack.files.join('+')}`
        out.set(identity, {
          ...d,
          line: here.line,
          evidence: lineText(file.text, here.line),
          message: `${d.message} (Merged as ${stack.source} runs it: ${stack.files.join(' then ')}; the other half: ${others.join(', ')}.)`,
          identity
        })
      }
    }
  }
  return [...out.values()]
}

function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
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

