/** Runs the real pipeline over in-memory files: the way analyzer tests read like a specification. */
import type { Analyzer, AnalyzerServices } from '../../src/analyzers/analyzer.js'
import { analyzers as allAnalyzers } from '../../src/analyzers/registry.js'
import { textVersion, type ChangeSet } from '../../src/change/change-set.js'
import { resolveSettings, type ConfigFile } from '../../src/config/settings.js'
import type { Finding } from '../../src/findings/finding.js'
import { ruleCatalog } from '../../src/knowledge/catalog.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import { scan } from '../../src/pipeline.js'
import { diffChangeSet } from '../../src/sources/git.js'

export interface ScanTestOptions {
  config?: ConfigFile
  now?: Date
  analyzers?: Analyzer[]
  services?: AnalyzerServices
  mode?: 'check' | 'diff' | 'plan'
}

const knowledge = bundledKnowledge()

function options(opts: ScanTestOptions) {
  return {
    settings: resolveSettings(opts.config),
    knowledge,
    catalog: ruleCatalog(),
    analyzers: opts.analyzers ?? allAnalyzers(),
    now: opts.now ?? new Date('2026-11-28T00:00:00Z'),
    ...(opts.services ? { services: opts.services } : {}),
    ...(opts.mode ? { mode: opts.mode } : {})
  }
}

/** `check` over whole files. */
export async function scanFiles(files: Record<string, string>, opts: ScanTestOptions = {}): Promise<Finding[]> {
  const changeSet: ChangeSet = {
    mode: 'check',
    label: 'test',
    files: Object.entries(files).map(([path, text]) => ({ path, status: 'current' as const, after: textVersion(text) }))
  }
  return (await scan(changeSet, options(opts))).findings
}

/** `diff` between two versions of a tree; a path missing on one side is added or deleted. */
export async function scanChange(before: Record<string, string>, after: Record<string, string>, opts: ScanTestOptions = {}): Promise<Finding[]> {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)])
  const changeSet: ChangeSet = { mode: 'diff', label: 'test', files: [] }
  for (const path of paths) {
    const b = before[path]
    const a = after[path]
    if (b === a) continue
    changeSet.files.push({
      path,
      status: b === undefined ? 'added' : a === undefined ? 'deleted' : 'modified',
      ...(b !== undefined ? { before: textVersion(b) } : {}),
      ...(a !== undefined ? { after: textVersion(a) } : {})
    })
  }
  return (await scan(changeSet, options(opts))).findings
}

/** The rule ids found, in order: the usual thing to assert. */
export function ruleIds(findings: Finding[]): string[] {
  return findings.map((f) => f.ruleId)
}

/** `diff` of a real git repository's working tree against `base`, as `prodguard diff --base` reads it. */
export async function scanGitDiff(dir: string, base: string, opts: ScanTestOptions = {}): Promise<Finding[]> {
  const changeSet = diffChangeSet(dir, { base, maxFileBytes: 5_000_000 })
  try {
    return (await scan(changeSet, options(opts))).findings
  } finally {
    changeSet.close?.()
  }
}
