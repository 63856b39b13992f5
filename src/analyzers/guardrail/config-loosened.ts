/**
 * `guardrail/weakened` for `.prodguard.yml`: compares the configuration before and after the change, key by key,
 * and reports every setting that lets more through: a rule or category turned down or off, paths ignored, approvals
 * reduced or opened to more people, dependency and secret policies relaxed. A config added where there was none is
 * compared with the defaults; a config deleted is compared as if it were empty.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { defaultSettings, type Settings } from '../../config/settings.js'
import { CATEGORIES, type RuleLevel } from '../../findings/finding.js'
import { ruleCatalog } from '../../knowledge/catalog.js'
import { readYaml, record, strings, type YamlSource } from './yaml-source.js'
import { parseConfig } from '../../config/load.js'
import { mergeConfigs } from '../../config/extends.js'
import type { ConfigFile } from '../../config/settings.js'
import { ConfigError } from '../../errors.js'

export const RULE_ID = 'guardrail/weakened'
const DEFAULT_CONFIG_FILES = ['.prodguard.yml', '.prodguard.yaml']

/** What the front door may tell this analyzer: a config file at a non-default path (the action's `config` input). */
export interface GuardrailServices {
  configFiles?: string[]
  /** A rule's (or category's) default severity; the bundled rule catalog when absent. */
  ruleDefault?: (ruleIdOrCategory: string) => RuleLevel | undefined
  /** The action's `status-context` input: a workflow posting a status or check run of that name is flagged too. */
  statusContext?: string
  /**
   * The repository's default `GITHUB_TOKEN` permissions, when the front door knows them. Unknown (the default) is
   * taken as `write`: a workflow without `permissions:` is then one that can write statuses and checks.
   */
  defaultWorkflowPermissions?: 'read' | 'write'
  /**
   * How the gate posts its verdict (the action's `verdict` input). With `check-run` (the hardened mode: an App's check
   * run, the ruleset pinned to that App) a workflow token that can write statuses or checks cannot satisfy the
   * required check, so that capability alone is not flagged; a step that posts the context still is.
   */
  verdict?: 'commit-status' | 'check-run'
  /**
   * The raw config an `extends:` entry stands for (what it extends merged in), when the front door can read it; the
   * comparison is then between the effective configs, so loosening what is extended is flagged too.
   */
  extendedConfig?: (spec: string) => Promise<Record<string, unknown> | undefined>
  /**
   * The text of a root config file the change may leave untouched (`.prodguard.yaml` beside an added `.prodguard.yml`),
   * when the project model cannot say: the staged change (the index is what the hook commits), or the Action, whose
   * governing config is read on its own. Undefined when there is no such file.
   */
  configText?: (path: string) => Promise<string | undefined>
}

export function guardrailServices(ctx: AnalyzerContext): GuardrailServices {
  const given = ctx.services['guardrail']
  return typeof given === 'object' && given !== null ? (given as GuardrailServices) : {}
}

export function isConfigFile(path: string, ctx: AnalyzerContext): boolean {
  return DEFAULT_CONFIG_FILES.includes(path) || (guardrailServices(ctx).configFiles ?? []).includes(path)
}

/** One way the change lets more through. */
interface Loosening {
  /** Where in the "after" file it shows (key path), for the line. */
  at: Array<string | number>
  message: string
  evidence: string
  /** Stable across unrelated edits: the key and its new value. */
  identity: string
}

const LEVEL_RANK: Record<RuleLevel, number> = { off: 0, info: 1, warn: 2, block: 3 }
const FAIL_ON_RANK: Record<Settings['failOn'], number> = { never: 0, block: 1, warn: 2 }

