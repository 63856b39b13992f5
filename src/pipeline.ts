/**
 * The one way through the house: change set -> analyzers -> findings (new ones only) -> policy.
 * Diff awareness lives here and only here: each changed file is analyzed before and after, and a finding is kept
 * when its fingerprint is new in the "after" version.
 */
import type { Analyzer, AnalyzerContext, AnalyzerServices, ChangeContext, Detection, FileSummary, SourceText } from './analyzers/analyzer.js'
import type { ChangeSet, ChangedFile, FileVersion } from './change/change-set.js'
import { DecodeError, type FileContent } from './change/content.js'
import type { Settings } from './config/settings.js'
import { compileGlobs } from './config/globs.js'
import { migrationLanguage } from './analyzers/migrations/recognize.js'
import { isCategory, type Category, type Finding } from './findings/finding.js'
import { fingerprintOf, OrdinalCounter } from './findings/fingerprint.js'
import { matchSuppression, parseSuppressions, type InlineSuppression } from './findings/suppressions.js'
import type { Knowledge } from './knowledge/knowledge.js'
import { DOCS_BASE_URL, type RuleCatalog } from './knowledge/catalog.js'
import { compareFindings, resolveSeverity } from './policy/policy.js'
import { FoundSecrets, redactFindings } from './findings/redaction.js'
import { describeError } from './errors.js'
import { ProjectModel } from './project/model.js'
import { versionsTree } from './project/tree.js'
import { lazyChange } from './project/change.js'

export interface ScanOptions {
  settings: Settings
  knowledge: Knowledge
  catalog: RuleCatalog
  analyzers: Analyzer[]
  now?: Date
  services?: AnalyzerServices
  /** `plan` when the change set is a Terraform plan; defaults to the change set's mode. */
  mode?: AnalyzerContext['mode']
  /** Told about each file as the run goes (the CLI's progress line and --verbose); never changes the result. */
  observer?: (event: FileEvent) => void
}

/** What became of one file of the change set. */
export type FileEvent =
  | { path: string; outcome: 'ignored' | 'unclaimed' }
  | { path: string; outcome: 'scanned'; analyzers: string[]; bytes: number; ms: number }

export interface ScanStats {
  files: number
  bytes: number
  ms: number
}

export interface ScanResult {
  findings: Finding[]
  stats: ScanStats
}

/** A detection tied to the file it came from, before it becomes a finding. */
interface Located {
  detection: Detection
  file: string
}

interface SideResult {
  detections: Detection[]
  /** The text, when the version could be read whole (for suppressions and set rules). */
  text?: string
  unreadable?: Detection
  bytes: number
}

