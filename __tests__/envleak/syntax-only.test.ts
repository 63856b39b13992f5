/**
 * Structured files that no env-leak check reads (an OpenAPI spec, a fixture JSON, a chart's CRD) are only checked for
 * whether they parse: the same answer, line and message as reading their entries would give, without building them.
 */
import { describe, expect, it } from '@jest/globals'
import { parseErrorOf, readConfig } from '../../src/analyzers/envleak/config-file.js'
import { sectionNames } from '../../src/analyzers/envleak/sections.js'
import { envLeakKnowledge } from '../../src/analyzers/envleak/knowledge.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import type { PathClass } from '../../src/analyzers/envleak/environment.js'
import { scanFiles } from '../helpers/scan.js'

const names = sectionNames(envLeakKnowledge(bundledKnowledge()).paths.sectionNames)
const cls: PathClass = { env: 'base', config: true, deployable: false, ci: false }

const nested = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`

const cases: Array<[string, string]> = [
  ['api/openapi.yaml', 'openapi: 3.0.0\ninfo:\n  title: Shop\npaths:\n  /orders:\n    get:\n      summary: List orders\n'],
  ['api/openapi.yaml', 'openapi: 3.0.0\ninfo:\n  title: Shop\n  title: Shop again\n'],
  ['api/openapi.yaml', 'paths:\n  /orders:\n    get: [unclosed\n'],
  ['api/openapi.yaml', 'a: &x { b: 1 }\nc:\n  <<: *x\n  d: 2\n'],
  ['api/openapi.yaml', 'a:\n  <<: [1, 2]\n'],
  ['api/openapi.yaml', 'a: *nowhere\n'],
  ['api/openapi.yaml', `deep: ${nested(300)}\n`],
  ['api/openapi.yaml', `deep: ${nested(300)}\nb: 1\nb: 2\n`],
  ['api/openapi.yaml', '---\na: 1\n---\na: 1\na: 2\n'],
  ['static/populatedb_data.json', '{"products": [{"id": 1, "name": "Mug"}, {"id": 2, "name": "Shirt"}]}\n'],
  ['static/populatedb_data.json', '{"products": [{"id": 1, "id": 2}]}\n'],
  ['static/populatedb_data.json', '{"products": [{"id": 1,}], // comment\n "x": 1}\n'],
  ['static/populatedb_data.json', '{"products": [{"id": 1}\n'],
  ['static/populatedb_data.json', '{"a": 1, "a": 2, "b": [1, 2,, 3]}\n'],
  ['static/populatedb_data.json', `{"deep": ${nested(300)}}\n`],
  ['static/populatedb_data.json', `{"deep": ${nested(255)}, "ok": ${nested(254)}}\n`],
  ['netlify.toml', '[build]\ncommand = "npm run build"\n'],
  ['netlify.toml', '[build\ncommand = "npm run build"\n']
]

describe('parseErrorOf', () => {
  it.each(cases)('%s (case %#) gives what reading its entries gives', (path, text) => {
    expect(parseErrorOf(path, text)).toEqual(readConfig(path, text, cls, names).parseError)
  })

  it('is what the pipeline reports for a broken file no check reads', async () => {
    const findings = await scanFiles({ 'static/populatedb_data.json': '{"products": [{"id": 1, "id": 2}]}\n', 'api/openapi.yaml': 'paths:\n  a: 1\n  a: 2\n' })
    expect(findings.filter((f) => f.category === 'unanalyzable').map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      'api/openapi.yaml:3 unanalyzable/parse-error',
      'static/populatedb_data.json:1 unanalyzable/parse-error'
    ])
  })
})
