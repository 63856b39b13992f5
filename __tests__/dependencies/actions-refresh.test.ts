/**
 * `prodguard data refresh --only actions` against the GitHub double on 127.0.0.1, backed by a real git repository
 * whose tags carry real commit dates: tags listed page by page, dates read from the commits, rate limits honoured,
 * the token sent but never printed, and what could not be refreshed kept.
 */
import { afterEach, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { runDataRefresh } from '../../src/cli/data-refresh.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import { withUserData } from '../../src/knowledge/user-data.js'
import { GitHubDouble } from '../action/github-double.js'

const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length > 0) await doubles.pop()!.stop()
})

/** actions/setup-python's history in small: release tags on commits of known dates, plus tags that are no releases. */
function tagRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-tags-'))
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}) } })
  git(['init', '-q', '-b', 'main'])
  const release = (tags: string[], date: string, annotated = false) => {
    writeFileSync(join(dir, 'action.yml'), `name: setup-python\n# ${date}\n`)
    git(['add', '.'])
    git(['commit', '-q', '-m', `release ${tags[0]}`], date)
    for (const tag of tags) git(annotated ? ['tag', '-a', tag, '-m', tag] : ['tag', tag], date)
  }
  release(['v1.0.0'], '2019-08-01')
  release(['v1.2.0', 'v1'], '2021-08-04')
  // 120 patch tags of v4 on one commit: the tags list takes two pages of 100.
  release(Array.from({ length: 120 }, (_, i) => `v4.0.${i}`), '2022-06-08')
  release(['v4.9.1'], '2025-04-17', true)
  release(['v6.0.0', 'v6.0.0-beta.1'], '2025-09-03')
  release(['v6.2.0', 'v6'], '2026-06-23')
  release(['v7.0.0'], '2026-07-19', true)
  release(['v7.1.0', 'v7', 'latest'], '2026-10-01')
  return dir
}

const TABLE = `# curated comment that must survive
dataDate: "2026-08-17"
source: shipped table

latestMajor:
  actions/setup-python: 7
  actions/not-there: 3

lines:
  actions/setup-python: { 1: "2023-03-27", 7: "2026-07-19" }
  actions/not-there: { 3: "2024-01-01" }

firstReleases:
  actions/setup-python: { 1: "2019-08-01", 7: "2026-07-19" }
  actions/not-there: { 3: "2023-01-01" }

# retired majors stay as they are
retired:
  - action: actions/not-there
    below: 2
    since: "2025-01-30"
    why: shut down
`

async function setup(): Promise<{ github: GitHubDouble; out: string }> {
  const github = await new GitHubDouble(tagRepository(), 'actions', 'setup-python').start()
  doubles.push(github)
  const out = mkdtempSync(join(tmpdir(), 'prodguard-actions-'))
  writeFileSync(join(out, 'actions.yml'), TABLE)
  return { github, out }
}

function io(lines: string[], env: Record<string, string> = {}) {
  return { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), cwd: tmpdir(), env: { HOME: '/nonexistent', ...env }, now: () => new Date('2026-11-28T10:00:00Z') }
}