export async function scan(changeSet: ChangeSet, options: ScanOptions): Promise<ScanResult> {
  const started = performance.now()
  const ctx: AnalyzerContext = {
    settings: options.settings,
    knowledge: options.knowledge,
    now: options.now ?? new Date(),
    mode: options.mode ?? changeSet.mode,
    services: options.services ?? {}
  }
  const ignored = compileGlobs(options.settings.ignore)
  const diff = changeSet.mode === 'diff'
  const stats: ScanStats = { files: 0, bytes: 0, ms: 0 }
  const located: Located[] = []
  const suppressionsByFile = new Map<string, { head: Map<number, InlineSuppression>; baseKeys: Set<string> | undefined }>()
  const setInputs = new Map<Analyzer, { head: SourceText[]; base: SourceText[] }>()
  const summaries = new Map<Analyzer, { head: FileSummary[]; base: FileSummary[] }>()
  const found = new FoundSecrets()

  const recent = new RecentReads()
  // in check mode every file is "changed" and none is added: analyzers that read across files see the whole tree
  ctx.change = changeContext(changeSet, options.analyzers, ctx, ignored, recent)
  // the project model of each side: how deploy tools combine files (a chart's values layers), built on demand
  const baseModel = changeSet.trees?.base !== undefined ? new ProjectModel(changeSet.trees.base) : undefined
  ctx.project = new ProjectModel(changeSet.trees?.head ?? versionsTree(new Map(changeSet.files.flatMap((f) => (f.after ? [[f.path, f.after] as const] : [])))), baseModel)
  const baseCtx: AnalyzerContext = baseModel !== undefined ? { ...ctx, project: baseModel } : ctx

  const observe = options.observer
  for (const file of changeSet.files) {
    const isIgnored = ignored(file.path) || (file.oldPath !== undefined && ignored(file.oldPath) && ignored(file.path))
    const candidates = isIgnored ? options.analyzers.filter((a) => a.scansIgnored === true) : options.analyzers
    const claimed = candidates.filter((a) => a.claims(file.path, ctx) || (file.oldPath !== undefined && a.claims(file.oldPath, ctx)))
    if (claimed.length === 0 && (file.submodule !== true || isIgnored)) {
      observe?.({ path: file.path, outcome: isIgnored ? 'ignored' : 'unclaimed' })
      continue
    }
    stats.files++
    const fileStarted = observe === undefined ? 0 : performance.now()

    // A migration renamed into or within a migrations folder runs again under its new name: it is a new migration,
    // and its findings are all new (the old path's findings do not excuse them).
    const asAdded = file.status === 'added' || renamedMigration(file, options.settings)
    const head = file.after ? await runSide(file.path, file.after, claimed, ctx, options.settings, recent) : undefined
    const base = diff && file.before && !asAdded ? await runSide(file.path, file.before, claimed, baseCtx, options.settings, recent) : undefined
    stats.bytes += head?.bytes ?? base?.bytes ?? 0

    // Unreadable "after" versions always count: a change we could not read is never silently passed.
    if (head?.unreadable) located.push({ detection: head.unreadable, file: file.path })

    const headDetections = head?.detections ?? []
    found.addFrom([...headDetections, ...(base?.detections ?? [])])
    const kept = base ? keepNew(file.path, headDetections, base.detections) : headDetections
    for (const detection of kept) located.push({ detection, file: file.path })

    // Transition rules need both versions whole: a side that exists but was streamed or unreadable is not "absent".
    const headWhole = file.after === undefined || head?.text !== undefined
    const baseWhole = file.before === undefined || asAdded || base?.text !== undefined
    if (diff && headWhole && baseWhole) {
      // a file `analyze` already reported as unparseable is not reported again by `compare`
      const reported = kept.some((d) => d.ruleId === 'unanalyzable/parse-error')
      for (const detection of await runCompare(file, claimed, ctx, head?.text, base?.text)) {
        if (detection.ruleId === 'unanalyzable/parse-error' && reported) continue
        located.push({ detection, file: file.path })
      }
    }

    if (head?.text !== undefined) {
      const headSuppressions = parseSuppressions(head.text)
      if (headSuppressions.size > 0) {
        // In a diff, a suppression whose comment is not in the base version is one the change adds.
        const baseKeys = diff ? new Set(base?.text !== undefined ? [...parseSuppressions(base.text).values()].map((s) => s.key) : []) : undefined
        suppressionsByFile.set(file.path, { head: headSuppressions, baseKeys })
      }
    }

    for (const analyzer of claimed) {
      if (analyzer.summarize !== undefined) {
        const kept = summaries.get(analyzer) ?? { head: [], base: [] }
        summaries.set(analyzer, kept)
        if (head?.text !== undefined) located.push(...(await summarizeInto(kept.head, analyzer, file.path, head.text, ctx)))
        if (base?.text !== undefined) await summarizeInto(kept.base, analyzer, file.path, base.text, baseCtx)
      }
      if (analyzer.analyzeSet === undefined) continue
      const inputs = setInputs.get(analyzer) ?? { head: [], base: [] }
      setInputs.set(analyzer, inputs)
      if (head?.text !== undefined) inputs.head.push({ path: file.path, text: head.text })
      if (base?.text !== undefined) inputs.base.push({ path: file.path, text: base.text })
    }
    observe?.({ path: file.path, outcome: 'scanned', analyzers: claimed.map((a) => a.name), bytes: head?.bytes ?? base?.bytes ?? 0, ms: performance.now() - fileStarted })
  }

  for (const [analyzer, inputs] of setInputs) {
    const headSet = await guarded(analyzer, '(all files)', () => analyzer.analyzeSet!(inputs.head, ctx))
    if (!diff) {
      for (const item of headSet) located.push(item)
      continue
    }
    const baseSet = await guarded(analyzer, '(all files)', () => analyzer.analyzeSet!(inputs.base, ctx))
    const baseFingerprints = new Set(fingerprintAll(baseSet))
    const headFingerprints = fingerprintAll(headSet)
    headSet.forEach((item, i) => {
      if (!baseFingerprints.has(headFingerprints[i]!)) located.push(item)
    })
  }

  for (const [analyzer, kept] of summaries) {
    if (analyzer.analyzeSummaries !== undefined) located.push(...(await settledSummaries(analyzer, kept, ctx, diff)))
  }

  const findings = redactFindings(toFindings(located, options.catalog, options.settings, suppressionsByFile), found)
  // the detections are findings now: what they hold (and the file texts their slices point into) can go
  located.length = 0
  setInputs.clear()
  suppressionsByFile.clear()
  findings.sort(compareFindings)
  stats.ms = Math.round(performance.now() - started)
  return { findings, stats }
}

