/**
 * Terraform (`*.tf`): managed databases with a public endpoint, firewalls that open a database port to the internet,
 * database firewall rules and access lists that cover it, and `docker_container` resources publishing a database.
 * Values come from the file (literals, variable defaults, locals); what the file cannot tell is reported as a warning
 * that says what was not resolved.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import type { Severity } from '../../findings/finding.js'
import {
  blocksAt,
  evaluate,
  MAX_HCL_CHARS,
  parseHcl,
  resources,
  scopeOf,
  Unresolved,
  valueAt,
  type AttributeValue,
  type HclBlock,
  type HclFile,
  type HclResource,
  type Position,
  type Scope
} from '../infra/hcl/model.js'
import { containerDetections, type PublishedPort } from './container-exposure.js'
import { exposureContext, parseError, wholeWhenMine } from './context.js'
import { defaultReachesDeploy, defaultsFromElsewhere, findingsOfDefaults, moduleScope, moduleSummary, referencedVariables, terraformContexts } from '../../project/terraform.js'
import type { DatabaseCatalog } from './databases.js'
import type { KubernetesKnowledge } from './kubernetes.js'
import { classifyCidr, classifyIpRange } from './network.js'
import { formatCount } from '../../format-count.js'

interface CloudKnowledge {
  terraform: {
    publicFlags: { type: string; attribute: string; severity?: Severity; defaultTrueBeforeProvider?: { name: string; version: string }; defaultTrue?: boolean; privateWith?: string[] }[]
    firewallRanges: { type: string; start?: string; end?: string; list?: string }[]
    cidrLists: { type: string; attribute: string; block?: string; kindAttribute?: string; kind?: string }[]
    publicSettings?: { type: string; attribute: string; private: string[]; means: string }[]
    cloudSql: { type: string; ipv4: string; networks: string; value: string }[]
    vpcRequired: { type: string; block: string }[]
    moduleInputs: { input: string; means: string; severity?: Severity }[]
    securityGroupModuleRules: Record<string, [number, number]>
  }
}

const PUBLIC = 'public-exposure/managed-database-public'
const FIREWALL = 'public-exposure/firewall-open-to-database-port'

export const terraformExposureAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(terraformExposureAnalyzer.analyze, undefined, MAX_HCL_CHARS)(path, chunks, ctx),
  name: 'terraform-exposure',
  // the other half of a deploy (the tfvars, the module call, the module) may be another changed file
  readsChange: true,
  claims: (path) => path.endsWith('.tf') || path.endsWith('.tfvars'),
  async analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
    const hcl = await parseHcl(file.text)
    const exposure = exposureContext(file.path, ctx)
    if (file.path.endsWith('.tfvars')) {
      if (hcl.errors.length > 0) return [parseError(file.path, hcl.errors[0]!.line, `HCL syntax error at line ${hcl.errors[0]!.line}, column ${hcl.errors[0]!.column}`)]
      return lowered((await deployFindings(file, ctx)).detections, exposure.notDeployed)
    }
    // Syntax errors are reported once, by the destructive-infra reader of the same file.
    if (hcl.errors.length > 0) return []
    const cloud = ctx.knowledge.load<CloudKnowledge>('public-exposure/cloud.yml').terraform
    const kubernetes = ctx.knowledge.load<KubernetesKnowledge>('public-exposure/kubernetes.yml')
    const followed = await followedCalls(file.path, ctx)
    // `var.x` declared in variables.tf resolves to its default, as `terraform apply` resolves it
    const reader = new TerraformExposure(hcl, cloud, kubernetes, exposure.catalog, file.text, await moduleScope(ctx.project, file.path, hcl), followed)
    const deploys = await deployFindings(file, ctx)
    // what this file alone could not resolve, every deploy of the module resolves: the deploys' findings decide
    const out = (await withDefaults(reader.run(), file.path, hcl, ctx)).filter((d) => !deploys.settled.has(d.identity))
    for (const r of resources(hcl)) if (r.type === 'docker_container') out.push(...containerDetections(reader.dockerContainer(r), exposure))
    out.push(...deploys.detections)
    // in a diff, a default changed here is judged on the module's resources that read it (in `check` they report it)
    if (ctx.mode === 'diff') {
      out.push(
        ...(await findingsOfDefaults(ctx.project, ctx.change?.changed, file, hcl, (target, text, other, scope) =>
          new TerraformExposure(other, cloud, kubernetes, exposureContext(target, ctx).catalog, text, scope, new Set()).run()
        ))
      )
    }
    return lowered(out, exposure.notDeployed)
  }
}

/**
 * The file's own findings that read a default declared in another file of the module: kept, naming that default, when
 * some deploy runs with it; dropped when every deploy sets the variable (the deploys' findings decide).
 */
