/**
 * `guardrail/weakened` for GitHub Actions workflows: a workflow that ran prodguard before the change and, after it,
 * no longer does, or runs it so that it cannot stop anything: the step or its job removed, a condition or
 * `continue-on-error` added, `fail-job: false`, another config file, another action, `|| true` after the command,
 * or no pull-request trigger left.
 */
import type { Analyzer, Detection } from '../analyzer.js'
import { RULE_ID } from './config-loosened.js'
import { isRecord, readYaml, record, type YamlSource } from './yaml-source.js'

const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/
const PRODGUARD = /prodguard/i
const PULL_REQUEST_TRIGGERS = ['pull_request', 'pull_request_target']
/** Shell that makes a failing command pass. */
const SWALLOWED_FAILURE: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /\|\|\s*(?:true|:|exit\s+0)\b/, what: 'its failure is swallowed (`|| true`)' },
  { pattern: /--fail-on(?:=|\s+)never\b/, what: 'it runs with `--fail-on never`' },
  { pattern: /\bset\s+\+e\b/, what: 'errors are ignored (`set +e`)' },
  { pattern: /;\s*exit\s+0\s*$/m, what: 'it ends with `exit 0`' }
]

/** A step (or a job calling a reusable workflow) that runs prodguard. */
interface GuardStep {
  job: string
  /** Index in the job's steps; -1 for a job-level `uses:`. */
  index: number
  step: Record<string, unknown>
  jobValue: Record<string, unknown>
  /** `owner/name` of the action, or `run` for a command line. */
  kind: string
}

export const workflowLoosened: Analyzer = {
  name: 'guardrail-workflow',
  claims: (path) => WORKFLOW_PATH.test(path),
  analyze: () => [],
  compare(before, after) {
    if (before === undefined) return []
    const beforeYaml = readYaml(before.text)
    if (!beforeYaml.ok) return []
    const guarded = guardSteps(beforeYaml.value)
    if (guarded.length === 0) return []
    const path = after?.path ?? before.path
    if (after === undefined) {
      return [detection(1, `${path} is deleted: it ran prodguard (${describe(guarded[0]!)}), so the gate would no longer run.`, before.path, 'workflow-deleted')]
    }
    const afterYaml = readYaml(after.text)
    if (!afterYaml.ok) {
      return [
        {
          ruleId: 'unanalyzable/parse-error',
          line: afterYaml.line,
          message: `${path} is not valid YAML (${afterYaml.reason}); GitHub would not run it, and with it prodguard.`,
          evidence: '',
          identity: `workflow-yaml:${afterYaml.reason}`
        }
      ]
    }
    return compareWorkflows(beforeYaml.value, afterYaml, path)
  }
}

function compareWorkflows(before: unknown, after: YamlSource & { ok: true }, path: string): Detection[] {
  const out: Detection[] = []
  const beforeSteps = guardSteps(before)
  const afterSteps = guardSteps(after.value)
  const unmatched = new Set(afterSteps)

  const lineOfStep = (s: GuardStep): number =>
    after.lineOf(s.index >= 0 ? ['jobs', s.job, 'steps', s.index] : ['jobs', s.job]) ?? 1

  beforeSteps.forEach((b) => {
    const sameJob = afterSteps.filter((a) => a.job === b.job && unmatched.has(a))
    const ordinal = beforeSteps.filter((x) => x.job === b.job && x.kind === b.kind).indexOf(b)
    const a = sameJob.filter((s) => s.kind === b.kind)[ordinal] ?? sameJob[0] ?? afterSteps.find((s) => unmatched.has(s))
    if (a === undefined) {
      const line = after.lineOf(['jobs', b.job]) ?? 1
      out.push(detection(line, `${path} no longer runs prodguard: ${describe(b)} was removed.`, describe(b), `removed:${b.job}:${b.kind}`))
      return
    }
    unmatched.delete(a)
    const line = lineOfStep(a)
    const weaker = (what: string, evidence: string, id: string): void => {
      out.push(detection(line, `${path}: the prodguard step (${describe(a)}) ${what}.`, evidence, `${a.job}:${a.kind}:${id}`))
    }
    if (a.kind !== b.kind) weaker(`now runs \`${a.kind}\` instead of \`${b.kind}\``, `uses: ${String(a.step['uses'] ?? '')}`, `kind=${a.kind}`)
    const stepIf = condition(a.step['if'])
    if (stepIf !== undefined && stepIf !== condition(b.step['if'])) weaker(`runs only if \`${stepIf}\``, `if: ${stepIf}`, `if=${stepIf}`)
    if (a.index >= 0) {
      const jobIf = condition(a.jobValue['if'])
      if (jobIf !== undefined && jobIf !== condition(b.jobValue['if'])) weaker(`is in a job that runs only if \`${jobIf}\``, `if: ${jobIf}`, `job-if=${jobIf}`)
    }
    if (mayContinue(a.step['continue-on-error']) && !mayContinue(b.step['continue-on-error'])) {
      weaker('may fail without failing the job (`continue-on-error`)', `continue-on-error: ${String(a.step['continue-on-error'])}`, 'continue-on-error')
    }
    if (a.index >= 0 && mayContinue(a.jobValue['continue-on-error']) && !mayContinue(b.jobValue['continue-on-error'])) {
      weaker('is in a job that may fail without failing the workflow (`continue-on-error`)', `continue-on-error: ${String(a.jobValue['continue-on-error'])}`, 'job-continue-on-error')
    }
    const withA = record(a.step['with'])
    const withB = record(b.step['with'])
    if (mayBeFalse(withA['fail-job']) && !mayBeFalse(withB['fail-job'])) weaker('no longer fails the job (`fail-job: false`)', `fail-job: ${String(withA['fail-job'])}`, 'fail-job')
    if (withA['config'] !== withB['config']) {
      weaker(`reads its config from \`${String(withA['config'] ?? '.prodguard.yml')}\` instead of \`${String(withB['config'] ?? '.prodguard.yml')}\``, `config: ${String(withA['config'] ?? '')}`, `config=${String(withA['config'])}`)
    }
    const runA = typeof a.step['run'] === 'string' ? a.step['run'] : ''
    const runB = typeof b.step['run'] === 'string' ? b.step['run'] : ''
    for (const { pattern, what } of SWALLOWED_FAILURE) {
      if (pattern.test(runA) && !pattern.test(runB)) weaker(`can no longer fail: ${what}`, runA.trim().split('\n').find((l) => pattern.test(l)) ?? runA.trim(), `run:${pattern.source}`)
    }
  })

  if (hasPullRequestTrigger(before) && !hasPullRequestTrigger(after.value)) {
    out.push(detection(after.lineOf(['on']) ?? 1, `${path} no longer runs on pull requests, so prodguard would not check them.`, 'on: (no pull_request / pull_request_target)', 'triggers'))
  }
  return out
}

