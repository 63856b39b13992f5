/**
 * Terraform plans in JSON (`terraform show -json plan.out`): a data-bearing resource deleted or replaced (any
 * `"delete"` in `change.actions`, both replace orders), a protection turned off by an update, a new data-bearing
 * resource without protection, a managed database made public. `["forget"]` is not a delete. Any `format_version`
 * 1.x is read; anything else is a clear error, never a pass.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { DataResourceCatalog, protectionOn, type DataResourceType } from './data-resources.js'

const PLAN_FILE = /(^|\/)([^/]*[._-])?(tf)?plan(\.out)?\.json$/i

interface ResourceChange {
  address?: string
  previous_address?: string
  mode?: string
  type?: string
  deposed?: string
  action_reason?: string
  change?: {
    actions?: string[]
    before?: unknown
    after?: unknown
    after_unknown?: unknown
    before_sensitive?: unknown
    after_sensitive?: unknown
    replace_paths?: unknown[][]
  }
}

interface Plan {
  format_version?: unknown
  terraform_version?: unknown
  resource_changes?: ResourceChange[]
}

interface PublicFlag {
  type: string
  attribute: string
}

const REASONS: Record<string, string> = {
  replace_because_cannot_update: 'a changed attribute cannot be updated in place',
  replace_because_tainted: 'the object is tainted',
  replace_by_request: 'it was asked for with `-replace`',
  replace_by_triggers: 'a `replace_triggered_by` reference changed',
  delete_because_no_resource_config: 'its block was removed from the configuration',
  delete_because_wrong_repetition: 'its `count`/`for_each` changed how it is repeated',
  delete_because_count_index: 'its `count` index is no longer in range',
  delete_because_each_key: 'its `for_each` key is gone',
  delete_because_no_module: 'its module call was removed',
  delete_because_no_move_target: 'a `moved` block points at an address that does not exist'
}

export const terraformPlanAnalyzer: Analyzer = {
  name: 'terraform-plan',
  claims: (path, ctx) => ctx.mode === 'plan' || PLAN_FILE.test(path),
  /** Plans of large estates pass the per-file limit; JSON needs the whole text, so the chunks are joined. */
  analyzeChunks(path: string, chunks: Iterable<string>, ctx: AnalyzerContext): Detection[] {
    let text = ''
    for (const chunk of chunks) text += chunk
    return this.analyze({ path, text }, ctx) as Detection[]
  },
  analyze(file: SourceText, ctx: AnalyzerContext): Detection[] {
    // A plan is known by its name, or by its first bytes (`terraform show -json` starts with format_version)
    const certain = ctx.mode === 'plan' || /tfplan/i.test(file.path) || /^\uFEFF?\s*\{\s*"format_version"\s*:/.test(file.text.slice(0, 256))
    let plan: Plan
    try {
      plan = JSON.parse(file.text.replace(/^\uFEFF/, '')) as Plan
    } catch (error) {
      // a file named like a plan that is not even JSON is broken whatever it was meant to be
      return [planError(file, `it is not JSON (${(error as Error).message}); pass the output of \`terraform show -json plan.out\`, not the binary plan`)]
    }
    const looksLikePlan = plan !== null && typeof plan === 'object' && 'format_version' in plan && ('resource_changes' in plan || 'planned_values' in plan)
    if (!looksLikePlan) return certain ? [planError(file, 'it has no `format_version` and `resource_changes`; pass the output of `terraform show -json plan.out`')] : []
    const version = String(plan.format_version)
    // 0.1 and 0.2 (Terraform 0.12 to 1.0) have the same resource_changes, without action_reason and replace_paths
    if (!/^(?:0\.[12]|1(?:\.\d+)*)$/.test(version)) return [planError(file, `its format_version is ${version}; prodguard reads plan formats 0.1, 0.2 and 1.x`)]
    const changes = plan.resource_changes ?? []
    if (!Array.isArray(changes)) return [planError(file, '`resource_changes` is not a list')]
    const catalog = new DataResourceCatalog(ctx.knowledge)
    const flags = ctx.knowledge.load<{ terraform: { publicFlags: PublicFlag[] } }>('public-exposure/cloud.yml').terraform.publicFlags
    const lines = new AddressLines(file.text)
    const out: Detection[] = []
    for (const rc of changes) {
      if (rc === null || typeof rc !== 'object' || rc.mode === 'data' || typeof rc.type !== 'string' || typeof rc.address !== 'string') continue
      const actions = Array.isArray(rc.change?.actions) ? rc.change!.actions : []
      const entry = catalog.get(rc.type)
      const at = lines.of(rc.address)
      if (actions.includes('delete') && entry !== undefined) out.push(destroyed(rc, actions, entry, at))
      else if (entry !== undefined && actions.includes('update')) out.push(...weakened(rc, entry, at))
      else if (entry !== undefined && actions.length === 1 && actions[0] === 'create') {
        const gaps = createdGaps(rc, entry)
        if (gaps.length > 0) {
          out.push({ ruleId: 'destructive-infra/unprotected-data-resource', ...at, message: `The plan creates ${rc.address} without protection: ${gaps.join(', ')}.`, evidence: `"address": "${rc.address}"`, identity: `${rc.address}:create` })
        }
        const backups = createdWithoutBackups(rc, entry)
        if (backups !== undefined) {
          out.push({ ruleId: 'destructive-infra/backups-disabled', ...at, message: `The plan creates ${rc.address} with automated backups off: ${backups}.`, evidence: `"address": "${rc.address}"`, identity: `${rc.address}:${entry.backups!.attribute}:create` })
        }
      }
      if (actions.includes('create') || actions.includes('update')) {
        for (const flag of flags.filter((f) => f.type === rc.type)) {
          const after = get(rc.change?.after, flag.attribute)
          const before = get(rc.change?.before, flag.attribute)
          if (after === true && before !== true) {
            out.push({ ruleId: 'public-exposure/managed-database-public', ...at, message: `The plan makes ${rc.address} public: \`${flag.attribute}\` becomes true.`, evidence: `"address": "${rc.address}"`, identity: `${rc.address}:${flag.attribute}` })
          }
        }
      }
    }
    return out
  }
}

