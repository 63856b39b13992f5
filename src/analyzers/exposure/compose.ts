/**
 * Docker Compose files (`docker-compose*.yml`, `compose*.yaml`): services published on all interfaces, on the host
 * network, or running a database without authentication. The NewsBlur shape: `mongo` with `"27017:27017"` and no
 * root credentials.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml'
import { parse as parseShell } from 'shell-quote'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { containerDetections, type ContainerSpec, type PublishedPort } from './container-exposure.js'
import { exposureContext, wholeWhenMine } from './context.js'
import { parsePortSpec, portRange } from './published-ports.js'
import { child, entriesOf, itemsOf, lineText, pairOf, parseYamlFile, positionOf, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

const COMPOSE_FILE = /(^|\/)(docker-compose[^/]*|compose[^/]*)\.ya?ml$/i

export const composeAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(composeAnalyzer.analyze, undefined, MAX_YAML_CHARS)(path, chunks, ctx),
  name: 'compose',
  claims: (path) => COMPOSE_FILE.test(path),
  analyze(file: SourceText, ctx: AnalyzerContext): Detection[] {
    const yaml = parseYamlFile(file.text)
    const problem = yamlProblem(file.path, yaml)
    if (problem !== undefined) return [problem]
    const exposure = exposureContext(file.path, ctx)
    const out: Detection[] = []
    for (const doc of yaml.documents) {
      for (const spec of composeServices(doc, yaml, file.text)) out.push(...containerDetections(spec, exposure))
    }
    return out
  }
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

