/**
 * Rules whose answer comes from an online service (known vulnerabilities) run their documented examples against the
 * advisory doubles on 127.0.0.1 (real, trimmed records), so the rule-docs test stays offline and still executes them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AnalyzerServices } from '../../src/analyzers/analyzer.js'
import { createVersionSource, VERSION_SERVICE } from '../../src/sources/versions/index.js'
import { startAdvisoryServices, type AdvisoryDouble } from '../dependencies/advisory-double.js'

const ONLINE_RULES = new Set(['outdated-dependency/vulnerable'])
let double: Promise<AdvisoryDouble> | undefined

export async function exampleServices(ruleId: string): Promise<AnalyzerServices | undefined> {
  if (!ONLINE_RULES.has(ruleId)) return undefined
  double ??= startAdvisoryServices()
  const d = await double
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-doc-'))
  writeFileSync(join(dir, '.npmrc'), `registry=${d.url}\n`)
  const registries = { pypi: d.url, go: d.url, rubygems: d.url, cargo: d.url, docker: d.url, osv: d.url, maven: d.url, mavenSearch: d.url, packagist: d.url }
  return { [VERSION_SERVICE]: createVersionSource({ cwd: dir, env: { HOME: '/nonexistent' }, cacheDir: false, registries }) }
}

export async function closeExampleServices(): Promise<void> {
  if (double !== undefined) await (await double).close()
  double = undefined
}
