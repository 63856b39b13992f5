/**
 * Terraform (`*.tf`) resources that hold data, and what protects them. In a diff, `compare` reads both versions of a
 * file: a protection turned off, `prevent_destroy` removed, a data-bearing block removed or renamed without a
 * `moved`/`removed` block (block); a new data-bearing resource without protection (warn). In `check`, the protection
 * gaps of every data-bearing resource are warnings.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { wholeWhenMine } from '../exposure/context.js'
import type { Severity } from '../../findings/finding.js'
import { DataResourceCatalog, protectionOn, type DataResourceType } from './data-resources.js'
import { MAX_HCL_CHARS, parseHcl, resources, scopeOf, Unresolved, valueAt, type HclBlock, type HclFile, type Position, type Scope } from './hcl/model.js'
import { defaultReachesDeploy, defaultsFromElsewhere, findingsOfDefaults, moduleScope, moduleSummary, referencedVariables, terraformContexts, type Origin } from '../../project/terraform.js'

export const terraformProtectionAnalyzer: Analyzer = {
  name: 'terraform-protection',
  // a resource that leaves one file of a module may arrive in another file of the same change
  readsChange: true,
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(terraformProtectionAnalyzer.analyze, undefined, MAX_HCL_CHARS)(path, chunks, ctx),
  // a `.tfvars` file sets the inputs a module's protections read (`deletion_protection = var.protect`)
  claims: (path) => path.endsWith('.tf') || path.endsWith('.tfvars'),
  async analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
    const hcl = await parseHcl(file.text)
    if (hcl.tooLarge !== undefined) {
      return [{ ruleId: 'unanalyzable/too-large', line: 1, message: `${file.path} is too large to analyze: ${hcl.tooLarge}.`, evidence: '', identity: `too-large:${hcl.tooLarge}` }]
    }
    if (hcl.errors.length > 0) {
      const at = hcl.errors[0]!
      return [
        {
          ruleId: 'unanalyzable/parse-error',
          line: at.line,
          column: at.column,
          message: `Could not parse ${file.path}: HCL syntax error at line ${at.line}, column ${at.column}. prodguard cannot vouch for Terraform it cannot read.`,
          evidence: lineOf(file.text, at.line),
          identity: `hcl-syntax:${lineOf(file.text, at.line)}`
        }
      ]
    }
    // the module's resources with the values a deploy gives them (tfvars, module call arguments)
    const deploys = await deployGaps(file, ctx)
    const catalog = new DataResourceCatalog(ctx.knowledge)
    // In a diff, `compare` sees both versions and tells a new resource from a weakened one; a default changed here
    // (variables.tf) is judged on the module's resources that read it.
    if (ctx.mode === 'diff') {
      const defaults = await findingsOfDefaults(ctx.project, ctx.change?.changed, file, hcl, (_target, text, other, scope) => gapLines(new TerraformSide(other, text, catalog, scope)))
      return [...deploys, ...defaults]
    }
    // `var.x` declared in variables.tf resolves to its default, as `terraform apply` resolves it
    const side = new TerraformSide(hcl, file.text, catalog, await moduleScope(ctx.project, file.path, hcl))
    const out: Detection[] = []
    // As it stands, only what the file says on purpose (`skip_final_snapshot = true`, `deletion_protection = false`):
    // a protection merely left unset is reported when a change creates the resource.
    for (const resource of side.dataResources()) {
      const gaps = await ownGaps(side, resource, file.path, ctx)
      if (gaps.length > 0) out.push(unprotected(resource, gaps, side))
    }
    for (const removal of side.destroyingRemovedBlocks()) out.push(removal)
    return [...out, ...deploys]
  },
  async compare(before: SourceText | undefined, after: SourceText | undefined, ctx: AnalyzerContext): Promise<Detection[]> {
    const catalog = new DataResourceCatalog(ctx.knowledge)
    const base = before ? await parseHcl(before.text) : undefined
    const head = after ? await parseHcl(after.text) : undefined
    // A side that does not parse is reported by `analyze`; comparing against it would invent removals.
    if (base?.errors.length || head?.errors.length) return []
    const path = after?.path ?? before?.path ?? ''
    // variables declared in another file of the module (variables.tf) resolve to their defaults; what a deploy
    // gives them is judged by `deployGaps`
    const folder = ctx.project === undefined ? undefined : await moduleSummary(ctx.project, dirOf(path))
    const within = (hcl: HclFile): Scope | undefined => {
      if (folder === undefined) return undefined
      const own = scopeOf(hcl)
      return { variables: new Map([...folder.variables, ...own.variables]), locals: new Map([...folder.locals, ...own.locals]) }
    }
    const old = base && before ? new TerraformSide(base, before.text, catalog, within(base)) : undefined
    const now = head && after ? new TerraformSide(head, after.text, catalog, within(head)) : undefined
    return compareSides(old, now, path, await elsewhereInModule(path, ctx))
  }
}

/** What the other changed files of the same module (folder) now declare: a resource moved there is not removed. */
interface ModuleElsewhere {
  addresses: Set<string>
  moves: Map<string, string>
}

