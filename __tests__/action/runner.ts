/**
 * Runs the bundled action the way the Actions runner does: `node dist/index.js` in GITHUB_WORKSPACE with the
 * default environment variables, `INPUT_<NAME>` for every input (hyphens kept, action.yml defaults applied), the
 * event payload in a file, and empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / ... files; then reads back the outputs,
 * the summary and the workflow commands (annotations) it printed.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import { bundleAction, type ActionBundle } from './bundle.js'
import type { GitHubDouble } from './github-double.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  properties: Record<string, string>
  message: string
}

export interface RunResult {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** The `::error::` lines without a file: the step's own failure message. */
  failures: string[]
  /** The contents of the files named by the `findings-file` and `sarif-file` outputs, read before cleanup. */
  reports: { findings?: string; sarif?: string }
  ms: number
}

export interface RunOptions {
  eventName: string
  payload: unknown
  apiUrl: string
  /** Inputs given in `with:`; the rest take action.yml's defaults. */
  inputs?: Record<string, string>
  token?: string
  repository?: string
  /** Extra environment (e.g. PRODGUARD_API_WAIT_SCALE). */
  env?: Record<string, string>
  timeoutMs?: number
}

/** What a scenario opened: stopped and removed after each test. */
interface Disposable {
  double: GitHubDouble
  repo: { cleanup(): void }
}

export interface GateHarness {
  /** Stop this double and remove this repository after the test. */
  track(repo: Disposable['repo'], double: GitHubDouble): void
  /** The bundled action run once against the double, as the runner would. */
  run(double: GitHubDouble, eventName: string, payload: unknown, more?: Partial<RunOptions>): Promise<RunResult>
}

/**
 * The setup every end-to-end file shares: the action bundled once per file, and every double and repository a
 * scenario opened stopped and removed after it. Call at the top level of a test file.
 */
export function gateHarness(): GateHarness {
  let bundle: ActionBundle | undefined
  const open: Disposable[] = []
  beforeAll(async () => {
    bundle = await bundleAction()
  }, 120_000)
  afterAll(() => bundle?.cleanup())
  afterEach(async () => {
    for (const { repo, double } of open.splice(0)) {
      await double.stop()
      repo.cleanup()
    }
  })
  return {
    track: (repo, double) => void open.push({ repo, double }),
    run: (double, eventName, payload, more = {}) => runAction(bundle!, { eventName, payload, apiUrl: double.url, ...more })
  }
}

/** The states of the verdict's commit statuses on `sha`, oldest first. */
export function statesOn(double: GitHubDouble, sha: string): string[] {
  return double.statusesFor(sha).map((s) => s.state)
}

export async function runAction(bundle: ActionBundle, options: RunOptions): Promise<RunResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'prodguard-runner-'))
  const workspace = mkdtempSync(join(tmpdir(), 'prodguard-workspace-'))
  try {
    const files = { output: join(tmp, 'output'), env: join(tmp, 'env'), path: join(tmp, 'path'), state: join(tmp, 'state'), summary: join(tmp, 'summary') }
    for (const file of Object.values(files)) writeFileSync(file, '')
    const eventPath = join(tmp, 'event.json')
    writeFileSync(eventPath, JSON.stringify(options.payload, null, 2))
    const repository = options.repository ?? 'acme/shop'
    const inputs: Record<string, string> = {}
    for (const [name, value] of Object.entries({ ...bundle.defaults, ...options.inputs })) {
      // The runner evaluates `${{ github.token }}` before the step starts.
      inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value === '${{ github.token }}' ? (options.token ?? 'test-token') : value
    }
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? tmp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: '__prodguard',
      GITHUB_ACTION_REPOSITORY: 'prodguard/prodguard',
      GITHUB_ACTOR: 'octocat',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '7001',
      GITHUB_RUN_NUMBER: '12',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'prodguard',
      GITHUB_WORKFLOW: 'prodguard',
      GITHUB_WORKSPACE: workspace,
      // Retries and write spacing in milliseconds instead of seconds.
      PRODGUARD_API_WAIT_SCALE: '0.01',
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: tmp,
      RUNNER_DEBUG: '0',
      ...inputs,
      ...options.env
    }
    const started = Date.now()
    const { code, stdout, stderr } = await spawnNode(bundle.main, workspace, env, options.timeoutMs ?? 60_000)
    const outputs = parseOutputs(readFileSync(files.output, 'utf8'))
    const read = (path: string | undefined) => (path !== undefined && path !== '' && existsSync(path) ? readFileSync(path, 'utf8') : undefined)
    const findings = read(outputs['findings-file'])
    const sarif = read(outputs['sarif-file'])
    return {
      exitCode: code,
      stdout,
      stderr,
      outputs,
      reports: { ...(findings !== undefined ? { findings } : {}), ...(sarif !== undefined ? { sarif } : {}) },
      summary: readFileSync(files.summary, 'utf8'),
      annotations: parseAnnotations(stdout),
      failures: stdout.split('\n').filter((l) => l.startsWith('::error::')).map((l) => unescapeData(l.slice('::error::'.length))),
      ms: Date.now() - started
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
    rmSync(workspace, { recursive: true, force: true })
  }
}

function spawnNode(main: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** `name<<ghadelimiter_<uuid>\nvalue\nghadelimiter_<uuid>\n`, as @actions/core writes GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (m) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
      out[m[1]!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=')
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1)
    }
  }
  return out
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','))
}

/** `::error file=…,line=…::message` lines, unescaped as the runner does. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of m[2]!.split(',')) {
      const at = pair.indexOf('=')
      if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
    }
    out.push({ level: m[1] as Annotation['level'], properties, message: unescapeData(m[3]!) })
  }
  return out
}