async function withDefaults(found: Detection[], path: string, hcl: HclFile, ctx: AnalyzerContext): Promise<Detection[]> {
  const out: Detection[] = []
  for (const d of found) {
    const { names, origins } = await defaultsFromElsewhere(ctx.project, path, hcl, d.evidence)
    if (names.length === 0) out.push(d)
    else if (await defaultReachesDeploy(ctx.project, dirOf(path), names)) {
      out.push(origins.length === 0 ? d : { ...d, message: `${d.message.replace(/\.$/, '')} (${origins.map((o) => `\`${o.what}\` at ${o.file}:${o.line}`).join(', ')}).` })
    }
  }
  return out
}

function lowered(out: Detection[], notDeployed: string | undefined): Detection[] {
  return notDeployed === undefined ? out : out.map((d) => ({ ...d, severity: 'warn', message: `${d.message} (Lowered to a warning: ${notDeployed}.)` }))
}

interface Half {
  file: string
  line: number
  column: number
  what: string
}

/**
 * The module's resources judged with the values a deploy gives them (the project model's Terraform contexts): a
 * production `terraform.tfvars` setting `reporting_db_public = true` for a local module whose default is private is
 * the same exposure as `publicly_accessible = true` written in the module. Reported at one half, naming the others:
 * in `check` the outermost (the tfvars line, else the module call's argument); in a diff the outermost half the change
 * touches, so that a change to either half alone is judged on the merged result.
 */
/** The module calls of this file that the project model follows into a local module folder it has. */
async function followedCalls(path: string, ctx: AnalyzerContext): Promise<Set<string>> {
  if (ctx.project === undefined) return new Set()
  const module = await moduleSummary(ctx.project, dirOf(path))
  const out = new Set<string>()
  for (const call of module.calls) if (call.file === path && (await moduleSummary(ctx.project, call.callee)).files.length > 0) out.add(call.name)
  return out
}

async function deployFindings(file: SourceText, ctx: AnalyzerContext): Promise<{ detections: Detection[]; settled: Set<string> }> {
  const none = { detections: [], settled: new Set<string>() }
  const model = ctx.project
  if (model === undefined) return none
  const contexts = (await terraformContexts(model)).filter((c) => (file.path.endsWith('.tf') && dirOf(file.path) === c.folder) || [...c.inputs.values()].some((i) => i.origins.some((o) => o.file === file.path)))
  if (contexts.length === 0) return none
  let settled: Set<string> | undefined
  const cloud = ctx.knowledge.load<CloudKnowledge>('public-exposure/cloud.yml').terraform
  const kubernetes = ctx.knowledge.load<KubernetesKnowledge>('public-exposure/kubernetes.yml')
  const out = new Map<string, Detection>()
  for (const context of contexts) {
    const module = await moduleSummary(model, context.folder)
    const targets = dirOf(file.path) === context.folder && file.path.endsWith('.tf') ? [file.path] : module.files
    for (const target of targets) {
      const text = target === file.path ? file.text : await model.tree.text(target)
      if (text === undefined) continue
      const hcl = await parseHcl(text)
      if (hcl.errors.length > 0) continue
      const catalog = exposureContext(target, ctx).catalog
      const plainScope: Scope = { variables: module.variables, locals: module.locals }
      const followed = new Set(module.calls.filter((c) => c.file === target).map((c) => c.name))
      const plain = new Set(new TerraformExposure(hcl, cloud, kubernetes, catalog, text, plainScope, followed).run().map((d) => `${d.ruleId}|${d.identity}|${d.severity ?? ''}`))
      const inputs = new Map([...context.inputs].map(([k, v]) => [k, v.value]))
      const given = new TerraformExposure(hcl, cloud, kubernetes, catalog, text, { ...plainScope, inputs }, followed).run()
      if (target === file.path && dirOf(file.path) === context.folder) {
        const unresolved = new Set(given.filter((d) => d.identity.endsWith(':unresolved')).map((d) => d.identity))
        const alone = new TerraformExposure(hcl, cloud, kubernetes, catalog, text, undefined, followed).run().filter((d) => d.identity.endsWith(':unresolved') && !unresolved.has(d.identity))
        const here = new Set(alone.map((d) => d.identity))
        settled = settled === undefined ? here : new Set([...settled].filter((i) => here.has(i)))
      }
      for (const d of given) {
        // what the module file reports by itself is not reported again, unless every deploy overrides the default it reads
        if (plain.has(`${d.ruleId}|${d.identity}|${d.severity ?? ''}`) && (await withDefaults([d], target, hcl, ctx)).length > 0) continue
        // the inputs this finding's line reads, with a value the deploy gives
        const used = [...referencedVariables(d.evidence, module)].filter((v) => {
          const input = context.inputs.get(v)
          return input !== undefined && !(input.value instanceof Unresolved)
        })
        if (used.length === 0) continue
        const halves: Half[] = [{ file: target, line: d.line, column: d.column ?? 1, what: d.evidence.trim() }]
        for (const v of used) for (const o of context.inputs.get(v)!.origins) if (!halves.some((h) => h.file === o.file && h.line === o.line)) halves.push(o)
        const touched = ctx.mode === 'diff' && ctx.change !== undefined ? halves.filter((h) => ctx.change!.changed.has(h.file)) : []
        const here = (touched.length > 0 ? touched : halves)[(touched.length > 0 ? touched : halves).length - 1]!
        if (here.file !== file.path) continue
        const others = halves.filter((h) => h !== here).map((h) => `\`${h.what}\` at ${h.file}:${h.line}`)
        const identity = `deploy:${context.key}:${target}:${d.identity}`
        out.set(identity, {
          ...d,
          line: here.line,
          column: here.column,
          evidence: evidenceLine(file.text, here.line),
          message: `${d.message.replace(/\.$/, '')}, as deployed by ${context.label}; the other half: ${others.join(', then ')}.`,
          identity
        })
      }
    }
  }
  return { detections: [...out.values()], settled: settled ?? new Set() }
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1)
}