async function elsewhereInModule(path: string, ctx: AnalyzerContext): Promise<ModuleElsewhere> {
  const out: ModuleElsewhere = { addresses: new Set(), moves: new Map() }
  if (ctx.change === undefined) return out
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  for (const other of ctx.change.inFolder(folder)) {
    if (other === path || !other.endsWith('.tf')) continue
    const text = await ctx.change.newText(other)
    if (text === undefined) continue
    const hcl = await parseHcl(text)
    if (hcl.errors.length > 0) continue
    for (const resource of resources(hcl)) out.addresses.add(resource.address)
    for (const [from, to] of new TerraformSide(hcl, text, new DataResourceCatalog(ctx.knowledge)).moves()) out.moves.set(from, to)
  }
  return out
}

/**
 * Protections turned off by the values a deploy gives the module (the project model's Terraform contexts): a
 * `deletion_protection = var.protect` whose default is true, given `protect = false` by a production tfvars or a
 * module call, is the same gap as the literal. Reported at one half, naming the others: in `check` the outermost
 * (the tfvars line, else the module call's argument), as a warning like the literal; in a diff at the outermost half
 * the change touches, as the blocking rule of that protection (the pipeline drops what the base already had).
 */
async function deployGaps(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
  const model = ctx.project
  if (model === undefined) return []
  const folderOf = dirOf(file.path)
  const contexts = (await terraformContexts(model)).filter((c) => (file.path.endsWith('.tf') && folderOf === c.folder) || [...c.inputs.values()].some((i) => i.origins.some((o) => o.file === file.path)))
  if (contexts.length === 0) return []
  const catalog = new DataResourceCatalog(ctx.knowledge)
  const out = new Map<string, Detection>()
  for (const context of contexts) {
    const module = await moduleSummary(model, context.folder)
    const targets = folderOf === context.folder && file.path.endsWith('.tf') ? [file.path] : module.files
    const plainScope: Scope = { variables: module.variables, locals: module.locals }
    const inputs = new Map([...context.inputs].map(([k, v]) => [k, v.value]))
    for (const target of targets) {
      const text = target === file.path ? file.text : await model.tree.text(target)
      if (text === undefined) continue
      // a module's files are read by every deploy of it: parsed once per model
      const hcl = await model.computed(`terraform-hcl:${target}`, () => parseHcl(text))
      if (hcl.errors.length > 0 || hcl.tooLarge !== undefined) continue
      // in `check`, what the file reports by itself (its own variables' defaults) is not reported again; in a diff,
      // the pipeline drops what the base already had
      const alone = ctx.mode === 'diff' ? undefined : new TerraformSide(hcl, text, catalog, plainScope)
      const given = new TerraformSide(hcl, text, catalog, { ...plainScope, inputs })
      for (const resource of given.dataResources()) {
        const itself = alone?.find(resource.address)
        const already = new Set(itself === undefined ? [] : (await ownGaps(alone!, itself, target, ctx)).map((g) => g.key))
        for (const gap of given.gaps(resource)) {
          if (!gap.explicit || already.has(gap.key)) continue
          const written = lineOf(text, gap.line)
          const used = [...referencedVariables(written, module)].filter((v) => {
            const input = context.inputs.get(v)
            return input !== undefined && !(input.value instanceof Unresolved)
          })
          if (used.length === 0) continue
          const halves: Origin[] = [{ file: target, line: gap.line, column: gap.column, what: written }]
          for (const v of used) for (const o of context.inputs.get(v)!.origins) if (!halves.some((h) => h.file === o.file && h.line === o.line)) halves.push(o)
          // a value only passed on from a variable's default is the module's default, not a deploy's choice
          if (/\b(?:var|local)\./.test(halves[halves.length - 1]!.what)) continue
          const touched = ctx.mode === 'diff' && ctx.change !== undefined ? halves.filter((h) => ctx.change!.changed.has(h.file)) : []
          const pool = touched.length > 0 ? touched : halves
          const here = pool[pool.length - 1]!
          if (here.file !== file.path) continue
          const others = halves.filter((h) => h !== here).map((h) => `\`${h.what}\` at ${h.file}:${h.line}`)
          const identity = `deploy:${context.key}:${target}:${resource.address}:${gap.key}`
          const diff = ctx.mode === 'diff'
          out.set(identity, {
            ruleId: diff ? gap.ruleId : 'destructive-infra/unprotected-data-resource',
            line: here.line,
            column: here.column,
            message: `Data-bearing resource ${resource.address} can be deleted with its data: ${gap.what}, as deployed by ${context.label}; the other half: ${others.join(', then ')}.`,
            evidence: lineOf(file.text, here.line),
            identity
          })
        }
      }
    }
  }
  return [...out.values()]
}