function destroyed(rc: ResourceChange, actions: string[], entry: DataResourceType, at: { line: number }): Detection {
  const address = rc.address!
  const replace = actions.includes('create')
  const how = !replace ? 'deletes' : actions[0] === 'create' ? 'replaces (creates the new one, then deletes the old one with its data)' : 'replaces (deletes it with its data, then creates an empty one)'
  const reason = rc.action_reason !== undefined ? REASONS[rc.action_reason] ?? `\`${rc.action_reason}\`` : undefined
  const paths = Array.isArray(rc.change?.replace_paths) ? rc.change!.replace_paths.map((p) => describePath(rc, p)).filter((p) => p !== '') : []
  const protections = priorProtections(rc, entry)
  const parts = [`The plan ${how} ${address} (${rc.type})`]
  if (rc.previous_address) parts.push(`(previously ${rc.previous_address})`)
  let message = parts.join(' ')
  if (reason) message += ` because ${reason}`
  if (paths.length > 0) message += `; forced by ${paths.join(', ')}`
  message += '.'
  if (protections.length > 0) message += ` Before this change: ${protections.join(', ')}.`
  const deposed = typeof rc.deposed === 'string' && rc.deposed !== ''
  if (deposed) message += ` This is a deposed object (${rc.deposed}) left by an earlier create-before-destroy.`
  return {
    ruleId: 'destructive-infra/plan-destroys-data',
    ...at,
    message,
    evidence: `"address": "${address}", "actions": ${JSON.stringify(actions)}`,
    identity: `${address}:${replace ? 'replace' : 'delete'}${deposed ? `:deposed:${rc.deposed}` : ''}`,
    ...(deposed ? { severity: 'warn' as const } : {})
  }
}

