/** What check, diff and plan share: load config, build a change set, run the pipeline, report, exit code. */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ChangeSet } from '../change/change-set.js'
import { extendedConfigReader, loadConfig, localExtends, stagedConfigReader } from '../config/load.js'
import { localExtendedPaths } from '../config/extends.js'
import type { Settings } from '../config/settings.js'
import { analyzers } from '../analyzers/registry.js'
import type { AnalyzerContext } from '../analyzers/analyzer.js'
import { createVersionSource, VERSION_SERVICE } from '../sources/versions/index.js'
import { ruleCatalog } from '../knowledge/catalog.js'
import { bundledKnowledge } from '../knowledge/knowledge.js'
import { withUserData } from '../knowledge/user-data.js'
import { packageVersion } from '../knowledge/package-root.js'
import { scan } from '../pipeline.js'
import { compareFindings, decide } from '../policy/policy.js'
import { applyBaseline, BASELINE_FILE, parseBaseline, type Baseline } from '../findings/baseline.js'
import { reportChunks } from '../reporters/index.js'
import type { Report } from '../reporters/report.js'
import { EXIT, UsageError } from '../errors.js'
import type { CliIO } from './io.js'
import type { CommonOptions } from './options.js'
import { runTrace } from './progress.js'
import { emptyPathMessage, NamedPathWatch, type NamedPath } from './named-paths.js'
import { MAX_RESULTS } from '../reporters/sarif.js'
import type { ReportContext } from '../reporters/report.js'
import { formatCount } from '../format-count.js'

export interface ScanCommand {
  io: CliIO
  common: CommonOptions
  /** Where `.prodguard.yml` is looked up and paths are relative to. */
  root: string
  buildChangeSet: (settings: Settings) => ChangeSet
  mode?: AnalyzerContext['mode']
  /** `check PATH...`: the paths named, so one that ends up with nothing scanned is said. */
  namedPaths?: { paths: NamedPath[]; inGit: boolean }
  /** Where the run happens, for what the report tells people to do (a pre-commit hook: `commit`). */
  stage?: ReportContext['stage']
  /** Keep only these repository-relative paths of the change set (the files pre-commit passes). */
  only?: ReadonlySet<string>
  /** The files on disk are the scanned versions (check, plan): the text reporter may look at a line to underline. */
  readsWorkTree?: boolean
  /** Instead of printing a report: what to do with the run's findings (`prodguard baseline`), and the exit code. */
  onReport?: (report: Report) => number
}

