/**
 * The dependencies analyzer family (category `outdated-dependency`): manifests, lockfiles, images, version files,
 * workflows and Terraform engines in; end-of-life, unmaintained, majors-behind, deprecated, moving-tag, downgrade,
 * libyear and not-checked detections out. Pure: release data comes from `ctx.knowledge` and the optional
 * `ctx.services.versions`.
 *
 * `check` judges the whole tree at once (`analyzeSet`): a lockfile adds only what no manifest of its tree declares,
 * and what could not be checked is one line per run. `diff` judges each changed file against its base (`compare`):
 * a finding is reported where the change introduces it, and never blocks when the change is an upgrade.
 */
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { describeError } from '../../errors.js'
import { dependencyKey, ManifestError, type Dependency } from './dependency.js'
import { emptyNotes, evaluateDependencies, mergeNotes, notCheckedDetection, type Evaluated } from './evaluate.js'
import { isUpgrade } from './lines.js'
import { directoryOf, manifestKind, type ManifestKind } from './manifests.js'
import { downgradeRule } from './rules/downgrade.js'
import { ruleEnvironment, type RuleEnvironment } from './rules/environment.js'
import { inScope } from './scope.js'
import { addedOrMoved, exactVersion, vulnerableRule, type VulnerableCandidate } from './rules/vulnerable.js'

export { VERSION_SERVICE, type VersionLookup, type Lookup, type ReleaseInfo } from './version-lookup.js'

/** Snapshots older than this say so. */
export const STALE_AFTER_DAYS = 60

type Reading = { deps: Dependency[] } | { error: Detection | undefined }

/** Readings of this run, by path (base and head texts of a path both kept): each file is parsed once per side. */
const readings = new WeakMap<AnalyzerContext, Map<string, { text: string; reading: Reading }[]>>()

function read(kind: ManifestKind, file: SourceText, ctx: AnalyzerContext): Reading {
  let byPath = readings.get(ctx)
  if (byPath === undefined) {
    byPath = new Map()
    readings.set(ctx, byPath)
  }
  const known = byPath.get(file.path) ?? []
  const hit = known.find((k) => k.text === file.text)
  if (hit !== undefined) return hit.reading
  const reading = parse(kind, file, ctx)
  byPath.set(file.path, [...known.slice(-1), { text: file.text, reading }])
  return reading
}

function parse(kind: ManifestKind, file: SourceText, ctx: AnalyzerContext): Reading {
  const env = ruleEnvironment(ctx)
  try {
    return { deps: kind.read(file.text, file.path, env.eol.aliases) }
  } catch (error) {
    if (kind.quietOnParseError) return { deps: [] }
    const line = error instanceof ManifestError ? error.line : 1
    return {
      error: {
        ruleId: 'unanalyzable/parse-error',
        line,
        message: `Could not read this ${kind.name} to check its dependencies: ${describeError(error)}.`,
        evidence: '',
        identity: `dependencies:${kind.name}:${describeError(error)}`
      }
    }
  }
}

const normalName = (d: Dependency) => `${d.ecosystem}:${d.name.toLowerCase().replace(/[-_.]+/g, '-')}`

/** What a lockfile adds: the names no manifest of its tree declares (a workspace package is reported where declared). */
function lockfileOwn(deps: Dependency[], declared: Set<string> | undefined): Dependency[] {
  return declared === undefined ? deps : deps.filter((d) => !declared.has(normalName(d)))
}

/** Lockfile entries a manifest beside them pins to the same version are reported from the manifest. */
function notPinnedBy(deps: Dependency[], pinned: Set<string>): Dependency[] {
  return pinned.size === 0 ? deps : deps.filter((d) => !pinned.has(`${normalName(d)}@${exactVersion(d)}`))
}

function pins(deps: Dependency[]): Set<string> {
  return new Set(deps.filter((d) => exactVersion(d) !== undefined).map((d) => `${normalName(d)}@${exactVersion(d)}`))
}

