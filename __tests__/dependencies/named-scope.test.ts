/**
 * Dependency scope and the command line: example and fixture folders are out of scope by default, but a path named on
 * `prodguard check PATH` brings itself back; what lies below the named path keeps its own scope. Runs dist/cli.js in
 * a real git repository in a temp folder, offline.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { json, prodguard } from '../helpers/cli.js'
import { TempRepo } from '../helpers/git-repo.js'

const repo = new TempRepo('prodguard-named-scope-')
afterAll(() => repo.cleanup())

repo.write({
  'package.json': `${JSON.stringify({ name: 'shop', version: '1.0.0', private: true, engines: { node: '>=24' } }, null, 2)}\n`,
  'services/api/Dockerfile': 'FROM node:24-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
  // A deployable example the team ships to customers; Node.js 14 ended on 2023-04-30.
  'examples/shop/Dockerfile': 'FROM node:14-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "index.js"]\n',
  'examples/shop/docker-compose.yml': 'services:\n  db:\n    image: postgres:11\n',
  // A fixture a test reads: deliberately old, never the project's dependency.
  'packages/app/test/fixtures/legacy/Dockerfile': 'FROM node:12\n',
  'packages/app/Dockerfile': 'FROM python:3.8-slim\n'
})
repo.commit('shop')

const eol = (args: string[]) => {
  const run = prodguard(repo.dir, ['check', ...args, '--offline', '--format', 'json'])
  return json(run)
    .findings.filter((f) => f.ruleId === 'outdated-dependency/end-of-life')
    .map((f) => `${f.file}:${f.line} ${f.severity}`)
    .sort()
}

describe('a path named on the command line is in dependency scope', () => {
  test('the whole tree: examples and fixtures stay out', () => {
    expect(eol([])).toEqual(['packages/app/Dockerfile:1 block'])
    expect(eol(['.'])).toEqual(['packages/app/Dockerfile:1 block'])
  })

  test('an example folder named: its manifests are judged', () => {
    expect(eol(['examples/shop'])).toEqual(['examples/shop/Dockerfile:1 block', 'examples/shop/docker-compose.yml:3 block'])
    expect(eol(['examples'])).toEqual(['examples/shop/Dockerfile:1 block', 'examples/shop/docker-compose.yml:3 block'])
  })

  test('one file named: it is judged', () => {
    expect(eol(['examples/shop/Dockerfile'])).toEqual(['examples/shop/Dockerfile:1 block'])
    expect(eol(['packages/app/test/fixtures/legacy/Dockerfile'])).toEqual(['packages/app/test/fixtures/legacy/Dockerfile:1 block'])
  })

  test('a folder named: a fixture folder below it stays out', () => {
    expect(eol(['packages/app'])).toEqual(['packages/app/Dockerfile:1 block'])
    expect(eol(['packages/app', 'examples/shop/Dockerfile'])).toEqual(['examples/shop/Dockerfile:1 block', 'packages/app/Dockerfile:1 block'])
  })
})
