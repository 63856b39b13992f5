/**
 * Terraform as `terraform apply` runs it: a root module's variables come from their defaults, then
 * `terraform.tfvars`, then `*.auto.tfvars` in name order, then the `-var-file` of the environment (`production.tfvars`
 * beside them: one deploy per such file); a local module (`source = "./modules/db"`) gets the arguments of its call,
 * evaluated with the caller's values. Each deploy of a module folder is a context: the inputs it is given, each with
 * where it was written, outermost last (the module call's argument, then the tfvars line that set it).
 */
import { evaluate, parseHcl, scopeOf, Unresolved, type HclAttribute, type HclBlock, type HclFile, type Scope } from '../analyzers/infra/hcl/model.js'
import type { ProjectModel } from './model.js'

/** Where an input was written: a `.tfvars` line or a module call's argument. */
export interface Origin {
  file: string
  line: number
  column: number
  /** `name = value` as written. */
  what: string
}

export interface TerraformInput {
  /** The value, or `Unresolved` when the caller computes it. */
  value: unknown
  /** Where it came from, innermost first (the module call's argument, then the tfvars line it passed on). */
  origins: Origin[]
}

/** One deploy of one module folder. */
export interface TerraformContext {
  folder: string
  inputs: Map<string, TerraformInput>
  /** For messages: `module "reporting_db" (envs/production/main.tf:5) with envs/production/terraform.tfvars`. */
  label: string
  /** Stable across versions (no lines, no values): part of the finding's identity. */
  key: string
}

/** What one module folder declares, across its `.tf` files. */
export interface ModuleSummary {
  folder: string
  files: string[]
  variables: Map<string, HclBlock>
  /** The file each variable is declared in. */
  variableFiles: Map<string, string>
  locals: Map<string, HclAttribute>
  calls: Array<{ name: string; file: string; block: HclBlock; callee: string }>
}

const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])
const MAX_DEPTH = 4

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1)
}

function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.length === 0 ? '' : `${out.join('/')}/`
}

/** Kept of a parsed file: what cross-file questions need (variables, locals, module calls, a tfvars file's attributes). */
const summarizeHcl = (path: string) => async (text: string): Promise<HclFile | undefined> => {
  const hcl = await parseHcl(text)
  if (hcl.errors.length > 0) return undefined
  const blocks = hcl.blocks.filter((b) => b.type === 'variable' || b.type === 'locals' || b.type === 'module')
  return { blocks, attributes: path.endsWith('.tfvars') ? hcl.attributes : new Map(), errors: [] }
}

function parsed(model: ProjectModel, path: string): Promise<HclFile | undefined> {
  return model.summary('hcl-summary', path, summarizeHcl(path))
}

export function moduleSummary(model: ProjectModel, folder: string): Promise<ModuleSummary> {
  return model.computed(`terraform-module:${folder}`, () => summarize(model, folder))
}

async function summarize(model: ProjectModel, folder: string): Promise<ModuleSummary> {
  const files = model.inFolder(folder).filter((p) => p.endsWith('.tf'))
  const out: ModuleSummary = { folder, files, variables: new Map(), variableFiles: new Map(), locals: new Map(), calls: [] }
  for (const file of files) {
    const hcl = await parsed(model, file)
    if (hcl === undefined) continue
    for (const block of hcl.blocks) {
      if (block.type === 'variable' && block.labels[0] !== undefined) {
        out.variables.set(block.labels[0], block)
        out.variableFiles.set(block.labels[0], file)
      }
      if (block.type === 'locals') for (const [name, attribute] of block.attributes) out.locals.set(name, attribute)
      if (block.type === 'module' && block.labels[0] !== undefined) {
        const source = block.attributes.get('source')?.expression.expr
        if (source?.t === 'literal' && typeof source.value === 'string' && /^\.{1,2}\//.test(source.value)) {
          out.calls.push({ name: block.labels[0], file, block, callee: normalize(`${folder}${source.value}`) })
        } else if (source?.t === 'template' && source.parts.length === 1 && typeof source.parts[0] === 'string' && /^\.{1,2}\//.test(source.parts[0])) {
          out.calls.push({ name: block.labels[0], file, block, callee: normalize(`${folder}${source.parts[0]}`) })
        }
      }
    }
  }
  return out
}

/** The variable files of a root module, one list per deploy: auto-loaded files, then each environment's file. */
function variants(model: ProjectModel, folder: string): string[][] {
  const names = model.inFolder(folder).filter((p) => p.endsWith('.tfvars'))
  const auto = [...names.filter((p) => p.endsWith('/terraform.tfvars') || p === 'terraform.tfvars'), ...names.filter((p) => p.endsWith('.auto.tfvars')).sort()]
  const chosen = names.filter((p) => !auto.includes(p))
  return chosen.length === 0 ? [auto] : chosen.map((file) => [...auto, file])
}

