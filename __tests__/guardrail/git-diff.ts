/** Findings of a real `git diff` between two commits of a real repository, through the real pipeline. */
import { analyzers } from '../../src/analyzers/registry.js'
import type { AnalyzerServices } from '../../src/analyzers/analyzer.js'
import { resolveSettings, type ConfigFile } from '../../src/config/settings.js'
import type { Finding } from '../../src/findings/finding.js'
import { ruleCatalog } from '../../src/knowledge/catalog.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import { scan } from '../../src/pipeline.js'
import { diffChangeSet } from '../../src/sources/git.js'
import { TempRepo } from '../helpers/git-repo.js'

/** A repository whose `main` holds `base`; `change` is committed on a branch; returns the branch's findings. */
export async function diffFindings(
  base: Record<string, string>,
  change: (repo: TempRepo) => void,
  options: { config?: ConfigFile; services?: AnalyzerServices } = {}
): Promise<Finding[]> {
  const repo = new TempRepo()
  try {
    repo.write({ 'README.md': '# app\n', ...base }).commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    change(repo)
    repo.commit('change')
    const changeSet = diffChangeSet(repo.dir, { base: 'main', head: 'feature', maxFileBytes: 16 << 20 })
    try {
      const result = await scan(changeSet, {
        settings: resolveSettings(options.config),
        knowledge: bundledKnowledge(),
        catalog: ruleCatalog(),
        analyzers: analyzers(),
        now: new Date('2026-11-28T00:00:00Z'),
        ...(options.services ? { services: options.services } : {})
      })
      return result.findings
    } finally {
      changeSet.close?.()
    }
  } finally {
    repo.cleanup()
  }
}