/**
 * The change as context: the added paths, and the changed files that analyzers declaring `readsChange` claim, whose
 * new texts are read only when an analyzer asks (nothing is read ahead).
 */
function changeContext(changeSet: ChangeSet, analyzers: Analyzer[], ctx: AnalyzerContext, ignored: (path: string) => boolean, recent: RecentReads): ChangeContext {
  const readers = analyzers.filter((a) => a.readsChange === true)
  const added = new Set<string>()
  const versions = new Map<string, FileVersion>()
  for (const file of changeSet.files) {
    if (ignored(file.path)) continue
    if (file.status === 'added' || renamedMigration(file, ctx.settings)) added.add(file.path)
    const after = file.after
    if (after !== undefined && readers.some((a) => a.claims(file.path, ctx))) versions.set(file.path, { read: () => recent.read(after) })
  }
  return lazyChange(added, versions)
}

/**
 * The contents of the last few files read, by version. Analyzers that read a file's neighbours through `ctx.change`
 * (an ory/pop migration's other dialects and directions, the files of a Terraform module) mostly ask for files the
 * scan has just read or reads next; those are not read from disk a second time. Bounded in entries and bytes, so
 * memory does not grow with the number of files.
 */
class RecentReads {
  private readonly kept = new Map<FileVersion, FileContent>()
  private bytes = 0

  constructor(
    private readonly maxEntries = 1024,
    private readonly maxBytes = 4 << 20
  ) {}

  async read(version: FileVersion): Promise<FileContent> {
    const hit = this.kept.get(version)
    if (hit !== undefined) {
      // the most recently used goes last; the first is the next to go
      this.kept.delete(version)
      this.kept.set(version, hit)
      return hit
    }
    const content = await version.read()
    if (content.kind !== 'text' || content.bytes > this.maxBytes / 4) return content
    this.kept.set(version, content)
    this.bytes += content.bytes
    for (const [oldest, kept] of this.kept) {
      if (this.kept.size <= this.maxEntries && this.bytes <= this.maxBytes) break
      this.kept.delete(oldest)
      this.bytes -= kept.bytes
    }
    return content
  }
}

/** Folders named for migrations (`migrations`, `db/migrate`, `Migrations`, `db-migrations`), anywhere above the file. */
const MIGRATIONS_FOLDER = /(^|\/)[\w.-]*(?:migrations?|migrate)\//i
/** Flyway's versioned and undo migrations, named by version wherever they are kept. */
const FLYWAY_NAME = /(^|\/)[VU]\d[\w.]*__[^/]*\.sql$/i
const MIGRATION_SQL = /\.(?:sql|psql|pgsql|plpgsql|plsql|mysql|tsql|ddl|dml)$/i