export const configLoosened: Analyzer = {
  name: 'guardrail-config',
  scansIgnored: true,
  claims: (path, ctx) => isConfigFile(path, ctx),
  analyze: () => [],
  async compare(beforeSide, afterSide, ctx) {
    // Renamed away (`.prodguard.yml.bak`) the config is gone; renamed into place it is a new config.
    const before = beforeSide !== undefined && isConfigFile(beforeSide.path, ctx) ? beforeSide : undefined
    const after = afterSide !== undefined && isConfigFile(afterSide.path, ctx) ? afterSide : undefined
    const path = after?.path ?? before?.path ?? '.prodguard.yml'
    if (after !== undefined) {
      // The loader's own checks: what would stop prodguard (or, in the Action, fail the gate) once this is merged.
      const invalid = await validationProblem(after.text, path)
      if (invalid !== undefined) return [invalid]
    }
    const afterYaml = after !== undefined ? readYaml(after.text) : undefined
    const services = guardrailServices(ctx)
    // An added `.prodguard.yml` beside a `.prodguard.yaml` replaces that file whole once merged: it is compared with it.
    const shadowed = before === undefined && after !== undefined ? await shadowedConfig(after.path, ctx) : undefined
    const beforeRaw = configValue(before ?? shadowed)
    const afterRaw = afterYaml?.ok ? record(afterYaml.value) : {}
    const beforeValue = await effective(beforeRaw, services)
    const afterValue = await effective(afterRaw, services)
    const ruleDefault = services.ruleDefault ?? catalogDefault
    const found = loosenings(beforeValue, afterValue, ruleDefault)
    const kept = new Set(strings(listOf(afterRaw['extends'])))
    for (const spec of strings(listOf(beforeRaw['extends']))) {
      if (kept.has(spec)) continue
      found.unshift({ at: ['extends'], message: `no longer extends \`${spec}\`: what that policy requires stops applying`, evidence: `extends: -${spec}`, identity: `extends-${spec}` })
    }
    const detections = found.map((l) => toDetection(l, path, afterYaml))
    if (shadowed !== undefined) detections.unshift(shadowingDetection(path, shadowed.path))
    return detections
  }
}

/**
 * The config file an added one is read instead of (the loader's order: `.prodguard.yml`, then `.prodguard.yaml`),
 * when the other is there and not added by the same change; from the project model when it knows the path, else from
 * the front door.
 */
async function shadowedConfig(path: string, ctx: AnalyzerContext): Promise<SourceText | undefined> {
  const order = DEFAULT_CONFIG_FILES.indexOf(path)
  if (order < 0) return undefined
  const services = guardrailServices(ctx)
  for (const later of DEFAULT_CONFIG_FILES.slice(order + 1)) {
    if (ctx.change?.added.has(later)) continue
    const text = ctx.project?.has(later) ? await ctx.project.tree.text(later) : await services.configText?.(later)
    if (text !== undefined) return { path: later, text }
  }
  return undefined
}

function shadowingDetection(path: string, shadowed: string): Detection {
  return {
    ruleId: RULE_ID,
    line: 1,
    message: `${path} is added beside the governing ${shadowed}: once merged prodguard reads ${path} instead, and what ${shadowed} requires stops applying. Change ${shadowed} itself (or move it) instead.`,
    evidence: `${path} (shadows ${shadowed})`,
    identity: `shadows:${shadowed}`
  }
}

function listOf(value: unknown): unknown[] {
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value : []
}

/** The config with what it extends merged under it, when the front door can read that; else the file as it is. */
async function effective(raw: Record<string, unknown>, services: GuardrailServices): Promise<Record<string, unknown>> {
  const specs = strings(listOf(raw['extends']))
  if (specs.length === 0 || services.extendedConfig === undefined) return raw
  let base: Record<string, unknown> = {}
  for (const spec of specs) {
    let extended: Record<string, unknown> | undefined
    try {
      extended = await services.extendedConfig(spec)
    } catch {
      extended = undefined // the loader reports it; the comparison falls back to the file itself
    }
    if (extended !== undefined) base = mergeConfigs(base as ConfigFile, extended as ConfigFile) as Record<string, unknown>
  }
  const own = { ...raw }
  delete own['extends']
  return mergeConfigs(base as ConfigFile, own as ConfigFile) as Record<string, unknown>
}