class TerraformExposure {
  private readonly scope: Scope
  private readonly out: Detection[] = []

  constructor(
    private readonly hcl: HclFile,
    private readonly cloud: CloudKnowledge['terraform'],
    private readonly kubernetes: KubernetesKnowledge,
    private readonly catalog: DatabaseCatalog,
    private readonly text: string,
    scope?: Scope,
    /** Local module calls the project model follows into their module: their inputs are judged there. */
    private readonly followed: ReadonlySet<string> = new Set()
  ) {
    this.scope = scope ?? scopeOf(hcl)
  }

  run(): Detection[] {
    for (const r of resources(this.hcl)) {
      for (const flag of this.cloud.publicFlags.filter((f) => f.type === r.type)) this.publicFlag(r, flag)
      for (const range of this.cloud.firewallRanges.filter((f) => f.type === r.type)) this.firewallRange(r, range)
      for (const list of this.cloud.cidrLists.filter((f) => f.type === r.type)) this.cidrList(r, list)
      for (const setting of (this.cloud.publicSettings ?? []).filter((f) => f.type === r.type)) this.publicSetting(r, setting)
      for (const sql of this.cloud.cloudSql.filter((f) => f.type === r.type)) this.cloudSql(r, sql)
      for (const vpc of this.cloud.vpcRequired.filter((f) => f.type === r.type)) this.vpcRequired(r, vpc)
      this.firewall(r)
      if (r.type === 'helm_release') this.helmRelease(r)
    }
    for (const block of this.hcl.blocks.filter((b) => b.type === 'module' && b.labels[0] !== undefined && !this.followed.has(b.labels[0]))) this.module(block)
    return this.out
  }

  private report(ruleId: string, at: Position, message: string, identity: string, severity?: Severity): void {
    this.out.push({
      ruleId,
      line: at.line,
      column: at.column,
      message,
      evidence: evidenceLine(this.text, at.line),
      identity,
      ...(severity !== undefined ? { severity } : {})
    })
  }

