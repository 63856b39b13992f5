/**
 * Every rule has a documentation page, and the examples on it are executed: a "Flagged" example must produce the
 * rule through the real pipeline, a "Not flagged" one must not (eslint's valid/invalid tester, fed from the docs).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CATEGORIES } from '../src/findings/finding.js'
import { ruleCatalog } from '../src/knowledge/catalog.js'
import { packageRoot } from '../src/knowledge/package-root.js'
import { closeExampleServices, exampleServices } from './helpers/online-examples.js'
import { scanChange, scanFiles } from './helpers/scan.js'

interface Example {
  kind: 'flagged' | 'clean'
  path: string
  code: string
  /** For transition rules: the base version, from a preceding block whose info string carries `before`. */
  before?: string
  /** For transition rules: the file is one the change adds (info string `added`). */
  added?: boolean
}

/** Fenced blocks with a `path=...` info string, under `### Flagged` or `### Not flagged`. */
export function examplesOf(markdown: string): Example[] {
  const out: Example[] = []
  let kind: Example['kind'] | undefined
  let pendingBefore: { path: string; code: string } | undefined
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heading = /^#{2,4}\s+(.*)$/.exec(line)
    if (heading) {
      const title = heading[1]!.toLowerCase()
      kind = title.startsWith('not flagged') ? 'clean' : title.startsWith('flagged') ? 'flagged' : kind && /^#{4}/.test(line) ? kind : undefined
      continue
    }
    const fence = /^(`{3,}|~{3,})(.*)$/.exec(line)
    if (!fence) continue
    const path = /\bpath=("[^"]+"|\S+)/.exec(fence[2]!)?.[1]?.replace(/^"|"$/g, '')
    const body: string[] = []
    for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) body.push(lines[i]!)
    if (!kind || !path) continue
    if (/(^|\s)before(\s|$)/.test(fence[2]!)) pendingBefore = { path, code: body.join('\n') + '\n' }
    else {
      const before = pendingBefore?.path === path ? pendingBefore.code : undefined
      pendingBefore = undefined
      const added = /(^|\s)added(\s|$)/.test(fence[2]!)
      out.push({ kind, path, code: body.join('\n') + '\n', ...(before !== undefined ? { before } : {}), ...(added ? { added } : {}) })
    }
  }
  return out
}

const catalog = ruleCatalog()
const rules = catalog.all()

describe('rule catalog', () => {
  it('has rules', () => {
    expect(rules.length).toBeGreaterThan(0)
  })

  it.each(rules.map((r) => [r.id]))('%s has a documentation page with its id, why, and what to do instead', (id) => {
    const doc = catalog.doc(id)
    expect(doc).toBeDefined()
    expect(doc!.split('\n')[0]).toBe(`# ${id}`)
    expect(doc).toMatch(/^## Why/m)
    expect(doc).toMatch(/^## What to do instead/m)
  })

  it('names every rule id that the analyzers emit literally', () => {
    const ids = new Set<string>()
    const pattern = new RegExp(`['"\`]((?:${CATEGORIES.join('|')})/[a-z0-9-]+)['"\`]`, 'g')
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (name.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(pattern)) ids.add(m[1]!)
      }
    }
    walk(join(packageRoot(), 'src', 'analyzers'))
    const unknown = [...ids].filter((id) => catalog.get(id) === undefined)
    expect(unknown).toEqual([])
  })
})

const withExamples = rules
  .map((r) => ({ id: r.id, examples: examplesOf(catalog.doc(r.id) ?? '') }))
  .filter((r) => r.examples.length > 0)

it('most rules document executable examples', () => {
  expect(withExamples.length).toBeGreaterThan(rules.length / 2)
})

if (withExamples.length > 0)
describe.each(withExamples.map((r) => [r.id, r.examples] as const))('examples in the docs of %s', (id, examples) => {
  afterAll(closeExampleServices)
  it.each(examples.map((e, i) => [`${e.kind} #${i + 1} (${e.path})`, e] as const))('%s', async (_name, example) => {
    // Rules answered by an online service run against its double on 127.0.0.1.
    const services = await exampleServices(id)
    const opts = services !== undefined ? { services } : {}
    const findings =
      example.before !== undefined
        ? await scanChange({ [example.path]: example.before }, { [example.path]: example.code }, opts)
        : example.added === true
          ? await scanChange({}, { [example.path]: example.code }, opts)
          : await scanFiles({ [example.path]: example.code }, opts)
    const ids = findings.map((f) => f.ruleId)
    if (example.kind === 'flagged') expect(ids).toContain(id)
    else expect(ids).not.toContain(id)
  })
})