/** The config does not load: a blocking finding that names the key path, line and reason (never a value). */
async function validationProblem(text: string, path: string): Promise<Detection | undefined> {
  try {
    // The file itself; what it extends is compared below, not re-validated here.
    await parseConfig(text, path, { resolveExtends: () => undefined })
    return undefined
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    const where = error.keyPath === '' ? '' : ` at \`${error.keyPath}\``
    const line = error.position?.line ?? 1
    return {
      ruleId: RULE_ID,
      line,
      ...(error.position !== undefined ? { column: error.position.column } : {}),
      message: `${path} does not validate${where} (line ${line}): ${error.reason}${error.suggestion !== undefined ? ` (${error.suggestion})` : ''}. Once merged, prodguard would refuse the file with a configuration error rather than apply it.`,
      evidence: error.keyPath,
      identity: `config-invalid:${error.keyPath}:${error.reason}`
    }
  }
}

/** The "before" side as a plain object: a base config that does not parse counts as empty (defaults). */
function configValue(source: SourceText | undefined): Record<string, unknown> {
  if (source === undefined) return {}
  const yaml = readYaml(source.text)
  return yaml.ok ? record(yaml.value) : {}
}

function toDetection(l: Loosening, path: string, after: YamlSource | undefined): Detection {
  const line = after?.ok ? (after.lineOf(l.at) ?? 1) : 1
  return { ruleId: RULE_ID, line, message: `${path} ${l.message}`, evidence: l.evidence, identity: l.identity }
}

/** Every setting of `after` that is looser than `before`; both are raw (schema-shaped) config objects. */
export function loosenings(before: Record<string, unknown>, after: Record<string, unknown>, ruleDefault: GuardrailServices['ruleDefault'] & {}): Loosening[] {
  const found: Loosening[] = []
  const defaults = defaultSettings()

  // Rules and categories: the effective level of every key either side names.
  const rulesBefore = levels(before['rules'])
  const rulesAfter = levels(after['rules'])
  for (const key of new Set([...Object.keys(rulesBefore), ...Object.keys(rulesAfter)])) {
    const was = effectiveLevel(rulesBefore, key, ruleDefault)
    const now = effectiveLevel(rulesAfter, key, ruleDefault)
    if (LEVEL_RANK[now] < LEVEL_RANK[was]) {
      found.push({
        at: ['rules', key],
        message: now === 'off' ? `turns \`${key}\` off (it was ${was})` : `turns \`${key}\` down from ${was} to ${now}`,
        evidence: `rules: { ${key}: ${now} }`,
        identity: `rules.${key}=${now}`
      })
    }
  }

  const failOnBefore = failOn(before['failOn']) ?? defaults.failOn
  const failOnAfter = failOn(after['failOn']) ?? defaults.failOn
  if (FAIL_ON_RANK[failOnAfter] < FAIL_ON_RANK[failOnBefore]) {
    found.push({ at: ['failOn'], message: `lowers failOn from ${failOnBefore} to ${failOnAfter}`, evidence: `failOn: ${failOnAfter}`, identity: `failOn=${failOnAfter}` })
  }

  for (const glob of added(strings(before['ignore']), strings(after['ignore']))) {
    found.push({ at: ['ignore'], message: `stops scanning \`${glob}\` (added to ignore)`, evidence: `ignore: [${glob}]`, identity: `ignore+${glob}` })
  }

  const pathsBefore = record(before['paths'])
  const pathsAfter = record(after['paths'])
  for (const kind of ['migrations', 'production'] as const) {
    for (const glob of added(strings(pathsAfter[kind]), strings(pathsBefore[kind]))) {
      found.push({
        at: ['paths', kind],
        message: `no longer treats \`${glob}\` as ${kind === 'migrations' ? 'migrations' : 'production configuration'} (removed from paths.${kind})`,
        evidence: `paths.${kind}: -${glob}`,
        identity: `paths.${kind}-${glob}`
      })
    }
  }
  for (const glob of added(strings(pathsBefore['nonProduction']), strings(pathsAfter['nonProduction']))) {
    found.push({
      at: ['paths', 'nonProduction'],
      message: `declares \`${glob}\` non-production (added to paths.nonProduction)`,
      evidence: `paths.nonProduction: [${glob}]`,
      identity: `paths.nonProduction+${glob}`
    })
  }

  const downBefore = level(record(before['sql'])['downMigrations']) ?? defaults.sql.downMigrations
  const downAfter = level(record(after['sql'])['downMigrations']) ?? defaults.sql.downMigrations
  if (LEVEL_RANK[downAfter] < LEVEL_RANK[downBefore]) {
    found.push({
      at: ['sql', 'downMigrations'],
      message: `turns down-migration findings down from ${downBefore} to ${downAfter}`,
      evidence: `sql.downMigrations: ${downAfter}`,
      identity: `sql.downMigrations=${downAfter}`
    })
  }

  found.push(...approvalLoosenings(record(before['approvals']), record(after['approvals']), defaults))
  found.push(...dependencyLoosenings(record(before['dependencies']), record(after['dependencies']), defaults))

  for (const pattern of added(strings(record(before['secrets'])['allow']), strings(record(after['secrets'])['allow']))) {
    found.push({ at: ['secrets', 'allow'], message: `allows values matching \`${pattern}\` as non-secrets`, evidence: `secrets.allow: [${pattern}]`, identity: `secrets.allow+${pattern}` })
  }

  if (after['offline'] === true && before['offline'] !== true) {
    found.push({ at: ['offline'], message: 'turns offline on: dependency checks stop looking up current versions', evidence: 'offline: true', identity: 'offline=true' })
  }
  return found
}