export async function runScanCommand(command: ScanCommand): Promise<number> {
  const { io, common } = command
  let changeSetSize = 0
  const trace = runTrace({
    write: io.stderr,
    terminal: io.stderrIsTTY === true && io.env['TERM'] !== 'dumb' && (io.env['CI'] === undefined || io.env['CI'] === ''),
    verbose: common.verbose,
    total: () => changeSetSize
  })
  trace.stage('config')
  const config = await loadConfig(command.root, common.config)
  for (const notice of config.notices ?? []) io.stderr(`prodguard: notice: ${notice}\n`)
  trace.note(`repository root ${command.root}; config ${config.source ?? 'none (defaults)'}`)
  const settings: Settings = {
    ...config.settings,
    offline: common.offline || config.settings.offline,
    failOn: common.failOn ?? config.settings.failOn
  }
  trace.stage('listing')
  const changeSet = command.buildChangeSet(settings)
  if (command.only !== undefined) {
    const only = command.only
    changeSet.files = changeSet.files.filter((f) => only.has(f.path) || (f.oldPath !== undefined && only.has(f.oldPath)))
  }
  changeSetSize = changeSet.files.length
  trace.note(`${formatCount(changeSetSize)} files in the change set (${changeSet.label})`)
  const watch = command.namedPaths && command.namedPaths.paths.length > 0 ? new NamedPathWatch(command.namedPaths.paths, command.root, command.namedPaths.inGit) : undefined
  if (watch) for (const file of changeSet.files) watch.listedFile(file.path)
  trace.stage('analysis')
  const scanNow = nowFrom(io.env)
  let findings
  let stats
  try {
    const result = await scan(changeSet, {
      settings,
      knowledge: withUserData(bundledKnowledge(), io.env, (text) => trace.note(text)),
      catalog: ruleCatalog(),
      analyzers: analyzers(),
      now: scanNow,
      services: {
        [VERSION_SERVICE]: createVersionSource({ offline: settings.offline, cwd: command.root, env: io.env }),
        guardrail: {
          extendedConfig: extendedConfigReader(localExtends(command.root)),
          configFiles: localExtendedPaths(config.file),
          // a staged change has no project tree: an untouched `.prodguard.yaml` an added `.prodguard.yml` shadows is read from the index
          ...(changeSet.mode === 'diff' && changeSet.trees?.head === undefined ? { configText: stagedConfigReader(command.root) } : {})
        },
        // `check examples/shop`: a named path is in dependency scope although examples are not by default.
        ...(command.namedPaths ? { namedPaths: command.namedPaths.paths.map((n) => n.path) } : {})
      },
      ...(command.mode ? { mode: command.mode } : {}),
      observer: (event) => {
        trace.file(event)
        if (watch) {
          watch.file(event)
          if (event.outcome === 'ignored') watch.configIgnored(event.path)
        }
      }
    })
    findings = result.findings
    stats = result.stats
  } finally {
    changeSet.close?.()
  }
  const empty = watch?.empty() ?? []
  if (watch && empty.length === command.namedPaths!.paths.length && stats.files === 0 && empty.some((e) => e.reason !== 'empty')) {
    trace.finish()
    throw new UsageError(
      `check: nothing was scanned: ${empty.map((e) => emptyPathMessage(e.given, e.reason)).join('; ')}`,
      'name files outside ignored folders, or change .gitignore or `ignore` in the config'
    )
  }
  const now = scanNow
  const baseline = loadBaseline(command.root)
  if (baseline !== undefined && command.onReport === undefined) {
    applyBaseline(findings, baseline.baseline, baseline.text, now)
    findings.sort(compareFindings)
    trace.note(`${BASELINE_FILE}: ${baseline.baseline.entries.length} entries`)
  }
  trace.stage('report')
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'prodguard', version: packageVersion() },
    decision: decide(findings, settings.failOn),
    findings,
    stats
  }
  if (command.onReport !== undefined) {
    trace.finish()
    return command.onReport(report)
  }
  const format = common.format ?? 'text'
  const catalog = ruleCatalog()
  const ruleIds = new Set(findings.map((f) => f.ruleId))
  const toTerminal = common.output === undefined
  const width = toTerminal && io.isTTY ? (io.columns ?? columnsFrom(io.env)) : columnsFrom(io.env)
  // written piece by piece as it is serialized: a report of many findings is never held whole
  const chunks = reportChunks(format, report, {
    rules: catalog.all().filter((r) => ruleIds.has(r.id)),
    label: changeSet.label,
    color: format === 'text' && toTerminal && useColor(common, io),
    quiet: common.quiet,
    ...(width !== undefined ? { width } : {}),
    ...(command.stage !== undefined ? { stage: command.stage } : {}),
    ...(command.readsWorkTree ? { sourceLine: workTreeLines(command.root) } : {})
  })
  trace.clear()
  if (common.output !== undefined) {
    let fd: number | undefined
    try {
      fd = openSync(resolve(io.cwd, common.output), 'w')
      for (const chunk of chunks) writeAll(fd, chunk)
    } catch (error) {
      throw new UsageError(`--output ${common.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  } else {
    for (const chunk of chunks) {
      io.stdout(chunk)
      await io.drained?.()
    }
  }
  trace.finish()

  // Said on stderr, after the report: about this invocation rather than about the code.
  if (format === 'sarif' && findings.length > MAX_RESULTS) {
    io.stderr(`prodguard: the SARIF file holds the ${formatCount(MAX_RESULTS)} most severe of ${formatCount(findings.length)} findings (GitHub code scanning rejects more); \`--format json\` lists them all.\n`)
  }
  for (const e of empty) io.stderr(`prodguard: note: ${emptyPathMessage(e.given, e.reason)}.\n`)
  return report.decision === 'blocked' ? EXIT.blocked : EXIT.ok
}

/** The repository's baseline file, when there is one; a broken one is a usage error (exit 2), never ignored. */
export function loadBaseline(root: string): { baseline: Baseline; text: string } | undefined {
  const file = join(root, BASELINE_FILE)
  if (!existsSync(file)) return undefined
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`${BASELINE_FILE}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const parsed = parseBaseline(text)
  if (typeof parsed === 'string') throw new UsageError(`${BASELINE_FILE}: ${parsed}`, 'fix the file, or write it again with `prodguard baseline --reason "..."`')
  return { baseline: parsed, text }
}

/** Writes the whole text (writeSync may write part of it). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text)
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at)
}

/** `COLUMNS` when set to a number (a terminal's width passed on, e.g. by `script` or an editor). */
function columnsFrom(env: NodeJS.ProcessEnv): number | undefined {
  const n = Number(env['COLUMNS'])
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/** A line of a file in the work tree, read once per file, only to place an underline (never printed). */
function workTreeLines(root: string): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>()
  return (file, line) => {
    if (!cache.has(file)) {
      let lines: string[] | undefined
      try {
        const text = readFileSync(join(root, file))
        lines = text.length > 4 * 1024 * 1024 ? undefined : text.toString('utf8').split('\n')
      } catch {
        lines = undefined
      }
      cache.set(file, lines)
    }
    return cache.get(file)?.[line - 1]
  }
}

function useColor(common: CommonOptions, io: CliIO): boolean {
  if (common.color !== undefined) return common.color
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true
  if (io.env['TERM'] === 'dumb') return false
  return io.isTTY
}

/** `PRODGUARD_NOW` pins "now" (ISO date) for reproducible end-of-life results. */
function nowFrom(env: NodeJS.ProcessEnv): Date {
  const pinned = env['PRODGUARD_NOW']
  if (pinned === undefined || pinned === '') return new Date()
  const date = new Date(pinned)
  if (Number.isNaN(date.getTime())) throw new UsageError(`PRODGUARD_NOW=${pinned}: not a date (expected e.g. 2026-01-31)`)
  return date
}