test('rewrites each action from its release tags and their commits, keeps the rest of the file, and keeps what failed', async () => {
  const { github, out } = await setup()
  const lines: string[] = []
  const code = await runDataRefresh(['--only', 'actions', '--github-api', github.url, '--token', 'test-token', '--out', out], io(lines))
  expect(code).toBe(1)
  const text = readFileSync(join(out, 'actions.yml'), 'utf8')
  const table = parse(text)
  expect(table.latestMajor).toEqual({ 'actions/setup-python': 7, 'actions/not-there': 3 })
  expect(table.lines['actions/setup-python']).toEqual({ 1: '2021-08-04', 4: '2025-04-17', 6: '2026-06-23', 7: '2026-10-01' })
  expect(table.firstReleases['actions/setup-python']).toEqual({ 1: '2019-08-01', 4: '2022-06-08', 6: '2025-09-03', 7: '2026-07-19' })
  // The action the API does not know keeps its data; so the table's date stays the old one.
  expect(table.lines['actions/not-there']).toEqual({ 3: '2024-01-01' })
  expect(table.dataDate).toBe('2026-08-17')
  expect(table.retired).toHaveLength(1)
  expect(text).toMatch(/# curated comment that must survive/)
  expect(text).toMatch(/actions\/setup-python: \{ 1: "2021-08-04"/)
  // Two pages of tags (120 v4 patch tags), then the commits of the dates needed.
  const tagPages = github.requests.filter((r) => r.path === '/repos/actions/setup-python/tags')
  expect(tagPages.map((r) => r.query.get('page'))).toEqual([null, '2'])
  expect(github.requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true)
  expect(lines.join('\n')).toMatch(/actions: kept the old data of 1 \(tags: HTTP 404\): actions\/not-there/)
  expect(lines.join('\n')).not.toMatch(/test-token/)
})

test('with every action refreshed the table takes today as its date; the token can come from GITHUB_TOKEN', async () => {
  const { github, out } = await setup()
  writeFileSync(join(out, 'actions.yml'), TABLE.replace(/\n {2}actions\/not-there: .*/g, ''))
  const lines: string[] = []
  expect(await runDataRefresh(['--only=actions', `--github-api=${github.url}`, '--out', out], io(lines, { GITHUB_TOKEN: 'test-token' }))).toBe(0)
  const table = parse(readFileSync(join(out, 'actions.yml'), 'utf8'))
  expect(table.dataDate).toBe('2026-11-28')
  expect(table.source).toMatch(/fetched 2026-11-28/)
  expect(lines.join('\n')).toMatch(/actions\.yml: 1 of 1 actions refreshed \(\d+ requests, with a token\)/)
  expect(lines.join('\n')).not.toMatch(/test-token/)
})

test('without a token: anonymous reads; a spent rate limit stops asking, keeps the old data and says to give a token', async () => {
  const { github, out } = await setup()
  github.publicReads = true
  github.fail({ method: 'GET', path: /\/tags$/, times: Infinity, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.parse('2026-11-28T11:00:00Z') / 1000) }, body: { message: 'API rate limit exceeded for 127.0.0.1.' } })
  const lines: string[] = []
  expect(await runDataRefresh(['--only', 'actions', '--github-api', github.url, '--out', out], io(lines))).toBe(1)
  expect(readFileSync(join(out, 'actions.yml'), 'utf8')).toBe(TABLE)
  // One request, then no more: the second action is not even asked for.
  expect(github.requests).toHaveLength(1)
  expect(github.requests[0]!.authorization).toBeUndefined()
  expect(lines.join('\n')).toMatch(/rate limit is spent until 11:00 UTC; give a token with --token or GITHUB_TOKEN/)
  expect(lines.join('\n')).toMatch(/actions\.yml: 0 of 2 actions refreshed/)
})

test('a secondary rate limit (retry-after) is waited out and the request made again', async () => {
  const { github, out } = await setup()
  github.fail({ method: 'GET', path: /\/commits\/[0-9a-f]{40}$/, times: 1, status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } })
  const started = Date.now()
  await runDataRefresh(['--only', 'actions', '--github-api', github.url, '--token', 'test-token', '--out', out], io([]))
  expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  const table = parse(readFileSync(join(out, 'actions.yml'), 'utf8'))
  expect(table.firstReleases['actions/setup-python'][1]).toBe('2019-08-01')
  expect(github.requests.filter((r) => r.status === 403)).toHaveLength(1)
})

test('a refreshed actions table in the user cache is what later runs use (the YAML file, like the JSON ones)', async () => {
  const { github } = await setup()
  const cache = mkdtempSync(join(tmpdir(), 'prodguard-cache-'))
  const env = { XDG_CACHE_HOME: cache, HOME: cache, GITHUB_TOKEN: 'test-token' }
  // Without --out: starts from the shipped table and writes the user cache; every action but setup-python fails.
  await runDataRefresh(['--only', 'actions', '--github-api', github.url], { ...io([]), env })
  const file = join(cache, 'prodguard', 'outdated-dependency', 'actions.yml')
  const written = parse(readFileSync(file, 'utf8'))
  expect(written.lines['actions/setup-python'][7]).toBe('2026-10-01')
  // Its date stays the shipped one (the other actions are as old), so the bundled-vs-refreshed choice is a tie: refreshed wins.
  const knowledge = withUserData(bundledKnowledge(), env)
  expect(knowledge.load<{ lines: Record<string, Record<string, string>> }>('outdated-dependency/actions.yml').lines['actions/setup-python']![7]).toBe('2026-10-01')
  expect(knowledge.load<{ latestMajor: Record<string, number> }>('outdated-dependency/actions.yml').latestMajor['actions/github-script']).toBe(9)
})