function approvalLoosenings(before: Record<string, unknown>, after: Record<string, unknown>, defaults: Settings): Loosening[] {
  const found: Loosening[] = []
  const requiredBefore = count(before['required']) ?? defaults.approvals.required
  const requiredAfter = count(after['required']) ?? defaults.approvals.required
  if (requiredAfter < requiredBefore) {
    found.push({
      at: ['approvals', 'required'],
      message: `reduces the approvals a blocking finding needs from ${requiredBefore} to ${requiredAfter}`,
      evidence: `approvals.required: ${requiredAfter}`,
      identity: `approvals.required=${requiredAfter}`
    })
  }
  const usersBefore = strings(before['users'])
  const teamsBefore = strings(before['teams'])
  const usersAfter = strings(after['users'])
  const teamsAfter = strings(after['teams'])
  // With a list, only the listed approve: every new name widens who can.
  for (const user of added(usersBefore.map(lower), usersAfter.map(lower))) {
    found.push({ at: ['approvals', 'users'], message: `lets \`${user}\` approve blocking findings`, evidence: `approvals.users: [${user}]`, identity: `approvals.users+${user}` })
  }
  for (const team of added(teamsBefore.map(lower), teamsAfter.map(lower))) {
    found.push({ at: ['approvals', 'teams'], message: `lets team \`${team}\` approve blocking findings`, evidence: `approvals.teams: [${team}]`, identity: `approvals.teams+${team}` })
  }
  if (usersBefore.length + teamsBefore.length > 0 && usersAfter.length + teamsAfter.length === 0) {
    found.push({
      at: ['approvals'],
      message: 'removes the approver list: anyone with write access could approve',
      evidence: 'approvals: { users: [], teams: [] }',
      identity: 'approvals.list-removed'
    })
  }
  if (before['allowCommitters'] !== true && after['allowCommitters'] === true) {
    found.push({ at: ['approvals', 'allowCommitters'], message: 'lets people who committed to a pull request approve it (turns the two-person rule off)', evidence: 'approvals.allowCommitters: true', identity: 'approvals.allowCommitters=true' })
  }
  return found
}