/**
 * The gaps a file reports by itself: what it writes on purpose. One that reads a default declared in another file of
 * the module names that default, and is left to the deploys when every deploy sets the variable.
 */
async function ownGaps(side: TerraformSide, resource: DataResource, path: string, ctx: AnalyzerContext): Promise<Gap[]> {
  const out: Gap[] = []
  for (const gap of side.gaps(resource)) {
    if (!gap.explicit) continue
    const { names, origins } = await defaultsFromElsewhere(ctx.project, path, side.hcl, lineOf(side.text, gap.line))
    if (names.length === 0) out.push(gap)
    else if (await defaultReachesDeploy(ctx.project, dirOf(path), names)) {
      out.push(origins.length === 0 ? gap : { ...gap, what: `${gap.what} (${origins.map((o) => `\`${o.what}\` at ${o.file}:${o.line}`).join(', ')})` })
    }
  }
  return out
}

/** Each gap a file writes, as a line to judge: the blocking rule of its protection. */
function gapLines(side: TerraformSide): Detection[] {
  return side.dataResources().flatMap((resource) =>
    side
      .gaps(resource)
      .filter((g) => g.explicit)
      .map((g) => ({
        ruleId: g.ruleId,
        line: g.line,
        column: g.column,
        evidence: lineOf(side.text, g.line),
        message: `Data-bearing resource ${resource.address} can be deleted with its data: ${g.what}.`,
        identity: `${resource.address}:${g.key}`
      }))
  )
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1)
}

interface DataResource {
  type: string
  address: string
  block: HclBlock
  entry: DataResourceType
}

interface Gap extends Position {
  what: string
  /** Written in the file (`= false`), as opposed to a default. */
  explicit: boolean
  /** The rule for turning this protection off in a change. */
  ruleId: string
  key: string
}

class TerraformSide {
  readonly scope: Scope
  private readonly data: DataResource[]

  constructor(
    readonly hcl: HclFile,
    readonly text: string,
    readonly catalog: DataResourceCatalog,
    scope?: Scope
  ) {
    this.scope = scope ?? scopeOf(hcl)
    this.data = resources(hcl).flatMap((r) => {
      const entry = catalog.get(r.type)
      return entry ? [{ type: r.type, address: r.address, block: r.block, entry }] : []
    })
    // module calls of registry modules that wrap a data resource (terraform-aws-modules/rds ...)
    for (const block of hcl.blocks) {
      if (block.type !== 'module' || block.labels[0] === undefined) continue
      const source = valueAt(block, 'source', this.scope)
      const entry = source.present && source.known ? catalog.module(String(source.value)) : undefined
      if (entry !== undefined) this.data.push({ type: entry.type, address: `module.${block.labels[0]}`, block, entry })
    }
  }

  dataResources(): DataResource[] {
    return this.data
  }

  find(address: string): DataResource | undefined {
    return this.data.find((d) => d.address === address)
  }

  /** `moved { from = a, to = b }` and `removed { from = a; lifecycle { destroy = false } }` blocks. */
  moves(): Map<string, string> {
    const out = new Map<string, string>()
    for (const block of this.hcl.blocks.filter((b) => b.type === 'moved')) {
      const from = block.attributes.get('from')?.expression.text.trim()
      const to = block.attributes.get('to')?.expression.text.trim()
      if (from && to) out.set(stripIndex(from), stripIndex(to))
    }
    return out
  }

  removedBlocks(): { from: string; destroy: boolean | undefined; block: HclBlock }[] {
    return this.hcl.blocks
      .filter((b) => b.type === 'removed')
      .map((block) => {
        const from = stripIndex(block.attributes.get('from')?.expression.text.trim() ?? '')
        const lifecycle = block.blocks.find((b) => b.type === 'lifecycle')
        const destroy = lifecycle ? valueAt(lifecycle, 'destroy', this.scope) : undefined
        return { from, destroy: destroy?.present && destroy.known ? destroy.value === true : destroy?.present ? undefined : true, block }
      })
  }

  /** `removed` blocks that destroy a data-bearing resource (`destroy` is true by default). */
  destroyingRemovedBlocks(): Detection[] {
    const out: Detection[] = []
    for (const removed of this.removedBlocks()) {
      const type = removed.from.split('.')[0] ?? ''
      if (this.catalog.get(type) === undefined || removed.destroy === false) continue
      out.push({
        ruleId: 'destructive-infra/data-resource-removed',
        line: removed.block.line,
        column: removed.block.column,
        message: `A \`removed\` block destroys ${removed.from}${removed.destroy === undefined ? ' unless its `destroy` setting resolves to false' : ''}: the data in it goes with it. Use \`lifecycle { destroy = false }\` to stop managing it without deleting it.`,
        evidence: lineOf(this.text, removed.block.line),
        identity: `${removed.from}:removed-block`
      })
    }
    return out
  }

  preventDestroy(resource: DataResource): { on: boolean; at?: Position; unresolved?: string } {
    const lifecycle = resource.block.blocks.find((b) => b.type === 'lifecycle')
    if (!lifecycle) return { on: false }
    const v = valueAt(lifecycle, 'prevent_destroy', this.scope)
    if (!v.present) return { on: false }
    if (!v.known) return { on: false, at: v.attribute, unresolved: v.reason }
    return { on: v.value === true, at: v.attribute }
  }

  /** The weak points of a data-bearing resource as it stands. */
  gaps(resource: DataResource): Gap[] {
    const out: Gap[] = []
    const e = resource.entry
    const prevent = this.preventDestroy(resource)
    if (e.deletionProtection !== undefined && !prevent.on) {
      const v = valueAt(resource.block, e.deletionProtection.attribute, this.scope)
      const value = v.present ? (v.known ? v.value : undefined) : e.deletionProtection.default
      if (v.present && !v.known) {
        out.push({ ...v.attribute, explicit: false, what: `\`${e.deletionProtection.attribute}\` is not resolved here (${v.reason})`, ruleId: 'destructive-infra/deletion-protection-disabled', key: e.deletionProtection.attribute })
      } else if (!protectionOn(e.deletionProtection, value)) {
        out.push({
          ...(v.present ? v.attribute : resource.block),
          explicit: v.present,
          what: v.present ? `\`${e.deletionProtection.attribute} = ${JSON.stringify(value)}\`` : `no \`${e.deletionProtection.attribute}\` (off by default)`,
          ruleId: 'destructive-infra/deletion-protection-disabled',
          key: e.deletionProtection.attribute
        })
      }
    }
    if (e.finalSnapshot !== undefined) {
      const v = valueAt(resource.block, e.finalSnapshot, this.scope)
      if (v.present && v.known && v.value === true) out.push({ ...v.attribute, explicit: true, what: `\`${e.finalSnapshot} = true\``, ruleId: 'destructive-infra/final-snapshot-skipped', key: e.finalSnapshot })
    }
    if (e.forceDestroy !== undefined) {
      const v = valueAt(resource.block, e.forceDestroy, this.scope)
      if (v.present && v.known && v.value === true) out.push({ ...v.attribute, explicit: true, what: `\`${e.forceDestroy} = true\``, ruleId: 'destructive-infra/force-destroy-enabled', key: e.forceDestroy })
    }
    if (e.backups !== undefined) {
      const v = valueAt(resource.block, e.backups.attribute, this.scope)
      if (v.present && v.known && backupsOff(e.backups.kind, v.value)) {
        out.push({ ...v.attribute, explicit: true, what: `\`${e.backups.attribute.split('.').pop()} = ${JSON.stringify(v.value)}\``, ruleId: 'destructive-infra/backups-disabled', key: e.backups.attribute })
      } else if (!v.present && e.backups.default !== undefined && backupsOff(e.backups.kind, e.backups.default)) {
        // ElastiCache without `snapshot_retention_limit`, DynamoDB without point-in-time recovery, Cloud SQL without backups
        out.push({ ...resource.block, explicit: false, what: `no \`${e.backups.attribute}\` (no automated backups by default)`, ruleId: 'destructive-infra/backups-disabled', key: e.backups.attribute })
      }
    }
    return out
  }
}

