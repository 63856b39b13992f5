/**
 * CloudFormation templates (YAML with `!Ref`/`!Sub`/`!If` tags, or JSON): `PubliclyAccessible: true` on RDS,
 * Redshift, DMS (public by default), Amazon MQ; search domains without `VPCOptions`; security groups opening a
 * database port to the internet. `!Ref` to a parameter resolves to its `Default`.
 */
import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import type { Severity } from '../../findings/finding.js'
import { exposureContext, wholeWhenMine } from './context.js'
import type { DatabaseCatalog } from './databases.js'
import { classifyCidr } from './network.js'
import { child, entriesOf, itemsOf, lineText, pairOf, parseYamlFile, positionOf, scalarText, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

const TEMPLATE_FILE = /\.(ya?ml|json|template)$/i

interface CloudFormationKnowledge {
  cloudformation: {
    publicFlags: { type: string; property: string; default?: boolean }[]
    vpcRequired: { type: string; property: string }[]
    cidrLists?: { type: string; list?: string; property: string }[]
    publicSettings?: { type: string; path: string[]; private: string[]; means: string }[]
  }
}

export const cloudFormationAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(cloudFormationAnalyzer.analyze, isTemplate, MAX_YAML_CHARS)(path, chunks, ctx),
  name: 'cloudformation',
  claims: (path) => TEMPLATE_FILE.test(path),
  analyze(file: SourceText, ctx: AnalyzerContext): Detection[] {
    if (!isTemplate(file.text)) return []
    const yaml = parseYamlFile(file.text, { cloudFormation: true })
    const problem = yamlProblem(file.path, yaml)
    if (problem !== undefined) return [problem]
    const root = yaml.documents[0]?.contents
    if (!isMap(root)) return []
    const exposure = exposureContext(file.path, ctx)
    const knowledge = ctx.knowledge.load<CloudFormationKnowledge>('public-exposure/cloud.yml').cloudformation
    const template = new Template(root as Node, yaml, file.text, exposure.catalog)
    const out = template.run(knowledge)
    return exposure.notDeployed === undefined ? out : out.map((d) => ({ ...d, severity: 'warn', message: `${d.message} (Lowered to a warning: ${exposure.notDeployed}.)` }))
  }
}

