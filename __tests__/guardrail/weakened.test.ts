/** guardrail/weakened: a change that loosens .prodguard.yml or the workflow that runs prodguard. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { scanChange } from '../helpers/scan.js'

const CONFIG = '.prodguard.yml'
const WORKFLOW = '.github/workflows/prodguard.yml'

async function weakened(path: string, before: string | undefined, after: string | undefined, services?: Record<string, unknown>) {
  const findings = await scanChange(before === undefined ? {} : { [path]: before }, after === undefined ? {} : { [path]: after }, services ? { services } : {})
  return findings.filter((f) => f.ruleId === 'guardrail/weakened' || f.ruleId === 'unanalyzable/parse-error')
}

const config = (text: string) => text.replace(/^\n/, '')

describe('.prodguard.yml loosened', () => {
  const flagged: Array<[string, string | undefined, string | undefined, RegExp]> = [
    ['a category turned off', 'rules:\n  destructive-sql: block\n', 'rules:\n  destructive-sql: off\n', /turns `destructive-sql` off/],
    ['a rule turned down from the default', undefined, 'rules:\n  destructive-sql/drop-table: warn\n', /down from block to warn/],
    ['a category turned down with no file before', '', 'rules:\n  secret: info\n', /`secret` down from block to info/],
    ['a rule losing its explicit block to a lower category', 'rules:\n  destructive-sql: warn\n  destructive-sql/drop-table: block\n', 'rules:\n  destructive-sql: warn\n', /`destructive-sql\/drop-table` down from block to warn/],
    ['failOn never', 'failOn: block\n', 'failOn: never\n', /lowers failOn from block to never/],
    ['failOn warn to block', 'failOn: warn\n', 'failOn: block\n', /lowers failOn from warn to block/],
    ['an ignore glob added', 'ignore: ["vendor/**"]\n', 'ignore: ["vendor/**", "db/**"]\n', /stops scanning `db\/\*\*`/],
    ['a migrations path removed', 'paths:\n  migrations: ["db/changes/**"]\n', 'paths: {}\n', /no longer treats `db\/changes\/\*\*` as migrations/],
    ['a production path removed', 'paths:\n  production: ["deploy/live/**"]\n', '', /production configuration/],
    ['a non-production path added', '', 'paths:\n  nonProduction: ["deploy/**"]\n', /declares `deploy\/\*\*` non-production/],
    ['down migrations turned off', '', 'sql:\n  downMigrations: off\n', /down-migration findings down from warn to off/],
    ['fewer approvals', 'approvals:\n  required: 2\n', 'approvals:\n  required: 1\n', /from 2 to 1/],
    ['a new approver', 'approvals:\n  users: [alice]\n', 'approvals:\n  users: [alice, mallory]\n', /lets `mallory` approve/],
    ['a new approving team', '', 'approvals:\n  teams: [acme/interns]\n', /team `acme\/interns`/],
    ['the approver list removed', 'approvals:\n  users: [alice]\n', 'approvals:\n  required: 1\n', /anyone with write access/],
    ['dependencies allowed further behind', 'dependencies:\n  majorsBehind: { block: 2 }\n', 'dependencies:\n  majorsBehind: { block: 5 }\n', /5 majors behind before they block \(was 2\)/],
    ['end of life turned down', '', 'dependencies:\n  eol: warn\n', /dependencies.eol down from block to warn/],
    ['a longer grace for short-lived lines', '', 'dependencies:\n  eolGraceDays: 365\n', /warn for 365 days after its end of life before it blocks \(was 90\)/],
    ['more lines counted as short-lived', 'dependencies:\n  eolShortLivedDays: 100\n', 'dependencies:\n  eolShortLivedDays: 400\n', /under 400 days as short-lived \(was 100\)/],
    ['a dependency ignored', '', 'dependencies:\n  ignore: [lodash]\n', /stops checking dependency `lodash`/],
    ['a relaxing override', '', 'dependencies:\n  overrides:\n    - match: "ecosystem:docker"\n      level: warn\n', /relaxes the dependency policy for `ecosystem:docker`: caps findings at warn/],
    ['a secret pattern allowed', '', 'secrets:\n  allow: ["AKIA.*"]\n', /allows values matching `AKIA\.\*`/],
    ['offline turned on', 'offline: false\n', 'offline: true\n', /turns offline on/],
    ['the whole file deleted', 'failOn: warn\nrules:\n  outdated-dependency: block\n', undefined, /lowers failOn from warn to block/]
  ]
  it.each(flagged)('flags %s', async (_name, before, after, message) => {
    const found = await weakened(CONFIG, before, after)
    expect(found.map((f) => f.message).join('\n')).toMatch(message)
    expect(found.every((f) => f.severity === 'block' && f.file === CONFIG)).toBe(true)
  })

  const notFlagged: Array<[string, string | undefined, string | undefined]> = [
    ['a rule turned up', 'rules:\n  outdated-dependency: warn\n', 'rules:\n  outdated-dependency: block\n'],
    ['an explicit level equal to the default', undefined, 'rules:\n  destructive-sql: block\n'],
    ['failOn raised', 'failOn: block\n', 'failOn: warn\n'],
    ['an ignore glob removed', 'ignore: ["vendor/**", "db/**"]\n', 'ignore: ["vendor/**"]\n'],
    ['a migrations path added', '', 'paths:\n  migrations: ["db/changes/**"]\n'],
    ['a shorter grace', 'dependencies:\n  eolGraceDays: 90\n', 'dependencies:\n  eolGraceDays: 30\n'],
    ['more approvals', 'approvals:\n  required: 1\n', 'approvals:\n  required: 2\n'],
    ['an approver removed', 'approvals:\n  users: [alice, bob]\n', 'approvals:\n  users: [alice]\n'],
    ['a tightening override', '', 'dependencies:\n  overrides:\n    - match: "ecosystem:docker"\n      majorsBehind: { block: 1 }\n'],
    ['only comments and order changed', 'rules:\n  secret: block\n  destructive-sql: block\n', '# reordered\nrules:\n  destructive-sql: block\n  secret: block\n'],
    ['a stricter file added where there was none', undefined, 'failOn: warn\napprovals:\n  required: 2\n'],
    ['a default-level file deleted', 'approvals:\n  required: 1\n', undefined]
  ]
  it.each(notFlagged)('does not flag %s', async (_name, before, after) => {
    expect(await weakened(CONFIG, before, after)).toEqual([])
  })

  it('points at the loosened key in the new file', async () => {
    const [finding] = await weakened(CONFIG, config('\nversion: 1\nrules:\n  destructive-sql: block\n'), config('\nversion: 1\nrules:\n  destructive-sql: off\n'))
    expect(finding).toMatchObject({ line: 3, evidence: 'rules: { destructive-sql: off }' })
  })

  it('reports a config that no longer parses instead of passing it', async () => {
    const found = await weakened(CONFIG, 'failOn: block\n', 'rules:\n  destructive-sql: [off\n')
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['guardrail/weakened', 'block']])
    expect(found[0]!.message).toMatch(/does not validate at `rules.destructive-sql\[0\]` \(line 2\): invalid YAML/)
  })

  it('compares a config at the path the action was given', async () => {
    const services = { guardrail: { configFiles: ['config/prodguard.yml'] } }
    const found = await weakened('config/prodguard.yml', 'failOn: block\n', 'failOn: never\n', services)
    expect(found.map((f) => f.ruleId)).toEqual(['guardrail/weakened'])
    expect(await weakened('config/prodguard.yml', 'failOn: block\n', 'failOn: never\n')).toEqual([])
  })

  it('flags each loosening once, with a stable fingerprint', async () => {
    const before = 'rules:\n  destructive-sql: block\n'
    const after = 'rules:\n  destructive-sql: off\nignore: ["db/**"]\n'
    const first = await weakened(CONFIG, before, after)
    const again = await weakened(CONFIG, before, `# unrelated edit\n${after}`)
    expect(first).toHaveLength(2)
    expect(again.map((f) => f.fingerprint)).toEqual(first.map((f) => f.fingerprint))
  })
})

const workflow = (step: string, extra = '') => `name: prodguard
on:
  pull_request_target:
    types: [opened, synchronize]
${extra}jobs:
  gate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: read
    steps:
      - name: Lint
        run: npm run lint
${step}`

const STEP = '      - name: prodguard\n        uses: prodguard/prodguard@v1\n'

describe('the prodguard workflow weakened', () => {
  const flagged: Array<[string, string, string | undefined, RegExp]> = [
    ['the step removed', workflow(STEP), workflow(''), /no longer runs prodguard: "prodguard" step 2 of job `gate`/],
    ['the file deleted', workflow(STEP), undefined, /is deleted: it ran prodguard/],
    ['continue-on-error on the step', workflow(STEP), workflow(`${STEP}        continue-on-error: true\n`), /may fail without failing the job/],
    ['a condition on the step', workflow(STEP), workflow(`${STEP}        if: github.actor != 'dependabot[bot]'\n`), /runs only if `github.actor != 'dependabot\[bot\]'`/],
    ['fail-job false', workflow(STEP), workflow(`${STEP}        with:\n          fail-job: false\n`), /no longer fails the job/],
    ['another config file', workflow(STEP), workflow(`${STEP}        with:\n          config: .prodguard-lenient.yml\n`), /reads its config from `.prodguard-lenient.yml`/],
    ['another action', workflow(STEP), workflow(STEP.replace('prodguard/prodguard@v1', 'someone/prodguard-fork@v1')), /now runs `someone\/prodguard-fork`/],
    ['a swallowed CLI failure', workflow('      - run: npx prodguard diff --base origin/main\n'), workflow('      - run: npx prodguard diff --base origin/main || true\n'), /its failure is swallowed/],
    ['--fail-on never', workflow('      - run: npx prodguard diff --base origin/main\n'), workflow('      - run: npx prodguard diff --base origin/main --fail-on never\n'), /--fail-on never/],
    ['the pull request triggers removed', workflow(STEP), workflow(STEP).replace(/on:\n {2}pull_request_target:\n {4}types: \[opened, synchronize\]\n/, 'on: push\n'), /prodguard no longer runs on `pull_request_target`/],
    ['a new version of the action', workflow(STEP), workflow(STEP.replace('@v1', '@3f1c0de8a9b6b2d5f27e8e1d6c2b9e4a7d1f0c33')), /at `3f1c0de8a9b6b2d5f27e8e1d6c2b9e4a7d1f0c33` instead of `v1`/]
  ]
  it.each(flagged)('flags %s', async (_name, before, after, message) => {
    const found = await weakened(WORKFLOW, before, after)
    expect(found.map((f) => f.message).join('\n')).toMatch(message)
    expect(found.every((f) => f.ruleId === 'guardrail/weakened')).toBe(true)
  })

  const notFlagged: Array<[string, string | undefined, string]> = [
    ['a new input that changes no verdict', workflow(STEP), workflow(`${STEP}        with:\n          request-reviewers: true\n`)],
    ['another trigger added', workflow(STEP), workflow(STEP, '  merge_group:\n')],
    ['a condition removed', workflow(`${STEP}        if: always()\n`), workflow(STEP)],
    ['an unrelated step removed', workflow(STEP), workflow(STEP).replace('      - name: Lint\n        run: npm run lint\n', '')],
    ['a workflow that never ran prodguard', 'on: push\npermissions: read-all\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n', 'on: push\njobs: {}\n'],
    ['a new workflow', undefined, workflow(STEP)]
  ]
  it.each(notFlagged)('does not flag %s', async (_name, before, after) => {
    expect(await weakened(WORKFLOW, before, after)).toEqual([])
  })

  it('points at the weakened step', async () => {
    const [finding] = await weakened(WORKFLOW, workflow(STEP), workflow(`${STEP}        continue-on-error: true\n`))
    expect(finding!.line).toBe(workflow(STEP).split('\n').indexOf('      - name: prodguard') + 1)
  })

  it('follows a local prodguard action named as such (this repository self-testing)', async () => {
    const step = '      - name: prodguard (this repository)\n        uses: ./\n'
    expect((await weakened(WORKFLOW, workflow(step), workflow(`${step}        with:\n          fail-job: false\n`))).map((f) => f.ruleId)).toEqual(['guardrail/weakened'])
    const anonymous = '      - uses: ./\n'
    expect(await weakened(WORKFLOW, workflow(anonymous), workflow(''))).toEqual([])
  })

  it('follows a job calling a reusable prodguard workflow', async () => {
    const before = 'on: pull_request\njobs:\n  gate:\n    uses: acme/prodguard-workflows/.github/workflows/gate.yml@v2\n'
    const after = 'on: pull_request\njobs:\n  gate:\n    if: false\n    uses: acme/prodguard-workflows/.github/workflows/gate.yml@v2\n'
    expect((await weakened('.github/workflows/gate.yaml', before, after)).map((f) => f.message)).toEqual([
      expect.stringMatching(/job `gate` can write commit statuses or check runs: no `permissions:`/),
      expect.stringMatching(/runs only if `false`/)
    ])
  })
})

describe('the rule page examples', () => {
  // `before` blocks are the base branch's version of the next block's file; the pair runs as a diff.
  const page = readFileSync(new URL('../../rules/guardrail/weakened.md', import.meta.url), 'utf8')
  const sections = { flagged: page.split('### Flagged')[1]!.split('### Not flagged')[0]!, notFlagged: page.split('### Not flagged')[1]! }
  const pairs = (section: string) => {
    const blocks = [...section.matchAll(/```\w+ path=(\S+)( before)?\n([\s\S]*?)```/g)]
    const out: Array<{ path: string; before?: string; after: string }> = []
    for (let i = 0; i < blocks.length; i++) {
      const [, path, isBefore, text] = blocks[i]!
      if (isBefore) {
        out.push({ path: path!, before: text!, after: blocks[++i]![3]! })
      } else out.push({ path: path!, after: text! })
    }
    return out
  }
  it.each(pairs(sections.flagged).map((p) => [p.path, p] as const))('flags the example for %s', async (_path, p) => {
    expect((await weakened(p.path, p.before, p.after)).map((f) => f.ruleId)).toContain('guardrail/weakened')
  })
  it.each(pairs(sections.notFlagged).map((p) => [p.path, p] as const))('does not flag the example for %s', async (_path, p) => {
    expect(await weakened(p.path, p.before, p.after)).toEqual([])
  })
})
