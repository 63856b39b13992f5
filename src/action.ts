/**
 * The GitHub Action's front door: reads the inputs and the runner's environment, runs the gate, sets the outputs
 * and the exit code. No check logic lives here (src/action/run.ts has the run).
 */
import * as core from '@actions/core'
import { describeError, UsageError } from './errors.js'
import { runAction, type ActionEnvironment, type ActionInputs } from './action/run.js'

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name)
  if (raw === '') return fallback
  if (/^(true|yes|on|1)$/i.test(raw)) return true
  if (/^(false|no|off|0)$/i.test(raw)) return false
  throw new UsageError(`input ${name}: "${raw}" is not a boolean`, 'use true or false')
}

function verdictInput(): ActionInputs['verdict'] {
  const raw = core.getInput('verdict').trim()
  if (raw === '' || raw === 'commit-status') return 'commit-status'
  if (raw === 'check-run') return 'check-run'
  throw new UsageError(`input verdict: "${raw}" is not commit-status or check-run`, 'use check-run with a GitHub App token (hardened mode), or leave it out')
}

function readInputs(): ActionInputs {
  const token = core.getInput('github-token') || process.env['GITHUB_TOKEN'] || ''
  if (token === '') throw new UsageError('input github-token is empty', 'pass `github-token: ${{ github.token }}` (the default) or an App token')
  core.setSecret(token)
  return {
    token,
    configPath: core.getInput('config').replace(/^\.\//, '') || '.prodguard.yml',
    statusContext: core.getInput('status-context') || 'prodguard',
    verdict: verdictInput(),
    failJob: booleanInput('fail-job', true),
    comment: booleanInput('comment', true),
    requestReviewers: booleanInput('request-reviewers', false),
    sarifFile: core.getInput('sarif-file'),
    pullRequest: core.getInput('pull-request')
  }
}

function readEnvironment(): ActionEnvironment {
  const env = process.env
  const scale = Number(env['PRODGUARD_API_WAIT_SCALE'] ?? '1')
  const pinned = env['PRODGUARD_NOW']
  const now = pinned !== undefined && pinned !== '' ? new Date(pinned) : new Date()
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    eventPath: env['GITHUB_EVENT_PATH'],
    repository: env['GITHUB_REPOSITORY'],
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
    runId: env['GITHUB_RUN_ID'] || undefined,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    runnerTemp: env['RUNNER_TEMP'] || env['TMPDIR'] || '/tmp',
    waitScale: Number.isFinite(scale) && scale >= 0 ? scale : 1,
    now: Number.isNaN(now.getTime()) ? new Date() : now
  }
}

async function main(): Promise<void> {
  try {
    const outcome = await runAction(readInputs(), readEnvironment())
    core.setOutput('decision', outcome.decision)
    core.setOutput('blocking-count', String(outcome.blockingCount))
    core.setOutput('findings-file', outcome.findingsFile ?? '')
    core.setOutput('sarif-file', outcome.sarifFile ?? '')
    if (outcome.failure !== undefined) core.setFailed(outcome.failure)
    process.exitCode = outcome.exitCode
  } catch (error) {
    core.setOutput('decision', 'error')
    const hint = error instanceof UsageError && error.suggestion !== undefined ? ` (${error.suggestion})` : ''
    const message = `prodguard: ${describeError(error)}${hint}`
    core.setFailed(message)
    await core.summary
      .addRaw(`## ❌ prodguard could not run\n\n${message.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}\n`)
      .write()
      .catch(() => undefined)
    if (!(error instanceof UsageError)) core.debug(error instanceof Error ? (error.stack ?? '') : String(error))
    process.exitCode = 1
  }
}

await main()