function inTree(dir: string, path: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`)
}

async function checkTree(files: SourceText[], ctx: AnalyzerContext): Promise<Detection[]> {
  const env = ruleEnvironment(ctx)
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const readings = new Map<string, { kind: ManifestKind; deps: Dependency[] }>()
  for (const file of sorted) {
    const kind = manifestKind(file.path)
    if (kind === undefined) continue
    const reading = read(kind, file, ctx)
    if ('deps' in reading) readings.set(file.path, { kind, deps: reading.deps })
  }
  const out: Detection[] = []
  const notes = emptyNotes()
  let notesAt: string | undefined
  // Known vulnerabilities: every exact version of the tree (lockfile entries included), in one batch.
  const candidates: VulnerableCandidate[] = []
  for (const [path, { kind, deps }] of readings) {
    let own = deps
    if (kind.lockOf !== undefined) {
      const dir = directoryOf(path)
      const pinned = new Set<string>()
      for (const [other, r] of readings) if (r.kind.name === kind.lockOf && inTree(dir, directoryOf(other))) for (const p of pins(r.deps)) pinned.add(p)
      own = notPinnedBy(deps, pinned)
    }
    for (const dep of own) candidates.push({ dep, file: path })
  }
  const vulnerable = await vulnerableRule(candidates, env)
  for (const { detection, file } of vulnerable.items) out.push({ ...detection, ...(file !== undefined ? { file } : {}) })
  if (vulnerable.unchecked.length > 0) {
    notes.advisories.push(...vulnerable.unchecked)
    for (const r of vulnerable.reasons) notes.advisoryReasons.add(r)
    notesAt = candidates[0]?.file
  }
  for (const [path, { kind, deps }] of readings) {
    let own = deps
    if (kind.lockOf !== undefined) {
      const dir = directoryOf(path)
      const declared = new Set<string>()
      for (const [other, r] of readings) if (r.kind.name === kind.lockOf && inTree(dir, directoryOf(other))) for (const d of r.deps) declared.add(normalName(d))
      own = lockfileOwn(deps, declared)
    }
    const result = await evaluateDependencies(own, env)
    for (const { detection } of result.items) out.push({ ...detection, file: path })
    if (result.libyear) out.push({ ...result.libyear, file: path })
    if (result.notes.unchecked.length + result.notes.snapshotOnly.length + result.notes.unknown.length > 0) notesAt ??= path
    mergeNotes(notes, result.notes)
  }
  const summary = notesAt === undefined ? undefined : notCheckedDetection(notes, env.eol.snapshot.dataDate, { file: notesAt, line: 1 })
  if (summary) out.push(summary)
  return out
}


/** Said once per run, and only when the run judged something by the end-of-life data. */
function staleData(files: SourceText[], ctx: AnalyzerContext): Detection[] {
  const env = ruleEnvironment(ctx)
  const age = env.eol.ageInDays(ctx.now)
  if (age <= STALE_AFTER_DAYS) return []
  // The first file, in path order, that runs a product the end-of-life data covers: reading stops there.
  const first = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .find((file) => {
      const kind = manifestKind(file.path)
      const reading = kind === undefined ? undefined : read(kind, file, ctx)
      return reading !== undefined && 'deps' in reading && reading.deps.some((d) => env.eol.productsOf(d).length > 0)
    })?.path
  if (first === undefined) return []
  return [
    {
      ruleId: 'outdated-dependency/stale-data',
      file: first,
      line: 1,
      message: `The bundled end-of-life data is ${age} days old (${env.eol.snapshot.dataDate}): release lines and dates announced since then are unknown to this run.`,
      evidence: '',
      identity: `stale-data:${env.eol.snapshot.dataDate}`
    }
  ]
}

/** Every base dependency of that name and place is older: the change moves it up. */
function movedUp(dep: Dependency, base: Map<string, Dependency[]>): { from: Dependency } | undefined {
  const previous = base.get(dependencyKey(dep))?.filter((d) => d.direct === dep.direct)
  if (previous === undefined || previous.length === 0) return undefined
  return previous.every((p) => isUpgrade(p, dep) === true) ? { from: previous[0]! } : undefined
}

/** Head detections whose rule and identity the base does not already have (counted, so a second copy is new). */
function introduced(head: Evaluated[], base: Evaluated[]): Evaluated[] {
  const counts = new Map<string, number>()
  for (const { detection: d } of base) counts.set(`${d.ruleId}\0${d.identity}`, (counts.get(`${d.ruleId}\0${d.identity}`) ?? 0) + 1)
  return head.filter(({ detection: d }) => {
    const key = `${d.ruleId}\0${d.identity}`
    const n = counts.get(key) ?? 0
    if (n === 0) return true
    counts.set(key, n - 1)
    return false
  })
}

async function compareFile(before: SourceText | undefined, after: SourceText, kind: ManifestKind, ctx: AnalyzerContext, env: RuleEnvironment): Promise<Detection[]> {
  const now = read(kind, after, ctx)
  if (!('deps' in now)) return []
  const old = before === undefined ? undefined : read(kind, before, ctx)
  const baseDeps = old !== undefined && 'deps' in old ? old.deps : []
  let headDeps = now.deps
  let baseOwn = baseDeps
  let pinnedBeside = new Set<string>()
  if (kind.lockOf !== undefined) {
    // The sibling manifest, when the change touches it too: its dependencies are reported from it.
    const sibling = `${directoryOf(after.path) === '' ? '' : `${directoryOf(after.path)}/`}${kind.lockOf}`
    const text = await ctx.change?.newText(sibling)
    const siblingKind = manifestKind(sibling)
    if (text !== undefined && siblingKind !== undefined) {
      await siblingKind.prepare?.()
      const r = read(siblingKind, { path: sibling, text }, ctx)
      if ('deps' in r) {
        const declared = new Set(r.deps.map(normalName))
        pinnedBeside = pins(r.deps)
        headDeps = lockfileOwn(headDeps, declared)
        baseOwn = lockfileOwn(baseDeps, declared)
      }
    }
  }
  const head = await evaluateDependencies(headDeps, env)
  const base = await evaluateDependencies(baseOwn, env)
  const baseByKey = new Map<string, Dependency[]>()
  for (const d of baseDeps) baseByKey.set(dependencyKey(d), [...(baseByKey.get(dependencyKey(d)) ?? []), d])
  const out: Detection[] = []
  for (const { detection, dep } of introduced(head.items, base.items)) {
    const up = dep === undefined ? undefined : movedUp(dep, baseByKey)
    if (up !== undefined && detection.severity === 'block') {
      // An upgrade never blocks: it may still say what remains.
      const was = up.from.version ?? up.from.range ?? ''
      out.push({ ...detection, severity: 'warn', message: `${detection.message} The change moves it up from ${was}, so this does not block.` })
    } else out.push(detection)
  }
  out.push(...downgradeRule(baseDeps, now.deps, env.policy))
  // Known vulnerabilities of what the change adds or moves (lockfile entries included: they are what gets installed).
  const vulnerable = await vulnerableRule(addedOrMoved(notPinnedBy(now.deps, pinnedBeside), baseDeps), env)
  for (const { detection } of vulnerable.items) out.push(detection)
  // What could not be checked, of the dependencies this change adds or moves only.
  const notes = emptyNotes()
  const was = (items: string[]) => new Set(items)
  const baseSeen = { u: was(base.notes.unchecked), s: was(base.notes.snapshotOnly), k: was(base.notes.unknown) }
  notes.unchecked.push(...head.notes.unchecked.filter((n) => !baseSeen.u.has(n)))
  notes.snapshotOnly.push(...head.notes.snapshotOnly.filter((n) => !baseSeen.s.has(n)))
  notes.unknown.push(...head.notes.unknown.filter((n) => !baseSeen.k.has(n)))
  for (const r of head.notes.reasons) notes.reasons.add(r)
  notes.advisories.push(...vulnerable.unchecked)
  for (const r of vulnerable.reasons) notes.advisoryReasons.add(r)
  const summary = notCheckedDetection(notes, env.eol.snapshot.dataDate, { line: 1 })
  if (summary) out.push(summary)
  return out
}

const inDiff = (ctx: AnalyzerContext) => ctx.mode === 'diff'

export const dependenciesAnalyzer: Analyzer = {
  name: 'dependencies',
  readsChange: true,
  claims: (path, ctx) => manifestKind(path) !== undefined && inScope(path, ctx),
  async analyze(file, ctx) {
    // Parse errors are per side (a diff reports the ones the change introduces); findings come from the whole tree
    // (check) or from the comparison with the base (diff).
    const kind = manifestKind(file.path)
    if (kind === undefined) return []
    await kind.prepare?.()
    const reading = read(kind, file, ctx)
    return 'deps' in reading || reading.error === undefined ? [] : [reading.error]
  },
  async analyzeSet(files, ctx) {
    for (const file of files) await manifestKind(file.path)?.prepare?.()
    if (inDiff(ctx)) return staleData(files, ctx)
    return [...(await checkTree(files, ctx)), ...staleData(files, ctx)]
  },
  async compare(before, after, ctx) {
    if (after === undefined) return []
    const kind = manifestKind(after.path)
    if (kind === undefined) return []
    await kind.prepare?.()
    return compareFile(before, after, kind, ctx, ruleEnvironment(ctx))
  }
}

export const dependenciesAnalyzers: Analyzer[] = [dependenciesAnalyzer]