function backupsOff(kind: 'retention' | 'enabled', value: unknown): boolean {
  // `null` leaves the provider's default (Terraform treats it as unset)
  return kind === 'retention' ? value !== null && Number(value) === 0 : value === false
}

function unprotected(resource: DataResource, gaps: Gap[], side: TerraformSide, severity?: Severity, isNew = false): Detection {
  const first = gaps[0]!
  return {
    ruleId: 'destructive-infra/unprotected-data-resource',
    line: first.line,
    column: first.column,
    message: `${isNew ? 'New data-bearing resource' : 'Data-bearing resource'} ${resource.address} can be deleted with its data: ${gaps.map((g) => g.what).join(', ')}.`,
    evidence: lineOf(side.text, first.line),
    identity: `${resource.address}:${gaps.map((g) => g.key).sort().join(',')}`,
    ...(severity !== undefined ? { severity } : {})
  }
}

function compareSides(old: TerraformSide | undefined, now: TerraformSide | undefined, path: string, elsewhere: ModuleElsewhere): Detection[] {
  const out: Detection[] = []
  const moves = new Map([...elsewhere.moves, ...(now?.moves() ?? new Map<string, string>())])
  const removed = now?.removedBlocks() ?? []
  const movedTargets = new Map([...moves].map(([from, to]) => [to, from]))

  for (const resource of now?.dataResources() ?? []) {
    const previousAddress = movedTargets.get(resource.address) ?? resource.address
    const previous = old?.find(previousAddress)
    if (previous === undefined) {
      const gaps = now!.gaps(resource)
      if (gaps.length > 0) out.push(unprotected(resource, gaps, now!, undefined, true))
      continue
    }
    out.push(...transitions(previous, old!, resource, now!))
    out.push(...repetitionChange(previous, old!, resource, now!, moves))
  }

  for (const resource of old?.dataResources() ?? []) {
    if (now?.find(resource.address) !== undefined || moves.has(resource.address) || elsewhere.addresses.has(resource.address)) continue
    const removal = removed.find((r) => r.from === resource.address)
    if (removal !== undefined && removal.destroy === false) continue
    // A `removed` block that destroys is reported by analyze on the head side; here, only a plain deletion.
    if (removal !== undefined && now !== undefined) {
      out.push(...now.destroyingRemovedBlocks().filter((d) => d.identity.startsWith(`${resource.address}:`)))
      continue
    }
    const prevent = old!.preventDestroy(resource)
    const at = now === undefined ? { line: 1, column: 1 } : { line: 1, column: 1 }
    out.push({
      ruleId: 'destructive-infra/data-resource-removed',
      ...at,
      message: `${resource.address} (${resource.type}) is removed from ${path}${now === undefined ? ', which is deleted' : ''} without a \`moved\` or \`removed\` block: the next apply destroys it and its data${prevent.on ? ' (its `prevent_destroy` goes with the block, so it no longer protects it)' : ''}.`,
      evidence: lineOf(old!.text, resource.block.line),
      identity: `${resource.address}:removed`
    })
  }
  return out
}