function dependencyLoosenings(before: Record<string, unknown>, after: Record<string, unknown>, defaults: Settings): Loosening[] {
  const found: Loosening[] = []
  const d = defaults.dependencies
  const majorsBefore = record(before['majorsBehind'])
  const majorsAfter = record(after['majorsBehind'])
  for (const key of ['block', 'warn'] as const) {
    const was = count(majorsBefore[key]) ?? d.majorsBehind[key]
    const now = count(majorsAfter[key]) ?? d.majorsBehind[key]
    if (now > was) {
      found.push({
        at: ['dependencies', 'majorsBehind', key],
        message: `lets dependencies fall ${now} majors behind before they ${key === 'block' ? 'block' : 'warn'} (was ${was})`,
        evidence: `dependencies.majorsBehind.${key}: ${now}`,
        identity: `dependencies.majorsBehind.${key}=${now}`
      })
    }
  }
  for (const key of ['eol', 'devScope'] as const) {
    const was = level(before[key]) ?? d[key]
    const now = level(after[key]) ?? d[key]
    if (LEVEL_RANK[now] < LEVEL_RANK[was]) {
      found.push({
        at: ['dependencies', key],
        message: `turns dependencies.${key} down from ${was} to ${now}`,
        evidence: `dependencies.${key}: ${now}`,
        identity: `dependencies.${key}=${now}`
      })
    }
  }
  const warnDaysBefore = count(before['eolWarnDays']) ?? d.eolWarnDays
  const warnDaysAfter = count(after['eolWarnDays']) ?? d.eolWarnDays
  if (warnDaysAfter < warnDaysBefore) {
    found.push({
      at: ['dependencies', 'eolWarnDays'],
      message: `warns about end of life ${warnDaysAfter} days ahead instead of ${warnDaysBefore}`,
      evidence: `dependencies.eolWarnDays: ${warnDaysAfter}`,
      identity: `dependencies.eolWarnDays=${warnDaysAfter}`
    })
  }
  // A longer grace, or a higher bar for "short-lived", lets an ended release line warn instead of block for longer.
  const graceBefore = count(before['eolGraceDays']) ?? d.eolGraceDays
  const graceAfter = count(after['eolGraceDays']) ?? d.eolGraceDays
  if (graceAfter > graceBefore) {
    found.push({
      at: ['dependencies', 'eolGraceDays'],
      message: `lets a short-lived release line warn for ${graceAfter} days after its end of life before it blocks (was ${graceBefore})`,
      evidence: `dependencies.eolGraceDays: ${graceAfter}`,
      identity: `dependencies.eolGraceDays=${graceAfter}`
    })
  }
  const shortBefore = count(before['eolShortLivedDays']) ?? d.eolShortLivedDays
  const shortAfter = count(after['eolShortLivedDays']) ?? d.eolShortLivedDays
  if (shortAfter > shortBefore) {
    found.push({
      at: ['dependencies', 'eolShortLivedDays'],
      message: `counts release lines supported for under ${shortAfter} days as short-lived (was ${shortBefore}): more ended lines get a grace before they block`,
      evidence: `dependencies.eolShortLivedDays: ${shortAfter}`,
      identity: `dependencies.eolShortLivedDays=${shortAfter}`
    })
  }
  for (const name of added(strings(before['ignore']), strings(after['ignore']))) {
    found.push({
      at: ['dependencies', 'ignore'],
      message: `stops checking dependency \`${name}\` (added to dependencies.ignore)`,
      evidence: `dependencies.ignore: [${name}]`,
      identity: `dependencies.ignore+${name}`
    })
  }
  // An override is looser when it relaxes what the same match had before (or the global policy, when it is new).
  const overridesBefore = new Map(overrides(before['overrides']).map((o) => [o.match, o]))
  const eolAfter = level(after['eol']) ?? d.eol
  const majorsGlobal = { block: count(majorsAfter['block']) ?? d.majorsBehind.block, warn: count(majorsAfter['warn']) ?? d.majorsBehind.warn }
  overrides(after['overrides']).forEach((o, index) => {
    const old = overridesBefore.get(o.match)
    const reasons: string[] = []
    const capWas = old?.level ?? 'block'
    if (o.level !== undefined && LEVEL_RANK[o.level] < LEVEL_RANK[capWas]) reasons.push(`caps findings at ${o.level}`)
    const eolWas = old?.eol ?? eolAfter
    if (o.eol !== undefined && LEVEL_RANK[o.eol] < LEVEL_RANK[eolWas]) reasons.push(`turns end of life down to ${o.eol}`)
    for (const key of ['block', 'warn'] as const) {
      const was = old?.majorsBehind[key] ?? majorsGlobal[key]
      const now = o.majorsBehind[key]
      if (now !== undefined && now > was) reasons.push(`allows ${now} majors behind before it ${key === 'block' ? 'blocks' : 'warns'}`)
    }
    if (reasons.length > 0) {
      found.push({
        at: ['dependencies', 'overrides', index],
        message: `relaxes the dependency policy for \`${o.match}\`: ${reasons.join(', ')}`,
        evidence: `dependencies.overrides: { match: ${o.match} }`,
        identity: `dependencies.overrides.${o.match}:${reasons.join(',')}`
      })
    }
  })
  return found
}