/** `engine_version: "13.7" -> "16.1"`, masking sensitive values. */
function describePath(rc: ResourceChange, path: unknown[]): string {
  if (!Array.isArray(path) || path.length === 0) return ''
  const name = path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[')
  const before = walk(rc.change?.before, path)
  const after = walk(rc.change?.after, path)
  const sensitive = walk(rc.change?.before_sensitive, path) === true || walk(rc.change?.after_sensitive, path) === true
  const unknown = walk(rc.change?.after_unknown, path) === true
  if (sensitive) return `\`${name}\` (sensitive)`
  const show = (v: unknown): string => (v === undefined ? 'unset' : JSON.stringify(v)!.slice(0, 60))
  return `\`${name}\`: ${show(before)} -> ${unknown ? '(known after apply)' : show(after)}`
}

function priorProtections(rc: ResourceChange, entry: DataResourceType): string[] {
  const out: string[] = []
  const before = rc.change?.before
  if (entry.deletionProtection !== undefined) {
    const v = get(before, entry.deletionProtection.attribute)
    if (v !== undefined) out.push(`\`${entry.deletionProtection.attribute} = ${JSON.stringify(v)}\``)
  }
  if (entry.finalSnapshot !== undefined) {
    const v = get(before, entry.finalSnapshot)
    if (v === true) out.push(`\`${entry.finalSnapshot} = true\` (no final snapshot will be taken)`)
  }
  if (entry.forceDestroy !== undefined && get(before, entry.forceDestroy) === true) out.push(`\`${entry.forceDestroy} = true\` (its contents go too)`)
  return out
}

function weakened(rc: ResourceChange, entry: DataResourceType, at: { line: number }): Detection[] {
  const out: Detection[] = []
  const before = rc.change?.before
  const after = rc.change?.after
  const address = rc.address!
  const push = (ruleId: string, attribute: string, message: string): void => {
    out.push({ ruleId, ...at, message: `The plan updates ${address}: ${message}.`, evidence: `"address": "${address}"`, identity: `${address}:${attribute}` })
  }
  const p = entry.deletionProtection
  if (p !== undefined) {
    const was = get(before, p.attribute)
    const is = get(after, p.attribute)
    if (protectionOn(p, was ?? p.default) && is !== undefined && !protectionOn(p, is)) push('destructive-infra/deletion-protection-disabled', p.attribute, `\`${p.attribute}\` goes from ${JSON.stringify(was)} to ${JSON.stringify(is)}`)
  }
  if (entry.finalSnapshot !== undefined && get(before, entry.finalSnapshot) !== true && get(after, entry.finalSnapshot) === true) {
    push('destructive-infra/final-snapshot-skipped', entry.finalSnapshot, `\`${entry.finalSnapshot}\` becomes true, so deleting it later leaves no snapshot`)
  }
  if (entry.forceDestroy !== undefined && get(before, entry.forceDestroy) !== true && get(after, entry.forceDestroy) === true) {
    push('destructive-infra/force-destroy-enabled', entry.forceDestroy, `\`${entry.forceDestroy}\` becomes true, so its contents are deleted with it`)
  }
  if (entry.backups !== undefined) {
    const was = get(before, entry.backups.attribute)
    const is = get(after, entry.backups.attribute)
    const off = (v: unknown): boolean => (entry.backups!.kind === 'retention' ? v === 0 : v === false)
    if (is !== undefined && off(is) && !off(was)) push('destructive-infra/backups-disabled', entry.backups.attribute, `\`${entry.backups.attribute}\` becomes ${JSON.stringify(is)}, turning automated backups off`)
  }
  return out
}

function createdGaps(rc: ResourceChange, entry: DataResourceType): string[] {
  const after = rc.change?.after
  const gaps: string[] = []
  const p = entry.deletionProtection
  if (p !== undefined) {
    const v = get(after, p.attribute)
    const unknown = get(rc.change?.after_unknown, p.attribute) === true
    if (!unknown && !protectionOn(p, v ?? p.default)) gaps.push(`\`${p.attribute} = ${JSON.stringify(v ?? p.default)}\``)
  }
  if (entry.finalSnapshot !== undefined && get(after, entry.finalSnapshot) === true) gaps.push(`\`${entry.finalSnapshot} = true\``)
  if (entry.forceDestroy !== undefined && get(after, entry.forceDestroy) === true) gaps.push(`\`${entry.forceDestroy} = true\``)
  return gaps
}

/** Backups off in what the plan creates: `backup_retention_period: 0`, PITR `enabled: false` or absent where off is the default. */
function createdWithoutBackups(rc: ResourceChange, entry: DataResourceType): string | undefined {
  const backups = entry.backups
  if (backups === undefined || get(rc.change?.after_unknown, backups.attribute) === true) return undefined
  const value = get(rc.change?.after, backups.attribute)
  const off = (v: unknown): boolean => (backups.kind === 'retention' ? v === 0 || v === '0' : v === false)
  if (value !== undefined && value !== null) return off(value) ? `\`${backups.attribute}\` is ${JSON.stringify(value)}` : undefined
  return backups.default !== undefined && off(backups.default) ? `\`${backups.attribute}\` is not set, and off is the default` : undefined
}

/** `a.b` in plan values, where nested blocks are lists of one object. */
function get(value: unknown, path: string): unknown {
  return walk(value, path.split('.'))
}

function walk(value: unknown, path: unknown[]): unknown {
  let current = value
  for (const step of path) {
    if (Array.isArray(current) && typeof step !== 'number') current = current[0]
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[String(step)]
  }
  return current
}

/** Where each `"address": "..."` of `resource_changes` is, found in one pass (plans run to megabytes). */
class AddressLines {
  private readonly at = new Map<string, { line: number; column: number }>()

  constructor(text: string) {
    const from = Math.max(0, text.indexOf('"resource_changes"'))
    const pattern = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/g
    pattern.lastIndex = from
    let line = 1 + countNewlines(text, 0, from)
    let lineStart = text.lastIndexOf('\n', from) + 1
    let scanned = from
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      for (let i = scanned; i < m.index; i++) {
        if (text.charCodeAt(i) === 10) {
          line++
          lineStart = i + 1
        }
      }
      scanned = m.index
      let address: string
      try {
        address = JSON.parse(m[1]!) as string
      } catch {
        continue
      }
      if (!this.at.has(address)) this.at.set(address, { line, column: m.index - lineStart + 1 })
    }
  }

  of(address: string): { line: number; column: number } {
    return this.at.get(address) ?? { line: 1, column: 1 }
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++
  return n
}

function planError(file: SourceText, why: string): Detection {
  return {
    ruleId: 'unanalyzable/parse-error',
    line: 1,
    message: `Could not read ${file.path} as a Terraform plan: ${why}.`,
    evidence: '',
    identity: `plan:${why}`
  }
}