/** Protections on for `before` and off for `after`, on the same resource. */
function transitions(previous: DataResource, old: TerraformSide, current: DataResource, now: TerraformSide): Detection[] {
  const out: Detection[] = []
  const e = current.entry
  const where = current.address === previous.address ? current.address : `${current.address} (moved from ${previous.address})`

  const wasPrevented = old.preventDestroy(previous)
  const isPrevented = now.preventDestroy(current)
  if (wasPrevented.on && !isPrevented.on) {
    const at = isPrevented.at ?? current.block
    out.push({
      ruleId: 'destructive-infra/prevent-destroy-removed',
      line: at.line,
      column: at.column,
      message: `${where}: \`prevent_destroy = true\` is ${isPrevented.unresolved ? `replaced by a value prodguard cannot resolve (${isPrevented.unresolved})` : isPrevented.at ? 'turned off' : 'removed'}; Terraform will now destroy this resource and its data when a plan asks it to.`,
      evidence: lineOf(now.text, at.line),
      identity: `${current.address}:prevent_destroy`,
      ...(isPrevented.unresolved ? { severity: 'warn' as const } : {})
    })
  }

  if (e.deletionProtection !== undefined) {
    const p = e.deletionProtection
    const was = valueAt(previous.block, p.attribute, old.scope)
    const is = valueAt(current.block, p.attribute, now.scope)
    const wasOn = protectionOn(p, was.present ? (was.known ? was.value : undefined) : p.default)
    const isValue = is.present ? (is.known ? is.value : undefined) : p.default
    if (wasOn && (is.present && !is.known ? true : !protectionOn(p, isValue))) {
      const at = is.present ? is.attribute : current.block
      const unresolved = is.present && !is.known
      out.push({
        ruleId: 'destructive-infra/deletion-protection-disabled',
        line: at.line,
        column: at.column,
        message: `${where}: \`${p.attribute}\` goes from on to ${unresolved ? `a value prodguard cannot resolve (${is.known === false ? is.reason : ''})` : is.present ? JSON.stringify(isValue) : `unset (default ${JSON.stringify(p.default)})`}; nothing stops a deletion of this resource and its data any more.`,
        evidence: lineOf(now.text, at.line),
        identity: `${current.address}:${p.attribute}`,
        ...(unresolved ? { severity: 'warn' as const } : {})
      })
    }
  }

  const flagTurnedOn = (attribute: string | undefined, ruleId: string, consequence: string): void => {
    if (attribute === undefined) return
    const was = valueAt(previous.block, attribute, old.scope)
    const is = valueAt(current.block, attribute, now.scope)
    const wasTrue = was.present && was.known && was.value === true
    if (wasTrue || !is.present) return
    if (!is.known) {
      if (is.possible === undefined || is.possible.includes(true)) {
        out.push({ ruleId, line: is.attribute.line, column: is.attribute.column, message: `${where}: \`${attribute}\` is set to a value prodguard cannot resolve (${is.reason}); if it is true, ${consequence}.`, evidence: lineOf(now.text, is.attribute.line), identity: `${current.address}:${attribute}`, severity: 'warn' })
      }
      return
    }
    if (is.value === true) {
      out.push({ ruleId, line: is.attribute.line, column: is.attribute.column, message: `${where}: \`${attribute}\` is turned on; ${consequence}.`, evidence: lineOf(now.text, is.attribute.line), identity: `${current.address}:${attribute}` })
    }
  }
  flagTurnedOn(e.finalSnapshot, 'destructive-infra/final-snapshot-skipped', 'deleting it leaves no final snapshot to restore from')
  flagTurnedOn(e.forceDestroy, 'destructive-infra/force-destroy-enabled', 'Terraform deletes it together with everything in it')

  if (e.backups !== undefined) {
    const was = valueAt(previous.block, e.backups.attribute, old.scope)
    const is = valueAt(current.block, e.backups.attribute, now.scope)
    const wasOff = was.present && was.known && backupsOff(e.backups.kind, was.value)
    if (!wasOff && is.present && is.known && backupsOff(e.backups.kind, is.value)) {
      out.push({
        ruleId: 'destructive-infra/backups-disabled',
        line: is.attribute.line,
        column: is.attribute.column,
        message: `${where}: \`${e.backups.attribute}\` becomes ${JSON.stringify(is.value)}, which turns automated backups off${e.backups.kind === 'retention' ? ' and deletes the existing automated backups' : ''}.`,
        evidence: lineOf(now.text, is.attribute.line),
        identity: `${current.address}:${e.backups.attribute}`
      })
    }
  }
  return out
}

