/**
 * Ansible playbooks and roles (any YAML with such a task): `docker_container` / `community.docker.docker_container` (and podman) tasks that
 * publish a database or put it on the host network. NewsBlur's MongoDB ran from such a task with `"27017:27017"`.
 * Also `docker_compose_v2` tasks with an inline `definition`.
 */
import { isMap, isSeq, type Node } from 'yaml'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { commandArgs, composeServices, environmentOf } from './compose.js'
import { containerDetections, type ContainerSpec, type PublishedPort } from './container-exposure.js'
import { exposureContext, wholeWhenMine } from './context.js'
import { changedVariables, isVariablesFile, resolveJinja, roleOf, roleTasks, roleTemplate, roleVariableSets, rolesReading, tasksOfRole, type AnsibleValue, type VariableSet } from '../../project/ansible.js'
import { parsePortSpec } from './published-ports.js'
import { child, entriesOf, itemsOf, lineText, pairOf, parseYamlFile, positionOf, scalarText, yamlProblem, MAX_YAML_CHARS, type YamlFile } from '../yaml-source.js'

// Playbooks have no fixed name (`deploy.yml`, `db.yaml`): any YAML that is not a compose file, gated by content.
const YAML_FILE = /\.ya?ml$/i
const COMPOSE_FILE = /(^|\/)(docker-compose[^/]*|compose[^/]*)\.ya?ml$/i
const CONTAINER_MODULE = /^((community\.docker\.)?docker_container|(containers\.podman\.)?podman_container)$/
const COMPOSE_MODULE = /^(community\.docker\.)?docker_compose(_v2)?$/

export const ansibleAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(ansibleAnalyzer.analyze, (start) => /(docker|podman)_(container|compose)/.test(start), MAX_YAML_CHARS)(path, chunks, ctx),
  name: 'ansible',
  // a task's other half is the template its role installs, which may be the file the change touches
  readsChange: true,
  claims: (path) => (YAML_FILE.test(path) && !COMPOSE_FILE.test(path)) || (ROLE_TEMPLATE.test(path) && roleOf(path) !== undefined),
  async analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
    if (ROLE_TEMPLATE.test(file.path)) return templateHalf(file, ctx)
    const tasks = await analyzeTasks(file, ctx)
    return isVariablesFile(file.path) ? [...tasks, ...(await variablesHalf(file, ctx))] : tasks
  }
}

const ROLE_TEMPLATE = /\/templates\/[^/]+\.j2$/i

async function analyzeTasks(file: SourceText, ctx: AnalyzerContext, template?: SourceText): Promise<Detection[]> {
  return (await judgedTasks(file, ctx, template)).map((j) => j.detection)
}

/** A detection of a task, with the variables its container was built from (the other halves). */
interface Judged {
  detection: Detection
  used: AnsibleValue[]
}

/**
 * The container tasks of a file, judged once per deploy of its role (the variables each gives `{{ }}`); a finding the
 * deploys share is one finding, naming the values it read. Outside a role, `{{ x | default(y) }}` is `y`.
 */
