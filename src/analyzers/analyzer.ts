/**
 * The contract every analyzer family implements. Analyzers are pure: text in, detections out.
 * No I/O of their own, no globals, no network; knowledge and version sources come in through the context.
 */
import type { Severity } from '../findings/finding.js'
import type { FoundSecret } from '../findings/redaction.js'
import type { Settings } from '../config/settings.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { ProjectModel } from '../project/model.js'

/** A file's text as an analyzer sees it. `path` is repository-relative, POSIX separators. */
export interface SourceText {
  path: string
  text: string
}

/** What an analyzer reports. The pipeline adds category, default severity, docs and the fingerprint. */
export interface Detection {
  ruleId: string
  /** 1-based line of the offending construct. */
  line: number
  /** 1-based column. */
  column?: number
  endLine?: number
  endColumn?: number
  message: string
  /** The offending snippet, short (one statement or line; secrets redacted by the analyzer). */
  evidence: string
  /** Overrides the rule's catalog hint when the analyzer knows better. */
  hint?: string
  /** Overrides the rule's default severity (e.g. a down migration is `warn`). Config still wins. */
  severity?: Severity
  /**
   * What makes this detection the same across unrelated edits: a normalized statement, a resource address,
   * a key path. Never a line number. The fingerprint is rule + file + identity (+ ordinal among equals).
   */
  identity: string
  /** Only for `analyzeSet`: the file the detection is in. */
  file?: string
  /** Raw values this detection found (never printed): the pipeline scrubs them from every finding's text. */
  secrets?: readonly FoundSecret[]
}

export interface AnalyzerContext {
  settings: Settings
  knowledge: Knowledge
  /** "Now" as an input, so time-dependent rules (end of life) are testable. */
  now: Date
  mode: 'check' | 'diff' | 'plan'
  /** Optional services an analyzer may be given (e.g. the dependency analyzer's version source). */
  services: AnalyzerServices
  /**
   * The rest of the change, for rules about "earlier in the same change" and files that only mean something
   * together. In `check` it holds every file of the tree (none of them `added`).
   */
  change?: ChangeContext
  /**
   * How the deploy tools combine this side's files (Helm values layers), computed by the pipeline from the
   * repository at the version being analyzed. Absent when the source offers no repository.
   */
  project?: ProjectModel
}

/**
 * What an analyzer may know about the other files of a change. Paths are known up front; texts are read only when
 * an analyzer asks, and never held: an analyzer that needs a file twice keeps its own summary of it.
 */
export interface ChangeContext {
  /** Every path the change adds. */
  added: ReadonlySet<string>
  /** The paths the change adds, modifies or renames that an analyzer declaring `readsChange` claims (in `check`: all). */
  changed: ReadonlySet<string>
  /** The `changed` paths directly in a folder (`''` for the root, else `dir/sub/`), sorted. */
  inFolder(folder: string): readonly string[]
  /** The new text of a `changed` path, read now; undefined when it is not readable text. */
  newText(path: string): Promise<string | undefined>
}

/** Ports to the outside world, injected by the front door; analyzers never reach out on their own. */
export interface AnalyzerServices {
  [name: string]: unknown
}

export interface Analyzer {
  /** Short, stable name of the family: `sql`, `migrations`, `compose`, ... */
  name: string
  /**
   * `required` (the default): a claimed file that cannot be read is an `unanalyzable` finding (fail closed).
   * `best-effort`: for broad scanners that claim every file (secrets): binary content is outside their scope and
   * skipped, and text in a legacy encoding (Latin-1 properties files) is read leniently rather than refused.
   */
  readability?: 'required' | 'best-effort'
  /**
   * Offer the changed files this analyzer claims through `ctx.change` (read on demand by `newText`): a migration that drops a table another new migration of the change creates,
   * a Terraform resource that moved to another file of its module.
   */
  readsChange?: boolean
  /**
   * Runs on files `ignore` excludes too: the guardrail, so that a config ignoring `.github/**` or `**` cannot hide a
   * workflow that forges the verdict or a config that loosens the gate.
   */
  scansIgnored?: boolean
  /** Cheap routing by path alone: only analyzers that claim a path get its content. */
  claims(path: string, ctx: AnalyzerContext): boolean
  /** Analyze one file's full text. */
  analyze(file: SourceText, ctx: AnalyzerContext): Detection[] | Promise<Detection[]>
  /**
   * Analyze a file too large to hold as one string, as a stream of decoded chunks (a multi-GB SQL dump).
   * Analyzers without it report large files as `unanalyzable`.
   */
  analyzeChunks?(path: string, chunks: Iterable<string>, ctx: AnalyzerContext): Detection[] | Promise<Detection[]>
  /**
   * Transition rules that need both sides of a change (a protection removed, a resource deleted).
   * Called in diff mode for each changed file the analyzer claims; either side may be absent.
   */
  compare?(before: SourceText | undefined, after: SourceText | undefined, ctx: AnalyzerContext): Detection[] | Promise<Detection[]>
  /**
   * Rules that look across files (the same credential in a dev and a prod config). Called once with every
   * file of one side that the analyzer claims.
   */
  analyzeSet?(files: SourceText[], ctx: AnalyzerContext): Detection[] | Promise<Detection[]>
  /**
   * For rules across files that need only a little of each file: called for each claimed file read whole, in place of
   * holding its text until the end of the scan. The summary is plain data (findings still to be settled, a version a
   * file declares); memory then grows with findings, not with the files read. `undefined`: nothing of this file is
   * needed (it is then not among the summaries `analyzeSummaries` gets).
   */
  summarize?(file: SourceText, ctx: AnalyzerContext): unknown
  /** Called once per side with the summaries of that side's files, in scan order. */
  analyzeSummaries?(summaries: FileSummary[], ctx: AnalyzerContext): Detection[] | Promise<Detection[]>
}

/** What `summarize` kept of one file. */
export interface FileSummary {
  path: string
  summary: unknown
}
