/**
 * docs/output.md shows real output: every fenced block whose first line is `$ prodguard ...` must hold what that
 * command prints, run in this repository (timings and the version aside). `PRODGUARD_UPDATE_DOCS=1` rewrites the
 * blocks from the tool instead of comparing, after a change that is meant to change the output.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot, packageVersion } from '../../src/knowledge/package-root.js'
import { prodguard } from '../helpers/cli.js'

const root = packageRoot()
const DOC = join(root, 'docs', 'output.md')
const update = process.env['PRODGUARD_UPDATE_DOCS'] === '1'

interface Example {
  /** The whole block, fences included, as it stands in the page. */
  raw: string
  indent: string
  fence: string
  info: string
  command: string
  shown: string
}

/** The examples of a page: fenced blocks (indented or not) whose first line is a prodguard command. */
export function examples(page: string): Example[] {
  const out: Example[] = []
  const block = /^( *)(`{3,})([^\n`]*)\n\1\$ (prodguard [^\n]+)\n([\s\S]*?)^\1\2[ \t]*$/gm
  for (const m of page.matchAll(block)) {
    const indent = m[1]!
    const shown = m[5]!
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
    out.push({ raw: m[0], indent, fence: m[2]!, info: m[3]!, command: m[4]!, shown })
  }
  return out
}

/** What may differ between two runs of the same command. */
function normalize(text: string): string {
  return text
    .replace(/\b\d+ ms\b/g, 'N ms')
    .replace(/"ms": \d+/g, '"ms": N')
    .split(packageVersion())
    .join('VERSION')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n+$/, '\n')
}

function output(command: string): string {
  const args = command.split(' ').slice(1)
  const run = prodguard(root, args)
  if (run.code !== 0 && run.code !== 1) throw new Error(`${command}: exit ${run.code}\n${run.stderr}`)
  return run.stdout
}

const page = readFileSync(DOC, 'utf8')
const found = examples(page)

describe('docs/output.md', () => {
  it('has examples for the formats it describes', () => {
    const formats = found.map((e) => /--format (\w+)/.exec(e.command)?.[1] ?? 'text')
    expect(new Set(formats)).toEqual(new Set(['text', 'compact', 'json', 'github', 'markdown']))
  })

  if (update) {
    it('rewrites its examples from the tool', () => {
      let next = page
      for (const e of found) {
        const body = output(e.command)
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => (line === '' ? '' : `${e.indent}${line}`))
          .join('\n')
        next = next.replace(e.raw, `${e.indent}${e.fence}${e.info}\n${e.indent}$ ${e.command}\n${body}\n${e.indent}${e.fence}`)
      }
      writeFileSync(DOC, next)
    })
  } else {
    it.each(found.map((e) => [e.command, e] as const))('`%s` prints what the page shows', (_command, e) => {
      expect(normalize(e.shown)).toBe(normalize(output(e.command)))
    })
  }

  it('names only rules that exist', () => {
    const list = prodguard(root, ['explain']).stdout
    const ids = new Set(list.split('\n').map((line) => line.split(' ')[0]!))
    const named = [...page.matchAll(/\b((?:destructive-sql|public-exposure|destructive-infra|env-leak|secret|outdated-dependency|guardrail|unanalyzable|lock-safety)\/[a-z0-9-]+)/g)].map((m) => m[1]!)
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter((id) => !ids.has(id))).toEqual([])
  })
})

describe('README.md', () => {
  it('shows, in its table of categories, lines that `prodguard check examples --format compact` prints', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const shown = [...readme.matchAll(/^\| `[a-z-]+` \| (`+) ?(examples\/.+?) ?\1 \|$/gm)].map((m) => m[2]!.replace(/\\\|/g, '|'))
    expect(shown.length).toBeGreaterThanOrEqual(6)
    const printed = prodguard(root, ['check', 'examples', '--format', 'compact', '--offline']).stdout.split('\n')
    for (const line of shown) expect(printed).toContain(line)
  })
})