async function judgedTasks(file: SourceText, ctx: AnalyzerContext, template?: SourceText): Promise<Judged[]> {
  if (!/^[ \t]*(?:-[ \t]*)?(?:[a-z]+\.[a-z]+\.)?(?:docker|podman)_(?:container|compose(?:_v2)?)\s*:/m.test(file.text)) return []
  const yaml = parseYamlFile(file.text)
  const problem = yamlProblem(file.path, yaml)
  if (problem !== undefined) return file.text.includes('{{') && !problem.ruleId.endsWith('too-large') ? [] : [{ detection: problem, used: [] }]
  const exposure = exposureContext(file.path, ctx)
  const role = roleOf(file.path)
  const sets: Array<VariableSet | undefined> = role !== undefined && ctx.project !== undefined ? await roleVariableSets(ctx.project, role) : [undefined]
  const out = new Map<string, Judged>()
  for (const set of sets) {
    const specs: Array<{ spec: ContainerSpec; used: AnsibleValue[] }> = []
    for (const doc of yaml.documents) {
      visit(doc.contents as Node, 0, (task, module, args) => {
        if (CONTAINER_MODULE.test(module)) {
          const used: AnsibleValue[] = []
          const spec = containerTask(task, module, args, yaml, file.text, resolverOf(set, used))
          if (spec) specs.push({ spec, used })
        } else if (COMPOSE_MODULE.test(module)) {
          const definition = child(args, 'definition')
          if (isMap(definition)) {
            for (const spec of composeServices(doc, yaml, file.text, definition)) {
              for (const d of containerDetections({ ...spec, kind: 'Ansible docker_compose service' }, exposure)) out.set(`${d.ruleId}|${d.identity}`, { detection: d, used: [] })
            }
          }
        }
      })
    }
    for (const { spec, used } of specs) {
      await withConfigTemplate(spec, file.path, ctx, template, set, used)
      for (const d of containerDetections(spec, exposure)) {
        const key = `${d.ruleId}|${d.identity}`
        if (out.has(key)) continue
        // the values on the finding's own line first: they are the half a deploy chose
        const named = [...new Set(used)].sort((a, b) => Number(d.evidence.includes(b.name)) - Number(d.evidence.includes(a.name)))
        const message = named.length === 0 ? d.message : `${d.message} (With ${named.slice(0, 3).map((v) => `\`${v.name}: ${String(v.value)}\` at ${v.file}:${v.line}`).join(', ')}.)`
        out.set(key, { detection: { ...d, message }, used: named })
      }
    }
  }
  return [...out.values()]
}

function resolved(value: unknown, resolve: Resolver): unknown {
  if (typeof value === 'string') return resolve.lenient(value)
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? resolve.lenient(v) : v)) : value
}

/** `{{ }}` with one deploy's values: in ports, image and mounts an unknown expression is a variable without a value; in env and args it stays as written. */
interface Resolver {
  strict(text: string): string
  lenient(text: string): string
}

function resolverOf(set: VariableSet | undefined, used: AnsibleValue[]): Resolver {
  const values = set?.values ?? new Map<string, AnsibleValue>()
  const run = (text: string, otherwise: (written: string) => string): string => {
    if (!text.includes('{{')) return text
    const r = resolveJinja(text, values, otherwise)
    used.push(...r.used)
    return r.text
  }
  return { strict: (text) => run(text, jinja), lenient: (text) => run(text, (written) => written) }
}

/** The configuration file the container loads (`--config /etc/mongod.conf`), and the host paths mounted there. */
function configDestinations(spec: ContainerSpec & { mounts?: string[] }): string[] {
  const args = spec.settings.args
  let config: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const eq = /^--?(?:config|f)=(.+)$/.exec(arg)
    if (eq !== null) config = eq[1]
    else if ((arg === '--config' || arg === '-f') && args[i + 1] !== undefined) config = args[i + 1]
    else if (/^\/\S+\.(?:conf|cnf|ya?ml)$/.test(arg)) config ??= arg
  }
  if (config === undefined) return []
  const out = [config]
  for (const mount of spec.mounts ?? []) {
    const [host, container] = mount.split(':')
    if (container === config && host !== undefined) out.push(host)
  }
  return out
}

/** The role's template for the container's configuration file, read into the container's settings. */
async function withConfigTemplate(spec: ContainerSpec & { mounts?: string[] }, taskPath: string, ctx: AnalyzerContext, given?: SourceText, set?: VariableSet, used: AnsibleValue[] = []): Promise<void> {
  if (ctx.project === undefined) return
  const destinations = configDestinations(spec)
  const path = await roleTemplate(ctx.project, taskPath, destinations)
  if (path === undefined) return
  const text = given?.path === path ? given.text : await ctx.project.tree.text(path)
  if (text === undefined) return
  // the template as the deploy renders it: `bindIp: {{ mongo_bind_ip }}` with the role's value
  spec.settings.configFile = { path: `${path}:${bindLine(text)}`, text: resolverOf(set, used).lenient(text) }
}

/** The line of the template that says where the server listens (the other half to point at), else 1. */
function bindLine(text: string): number {
  const index = text.split(/\r?\n/).findIndex((l) => /^\s*(?:bindIp|bindIpAll|bind_ip|bind_ip_all|bind)\s*[:=]/.test(l))
  return index === -1 ? 1 : index + 1
}

/**
 * A role's template changed alone: the role's container tasks judged with the new template. Reported at the
 * template only in a diff where no task of the role changed (otherwise the task carries the finding).
 */
async function templateHalf(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
  if (ctx.mode !== 'diff' || ctx.project === undefined) return []
  const tasks = await roleTasks(ctx.project, file.path)
  if (tasks.some((t) => ctx.change?.changed.has(t))) return []
  const out: Detection[] = []
  const line = bindLine(file.text)
  for (const task of tasks) {
    const text = await ctx.project.tree.text(task)
    if (text === undefined) continue
    for (const d of await analyzeTasks({ path: task, text }, ctx, file)) {
      if (!d.message.includes(file.path)) continue
      out.push({ ...d, line, column: 1, evidence: lineText(file.text, line), message: `${d.message} The task is ${task}:${d.line}.`, identity: `template:${task}:${d.identity}` })
    }
  }
  return out
}

/**
 * A variables file changed alone (`mongo_bind_ip: 0.0.0.0` in the role's defaults, a group's `group_vars`): the
 * container tasks of the roles it reaches judged with the new values, reported at the value's line, naming the task.
 * Only in a diff where none of those roles' tasks or templates changed (otherwise they carry the finding).
 */
async function variablesHalf(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
  const model = ctx.project
  if (ctx.mode !== 'diff' || model === undefined) return []
  const out: Detection[] = []
  const changed = await changedVariables(model, file.path)
  for (const role of rolesReading(model, file.path)) {
    const touched = model.tree.paths().some((p) => p.startsWith(role) && !isVariablesFile(p) && ctx.change?.changed.has(p))
    if (touched) continue
    for (const task of await tasksOfRole(model, role)) {
      const text = await model.tree.text(task)
      if (text === undefined) continue
      for (const { detection: d, used } of await judgedTasks({ path: task, text }, ctx)) {
        // the value the change set (`mongo_authorization: disabled`), else the one on the finding's line
        const here = used.filter((v) => v.file === file.path)
        const value = here.find((v) => changed.has(v.name)) ?? here[0]
        if (value === undefined) continue
        out.push({ ...d, line: value.line, column: 1, evidence: lineText(file.text, value.line), message: `${d.message} The task is ${task}:${d.line}.`, identity: `vars:${task}:${d.identity}` })
      }
    }
  }
  return out
}

/** Walks tasks, blocks and plays; calls back for every task that uses a container module. */
function visit(node: Node | null | undefined, depth: number, found: (task: Node, module: string, args: Node) => void): void {
  if (depth > 12 || node === null || node === undefined) return
  if (isSeq(node)) {
    for (const item of node.items as Node[]) visit(item, depth + 1, found)
    return
  }
  if (!isMap(node)) return
  for (const { key, value } of entriesOf(node)) {
    if ((CONTAINER_MODULE.test(key) || COMPOSE_MODULE.test(key)) && isMap(value)) found(node, key, value as Node)
    else if (isSeq(value) || isMap(value)) visit(value as Node, depth + 1, found)
  }
}

/** Jinja: `{{ x | default('0.0.0.0') }}` becomes its default; any other expression is a variable without one. */
function jinja(text: string): string {
  return text.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const fallback = /\|\s*default\(\s*['"]([^'"]*)['"]/.exec(expr)
    return fallback ? fallback[1]! : '${ANSIBLE_VARIABLE}'
  })
}

function containerTask(task: Node, module: string, args: Node, yaml: YamlFile, text: string, resolve: Resolver): ContainerSpec | undefined {
  const state = scalarText(child(args, 'state'))
  if (state === 'absent' || state === 'stopped') return undefined
  const taskName = scalarText(child(task, 'name'))
  const containerName = scalarText(child(args, 'name'))
  const at = positionOf(yaml, pairOf(task, module))
  const ports: PublishedPort[] = []
  let publishAll: ContainerSpec['publishAll']
  for (const key of ['ports', 'published_ports', 'publish']) {
    const list = child(args, key)
    const items = isSeq(list) ? itemsOf(list) : list !== undefined ? [list] : []
    for (const item of items) {
      const raw = scalarText(item)
      if (raw === undefined) continue
      const pos = positionOf(yaml, item)
      if (raw === 'all') {
        publishAll = { ...pos, evidence: lineText(text, pos.line) }
        continue
      }
      const spec = parsePortSpec(resolve.strict(raw))
      if (spec) ports.push({ spec, ...pos, evidence: lineText(text, pos.line) })
    }
  }
  const publishAllPair = pairOf(args, 'publish_all_ports')
  if (publishAllPair && /^(true|yes)$/i.test(scalarText(publishAllPair.value) ?? '')) {
    const pos = positionOf(yaml, publishAllPair)
    publishAll = { ...pos, evidence: lineText(text, pos.line) }
  }
  const envNode = child(args, 'env')
  const envFile = scalarText(child(args, 'env_file'))
  const command = child(args, 'command')
  const entrypoint = child(args, 'entrypoint')
  const toJs = (n: Node | undefined): unknown => (n === undefined ? undefined : isMap(n) || isSeq(n) ? n.toJSON() : scalarText(n))
  const spec: ContainerSpec = {
    name: containerName ?? taskName ?? module,
    kind: 'Ansible task',
    image: (() => {
      const image = scalarText(child(args, 'image'))
      return image === undefined ? undefined : resolve.strict(image)
    })(),
    line: at.line,
    column: at.column,
    evidence: taskName !== undefined ? `- name: ${taskName}` : lineText(text, at.line),
    ports,
    ...(publishAll ? { publishAll } : {}),
    settings: {
      env: new Map([...environmentOf(toJs(envNode))].map(([k, v]) => [k, v === undefined ? v : resolve.lenient(v)])),
      // resolved before the command is split into words (`--bind_ip {{ bind }}`)
      args: [...commandArgs(resolved(toJs(entrypoint), resolve)), ...commandArgs(resolved(toJs(command), resolve))],
      ...(envFile !== undefined ? { envFromFile: `env_file \`${envFile}\`` } : {})
    }
  }
  const networkPair = pairOf(args, 'network_mode')
  if (networkPair && scalarText(networkPair.value) === 'host') {
    const pos = positionOf(yaml, networkPair)
    spec.hostNetwork = { ...pos, evidence: lineText(text, pos.line), how: '`network_mode: host`' }
  }
  // host paths mounted into the container: a template installed on the host may be the config file it loads
  const volumes = toJs(child(args, 'volumes'))
  const mounts = Array.isArray(volumes) ? volumes.filter((v): v is string => typeof v === 'string').map((v) => resolve.strict(v)) : []
  return Object.assign(spec, { mounts })
}
