import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist')

/** The files of dist/ a `check` loads before it reads any file: cli.js, the scan command, and their static imports. */
function startupFiles(): Map<string, string> {
  const seen = new Map<string, string>()
  const scanCommand = readdirSync(join(dist, 'chunks')).find((f) => f.startsWith('scan-command-'))
  expect(scanCommand).toBeDefined()
  const queue = [join(dist, 'cli.js'), join(dist, 'chunks', scanCommand!)]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    const code = readFileSync(file, 'utf8')
    seen.set(file, code)
    for (const m of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(join(dirname(file), m[1]!))
  }
  return seen
}

describe('start-up code of the bundled CLI', () => {
  it('holds neither the Dockerfile parser nor the yarn.lock parser (they load with the first file of their kind)', () => {
    const files = startupFiles()
    expect(files.size).toBeGreaterThan(2)
    const code = [...files.values()].join('\n')
    // the analyzers are there (a real start-up closure), the two parsers are not
    expect(code).toContain('manifestKind')
    expect(code).not.toContain('dockerfile-ast/lib/')
    expect(code).not.toContain('@yarnpkg/parsers/')
    expect(code).not.toContain('js-yaml/')
  })
})