/** Every deploy context of the tree, computed once per model: root modules and the local modules they call. */
export function terraformContexts(model: ProjectModel): Promise<TerraformContext[]> {
  return model.computed('terraform-contexts', () => allContexts(model))
}

async function allContexts(model: ProjectModel): Promise<TerraformContext[]> {
  const terraform = model.tree.paths().filter((p) => p.endsWith('.tf') || p.endsWith('.tfvars'))
  // module calls can come from any folder: every Terraform file is summarized, read in one go where the tree can
  await model.summaries('hcl-summary', terraform, (text, path) => summarizeHcl(path)(text))
  const folders = [...new Set(terraform.map(dirOf))]
  const summaries = new Map<string, ModuleSummary>()
  for (const folder of folders) summaries.set(folder, await moduleSummary(model, folder))
  const callees = new Set([...summaries.values()].flatMap((s) => s.calls.map((c) => c.callee)))
  const out: TerraformContext[] = []
  for (const folder of folders) {
    if (callees.has(folder)) continue
    for (const files of variants(model, folder)) {
      const inputs = new Map<string, TerraformInput>()
      for (const file of files) {
        const hcl = await parsed(model, file)
        for (const [name, attribute] of hcl?.attributes ?? []) {
          const r = evaluate(attribute.expression, { variables: new Map(), locals: new Map() })
          inputs.set(name, { value: r.known ? r.value : new Unresolved(r.reason), origins: [{ file, line: attribute.line, column: attribute.column, what: `${name} = ${oneLine(attribute.expression.text)}` }] })
        }
      }
      const varFiles = files.length === 0 ? 'the variables\' defaults' : files.join(' then ')
      const root: TerraformContext = { folder, inputs, label: `the root module ${folder || './'} with ${varFiles}`, key: `${folder}|${files.join(',')}` }
      if (inputs.size > 0) out.push(root)
      await descend(model, summaries, root, 0, out)
    }
  }
  return out
}

async function descend(model: ProjectModel, summaries: Map<string, ModuleSummary>, caller: TerraformContext, depth: number, out: TerraformContext[]): Promise<void> {
  if (depth >= MAX_DEPTH) return
  const summary = summaries.get(caller.folder) ?? (await moduleSummary(model, caller.folder))
  const scope: Scope = { variables: summary.variables, locals: summary.locals, inputs: new Map([...caller.inputs].map(([k, v]) => [k, v.value])) }
  for (const call of summary.calls) {
    if (call.callee === caller.folder) continue
    const inputs = new Map<string, TerraformInput>()
    for (const [name, attribute] of call.block.attributes) {
      if (META_ARGUMENTS.has(name)) continue
      const r = evaluate(attribute.expression, scope)
      const origins: Origin[] = [{ file: call.file, line: attribute.line, column: attribute.column, what: `${name} = ${oneLine(attribute.expression.text)}` }]
      for (const used of referencedVariables(attribute.expression.text, summary)) origins.push(...(caller.inputs.get(used)?.origins ?? []))
      inputs.set(name, { value: r.known ? r.value : new Unresolved(r.reason), origins })
    }
    const at = `${call.file}:${call.block.line}`
    const context: TerraformContext = { folder: call.callee, inputs, label: `module "${call.name}" (${at}) of ${caller.label}`, key: `${caller.key}>${call.name}` }
    out.push(context)
    await descend(model, summaries, context, depth + 1, out)
  }
}