function detection(line: number, message: string, evidence: string, identity: string): Detection {
  return { ruleId: RULE_ID, line, message, evidence, identity: `workflow:${identity}` }
}

function guardSteps(workflow: unknown): GuardStep[] {
  const out: GuardStep[] = []
  for (const [job, jobRaw] of Object.entries(record(record(workflow)['jobs']))) {
    const jobValue = record(jobRaw)
    if (typeof jobValue['uses'] === 'string' && PRODGUARD.test(jobValue['uses'])) {
      out.push({ job, index: -1, step: jobValue, jobValue, kind: actionName(jobValue['uses']) })
    }
    const steps = Array.isArray(jobValue['steps']) ? jobValue['steps'] : []
    steps.forEach((raw, index) => {
      if (!isRecord(raw)) return
      const uses = typeof raw['uses'] === 'string' ? raw['uses'] : undefined
      const run = typeof raw['run'] === 'string' ? raw['run'] : undefined
      // A local action (`uses: ./`, prodguard's own repository) counts when the step says it is prodguard.
      const named = [raw['name'], raw['id']].some((v) => typeof v === 'string' && PRODGUARD.test(v))
      if (uses !== undefined && (PRODGUARD.test(uses) || (uses.startsWith('./') && named))) out.push({ job, index, step: raw, jobValue, kind: actionName(uses) })
      else if (run !== undefined && /\bprodguard\b/.test(run)) out.push({ job, index, step: raw, jobValue, kind: 'run' })
    })
  }
  return out
}

/** `owner/name` (or a local `./path`) without the ref: a new version of the same action is not a weakening. */
function actionName(uses: string): string {
  return uses.split('@')[0]!.toLowerCase()
}

function describe(s: GuardStep): string {
  const name = typeof s.step['name'] === 'string' ? `"${s.step['name']}" ` : ''
  return s.index < 0 ? `job \`${s.job}\` (${s.kind})` : `${name}step ${s.index + 1} of job \`${s.job}\`${s.kind === 'run' ? '' : ` (${s.kind})`}`
}

function condition(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  return String(value).trim()
}

/** `true`, or an expression that may evaluate to it. */
function mayContinue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && (value.trim() === 'true' || value.includes('${{')))
}

function mayBeFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && (value.trim().toLowerCase() === 'false' || value.includes('${{')))
}

function hasPullRequestTrigger(workflow: unknown): boolean {
  const on = record(workflow)['on']
  if (typeof on === 'string') return PULL_REQUEST_TRIGGERS.includes(on)
  if (Array.isArray(on)) return on.some((t) => typeof t === 'string' && PULL_REQUEST_TRIGGERS.includes(t))
  return Object.keys(record(on)).some((t) => PULL_REQUEST_TRIGGERS.includes(t))
}