/** A rename whose new path is a migration (framework, SQL in a migrations folder, Flyway name, `paths.migrations`). */
function renamedMigration(file: ChangedFile, settings: Settings): boolean {
  if (file.status !== 'renamed' || file.oldPath === undefined || file.oldPath === file.path) return false
  const path = file.path
  if (migrationLanguage(path, settings) !== undefined) return true
  if (compileGlobs(settings.paths.migrations)(path)) return true
  return MIGRATION_SQL.test(path) && (MIGRATIONS_FOLDER.test(path) || FLYWAY_NAME.test(path))
}

/** Without a repository from the source: the new texts of the change's own files that the model reads. */
async function runSide(path: string, version: FileVersion, claimed: Analyzer[], ctx: AnalyzerContext, settings: Settings, recent: RecentReads): Promise<SideResult> {
  let content: FileContent
  try {
    content = await recent.read(version)
  } catch (error) {
    content = { kind: 'unreadable', reason: 'unreadable', detail: describeError(error), bytes: 0 }
  }
  if (content.kind === 'unreadable') {
    const strict = claimed.filter((a) => a.readability !== 'best-effort')
    const lenient = claimed.filter((a) => a.readability === 'best-effort')
    const detections: Detection[] = []
    if (content.lenientText !== undefined && lenient.length > 0) {
      const source: SourceText = { path, text: content.lenientText }
      for (const analyzer of lenient) for (const item of await guarded(analyzer, path, () => analyzer.analyze(source, ctx))) detections.push(item.detection)
    }
    // Content only best-effort analyzers wanted is out of scope, not a failure.
    // A submodule bump is said whoever claims the path (information: its content is another repository's).
    if (strict.length === 0 && content.reason !== 'submodule') return { detections, bytes: content.bytes }
    return { detections, unreadable: unreadableDetection(content.reason, content.detail), bytes: content.bytes }
  }
  const detections: Detection[] = []
  if (content.kind === 'text' && content.bytes <= settings.limits.maxFileBytes) {
    const source: SourceText = { path, text: content.text }
    const conflict = claimed.some((a) => a.readability !== 'best-effort') ? conflictMarker(content.text) : undefined
    if (conflict !== undefined) detections.push(conflict)
    for (const analyzer of claimed) {
      for (const item of await guarded(analyzer, path, () => analyzer.analyze(source, ctx))) detections.push(item.detection)
    }
    return { detections: oneUnanalyzable(detections), text: content.text, bytes: content.bytes }
  }
  // Too large to hold whole: analyzers that can stream read it in chunks; for the others it is unanalyzable.
  const chunks = content.kind === 'large' ? content.chunks : textChunks(content.text)
  for (const analyzer of claimed) {
    if (analyzer.analyzeChunks === undefined) {
      detections.push(
        unreadableDetection('too-large', `${content.bytes} bytes is over the ${settings.limits.maxFileBytes}-byte limit for the ${analyzer.name} analyzer`)
      )
      continue
    }
    try {
      for (const detection of await analyzer.analyzeChunks(path, chunks(), ctx)) detections.push(detection)
    } catch (error) {
      if (error instanceof DecodeError) {
        if (analyzer.readability === 'best-effort') continue
        return { detections: [], unreadable: unreadableDetection(error.reason, error.detail), bytes: content.bytes }
      }
      detections.push(analyzerFailure(analyzer, error))
    }
  }
  return { detections: oneUnanalyzable(detections), bytes: content.bytes }
}

/**
 * Unresolved merge-conflict markers (`<<<<<<<`, `=======`, `>>>>>>>` on lines of their own, in that order): what
 * follows the first marker is two versions at once, which no reader takes as written. Found in one pass over lines.
 */