/** The variables an expression reads, directly or through the module's locals. */
export function referencedVariables(text: string, module: { locals: Map<string, HclAttribute> }, depth = 0): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/\bvar\.([A-Za-z_][\w-]*)/g)) out.add(m[1]!)
  if (depth < 4) {
    for (const m of text.matchAll(/\blocal\.([A-Za-z_][\w-]*)/g)) {
      const local = module.locals.get(m[1]!)
      if (local !== undefined) for (const v of referencedVariables(local.expression.text, module, depth + 1)) out.add(v)
    }
  }
  return out
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 57)}...` : line
}

/**
 * The scope of one file as `terraform apply` sees it: every variable and local of its module folder (variables.tf,
 * locals.tf), the file's own declarations winning. Without a model, the file's own.
 */
export async function moduleScope(model: ProjectModel | undefined, path: string, hcl: HclFile): Promise<Scope> {
  const own = scopeOf(hcl)
  if (model === undefined) return own
  const folder = await moduleSummary(model, dirOf(path))
  return { variables: new Map([...folder.variables, ...own.variables]), locals: new Map([...folder.locals, ...own.locals]) }
}

/** The variables a file declares with a `default`, each with where the default is written. */
export function defaultsOf(path: string, hcl: HclFile): Map<string, Origin> {
  const out = new Map<string, Origin>()
  for (const block of hcl.blocks) {
    const name = block.labels[0]
    const fallback = block.attributes.get('default')
    if (block.type !== 'variable' || name === undefined || fallback === undefined) continue
    out.set(name, { file: path, line: fallback.line, column: fallback.column, what: `variable "${name}" default = ${oneLine(fallback.expression.text)}` })
  }
  return out
}

/**
 * Whether a module's own default for one of `names` is what some deploy of the folder runs with: no deploy of it is
 * known (a root module without tfvars), or one of them leaves a name unset. When every deploy sets them all, the
 * deploys decide (their findings are the tfvars line or the module call's argument), not the default.
 */
export async function defaultReachesDeploy(model: ProjectModel | undefined, folder: string, names: readonly string[]): Promise<boolean> {
  if (model === undefined || names.length === 0) return true
  const deploys = (await terraformContexts(model)).filter((c) => c.folder === folder)
  return deploys.length === 0 || deploys.some((c) => names.some((n) => !c.inputs.has(n)))
}

/**
 * The variables an expression of `path` reads whose declaration is in another file of the module, with where their
 * default is written (the other half of a finding on that line).
 */
export async function defaultsFromElsewhere(model: ProjectModel | undefined, path: string, hcl: HclFile, text: string): Promise<{ names: string[]; origins: Origin[] }> {
  if (model === undefined) return { names: [], origins: [] }
  const own = scopeOf(hcl)
  const module = await moduleSummary(model, dirOf(path))
  const names = [...referencedVariables(text, { locals: new Map([...module.locals, ...own.locals]) })].filter((v) => !own.variables.has(v) && module.variables.has(v))
  const origins: Origin[] = []
  for (const name of names) {
    const fallback = module.variables.get(name)!.attributes.get('default')
    if (fallback !== undefined) origins.push({ file: module.variableFiles.get(name)!, line: fallback.line, column: fallback.column, what: `variable "${name}" default = ${oneLine(fallback.expression.text)}` })
  }
  return { names, origins }
}

/** What a judge says about one line of a module file: enough to move it to the default that decides it. */
export interface JudgedLine {
  line: number
  column?: number
  /** The line as written (it names the variables it reads). */
  evidence: string
  message: string
  identity: string
}

/**
 * A change to a variable's `default` alone (variables.tf edited, the resource reading `var.x` in main.tf untouched):
 * the module's other files judged with this file's defaults, each finding that reads one of them moved to the default
 * line, naming the resource line as the other half. Files the change also touches report themselves; a default that
 * every deploy of the module overrides decides nothing. The pipeline drops what the base version already had.
 */
export async function findingsOfDefaults<T extends JudgedLine>(
  model: ProjectModel | undefined,
  changed: ReadonlySet<string> | undefined,
  file: { path: string; text: string },
  hcl: HclFile,
  judge: (target: string, text: string, hcl: HclFile, scope: Scope) => T[] | Promise<T[]>
): Promise<T[]> {
  const declared = defaultsOf(file.path, hcl)
  if (model === undefined || declared.size === 0) return []
  const module = await moduleSummary(model, dirOf(file.path))
  const out: T[] = []
  for (const target of module.files) {
    if (target === file.path || changed?.has(target)) continue
    const text = await model.tree.text(target)
    if (text === undefined) continue
    const other = await model.computed(`terraform-hcl:${target}`, () => parseHcl(text))
    if (other.errors.length > 0 || other.tooLarge !== undefined) continue
    const ownVariables = scopeOf(other).variables
    for (const d of await judge(target, text, other, await moduleScope(model, target, other))) {
      const names = [...referencedVariables(d.evidence, module)].filter((v) => declared.has(v) && module.variableFiles.get(v) === file.path && !ownVariables.has(v))
      if (names.length === 0 || !(await defaultReachesDeploy(model, module.folder, names))) continue
      const at = declared.get(names[0]!)!
      out.push({
        ...d,
        line: at.line,
        column: at.column,
        evidence: lineAt(file.text, at.line),
        message: `${d.message.replace(/\.$/, '')}, through the default of ${names.map((n) => `\`var.${n}\``).join(', ')}; the other half: \`${d.evidence.trim()}\` at ${target}:${d.line}.`,
        identity: `default:${target}:${d.identity}`
      })
    }
  }
  return out
}

function lineAt(text: string, line: number): string {
  const raw = (text.split('\n', line)[line - 1] ?? '').trim()
  return raw.length > 160 ? `${raw.slice(0, 157)}...` : raw
}
