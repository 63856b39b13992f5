/** Files too large to hold whole are scanned as a stream of blocks, with the right line numbers. */
import { expect, it } from '@jest/globals'
import { secretAnalyzer } from '../../src/analyzers/secrets/index.js'
import { resolveSettings } from '../../src/config/settings.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import { scanFiles } from '../helpers/scan.js'

const ctx = { settings: resolveSettings(undefined), knowledge: bundledKnowledge(), now: new Date(), mode: 'check' as const, services: {} }

it('a secret deep in a streamed dump is found on its line, across chunk boundaries', async () => {
  const filler = Array.from({ length: 5000 }, (_, i) => `INSERT INTO events (id, payload) VALUES (${i}, '{"kind":"page_view"}');`)
  filler.splice(3210, 0, "INSERT INTO settings (k, v) VALUES ('github', 'ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp');")
  const text = filler.join('\n') + '\n'
  // odd-sized chunks so lines are cut in the middle
  const chunks = function* () {
    for (let i = 0; i < text.length; i += 7919) yield text.slice(i, i + 7919)
  }
  const found = await secretAnalyzer.analyzeChunks!('db/dump.sql', chunks(), ctx)
  expect(found.map((d) => [d.ruleId, d.line])).toEqual([['secret/github-token', 3211]])
  expect(found[0]!.evidence).not.toContain('SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp')
})

it('through the pipeline, a file over limits.maxFileBytes is streamed rather than unanalyzable', async () => {
  const text = `${'# padding line for the size limit\n'.repeat(100)}API_TOKEN=ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp\n`
  const findings = await scanFiles({ 'ops/notes.txt': text }, { config: { limits: { maxFileBytes: 1024 } } })
  expect(findings.filter((f) => f.category === 'secret').map((f) => f.line)).toEqual([101])
})
