/** The documented contract matches the shipped one: action.yml, the inputs the code reads, docs/action.md, the workflow. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { RECOMMENDED_WORKFLOW } from '../../src/action/workflow-template.js'
import { scanChange } from '../helpers/scan.js'

const root = new URL('../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')
const manifest = parse(read('action.yml')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  branding: { icon: string; color: string }
}
const docs = read('docs/action.md')

describe('action.yml', () => {
  it('runs the bundle on node24 and has branding', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(manifest.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('declares exactly the inputs the action reads, with the documented defaults', () => {
    const source = read('src/action.ts')
    const read_ = new Set([...source.matchAll(/(?:getInput|booleanInput)\('([a-z-]+)'/g)].map((m) => m[1]))
    expect(new Set(Object.keys(manifest.inputs))).toEqual(read_)
    expect(manifest.inputs['github-token']!.default).toBe('${{ github.token }}')
    for (const [name, input] of Object.entries(manifest.inputs)) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${name}\` |`))
      expect(row).toBeDefined()
      expect(row).toContain(input.default === '' || input.default === undefined ? 'empty' : `\`${input.default}\``)
    }
  })

  it('documents every output', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(['blocking-count', 'decision', 'findings-file', 'sarif-file'])
    for (const name of Object.keys(manifest.outputs)) expect(docs).toContain(`| \`${name}\` |`)
  })
})

describe('the recommended workflow', () => {
  const workflow = parse(RECOMMENDED_WORKFLOW) as {
    on: Record<string, unknown>
    permissions: Record<string, string>
    jobs: Record<string, { permissions: Record<string, string>; steps: Array<Record<string, unknown>> }>
  }

  it('is the one docs/action.md shows', () => {
    expect(docs).toContain(`\`\`\`yaml\n${RECOMMENDED_WORKFLOW}\`\`\``)
  })

  it('asks for least privilege, checks nothing out, and listens to every trigger the gate needs', () => {
    expect(workflow.permissions).toEqual({})
    const job = Object.values(workflow.jobs)[0]!
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', statuses: 'write' })
    expect(job.steps.map((s) => s['uses'])).toEqual(['prodguard/prodguard@v1'])
    expect(Object.keys(workflow.on).sort()).toEqual(['merge_group', 'pull_request_review', 'pull_request_target', 'workflow_dispatch'])
    expect(workflow.on['pull_request_review']).toEqual({ types: ['submitted', 'dismissed'] })
  })

  it('is guarded: removing its prodguard step is a guardrail/weakened finding', async () => {
    const path = '.github/workflows/prodguard.yml'
    const without = RECOMMENDED_WORKFLOW.replace(/ {6}- uses: prodguard\/prodguard@v1\n {8}with:\n {10}status-context: prodguard\n/, '      - run: echo skipped\n')
    expect(without).not.toBe(RECOMMENDED_WORKFLOW)
    const findings = await scanChange({ [path]: RECOMMENDED_WORKFLOW }, { [path]: without })
    expect(findings.map((f) => f.ruleId)).toContain('guardrail/weakened')
  })
})