interface Override {
  match: string
  level?: RuleLevel
  eol?: RuleLevel
  majorsBehind: { block?: number; warn?: number }
}

function overrides(value: unknown): Override[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item): Override[] => {
    const o = record(item)
    if (typeof o['match'] !== 'string') return []
    const majors = record(o['majorsBehind'])
    const levelValue = level(o['level'])
    const eolValue = level(o['eol'])
    const block = count(majors['block'])
    const warn = count(majors['warn'])
    return [
      {
        match: o['match'],
        ...(levelValue !== undefined ? { level: levelValue } : {}),
        ...(eolValue !== undefined ? { eol: eolValue } : {}),
        majorsBehind: { ...(block !== undefined ? { block } : {}), ...(warn !== undefined ? { warn } : {}) }
      }
    ]
  })
}

/** The level a key (rule id or category) ends up at: its own setting, else its category's, else the default. */
function effectiveLevel(rules: Record<string, RuleLevel>, key: string, ruleDefault: (id: string) => RuleLevel | undefined): RuleLevel {
  const own = rules[key]
  if (own !== undefined) return own
  const slash = key.indexOf('/')
  if (slash > 0) {
    const category = rules[key.slice(0, slash)]
    if (category !== undefined) return category
  }
  return ruleDefault(key) ?? 'block'
}

/** A rule's catalog severity; for a category, the most severe default among its rules. Unknown: block. */
function catalogDefault(key: string): RuleLevel | undefined {
  const catalog = ruleCatalog()
  if (key.includes('/')) return catalog.get(key)?.severity
  if (!(CATEGORIES as readonly string[]).includes(key)) return undefined
  const ranks = catalog
    .all()
    .filter((r) => r.category === key)
    .map((r) => r.severity)
  if (ranks.length === 0) return undefined
  return ranks.reduce<RuleLevel>((max, s) => (LEVEL_RANK[s] > LEVEL_RANK[max] ? s : max), 'off')
}

function levels(value: unknown): Record<string, RuleLevel> {
  const out: Record<string, RuleLevel> = {}
  for (const [key, v] of Object.entries(record(value))) {
    const l = level(v)
    if (l !== undefined) out[key] = l
  }
  return out
}

function level(value: unknown): RuleLevel | undefined {
  return typeof value === 'string' && value in LEVEL_RANK ? (value as RuleLevel) : undefined
}

function failOn(value: unknown): Settings['failOn'] | undefined {
  return typeof value === 'string' && value in FAIL_ON_RANK ? (value as Settings['failOn']) : undefined
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function lower(s: string): string {
  return s.toLowerCase()
}

/** Items of `after` that `before` does not have. */
function added(before: string[], after: string[]): string[] {
  const had = new Set(before)
  return [...new Set(after)].filter((item) => !had.has(item))
}