/** A CloudFormation template says so: a format version, or resources typed `AWS::...`. */
export function isTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion/.test(text) || (/^[ \t]*"?Resources"?\s*:/m.test(text) && /"?Type"?\s*:\s*["']?AWS::/.test(text))
}

type Value = { known: true; value: unknown } | { known: false; reason: string; possible?: unknown[] }

class Template {
  private readonly parameters: Node | undefined
  private readonly out: Detection[] = []

  constructor(
    private readonly root: Node,
    private readonly yaml: YamlFile,
    private readonly text: string,
    private readonly catalog: DatabaseCatalog
  ) {
    this.parameters = child(root, 'Parameters')
  }

  run(knowledge: CloudFormationKnowledge['cloudformation']): Detection[] {
    for (const { key: id, value: resource } of entriesOf(child(this.root, 'Resources'))) {
      const type = scalarText(child(resource, 'Type'))
      if (type === undefined) continue
      const properties = child(resource, 'Properties')
      const at = positionOf(this.yaml, pairOf(child(this.root, 'Resources'), id))
      for (const flag of knowledge.publicFlags.filter((f) => f.type === type)) this.publicFlag(id, type, properties, flag, at)
      for (const vpc of knowledge.vpcRequired.filter((f) => f.type === type)) {
        if (child(properties, vpc.property) === undefined) {
          this.report('public-exposure/managed-database-public', at, `${id} (${type}) has no \`${vpc.property}\`, so it gets a public endpoint; only its access policy stands in the way.`, `${id}:public-endpoint`)
        }
      }
      for (const list of (knowledge.cidrLists ?? []).filter((f) => f.type === type)) {
        for (const item of list.list !== undefined ? oneOrMany(child(properties, list.list)) : [properties]) this.cidr(id, type, item, list.property)
      }
      for (const setting of (knowledge.publicSettings ?? []).filter((f) => f.type === type)) this.publicSetting(id, type, properties, setting)
      if (type === 'AWS::EC2::SecurityGroup') for (const rule of oneOrMany(child(properties, 'SecurityGroupIngress'))) this.ingress(id, rule)
      if (type === 'AWS::EC2::SecurityGroupIngress') this.ingress(id, properties)
    }
    return this.out
  }

  private report(ruleId: string, at: { line: number; column: number }, message: string, identity: string, severity?: Severity): void {
    this.out.push({ ruleId, line: at.line, column: at.column, message, evidence: lineText(this.text, at.line), identity, ...(severity ? { severity } : {}) })
  }

  private publicFlag(id: string, type: string, properties: Node | undefined, flag: { property: string; default?: boolean }, at: { line: number; column: number }): void {
    const pair = pairOf(properties, flag.property)
    if (pair === undefined) {
      if (flag.default === true) this.report('public-exposure/managed-database-public', at, `${id} (${type}) does not set \`${flag.property}\`, and this resource is public by default.`, `${id}:${flag.property}:default`)
      return
    }
    const pos = positionOf(this.yaml, pair)
    const v = this.value(pair.value as Node)
    if (v.known) {
      if (truthy(v.value)) this.report('public-exposure/managed-database-public', pos, `${id} (${type}) sets \`${flag.property}: true\`: the database gets an endpoint reachable from the internet.`, `${id}:${flag.property}`)
    } else if (v.possible === undefined || v.possible.some(truthy)) {
      this.report('public-exposure/managed-database-public', pos, `${id} (${type}) may be public: \`${flag.property}\` is not resolved here (${v.reason}).`, `${id}:${flag.property}:unresolved`, 'warn')
    }
  }

  private cidr(id: string, type: string, holder: Node | undefined, property: string): void {
    const pair = pairOf(holder, property)
    if (pair === undefined) return
    const v = this.value(pair.value as Node)
    const pos = positionOf(this.yaml, pair)
    if (!v.known) {
      this.report('public-exposure/managed-database-public', pos, `${id} (${type}) lets a source prodguard cannot resolve (${v.reason}) reach the database.`, `${id}:${property}:unresolved`, 'warn')
      return
    }
    const verdict = classifyCidr(String(v.value))
    if (verdict?.openToInternet) this.report('public-exposure/managed-database-public', pos, `${id} (${type}) lets ${verdict.description} connect to the database.`, `${id}:${property}:${String(v.value)}`)
  }

  private publicSetting(id: string, type: string, properties: Node | undefined, spec: { path: string[]; private: string[]; means: string }): void {
    let holder = properties
    for (const key of spec.path.slice(0, -1)) holder = child(holder, key)
    const pair = pairOf(holder, spec.path[spec.path.length - 1]!)
    if (pair === undefined) return
    const v = this.value(pair.value as Node)
    const pos = positionOf(this.yaml, pair)
    if (v.known && spec.private.includes(String(v.value))) return
    if (!v.known) {
      this.report('public-exposure/managed-database-public', pos, `${id} (${type}) may have ${spec.means}: \`${spec.path.join('.')}\` is not resolved here (${v.reason}).`, `${id}:${spec.path.join('.')}:unresolved`, 'warn')
      return
    }
    this.report('public-exposure/managed-database-public', pos, `${id} (${type}) sets \`${spec.path[spec.path.length - 1]}: ${String(v.value)}\`: ${spec.means} from the internet.`, `${id}:${spec.path.join('.')}`)
  }

  private ingress(id: string, rule: Node | undefined): void {
    const protocol = this.value(child(rule, 'IpProtocol'))
    const proto = protocol.known ? String(protocol.value).toLowerCase() : undefined
    // databases and caches listen on TCP: a UDP-only rule reaches none of them
    if (proto !== undefined && !['tcp', '6', '-1', 'all'].includes(proto)) return
    const from = this.value(child(rule, 'FromPort'))
    const to = this.value(child(rule, 'ToPort'))
    let ports: [number, number] | undefined
    if (proto === '-1' || proto === 'all') ports = [0, 65535]
    else if (from.known && to.known) ports = [Number(from.value), Number(to.value)]
    if (ports !== undefined && ports[0] < 0) ports = [0, 65535]
    const dbPorts = ports ? this.catalog.portsIn(ports[0], ports[1]) : undefined
    if (dbPorts !== undefined && dbPorts.length === 0) return
    for (const key of ['CidrIp', 'CidrIpv6']) {
      const pair = pairOf(rule, key)
      if (pair === undefined) continue
      const v = this.value(pair.value as Node)
      const pos = positionOf(this.yaml, pair)
      const portText = ports === undefined ? 'a port range prodguard cannot resolve' : ports[0] === 0 && ports[1] === 65535 ? 'all ports' : ports[0] === ports[1] ? `port ${ports[0]}` : `ports ${ports[0]}-${ports[1]}`
      if (!v.known) {
        if (dbPorts !== undefined) this.report('public-exposure/firewall-open-to-database-port', pos, `${id} opens ${portText} to a source prodguard cannot resolve (${v.reason}).`, `${id}:${portText}:unresolved`, 'warn')
        continue
      }
      const verdict = classifyCidr(String(v.value))
      if (!verdict?.openToInternet) continue
      const names = dbPorts === undefined ? '' : ` (${dbPorts.slice(0, 4).map((p) => `${p.port} ${p.name}`).join(', ')}${dbPorts.length > 4 ? ', ...' : ''})`
      this.report(
        'public-exposure/firewall-open-to-database-port',
        pos,
        `${id} opens ${portText}${names} to ${verdict.description}${dbPorts === undefined ? '; prodguard cannot tell whether a database port is among them' : ': databases behind it are reachable from anywhere'}.`,
        `${id}:${portText}:${String(v.value)}`,
        dbPorts === undefined ? 'warn' : undefined
      )
    }
  }

  /** A property's value: literals, `!Ref`/`Ref` to a parameter's Default, `!If` with both branches known. */
  private value(node: Node | undefined, depth = 0): Value {
    if (node === undefined || node === null) return { known: false, reason: 'it is not set' }
    if (depth > 6) return { known: false, reason: 'too deeply nested' }
    const tag = isScalar(node) || isMap(node) || isSeq(node) ? node.tag : undefined
    const fn = tag?.startsWith('!') && !tag.startsWith('!!') ? tag.slice(1) : undefined
    const body: Node | undefined = fn !== undefined ? node : isMap(node) && node.items.length === 1 ? (node.items[0]!.value as Node) : undefined
    const name = fn ?? (isMap(node) && node.items.length === 1 ? String((node.items[0]!.key as { value?: unknown })?.value ?? '').replace(/^Fn::/, '') : undefined)
    if (name === 'Ref') {
      const param = isScalar(body) ? String(body.value) : undefined
      const fallback = param !== undefined ? child(child(this.parameters, param), 'Default') : undefined
      if (param === undefined) return { known: false, reason: 'a `Ref` prodguard cannot read' }
      if (fallback === undefined) return { known: false, reason: `parameter \`${param}\` has no Default` }
      return this.value(fallback, depth + 1)
    }
    if (name === 'If') {
      const [, a, b] = itemsOf(body)
      const va = this.value(a, depth + 1)
      const vb = this.value(b, depth + 1)
      if (va.known && vb.known) return JSON.stringify(va.value) === JSON.stringify(vb.value) ? va : { known: false, reason: 'it depends on a condition', possible: [va.value, vb.value] }
      return { known: false, reason: 'it depends on a condition' }
    }
    if (name !== undefined && (fn !== undefined || /^(Sub|GetAtt|Join|Select|FindInMap|ImportValue|Split|Base64|Cidr|GetAZs)$/.test(name))) {
      return { known: false, reason: `\`${fn !== undefined ? `!${fn}` : `Fn::${name}`}\` is computed` }
    }
    if (isScalar(node)) return { known: true, value: yaml11(node) }
    return { known: false, reason: 'a structured value' }
  }
}

/**
 * CloudFormation reads YAML templates as YAML 1.1: an unquoted `Yes`, `on` or `y` is the boolean true (and `No`,
 * `off`, `n` false), where a YAML 1.2 reader sees strings. Quoted, they stay strings.
 */
function yaml11(node: Scalar): unknown {
  if (node.type !== Scalar.PLAIN || typeof node.value !== 'string') return node.value
  if (/^(?:y|Y|yes|Yes|YES|on|On|ON)$/.test(node.value)) return true
  if (/^(?:n|N|no|No|NO|off|Off|OFF)$/.test(node.value)) return false
  return node.value
}

/** What CloudFormation deploys as true: the boolean, the string `true` in any case (it converts strings), and 1. */
function truthy(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === 'string' && /^(?:true|1)$/i.test(value.trim()))
}

/** A list property written as one map (`DBSecurityGroupIngress: { CIDRIP: ... }`, as AWS's own example does) is a list of one. */
function oneOrMany(node: Node | undefined): Node[] {
  return isMap(node) ? [node] : itemsOf(node)
}
