/**
 * The configuration examples users copy: README.md's and docs/dependencies.md's `.prodguard.yml` blocks load without
 * an error, and between them name every `dependencies` key of the schema (a key added to the schema and to neither
 * example is a key no user finds).
 */
import { expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { packageRoot } from '../../src/knowledge/package-root.js'

const root = packageRoot()

function yamlBlockAfter(file: string, heading: RegExp): string {
  const text = readFileSync(join(root, file), 'utf8')
  const at = text.search(heading)
  expect(at).toBeGreaterThanOrEqual(0)
  const block = /```yaml\n([\s\S]*?)```/.exec(text.slice(at))
  expect(block).not.toBeNull()
  return block![1]!
}

const examples = {
  'README.md': yamlBlockAfter('README.md', /^## Configuration$/m),
  'docs/dependencies.md': yamlBlockAfter('docs/dependencies.md', /^## Configuration$/m)
}

test.each(Object.entries(examples))('the configuration example of %s loads', async (_, yaml) => {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-example-config-'))
  writeFileSync(join(dir, '.prodguard.yml'), yaml)
  const loaded = await loadConfig(dir)
  expect(loaded.file).toBeDefined()
})

test('every dependencies key of the schema is in the dependencies page, and the time-based ones in the README too', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema', 'prodguard.schema.json'), 'utf8')) as { properties: { dependencies: { properties: Record<string, unknown> } } }
  const keys = Object.keys(schema.properties.dependencies.properties)
  const named = (yaml: string) => keys.filter((k) => new RegExp(`^\\s+${k}:`, 'm').test(yaml))
  expect(named(examples['docs/dependencies.md'])).toEqual(keys)
  expect(named(examples['README.md'])).toEqual(expect.arrayContaining(['eol', 'eolWarnDays', 'eolShortLivedDays', 'eolGraceDays']))
})
