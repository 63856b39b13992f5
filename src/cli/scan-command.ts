/** What check, diff and plan share: load config, build a change set, run the pipeline, report, exit code. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ChangeSet } from '../change/change-set.js'
import { extendedConfigReader, loadConfig, localExtends } from '../config/load.js'
import { localExtendedPaths } from '../config/extends.js'
import type { Settings } from '../config/settings.js'
import { analyzers } from '../analyzers/registry.js'
import type { AnalyzerContext } from '../analyzers/analyzer.js'
import { createVersionSource, VERSION_SERVICE } from '../sources/versions/index.js'
import { ruleCatalog } from '../knowledge/catalog.js'
import { bundledKnowledge } from '../knowledge/knowledge.js'
import { packageVersion } from '../knowledge/package-root.js'
import { scan } from '../pipeline.js'
import { decide } from '../policy/policy.js'
import { reporterFor } from '../reporters/index.js'
import type { Report } from '../reporters/report.js'
import { EXIT, UsageError } from '../errors.js'
import type { CliIO } from './io.js'
import type { CommonOptions } from './options.js'

export interface ScanCommand {
  io: CliIO
  common: CommonOptions
  /** Where `.prodguard.yml` is looked up and paths are relative to. */
  root: string
  buildChangeSet: (settings: Settings) => ChangeSet
  mode?: AnalyzerContext['mode']
}

export async function runScanCommand(command: ScanCommand): Promise<number> {
  const { io, common } = command
  const config = await loadConfig(command.root, common.config)
  for (const notice of config.notices ?? []) io.stderr(`prodguard: notice: ${notice}\n`)
  const settings: Settings = {
    ...config.settings,
    offline: common.offline || config.settings.offline,
    failOn: common.failOn ?? config.settings.failOn
  }
  const changeSet = command.buildChangeSet(settings)
  let findings
  let stats
  try {
    const result = await scan(changeSet, {
      settings,
      knowledge: bundledKnowledge(),
      catalog: ruleCatalog(),
      analyzers: analyzers(),
      now: nowFrom(io.env),
      services: {
        [VERSION_SERVICE]: createVersionSource({ offline: settings.offline, cwd: command.root, env: io.env }),
        guardrail: { extendedConfig: extendedConfigReader(localExtends(command.root)), configFiles: localExtendedPaths(config.file) }
      },
      ...(command.mode ? { mode: command.mode } : {})
    })
    findings = result.findings
    stats = result.stats
  } finally {
    changeSet.close?.()
  }
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'prodguard', version: packageVersion() },
    decision: decide(findings, settings.failOn),
    findings,
    stats
  }
  const format = common.format ?? 'text'
  const catalog = ruleCatalog()
  const ruleIds = new Set(findings.map((f) => f.ruleId))
  const text = reporterFor(format)(report, {
    rules: catalog.all().filter((r) => ruleIds.has(r.id)),
    label: changeSet.label,
    color: format === 'text' && common.output === undefined && useColor(common, io),
    quiet: common.quiet
  })
  if (common.output !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, common.output), text)
    } catch (error) {
      throw new UsageError(`--output ${common.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
  } else {
    io.stdout(text)
  }
  return report.decision === 'blocked' ? EXIT.blocked : EXIT.ok
}

function useColor(common: CommonOptions, io: CliIO): boolean {
  if (common.color !== undefined) return common.color
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true
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
