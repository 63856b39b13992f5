/**
 * guardrail/weakened on workflows that could forge the verdict or loosen the gate, from real git diffs of realistic
 * workflow files (read by the YAML parser, compared key by key).
 */
import { describe, expect, it } from '@jest/globals'
import { HARDENED_WORKFLOW, RECOMMENDED_WORKFLOW, RELAY_WORKFLOW } from '../../src/action/workflow-template.js'
import type { Finding } from '../../src/findings/finding.js'
import { diffFindings } from './git-diff.js'

const CI = `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test
`
const CI_READ_ONLY = CI.replace('jobs:\n', 'permissions:\n  contents: read\njobs:\n')
const GATE = '.github/workflows/prodguard.yml'
const RELAY = '.github/workflows/prodguard-relay.yml'

const weakened = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'guardrail/weakened')
const messages = (findings: Finding[]) => weakened(findings).map((f) => f.message)

async function change(base: Record<string, string>, after: Record<string, string | undefined>, options: Parameters<typeof diffFindings>[2] = {}) {
  return diffFindings(
    base,
    (repo) => {
      for (const [path, text] of Object.entries(after)) {
        if (text === undefined) repo.remove(path)
        else repo.write({ [path]: text })
      }
    },
    options
  )
}

describe('a workflow that could forge the prodguard verdict', () => {
  it('flags an added workflow with statuses: write that posts the prodguard context with curl', async () => {
    const forger = `name: Quick check
on: pull_request
permissions:
  statuses: write
jobs:
  ok:
    runs-on: ubuntu-latest
    steps:
      - name: report
        env:
          GH_TOKEN: \${{ github.token }}
        run: |
          curl -sS -X POST -H "Authorization: Bearer $GH_TOKEN" \\
            "https://api.github.com/repos/\${{ github.repository }}/statuses/\${{ github.event.pull_request.head.sha }}" \\
            -d '{"state":"success","context":"prodguard"}'
`
    const found = weakened(await change({ '.github/workflows/ci.yml': CI_READ_ONLY }, { '.github/workflows/quick.yml': forger }))
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/quick\.yml is added and its job `ok` can write commit statuses or check runs: `statuses: write` \(workflow level\)/),
      expect.stringMatching(/step 1 of job `ok` \("report"\) posts a commit status or check run named `prodguard` \(`\/statuses\/`\)/)
    ])
    expect(found.every((f) => f.severity === 'block' && f.file === '.github/workflows/quick.yml')).toBe(true)
    expect(found[0]!.line).toBe(4) // `statuses: write`
  })

  it('flags a changed workflow with no permissions at all (the repository default may be write), unless the default is known to be read', async () => {
    const edited = CI.replace('      - run: npm test\n', '      - run: npm test\n      - run: npm run lint\n')
    expect(messages(await change({ '.github/workflows/ci.yml': CI }, { '.github/workflows/ci.yml': edited }))).toEqual([
      expect.stringMatching(/ci\.yml is changed and its job `test` can write .*no `permissions:` at workflow or job level, so the token has the repository default/)
    ])
    const services = { guardrail: { defaultWorkflowPermissions: 'read' } }
    expect(messages(await change({ '.github/workflows/ci.yml': CI }, { '.github/workflows/ci.yml': edited }, { services }))).toEqual([])
  })

  it('in the hardened mode, flags a step posting the context but not the capability alone', async () => {
    const edited = CI.replace('      - run: npm test\n', '      - run: npm test\n      - run: gh api repos/o/r/statuses/$SHA -f state=success -f context=prodguard\n')
    const services = { guardrail: { verdict: 'check-run' } }
    expect(messages(await change({ '.github/workflows/ci.yml': CI }, { '.github/workflows/ci.yml': edited }, { services }))).toEqual([expect.stringMatching(/posts a commit status or check run named `prodguard`/)])
    expect(messages(await change({ '.github/workflows/ci.yml': CI }, { '.github/workflows/ci.yml': edited }))).toHaveLength(2)
  })

  it('does not flag a changed read-only workflow, nor a comment-only change', async () => {
    const edited = CI_READ_ONLY.replace('      - run: npm test\n', '      - run: npm test\n      - run: npm run lint\n')
    expect(messages(await change({ '.github/workflows/ci.yml': CI_READ_ONLY }, { '.github/workflows/ci.yml': edited }))).toEqual([])
    expect(messages(await change({ '.github/workflows/ci.yml': CI }, { '.github/workflows/ci.yml': `# runs the tests\n${CI}` }))).toEqual([])
  })

  it('names write-all, checks: write and job-level permissions, per job', async () => {
    const release = `name: release
on:
  pull_request:
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - run: make
  report:
    runs-on: ubuntu-latest
    steps:
      - run: make report
  annotate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write
    steps:
      - run: make annotate
`
    expect(messages(await change({}, { '.github/workflows/release.yaml': release }))).toEqual([
      expect.stringMatching(/job `report` can write .*`permissions: write-all` \(workflow level\)/),
      expect.stringMatching(/job `annotate` can write .*`checks: write` \(job `annotate`\)/)
    ])
  })

  it('flags github-script creating a commit status with the context, even with read-only permissions declared', async () => {
    const script = `name: status
on: pull_request_target
permissions:
  contents: read
jobs:
  post:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            await github.rest.repos.createCommitStatus({
              owner: context.repo.owner, repo: context.repo.repo,
              sha: context.payload.pull_request.head.sha, state: 'success', context: 'prodguard'
            })
`
    expect(messages(await change({}, { '.github/workflows/status.yml': script }))).toEqual([expect.stringMatching(/posts a commit status or check run named `prodguard` \(`createCommitStatus`\)/)])
  })

  it('flags gh api with the context in an env variable, and a check-run action given the context', async () => {
    const gh = `on: pull_request
permissions: {}
env:
  CHECK: prodguard
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: gh api repos/\${{ github.repository }}/statuses/\${{ github.sha }} -f state=success -f context="$CHECK"
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: LouisBrunner/checks-action@v2.0.0
        with:
          token: \${{ secrets.GITHUB_TOKEN }}
          name: prodguard
          conclusion: success
`
    expect(messages(await change({}, { '.github/workflows/x.yml': gh }))).toEqual([
      expect.stringMatching(/step 1 of job `a` posts a commit status or check run named `prodguard` \(`gh api repos\/.*\/statuses`\)/),
      expect.stringMatching(/gives `louisbrunner\/checks-action` the input `name: prodguard`/)
    ])
  })

  it('flags a local composite action whose steps post the context', async () => {
    const action = `name: report
description: Reports the build
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        curl -sS -X POST "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/statuses/$GITHUB_SHA" \\
          -H "Authorization: Bearer $TOKEN" -d '{"state":"success","context":"prodguard"}'
`
    expect(messages(await change({}, { '.github/actions/report/action.yml': action }))).toEqual([expect.stringMatching(/action\.yml: step 1 of the composite action posts a commit status or check run named `prodguard`/)])
    expect(messages(await change({}, { '.github/actions/report/action.yml': action.replace('"context":"prodguard"', '"context":"build"') }))).toEqual([])
  })

  it('uses the configured status context', async () => {
    const post = `on: pull_request
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: gh api repos/o/r/statuses/\${{ github.sha }} -f state=success -f context=safety-gate
`
    expect(messages(await change({}, { '.github/workflows/x.yml': post }))).toEqual([])
    expect(messages(await change({}, { '.github/workflows/x.yml': post }, { services: { guardrail: { statusContext: 'safety-gate' } } }))).toEqual([
      expect.stringMatching(/named `safety-gate`/)
    ])
  })

  it('flags a step added to the recommended prodguard workflow that posts the context', async () => {
    const forged = `${RECOMMENDED_WORKFLOW}      - run: gh api "repos/\${{ github.repository }}/statuses/\${{ github.event.pull_request.head.sha }}" -f state=success -f context=prodguard\n        env:\n          GH_TOKEN: \${{ github.token }}\n`
    const found = messages(await change({ [GATE]: RECOMMENDED_WORKFLOW }, { [GATE]: forged }))
    expect(found).toContainEqual(expect.stringMatching(/step 2 of job `prodguard` posts a commit status or check run named `prodguard`/))
    expect(found).toContainEqual(expect.stringMatching(/job `prodguard` can write .*`statuses: write` \(job `prodguard`\)/))
  })
})