  private publicFlag(r: HclResource, flag: CloudKnowledge['terraform']['publicFlags'][number]): void {
    const v = valueAt(r.block, flag.attribute, this.scope)
    const severity = flag.severity
    if (!v.present) {
      if (flag.defaultTrue === true && !(flag.privateWith ?? []).some((a) => r.block.attributes.has(a))) {
        // the same resource in a plan shows the provider's default, true: check and plan agree
        this.report(PUBLIC, r.block, `${r.address} does not set \`${flag.attribute}\`, which defaults to true: the database gets an endpoint reachable from the internet.`, `${r.address}:${flag.attribute}:default`, severity)
        return
      }
      if (flag.defaultTrueBeforeProvider !== undefined) {
        const provider = this.providerVersion(flag.defaultTrueBeforeProvider.name)
        const before = flag.defaultTrueBeforeProvider.version
        if (provider === undefined || allowsBefore(provider, before)) {
          const known = provider !== undefined
          this.report(
            PUBLIC,
            r.block,
            `${r.address} does not set \`${flag.attribute}\`, and the ${flag.defaultTrueBeforeProvider.name} provider before v${before.split('.')[0]} makes it public by default${known ? ` (this module allows \`${provider}\`)` : ' (the provider version is not pinned in this file)'}.`,
            `${r.address}:${flag.attribute}:default`,
            known ? severity : 'warn'
          )
        }
      }
      return
    }
    if (v.known) {
      if (v.value === true || v.value === 'true') {
        this.report(PUBLIC, v.attribute, `${r.address} sets \`${flag.attribute} = true\`: the database gets an endpoint reachable from the internet.`, `${r.address}:${flag.attribute}`, severity)
      }
      return
    }
    if (v.possible === undefined || v.possible.some((p) => p === true || p === 'true')) {
      this.report(PUBLIC, v.attribute, `${r.address} may be public: \`${flag.attribute}\` is not resolved here (${v.reason}). Check the value it gets in production.`, `${r.address}:${flag.attribute}:unresolved`, 'warn')
    }
  }

  private firewallRange(r: HclResource, spec: CloudKnowledge['terraform']['firewallRanges'][number]): void {
    if (spec.list !== undefined) {
      const v = valueAt(r.block, spec.list, this.scope)
      if (!v.present) return
      if (!v.known) return this.unresolvedSource(r, v, PUBLIC)
      const entries = (Array.isArray(v.value) ? v.value : String(v.value).split(',')).map((e) => String(e).trim())
      const open = entries.find((e) => classifyCidr(e)?.openToInternet)
      if (open !== undefined) this.report(PUBLIC, v.attribute, `${r.address} allows ${open} through \`${spec.list}\`: the internet can reach the database.`, `${r.address}:${open}`)
      return
    }
    const start = valueAt(r.block, spec.start!, this.scope)
    const end = valueAt(r.block, spec.end!, this.scope)
    if (!start.present || !end.present) return
    if (!start.known || !end.known) return this.unresolvedSource(r, !start.known ? start : end, PUBLIC)
    const range = classifyIpRange(String(start.value), String(end.value))
    if (range === undefined) return
    if (range.openToInternet) {
      this.report(PUBLIC, start.attribute, `${r.address} allows ${String(start.value)}-${String(end.value)} (${formatCount(range.size)} addresses) to reach the database server: that is the internet.`, `${r.address}:${String(start.value)}-${String(end.value)}`)
    } else if (range.azureServices) {
      this.report(PUBLIC, start.attribute, `${r.address} allows 0.0.0.0-0.0.0.0 ("Allow Azure services"): every Azure customer's resources can reach the database server, not only yours.`, `${r.address}:azure-services`, 'warn')
    }
  }

  private cidrList(r: HclResource, spec: CloudKnowledge['terraform']['cidrLists'][number]): void {
    const holders = spec.block !== undefined ? blocksAt(r.block, spec.block) : [r.block]
    for (const holder of holders) {
      if (spec.kindAttribute !== undefined) {
        const kind = valueAt(holder, spec.kindAttribute, this.scope)
        if (kind.present && kind.known && kind.value !== spec.kind) continue
      }
      const v = valueAt(holder, spec.attribute, this.scope)
      if (!v.present) continue
      if (!v.known) {
        this.unresolvedSource(r, v, PUBLIC)
        continue
      }
      const verdict = classifyCidr(String(v.value))
      if (verdict?.openToInternet) this.report(PUBLIC, v.attribute, `${r.address} lets ${verdict.description} connect to the database.`, `${r.address}:${String(v.value)}`)
    }
  }

  private publicSetting(r: HclResource, spec: NonNullable<CloudKnowledge['terraform']['publicSettings']>[number]): void {
    const v = valueAt(r.block, spec.attribute, this.scope)
    if (!v.present) return
    if (!v.known) {
      this.unresolvedSource(r, v, PUBLIC)
      return
    }
    if (spec.private.includes(String(v.value))) return
    this.report(PUBLIC, v.attribute, `${r.address} sets \`${spec.attribute.split('.').pop()} = "${String(v.value)}"\`: ${spec.means} from the internet.`, `${r.address}:${spec.attribute}`)
  }

  private cloudSql(r: HclResource, spec: CloudKnowledge['terraform']['cloudSql'][number]): void {
    const ipv4 = valueAt(r.block, spec.ipv4, this.scope)
    // Cloud SQL instances get a public IP unless `ipv4_enabled = false`.
    if (ipv4.present && ipv4.known && (ipv4.value === false || ipv4.value === 'false')) return
    const publicIp = ipv4.present ? (ipv4.known ? '`ipv4_enabled = true`' : `\`ipv4_enabled\` unresolved (${ipv4.reason})`) : 'a public IP (on by default)'
    for (const network of blocksAt(r.block, spec.networks)) {
      const v = valueAt(network, spec.value, this.scope)
      if (!v.present) continue
      if (!v.known) {
        this.report(PUBLIC, v.attribute, `${r.address} has ${publicIp} and an authorized network prodguard cannot resolve (${v.reason}).`, `${r.address}:authorized-network:unresolved`, 'warn')
        continue
      }
      const verdict = classifyCidr(String(v.value))
      if (verdict?.openToInternet) {
        this.report(PUBLIC, v.attribute, `${r.address} has ${publicIp} and authorizes ${verdict.description}: anyone on the internet can try to log in.`, `${r.address}:${String(v.value)}`, ipv4.present && !ipv4.known ? 'warn' : undefined)
      }
    }
  }

  private vpcRequired(r: HclResource, spec: CloudKnowledge['terraform']['vpcRequired'][number]): void {
    if (r.block.blocks.some((b) => b.type === spec.block)) return
    const policy = valueAt(r.block, 'access_policies', this.scope)
    const open = policy.present && policy.known && typeof policy.value === 'string' && opensToEveryone(policy.value)
    this.report(
      PUBLIC,
      r.block,
      open
        ? `${r.address} has no \`${spec.block}\`, so it has a public endpoint, and its access policy allows any principal: anyone can read and write its indices.`
        : `${r.address} has no \`${spec.block}\`, so it has a public endpoint on the internet; only its access policy stands in the way.`,
      `${r.address}:public-endpoint`
    )
  }

  private unresolvedSource(r: HclResource, v: AttributeValue, ruleId: string): void {
    if (!v.present || v.known) return
    this.report(ruleId, v.attribute, `${r.address}: \`${v.attribute.name}\` is not resolved here (${v.reason}); if it covers the internet, the database is public.`, `${r.address}:${v.attribute.name}:unresolved`, 'warn')
  }

  // -- firewalls ------------------------------------------------------------------------------------------------

  private firewall(r: HclResource): void {
    const b = r.block
    switch (r.type) {
      case 'aws_security_group':
      case 'aws_default_security_group':
        for (const rule of b.blocks.filter((x) => x.type === 'ingress')) this.awsRule(r, rule, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol')
        return
      case 'aws_security_group_rule': {
        const type = valueAt(b, 'type', this.scope)
        if (type.present && type.known && type.value !== 'ingress') return
        this.awsRule(r, b, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol')
        return
      }
      case 'aws_vpc_security_group_ingress_rule':
        this.awsRule(r, b, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol')
        return
      case 'aws_network_acl_rule': {
        const egress = valueAt(b, 'egress', this.scope)
        const action = valueAt(b, 'rule_action', this.scope)
        if ((egress.present && egress.known && egress.value === true) || (action.present && action.known && String(action.value).toLowerCase() !== 'allow')) return
        this.awsRule(r, b, ['cidr_block', 'ipv6_cidr_block'], 'protocol')
        return
      }
      case 'aws_network_acl':
      case 'aws_default_network_acl':
        for (const rule of b.blocks.filter((x) => x.type === 'ingress')) {
          const action = valueAt(rule, 'action', this.scope)
          if (action.present && action.known && String(action.value).toLowerCase() !== 'allow') continue
          this.awsRule(r, rule, ['cidr_block', 'ipv6_cidr_block'], 'protocol')
        }
        return
      case 'google_compute_firewall':
        this.gcpFirewall(r)
        return
      case 'azurerm_network_security_rule':
        this.azureRule(r, b)
        return
      case 'azurerm_network_security_group':
        for (const rule of b.blocks.filter((x) => x.type === 'security_rule')) this.azureRule(r, rule)
        return
    }
  }

  private awsRule(r: HclResource, rule: HclBlock, cidrAttributes: string[], protocolAttribute: string): void {
    const protocol = valueAt(rule, protocolAttribute, this.scope)
    const proto = protocol.present && protocol.known ? String(protocol.value).toLowerCase() : undefined
    // databases and caches listen on TCP: a UDP-only rule reaches none of them
    if (proto !== undefined && !['tcp', '6', '-1', 'all'].includes(proto)) return
    let ports: [number, number] | undefined
    if (proto === '-1' || proto === 'all') ports = [0, 65535]
    else {
      const from = valueAt(rule, 'from_port', this.scope)
      const to = valueAt(rule, 'to_port', this.scope)
      if (from.present && from.known && to.present && to.known) ports = [Number(from.value), Number(to.value)]
      else if (!from.present && !to.present) ports = [0, 65535]
      // 0-0 with a real protocol is how some write "all ports".
      if (ports !== undefined && ports[0] === 0 && ports[1] === 0) ports = [0, 65535]
    }
    this.sources(r, cidrAttributes.map((a) => valueAt(rule, a, this.scope)), ports)
  }

  private gcpFirewall(r: HclResource): void {
    const b = r.block
    const direction = valueAt(b, 'direction', this.scope)
    if (direction.present && direction.known && String(direction.value).toUpperCase() !== 'INGRESS') return
    let sources = valueAt(b, 'source_ranges', this.scope)
    // With no source ranges, tags or service accounts, GCP applies an ingress rule to 0.0.0.0/0.
    if (!sources.present && !b.attributes.has('source_tags') && !b.attributes.has('source_service_accounts')) {
      sources = { present: true, known: true, value: ['0.0.0.0/0'], attribute: { name: 'source_ranges', line: b.line, column: b.column, expression: { text: '(no source: 0.0.0.0/0)', expr: { t: 'computed' }, line: b.line, column: b.column } } }
    }
    for (const allow of b.blocks.filter((x) => x.type === 'allow')) {
      const protocol = valueAt(allow, 'protocol', this.scope)
      const proto = protocol.present && protocol.known ? String(protocol.value).toLowerCase() : 'all'
      if (!['tcp', 'all'].includes(proto)) continue
      const ports = valueAt(allow, 'ports', this.scope)
      const ranges: ([number, number] | undefined)[] = []
      if (!ports.present || proto === 'all') ranges.push([0, 65535])
      else if (ports.known && Array.isArray(ports.value)) for (const p of ports.value) ranges.push(p instanceof Unresolved ? undefined : parseRange(String(p)))
      else ranges.push(undefined)
      for (const range of ranges) this.sources(r, [sources], range)
    }
  }

  private azureRule(r: HclResource, rule: HclBlock): void {
    const direction = valueAt(rule, 'direction', this.scope)
    const access = valueAt(rule, 'access', this.scope)
    if (direction.present && direction.known && String(direction.value).toLowerCase() !== 'inbound') return
    if (access.present && access.known && String(access.value).toLowerCase() !== 'allow') return
    const protocol = valueAt(rule, 'protocol', this.scope)
    if (protocol.present && protocol.known && !['tcp', '*', 'any'].includes(String(protocol.value).toLowerCase())) return
    const single = valueAt(rule, 'destination_port_range', this.scope)
    const many = valueAt(rule, 'destination_port_ranges', this.scope)
    const ranges: ([number, number] | undefined)[] = []
    for (const v of [single, many]) {
      if (!v.present) continue
      if (!v.known) ranges.push(undefined)
      else for (const p of Array.isArray(v.value) ? v.value : [v.value]) ranges.push(p instanceof Unresolved ? undefined : parseRange(String(p)))
    }
    const sourceValues = [valueAt(rule, 'source_address_prefix', this.scope), valueAt(rule, 'source_address_prefixes', this.scope)]
    for (const range of ranges) this.sources(r, sourceValues, range)
  }

  /** Reports when a source covers the internet and the port range holds a database port. */
  private sources(r: HclResource, values: AttributeValue[], ports: [number, number] | undefined): void {
    const dbPorts = ports === undefined ? undefined : this.catalog.portsIn(ports[0], ports[1])
    if (dbPorts !== undefined && dbPorts.length === 0) return
    const portText = ports === undefined ? 'a port range prodguard cannot resolve' : ports[0] <= 0 && ports[1] >= 65535 ? 'all ports' : ports[0] === ports[1] ? `port ${ports[0]}` : `ports ${ports[0]}-${ports[1]}`
    const names = dbPorts === undefined ? '' : ports![0] <= 0 && ports![1] >= 65535 ? ' (every database port)' : ` (${dbPorts.slice(0, 4).map((p) => `${p.port} ${p.name}`).join(', ')}${dbPorts.length > 4 ? ', ...' : ''})`
    for (const v of values) {
      if (!v.present) continue
      if (!v.known) {
        if (dbPorts !== undefined) {
          this.report(FIREWALL, v.attribute, `${r.address} opens ${portText}${names} to \`${v.attribute.expression.text}\`, which is not resolved here (${v.reason}); if it covers the internet, the database is public.`, `${r.address}:${portText}:unresolved`, 'warn')
        }
        continue
      }
      const list = Array.isArray(v.value) ? v.value : [v.value]
      for (const item of list) {
        if (item instanceof Unresolved || item === null) continue
        const verdict = classifyCidr(String(item))
        if (!verdict?.openToInternet) continue
        if (dbPorts === undefined) {
          this.report(FIREWALL, v.attribute, `${r.address} opens ${portText} to ${verdict.description}; prodguard cannot tell whether a database port is among them.`, `${r.address}:${String(item)}:unresolved-ports`, 'warn')
        } else {
          this.report(FIREWALL, v.attribute, `${r.address} opens ${portText}${names} to ${verdict.description}: databases behind it are reachable from anywhere.`, `${r.address}:${portText}:${String(item)}`)
        }
      }
    }
  }

  // -- helm_release ---------------------------------------------------------------------------------------------

  /** `helm_release` of a database chart with `set` values that turn auth off or expose it (Bitnami layout). */
  private helmRelease(r: HclResource): void {
    const chart = valueAt(r.block, 'chart', this.scope)
    if (!chart.present || !chart.known) return
    const chartName = String(chart.value).split('/').pop()!.replace(/-\d[\w.-]*\.tgz$/, '').toLowerCase()
    const engine = this.catalog.engineByName(this.kubernetes.chartNames[chartName] ?? chartName)
    if (engine === undefined) return
    const values = new Map<string, { value: string; at: Position }>()
    const setBlocks = r.block.blocks.filter((b) => b.type === 'set')
    for (const set of setBlocks) {
      const name = valueAt(set, 'name', this.scope)
      const value = valueAt(set, 'value', this.scope)
      if (name.present && name.known && value.present && value.known) values.set(String(name.value), { value: String(value.value), at: name.attribute })
    }
    const setList = valueAt(r.block, 'set', this.scope)
    if (setList.present && setList.known && Array.isArray(setList.value)) {
      for (const item of setList.value) {
        if (item === null || typeof item !== 'object' || item instanceof Unresolved) continue
        const entry = item as Record<string, unknown>
        if (typeof entry['name'] === 'string' && entry['value'] !== undefined) values.set(entry['name'], { value: String(entry['value']), at: setList.attribute })
      }
    }
    const disabled = Object.entries(this.kubernetes.helmAuthDisabled).find(([key, off]) => values.get(key)?.value.toLowerCase() === String(off))
    const exposedKey =
      this.kubernetes.helmServiceTypeKeys.find((key) => /^(LoadBalancer|NodePort)$/.test(values.get(key)?.value ?? '')) ??
      this.kubernetes.helmExternalAccessKeys.find((key) => values.get(key)?.value.toLowerCase() === 'true')
    if (exposedKey !== undefined) {
      const at = values.get(exposedKey)!.at
      this.report(
        'public-exposure/kubernetes-service-exposes-database',
        at,
        `${r.address} installs the ${engine.name} chart with \`${exposedKey} = ${values.get(exposedKey)!.value}\`, outside the cluster${disabled ? ` and with authentication turned off (\`${disabled[0]}\`)` : ''}.`,
        `${r.address}:${exposedKey}:${disabled ? 'no-auth' : 'auth'}`,
        disabled ? undefined : 'warn'
      )
    } else if (disabled !== undefined) {
      this.report('public-exposure/database-auth-disabled', values.get(disabled[0])!.at, `${r.address} installs the ${engine.name} chart with authentication turned off (\`${disabled[0]} = ${String(disabled[1])}\`).`, `${r.address}:${disabled[0]}`)
    }
  }

  // -- modules --------------------------------------------------------------------------------------------------

  private module(block: HclBlock): void {
    const name = block.labels[0]!
    const source = valueAt(block, 'source', this.scope)
    const sourceText = source.present && source.known ? String(source.value) : 'a module'
    const address = `module.${name}`
    for (const input of this.cloud.moduleInputs) {
      const v = valueAt(block, input.input, this.scope)
      if (v.present && v.known && (v.value === true || v.value === 'true')) {
        this.report(PUBLIC, v.attribute, `${address} (${sourceText}) is given \`${input.input} = true\`: the database it creates gets a ${input.means}.`, `${address}:${input.input}`, input.severity)
      }
    }
    // terraform-google-modules/sql-db: `ip_configuration = { ipv4_enabled, authorized_networks = [{ value = ... }] }`
    const ipConfig = valueAt(block, 'ip_configuration', this.scope)
    if (ipConfig.present && ipConfig.known && ipConfig.value !== null && typeof ipConfig.value === 'object') {
      const cfg = ipConfig.value as Record<string, unknown>
      const networks = Array.isArray(cfg['authorized_networks']) ? cfg['authorized_networks'] : []
      if (cfg['ipv4_enabled'] !== false) {
        for (const n of networks) {
          const value = n !== null && typeof n === 'object' ? (n as Record<string, unknown>)['value'] : undefined
          const verdict = typeof value === 'string' ? classifyCidr(value) : undefined
          if (verdict?.openToInternet) this.report(PUBLIC, ipConfig.attribute, `${address} (${sourceText}) authorizes ${verdict.description} on a public IP.`, `${address}:${value}`)
        }
      }
    }
    // terraform-aws-modules/security-group: named rules and rules with CIDRs.
    const cidrs = [valueAt(block, 'ingress_cidr_blocks', this.scope), valueAt(block, 'ingress_ipv6_cidr_blocks', this.scope)]
    const openCidr = cidrs.flatMap((v) => (v.present && v.known && Array.isArray(v.value) ? v.value : [])).find((c) => typeof c === 'string' && classifyCidr(c)?.openToInternet)
    const named = valueAt(block, 'ingress_rules', this.scope)
    if (openCidr !== undefined && named.present && named.known && Array.isArray(named.value)) {
      for (const rule of named.value) {
        const range = typeof rule === 'string' ? this.cloud.securityGroupModuleRules[rule] : undefined
        if (range !== undefined && this.catalog.portsIn(range[0], range[1]).length > 0) {
          this.report(FIREWALL, named.attribute, `${address} (${sourceText}) opens \`${String(rule)}\` to \`${String(openCidr)}\`: the database port is reachable from anywhere.`, `${address}:${String(rule)}:${String(openCidr)}`)
        }
      }
    }
    const withCidr = valueAt(block, 'ingress_with_cidr_blocks', this.scope)
    if (withCidr.present && withCidr.known && Array.isArray(withCidr.value)) {
      for (const entry of withCidr.value) {
        if (entry === null || typeof entry !== 'object' || entry instanceof Unresolved) continue
        const e = entry as Record<string, unknown>
        const blocks = String(e['cidr_blocks'] ?? openCidr ?? '').split(',').map((c) => c.trim())
        const open = blocks.find((c) => classifyCidr(c)?.openToInternet)
        if (open === undefined) continue
        const range: [number, number] | undefined =
          typeof e['rule'] === 'string' ? this.cloud.securityGroupModuleRules[e['rule']] : e['from_port'] !== undefined ? [Number(e['from_port']), Number(e['to_port'] ?? e['from_port'])] : undefined
        if (range !== undefined && this.catalog.portsIn(range[0], range[1]).length > 0) {
          this.report(FIREWALL, withCidr.attribute, `${address} (${sourceText}) opens ports ${range[0]}-${range[1]} to \`${open}\`: a database port is reachable from anywhere.`, `${address}:${range[0]}-${range[1]}:${open}`)
        }
      }
    }
  }

  // -- docker_container -----------------------------------------------------------------------------------------

  dockerContainer(r: HclResource) {
    const b = r.block
    const image = valueAt(b, 'image', this.scope)
    let imageName: string | undefined
    if (image.present && image.known) imageName = String(image.value)
    else if (image.present) {
      // `docker_image.mongo.image_id`: the image's name is on the docker_image resource in the same file.
      const ref = /docker_image\.([A-Za-z0-9_-]+)\./.exec(image.attribute.expression.text)
      const source = ref ? resources(this.hcl).find((x) => x.type === 'docker_image' && x.name === ref[1]) : undefined
      const name = source ? valueAt(source.block, 'name', this.scope) : undefined
      if (name?.present && name.known) imageName = String(name.value)
    }
    const ports: PublishedPort[] = []
    for (const p of b.blocks.filter((x) => x.type === 'ports')) {
      const internal = valueAt(p, 'internal', this.scope)
      const ip = valueAt(p, 'ip', this.scope)
      const hostIp = ip.present ? (ip.known ? String(ip.value) : undefined) : undefined
      const container: [number, number] | undefined = internal.present && internal.known ? [Number(internal.value), Number(internal.value)] : undefined
      ports.push({
        line: p.line,
        column: p.column,
        evidence: evidenceLine(this.text, p.line),
        spec: { hostIp, ...(ip.present && !ip.known ? { hostIpVariable: ip.attribute.expression.text } : {}), containerPorts: container, protocol: 'tcp' }
      })
    }
    const env = new Map<string, string | undefined>()
    const envValue = valueAt(b, 'env', this.scope)
    if (envValue.present && envValue.known && Array.isArray(envValue.value)) {
      for (const item of envValue.value) {
        if (typeof item !== 'string') continue
        const eq = item.indexOf('=')
        env.set(eq === -1 ? item : item.slice(0, eq), eq === -1 ? undefined : item.slice(eq + 1))
      }
    } else if (envValue.present) {
      // Computed env (a secret lookup, a for expression): assume credentials may be set.
      env.set('(computed)', undefined)
    }
    const command = valueAt(b, 'command', this.scope)
    const args = command.present && command.known && Array.isArray(command.value) ? command.value.filter((v): v is string => typeof v === 'string') : []
    const network = valueAt(b, 'network_mode', this.scope)
    const publishAll = valueAt(b, 'publish_all_ports', this.scope)
    return {
      name: r.address,
      kind: 'Terraform resource',
      image: imageName,
      line: b.line,
      column: b.column,
      evidence: evidenceLine(this.text, b.line),
      ports,
      settings: { env, args, ...(envValue.present && !envValue.known ? { envFromFile: `\`${envValue.attribute.expression.text}\`` } : {}) },
      ...(network.present && network.known && network.value === 'host'
        ? { hostNetwork: { line: network.attribute.line, column: network.attribute.column, evidence: evidenceLine(this.text, network.attribute.line), how: '`network_mode = "host"`' } }
        : {}),
      ...(publishAll.present && publishAll.known && publishAll.value === true
        ? { publishAll: { line: publishAll.attribute.line, column: publishAll.attribute.column, evidence: evidenceLine(this.text, publishAll.attribute.line) } }
        : {})
    }
  }

  /** The `version` constraint of a provider in `required_providers` of this file, if any. */
  private providerVersion(name: string): string | undefined {
    for (const tf of this.hcl.blocks.filter((b) => b.type === 'terraform')) {
      for (const rp of tf.blocks.filter((b) => b.type === 'required_providers')) {
        const attr = rp.attributes.get(name)
        if (attr === undefined) continue
        const v = evaluate(attr.expression, this.scope)
        if (v.known && v.value !== null && typeof v.value === 'object' && typeof (v.value as Record<string, unknown>)['version'] === 'string') {
          return (v.value as Record<string, string>)['version']
        }
      }
    }
    return undefined
  }
}

/** Whether a Terraform version constraint (`~> 5.0`, `>= 4.0, < 6.0`, `6.2.0`) admits a version below `bound`. */
function allowsBefore(constraint: string, bound: string): boolean {
  const boundMajor = Number(bound.split('.')[0])
  let lowest: number | undefined
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|>|=|<=|<|!=)?\s*v?(\d+)/.exec(part)
    if (!m) continue
    const op = m[1] ?? '='
    const major = Number(m[2])
    if (op === '~>' || op === '>=' || op === '=' || op === '>') lowest = Math.max(lowest ?? 0, major)
  }
  return lowest === undefined || lowest < boundMajor
}

function opensToEveryone(policy: string): boolean {
  return /"Principal"\s*:\s*("\*"|\{\s*"AWS"\s*:\s*"\*"\s*\})/.test(policy) && !/"Condition"/.test(policy)
}

function parseRange(text: string): [number, number] | undefined {
  const t = text.trim()
  if (t === '*' || t === '') return [0, 65535]
  const m = /^(\d+)(?:-(\d+))?$/.exec(t)
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined
}

export function evidenceLine(text: string, line: number): string {
  const lines = text.split('\n', line)
  const raw = (lines[line - 1] ?? '').trim()
  return raw.length > 160 ? `${raw.slice(0, 157)}...` : raw
}