function conflictMarker(text: string): Detection | undefined {
  const start = text.indexOf('<<<<<<<')
  if (start === -1) return undefined
  let stage = 0
  let line = 1
  let startLine = 0
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf('\n', at)
    const next = end === -1 ? text.length : end
    if (at >= start - 1 || stage > 0) {
      const head = text.slice(at, Math.min(next, at + 8)).replace(/\r$/, '')
      if (stage === 0 && /^<{7}(?: |$)/.test(head)) {
        stage = 1
        startLine = line
      } else if (stage === 1 && /^={7}$/.test(head)) stage = 2
      else if (stage === 2 && /^>{7}(?: |$)/.test(head)) {
        return {
          ruleId: 'unanalyzable/parse-error',
          line: startLine,
          message: `Unresolved merge-conflict markers from line ${startLine}: the file holds two versions at once, and prodguard cannot vouch for either.`,
          evidence: '',
          identity: 'merge-conflict-markers'
        }
      }
    }
    if (end === -1) break
    at = end + 1
    line++
  }
  return undefined
}

/** Several analyzers that claim a file may each fail to read it: reported once per reason (and line, for a parse error). */
function oneUnanalyzable(detections: Detection[]): Detection[] {
  const seen = new Set<string>()
  return detections.filter((d) => {
    if (!d.ruleId.startsWith('unanalyzable/')) return true
    const key = d.ruleId === 'unanalyzable/analyzer-error' ? `${d.ruleId}\0${d.identity}` : d.ruleId === 'unanalyzable/parse-error' ? `${d.ruleId}\0${d.line}` : d.ruleId
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function textChunks(text: string): () => Iterable<string> {
  return function* () {
    const size = 1 << 20
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
  }
}

async function runCompare(
  file: ChangedFile,
  claimed: Analyzer[],
  ctx: AnalyzerContext,
  headText: string | undefined,
  baseText: string | undefined
): Promise<Detection[]> {
  const out: Detection[] = []
  const after = headText !== undefined ? { path: file.path, text: headText } : undefined
  const before = baseText !== undefined ? { path: file.oldPath ?? file.path, text: baseText } : undefined
  if (after === undefined && before === undefined) return out
  for (const analyzer of claimed) {
    if (analyzer.compare === undefined) continue
    for (const item of await guarded(analyzer, file.path, () => analyzer.compare!(before, after, ctx))) out.push(item.detection)
  }
  return out
}

/** Runs analyzer code; a crash becomes a blocking finding about that file, never a crashed run. */
/** Keeps a file's summary for `analyzeSummaries`; a failure is the file's finding. */
async function summarizeInto(kept: FileSummary[], analyzer: Analyzer, path: string, text: string, ctx: AnalyzerContext): Promise<Located[]> {
  try {
    kept.push({ path, summary: await analyzer.summarize!({ path, text }, ctx) })
    return []
  } catch (error) {
    return [{ detection: analyzerFailure(analyzer, error), file: path }]
  }
}

/** The summaries' findings of the head side; in a diff, only those the base side does not have. */
async function settledSummaries(analyzer: Analyzer, kept: { head: FileSummary[]; base: FileSummary[] }, ctx: AnalyzerContext, diff: boolean): Promise<Located[]> {
  const headSet = await guarded(analyzer, '(all files)', () => analyzer.analyzeSummaries!(kept.head, ctx))
  if (!diff) return headSet
  const baseFingerprints = new Set(fingerprintAll(await guarded(analyzer, '(all files)', () => analyzer.analyzeSummaries!(kept.base, ctx))))
  const headFingerprints = fingerprintAll(headSet)
  return headSet.filter((_, i) => !baseFingerprints.has(headFingerprints[i]!))
}

async function guarded(analyzer: Analyzer, file: string, run: () => Detection[] | Promise<Detection[]>): Promise<Located[]> {
  try {
    return (await run()).map((detection) => ({ detection, file: detection.file ?? file }))
  } catch (error) {
    return [{ detection: analyzerFailure(analyzer, error), file }]
  }
}

function analyzerFailure(analyzer: Analyzer, error: unknown): Detection {
  return {
    ruleId: 'unanalyzable/analyzer-error',
    line: 1,
    message: `The ${analyzer.name} analyzer failed on this file: ${describeError(error)}`,
    evidence: '',
    identity: `${analyzer.name}:${describeError(error)}`
  }
}

function unreadableDetection(reason: string, detail: string): Detection {
  return {
    ruleId: `unanalyzable/${reason}`,
    line: 1,
    message: `Could not analyze this file: ${detail}.`,
    evidence: '',
    identity: `${reason}:${detail}`
  }
}

/** The detections of "after" whose fingerprints are not in "before". */
function keepNew(path: string, head: Detection[], base: Detection[]): Detection[] {
  if (base.length === 0) return head
  const baseSet = new Set(fingerprints(path, base))
  const headPrints = fingerprints(path, head)
  return head.filter((_, i) => !baseSet.has(headPrints[i]!))
}

function fingerprints(path: string, detections: Detection[]): string[] {
  const ordinals = new OrdinalCounter()
  return detections.map((d) => fingerprintOf(d.ruleId, path, d.identity, ordinals.next(d.ruleId, d.identity)))
}

function fingerprintAll(items: Located[]): string[] {
  const counters = new Map<string, OrdinalCounter>()
  return items.map(({ detection: d, file }) => {
    const counter = counters.get(file) ?? new OrdinalCounter()
    counters.set(file, counter)
    return fingerprintOf(d.ruleId, file, d.identity, counter.next(d.ruleId, d.identity))
  })
}

function toFindings(
  located: Located[],
  catalog: RuleCatalog,
  settings: Settings,
  suppressionsByFile: Map<string, { head: Map<number, InlineSuppression>; baseKeys: Set<string> | undefined }>
): Finding[] {
  const counters = new Map<string, OrdinalCounter>()
  const findings: Finding[] = []
  // A run of many files repeats the same messages, evidence and hints: each text is held once, as a string of its
  // own (a slice of a file's text would keep the whole file alive for as long as the finding).
  const texts = new Map<string, string>()
  const held = (text: string): string => {
    let one = texts.get(text)
    if (one === undefined) {
      one = text.length > 12 ? flat(text) : text
      texts.set(one, one)
    }
    return one
  }
  for (const { detection: d, file } of located) {
    const counter = counters.get(file) ?? new OrdinalCounter()
    counters.set(file, counter)
    const ordinal = counter.next(d.ruleId, d.identity)
    const meta = catalog.get(d.ruleId)
    const categoryName = d.ruleId.split('/')[0]!
    const category: Category = meta?.category ?? (isCategory(categoryName) ? categoryName : 'unanalyzable')
    const severity = resolveSeverity(settings, d.ruleId, meta?.severity ?? 'block', d.severity)
    if (severity === 'off') continue
    const finding: Finding = {
      ruleId: d.ruleId,
      category,
      severity,
      file,
      line: d.line,
      ...(d.column !== undefined ? { column: d.column } : {}),
      ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
      ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
      message: held(d.message),
      evidence: held(d.evidence),
      hint: held(d.hint ?? meta?.hint ?? ''),
      docs: meta?.docs ?? `${DOCS_BASE_URL}/${d.ruleId}.md`,
      fingerprint: fingerprintOf(d.ruleId, file, d.identity, ordinal)
    }
    const suppressions = suppressionsByFile.get(file)
    if (suppressions) {
      const match = matchSuppression(suppressions.head, d.ruleId, d.line)
      if (match.kind === 'suppressed') {
        finding.suppressed = {
          reason: match.suppression.reason!,
          source: 'inline',
          line: match.suppression.line,
          addedInChange: suppressions.baseKeys !== undefined && !suppressions.baseKeys.has(match.suppression.key)
        }
      } else if (match.kind === 'missing-reason') {
        finding.message += ` (the prodguard-ignore on line ${match.suppression.line} is not applied: it needs a reason, \`-- why\`)`
      }
    }
    findings.push(finding)
  }
  return findings
}

/** A copy of `text` that shares no storage with the string it was cut from. */
function flat(text: string): string {
  // JSON keeps lone surrogates as escapes, so the copy is the same text whatever it holds
  return JSON.parse(JSON.stringify(text)) as string
}