describe('the prodguard workflow loosened', () => {
  const hardened = { [GATE]: HARDENED_WORKFLOW, [RELAY]: RELAY_WORKFLOW }
  const edit = (from: string, to: string) => {
    expect(HARDENED_WORKFLOW).toContain(from)
    return HARDENED_WORKFLOW.replace(from, to)
  }

  it('leaves the hardened setup alone when nothing loosens', async () => {
    expect(messages(await change(hardened, { [GATE]: edit('  cancel-in-progress: true\n', '  cancel-in-progress: false\n') }))).toEqual([])
    expect(messages(await change({}, hardened))).toEqual([])
    expect(messages(await change(hardened, { [GATE]: edit('types: [opened, synchronize, reopened, ready_for_review, edited]', 'types: [opened, synchronize, reopened, ready_for_review, edited, labeled]') }))).toEqual([])
  })

  const cases: Array<[string, string, string, RegExp]> = [
    ['the action ref moved to a SHA', 'prodguard/prodguard@v1', 'prodguard/prodguard@8d1e7c2f0b5a9e3d4c6b7a8f9e0d1c2b3a4f5e6d', /now runs `prodguard\/prodguard` at `8d1e7c2f0b5a9e3d4c6b7a8f9e0d1c2b3a4f5e6d` instead of `v1`/],
    ['the action moved to a fork', 'prodguard/prodguard@v1', 'prodguard-fork/prodguard@v1', /now runs `prodguard-fork\/prodguard` instead of `prodguard\/prodguard`/],
    ['the verdict back to a commit status', 'verdict: check-run', 'verdict: commit-status', /now has `verdict: commit-status` instead of `check-run`/],
    ['the status context renamed', 'status-context: prodguard', 'status-context: prodguard-v2', /now has `status-context: prodguard-v2` instead of `prodguard`/],
    ['another token', 'github-token: ${{ steps.app-token.outputs.token }}', 'github-token: ${{ github.token }}', /now has `github-token: \$\{\{ github.token \}\}`.*another token posts the verdict/],
    ['the Environment removed', '    environment: prodguard\n', '', /no longer runs in the Environment `prodguard`/],
    ['the App token from other secrets', 'app-id: ${{ secrets.PRODGUARD_APP_ID }}', 'app-id: ${{ vars.OTHER_APP }}', /the step that makes prodguard's App token \(`app-token`\) changed `with.app-id`/],
    ['a job condition', '    environment: prodguard\n', "    environment: prodguard\n    if: github.actor != 'release-bot'\n", /is in a job that runs only if `github.actor != 'release-bot'`/],
    ['a trigger removed', '  workflow_run:\n    workflows: [prodguard relay]\n    types: [completed]\n', '', /prodguard no longer runs on `workflow_run`/],
    ['an activity type removed', 'types: [opened, synchronize, reopened, ready_for_review, edited]', 'types: [opened, reopened]', /no longer runs on `pull_request_target` of type `synchronize`/],
    ['a branch filter added', 'types: [opened, synchronize, reopened, ready_for_review, edited]\n', 'types: [opened, synchronize, reopened, ready_for_review, edited]\n    branches: [main]\n', /now runs on `pull_request_target` only for the branches `main`/],
    ['a path ignored', 'types: [opened, synchronize, reopened, ready_for_review, edited]\n', 'types: [opened, synchronize, reopened, ready_for_review, edited]\n    paths-ignore: ["db/**"]\n', /no longer runs on `pull_request_target` for `db\/\*\*` \(added to paths-ignore\)/],
    ['the relay no longer named', 'workflows: [prodguard relay]', 'workflows: [prodguard-relay]', /no longer runs on `workflow_run` for the workflows entry `prodguard relay`/]
  ]
  it.each(cases)('flags %s, naming it', async (_name, from, to, message) => {
    const found = weakened(await change(hardened, { [GATE]: edit(from, to) }))
    expect(found.map((f) => f.message)).toContainEqual(expect.stringMatching(message))
    expect(found.every((f) => f.file === GATE && f.severity === 'block')).toBe(true)
  })

  it('flags the ref of the recommended workflow changed, and default types that narrow', async () => {
    const found = messages(await change({ [GATE]: RECOMMENDED_WORKFLOW }, { [GATE]: RECOMMENDED_WORKFLOW.replace('@v1', '@v1.2.0').replace('    types: [opened, synchronize, reopened, ready_for_review, edited]\n', '') }))
    expect(found).toContainEqual(expect.stringMatching(/at `v1.2.0` instead of `v1`/))
    expect(found).toContainEqual(expect.stringMatching(/no longer runs on `pull_request_target` of type `ready_for_review`/))
  })

  it('flags the relay deleted, renamed or triggered less', async () => {
    expect(messages(await change(hardened, { [RELAY]: undefined }))).toEqual([expect.stringMatching(/prodguard-relay\.yml is deleted: it was prodguard's relay \("prodguard relay"\)/)])
    expect(messages(await change(hardened, { [RELAY]: RELAY_WORKFLOW.replace('name: prodguard relay', 'name: prodguard relay v2') }))).toEqual([
      expect.stringMatching(/relay is renamed from "prodguard relay" to "prodguard relay v2"/)
    ])
    expect(messages(await change(hardened, { [RELAY]: RELAY_WORKFLOW.replace('  merge_group:\n    types: [checks_requested]\n', '') }))).toEqual([
      expect.stringMatching(/prodguard's relay no longer runs on `merge_group`/)
    ])
    const writable = RELAY_WORKFLOW.replace('permissions: {}', 'permissions:\n  statuses: write')
    expect(messages(await change(hardened, { [RELAY]: writable }))).toEqual([expect.stringMatching(/prodguard-relay\.yml is changed and its job `relay` can write .*`statuses: write`/)])
  })

  it('flags the prodguard workflow renamed where GitHub does not run it, and the config renamed away', async () => {
    const moved = await diffFindings(hardened, (repo) => {
      repo.git('mv', GATE, `${GATE}.disabled`)
    })
    expect(messages(moved)).toEqual([expect.stringMatching(/prodguard\.yml is renamed to \.github\/workflows\/prodguard\.yml\.disabled, where GitHub does not run it: it ran prodguard/)])
    const config = await diffFindings({ '.prodguard.yml': 'approvals:\n  required: 2\n' }, (repo) => {
      repo.git('mv', '.prodguard.yml', 'prodguard.yml.bak')
    })
    expect(messages(config)).toEqual([expect.stringMatching(/reduces the approvals a blocking finding needs from 2 to 1/)])
  })

  it('still reads workflows and the config when the config ignores them', async () => {
    const config = { ignore: ['.github/**', '.prodguard.yml'] }
    const found = messages(await change(hardened, { [GATE]: edit('verdict: check-run', 'verdict: commit-status'), '.prodguard.yml': 'failOn: never\n' }, { config }))
    expect(found).toContainEqual(expect.stringMatching(/now has `verdict: commit-status`/))
    expect(found).toContainEqual(expect.stringMatching(/lowers failOn from block to never/))
  })

  it('fingerprints a finding the same across unrelated edits', async () => {
    const loosened = edit('verdict: check-run', 'verdict: commit-status')
    const first = weakened(await change(hardened, { [GATE]: loosened }))
    const again = weakened(await change(hardened, { [GATE]: `# edited\n${loosened.replace('cancel-in-progress: true', 'cancel-in-progress: false')}` }))
    expect(again.map((f) => f.fingerprint)).toEqual(first.map((f) => f.fingerprint))
  })
})