/** `count` to `for_each` (or back) re-addresses every instance: without `moved` blocks Terraform destroys them. */
function repetitionChange(previous: DataResource, _old: TerraformSide, current: DataResource, now: TerraformSide, moves: Map<string, string>): Detection[] {
  const kind = (b: HclBlock): string => (b.attributes.has('for_each') ? 'for_each' : b.attributes.has('count') ? 'count' : 'single')
  const before = kind(previous.block)
  const after = kind(current.block)
  // Terraform moves a single instance to index 0 (and back) by itself; count <-> for_each it does not.
  if (before === after || before === 'single' || after === 'single' || moves.has(current.address)) return []
  const hasIndexedMoves = now.hcl.blocks.some((b) => b.type === 'moved' && (b.attributes.get('to')?.expression.text ?? '').startsWith(`${current.address}[`))
  if (hasIndexedMoves) return []
  const at = current.block.attributes.get(after)!
  return [
    {
      ruleId: 'destructive-infra/data-resource-removed',
      line: at.line,
      column: at.column,
      message: `${current.address} switches from \`${before}\` to \`${after}\`: every instance gets a new address, and without \`moved\` blocks the next apply destroys the existing ones and their data.`,
      evidence: lineOf(now.text, at.line),
      identity: `${current.address}:${before}->${after}`
    }
  ]
}

function stripIndex(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '')
}

function lineOf(text: string, line: number): string {
  const raw = (text.split('\n', line)[line - 1] ?? '').trim()
  return raw.length > 160 ? `${raw.slice(0, 157)}...` : raw
}
