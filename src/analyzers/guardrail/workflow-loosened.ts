/**
 * `guardrail/weakened` for GitHub Actions workflows. Two kinds of change:
 *
 * - **A workflow that could forge the verdict.** Every workflow's `GITHUB_TOKEN` belongs to the same GitHub Actions
 *   app, so any workflow that can write commit statuses or check runs can post `prodguard = success`. An added or
 *   changed workflow (its parsed content, not only comments) is flagged per job that can write statuses or checks
 *   (`statuses: write`, `checks: write`, `write-all`, or no `permissions:` at all while the repository default may be
 *   write), and per step that posts prodguard's context (a `curl`/`gh api` call to the statuses or check-runs API, a
 *   github-script `createCommitStatus`/`checks.create`, a third-party status action given the context).
 * - **The gate loosened.** A workflow that ran prodguard before the change and, after it, no longer does, or runs it
 *   so that it cannot stop anything: the step or its job removed, the action's ref or repository changed, a
 *   condition or `continue-on-error` added, `fail-job: false`, another config file, another `status-context`,
 *   `verdict` or `github-token`, another Environment, `|| true` after the command, a trigger, activity type, branch
 *   or path filter that no longer covers what it did. And the hardened mode's relay workflow removed, renamed or
 *   triggered less.
 */
import { isDeepStrictEqual } from 'node:util'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { guardrailServices, RULE_ID } from './config-loosened.js'
import { isRecord, readYaml, record, type YamlSource } from './yaml-source.js'

const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/
/** A local action's metadata: a composite one runs its steps with the token of the workflow that uses it. */
const ACTION_PATH = /(^|\/)action\.ya?ml$/
const PRODGUARD = /prodguard/i
const PULL_REQUEST_TRIGGERS = ['pull_request', 'pull_request_target']
const DEFAULT_CONTEXT = 'prodguard'
/** Shell that makes a failing command pass. */
const SWALLOWED_FAILURE: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /\|\|\s*(?:true|:|exit\s+0)\b/, what: 'its failure is swallowed (`|| true`)' },
  { pattern: /--fail-on(?:=|\s+)never\b/, what: 'it runs with `--fail-on never`' },
  { pattern: /\bset\s+\+e\b/, what: 'errors are ignored (`set +e`)' },
  { pattern: /;\s*exit\s+0\s*$/m, what: 'it ends with `exit 0`' }
]
/** Inputs of the prodguard action whose change alters what the verdict is or who posts it. */
const VERDICT_INPUTS = ['status-context', 'verdict', 'github-token']
/** Activity types GitHub uses when a trigger lists none (only where narrower than "all"). */
const DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened']
}
/** Filters that list what the trigger runs for: removing an entry (or adding the filter) narrows it. */
const INCLUDE_FILTERS = ['branches', 'tags', 'paths', 'workflows']
/** Filters that list what the trigger skips: adding an entry narrows it. */
const EXCLUDE_FILTERS = ['branches-ignore', 'tags-ignore', 'paths-ignore']
/** API calls that create or update a commit status or a check run, in shell or in github-script. */
const STATUS_API =
  /\/statuses\/|\/check-runs\b|\bcheck-runs\b|\bcreateCommitStatus\b|\bcreateStatus\b|\bchecks\.(?:create|update)\b|\bgh\s+api\b[^\n]*\bstatuses\b/i
/** `with:` keys of third-party actions that name a status or check run. */
const CONTEXT_INPUT = /context|name|check|status|title/i

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

type ParsedYaml = YamlSource & { ok: true }

export const workflowLoosened: Analyzer = {
  name: 'guardrail-workflow',
  scansIgnored: true,
  claims: (path) => WORKFLOW_PATH.test(path) || ACTION_PATH.test(path),
  analyze: () => [],
  compare(beforeSide, afterSide, ctx) {
    if (!WORKFLOW_PATH.test(afterSide?.path ?? beforeSide!.path) && ACTION_PATH.test(afterSide?.path ?? beforeSide!.path)) return compositeAction(beforeSide, afterSide, ctx)
    // A rename out of .github/workflows (`prodguard.yml.disabled`, a subfolder) is a deletion: GitHub no longer runs
    // it; a rename into it is an added workflow.
    const before = beforeSide !== undefined && WORKFLOW_PATH.test(beforeSide.path) ? beforeSide : undefined
    const after = afterSide !== undefined && WORKFLOW_PATH.test(afterSide.path) ? afterSide : undefined
    if (before === undefined && after === undefined) return []
    const path = after?.path ?? before!.path
    const beforeYaml = before !== undefined ? readYaml(before.text) : undefined
    const beforeValue = beforeYaml?.ok ? beforeYaml.value : undefined
    const guardedBefore = beforeValue !== undefined ? guardSteps(beforeValue) : []
    const relayBefore = beforeValue !== undefined && isRelay(beforeValue, before!.path)
    if (after === undefined) {
      if (guardedBefore.length > 0) {
        const gone = afterSide !== undefined ? `is renamed to ${afterSide.path}, where GitHub does not run it` : 'is deleted'
        return [detection(1, `${path} ${gone}: it ran prodguard (${describe(guardedBefore[0]!)}), so the gate would no longer run.`, before!.path, 'workflow-deleted')]
      }
      if (relayBefore) {
        const gone = afterSide !== undefined ? `is renamed to ${afterSide.path}, where GitHub does not run it` : 'is deleted'
        return [detection(1, `${path} ${gone}: it was prodguard's relay ("${relayName(beforeValue)}"), so reviews and the merge queue would no longer re-evaluate the gate.`, before!.path, 'relay-deleted')]
      }
      return []
    }
    const afterYaml = readYaml(after.text)
    if (!afterYaml.ok) {
      if (guardedBefore.length === 0 && !relayBefore) return []
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
    const out: Detection[] = []
    // Comments and formatting alone change nothing GitHub runs.
    const changed = beforeValue === undefined || !isDeepStrictEqual(beforeValue, afterYaml.value)
    if (!changed) return out
    const contexts = statusContexts(ctx, [beforeValue, afterYaml.value])
    if (guardrailServices(ctx).verdict !== 'check-run') out.push(...forgeCapabilities(afterYaml, path, before === undefined, ctx))
    out.push(...contextPosters(afterYaml, path, contexts))
    if (beforeValue !== undefined && guardedBefore.length > 0) out.push(...compareWorkflows(beforeValue, afterYaml, path))
    else if (beforeValue !== undefined && relayBefore) out.push(...compareRelays(beforeValue, afterYaml, path))
    return out
  }
}

/** An added or changed composite action whose steps post prodguard's context. */
function compositeAction(before: SourceText | undefined, after: SourceText | undefined, ctx: AnalyzerContext): Detection[] {
  if (after === undefined) return []
  const afterYaml = readYaml(after.text)
  if (!afterYaml.ok || !Array.isArray(record(record(afterYaml.value)['runs'])['steps'])) return []
  const beforeYaml = before !== undefined ? readYaml(before.text) : undefined
  if (beforeYaml?.ok && isDeepStrictEqual(beforeYaml.value, afterYaml.value)) return []
  return contextPosters(afterYaml, after.path, statusContexts(ctx, []), true)
}

/** The contexts a forged status would use: the default, the one the front door was given, any `status-context` of a prodguard step. */
function statusContexts(ctx: AnalyzerContext, workflows: unknown[]): string[] {
  const out = new Set<string>([DEFAULT_CONTEXT])
  const given = guardrailServices(ctx).statusContext
  if (typeof given === 'string' && given.trim() !== '') out.add(given.trim())
  for (const workflow of workflows) {
    if (workflow === undefined) continue
    for (const s of guardSteps(workflow)) {
      const input = record(s.step['with'])['status-context']
      if (typeof input === 'string' && input.trim() !== '' && !input.includes('${{')) out.add(input.trim())
    }
  }
  return [...out]
}

/** How one job's token may write statuses or checks, in words, or undefined when it cannot. */
function writeAccess(permissions: unknown, where: string): string | undefined {
  if (permissions === undefined) return undefined
  if (typeof permissions === 'string') {
    const p = permissions.trim()
    if (p === 'read-all') return undefined
    if (p === 'write-all') return `\`permissions: write-all\` (${where})`
    return `\`permissions: ${p}\` (${where}), which GitHub does not read as read-only`
  }
  if (permissions === null) return undefined
  if (!isRecord(permissions)) return `\`permissions\` that are not a mapping (${where})`
  const writes = ['statuses', 'checks'].filter((scope) => {
    const v = permissions[scope]
    return v !== undefined && v !== null && v !== 'read' && v !== 'none'
  })
  if (writes.length === 0) return undefined
  return `${writes.map((s) => `\`${s}: ${String(permissions[s])}\``).join(' and ')} (${where})`
}

function forgeCapabilities(after: ParsedYaml, path: string, added: boolean, ctx: AnalyzerContext): Detection[] {
  const workflow = record(after.value)
  const repositoryDefaultRead = guardrailServices(ctx).defaultWorkflowPermissions === 'read'
  const out: Detection[] = []
  const verb = added ? 'is added' : 'is changed'
  for (const [job, raw] of Object.entries(record(workflow['jobs']))) {
    const jobValue = record(raw)
    let how: string | undefined
    let at: Array<string | number>
    if ('permissions' in jobValue) {
      how = writeAccess(jobValue['permissions'], `job \`${job}\``)
      at = ['jobs', job, 'permissions']
    } else if ('permissions' in workflow) {
      how = writeAccess(workflow['permissions'], 'workflow level')
      at = ['permissions']
    } else {
      how = repositoryDefaultRead ? undefined : 'no `permissions:` at workflow or job level, so the token has the repository default, which can be write'
      at = ['jobs', job]
    }
    if (how === undefined) continue
    const line = after.lineOf(at) ?? after.lineOf(['jobs', job]) ?? 1
    out.push(
      detection(
        line,
        `${path} ${verb} and its job \`${job}\` can write commit statuses or check runs: ${how}. Any step of it could post a \`prodguard\` success; give the job only the permissions it needs (e.g. \`permissions: { contents: read }\`).`,
        evidenceOf(at, how),
        `can-write:${job}`
      )
    )
  }
  return out
}

function evidenceOf(at: Array<string | number>, how: string): string {
  const code = /`([^`]+)`/.exec(how)
  return code !== null ? code[1]! : at.join('.')
}

/** Steps that post a status or check run with prodguard's context. */
function contextPosters(after: ParsedYaml, path: string, contexts: string[], composite = false): Detection[] {
  const workflow = record(after.value)
  const out: Detection[] = []
  const mentions = (text: string): string | undefined => contexts.find((c) => new RegExp(`(?<![\\w-])${escapeRegExp(c)}(?![\\w-])`).test(text))
  const workflowEnv = envText(workflow['env'])
  // A composite action (`runs.steps` of an action.yml) is read like a job: a workflow with a write token may use it.
  const jobs: Array<[string, unknown]> = composite ? [['(composite action)', record(workflow['runs'])]] : Object.entries(record(workflow['jobs']))
  for (const [job, raw] of jobs) {
    const jobValue = record(raw)
    const jobEnv = envText(jobValue['env'])
    const steps = Array.isArray(jobValue['steps']) ? jobValue['steps'] : []
    const stepPath = (index: number): Array<string | number> => (composite ? ['runs', 'steps', index] : ['jobs', job, 'steps', index])
    steps.forEach((rawStep, index) => {
      if (!isRecord(rawStep)) return
      const uses = typeof rawStep['uses'] === 'string' ? rawStep['uses'] : undefined
      if (uses !== undefined && PRODGUARD.test(actionName(uses))) return // prodguard's own action posts its own verdict
      const withValue = record(rawStep['with'])
      const code = [typeof rawStep['run'] === 'string' ? rawStep['run'] : '', ...Object.values(withValue).map((v) => (typeof v === 'string' ? v : ''))].join('\n')
      const where = `step ${index + 1} of ${composite ? 'the composite action' : `job \`${job}\``}${typeof rawStep['name'] === 'string' ? ` ("${rawStep['name']}")` : ''}`
      const line = after.lineOf(stepPath(index)) ?? 1
      const api = STATUS_API.exec(code)
      if (api !== null) {
        const context = mentions([code, envText(rawStep['env']), jobEnv, workflowEnv].join('\n'))
        if (context !== undefined) {
          out.push(
            detection(
              line,
              `${path}: ${where} posts a commit status or check run named \`${context}\` (\`${api[0].trim()}\`): a workflow can forge prodguard's verdict this way.`,
              firstLine(code, api[0]),
              `posts:${job}:${context}`
            )
          )
          return
        }
      }
      if (uses !== undefined) {
        for (const [key, value] of Object.entries(withValue)) {
          if (!CONTEXT_INPUT.test(key) || typeof value !== 'string' || !contexts.includes(value.trim())) continue
          out.push(
            detection(
              line,
              `${path}: ${where} gives \`${actionName(uses)}\` the input \`${key}: ${value.trim()}\`: an action other than prodguard posting a status or check named like prodguard's can forge its verdict.`,
              `${key}: ${value.trim()}`,
              `posts:${job}:${actionName(uses)}:${key}`
            )
          )
        }
      }
    })
  }
  return out
}

function envText(env: unknown): string {
  return Object.entries(record(env))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('\n')
}

function firstLine(code: string, needle: string): string {
  return (code.split('\n').find((l) => l.includes(needle)) ?? needle).trim().slice(0, 200)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function compareWorkflows(before: unknown, after: ParsedYaml, path: string): Detection[] {
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
    else {
      const refA = actionRef(a)
      const refB = actionRef(b)
      if (refA !== refB) {
        weaker(
          `now runs \`${a.kind}\` at ${refA === undefined ? 'no pinned ref' : `\`${refA}\``} instead of ${refB === undefined ? 'no pinned ref' : `\`${refB}\``}: another ref (possibly a commit that exists only in a fork) runs with the gate's token`,
          typeof a.step['uses'] === 'string' ? `uses: ${a.step['uses']}` : firstLine(String(a.step['run'] ?? ''), 'prodguard'),
          `ref=${refA ?? ''}`
        )
      }
    }
    const stepIf = condition(a.step['if'])
    if (stepIf !== undefined && stepIf !== condition(b.step['if'])) weaker(`runs only if \`${stepIf}\``, `if: ${stepIf}`, `if=${stepIf}`)
    if (a.index >= 0) {
      const jobIf = condition(a.jobValue['if'])
      if (jobIf !== undefined && jobIf !== condition(b.jobValue['if'])) weaker(`is in a job that runs only if \`${jobIf}\``, `if: ${jobIf}`, `job-if=${jobIf}`)
    }
    const envA = environmentName(a.jobValue['environment'])
    const envB = environmentName(b.jobValue['environment'])
    if (envB !== undefined && envA !== envB) {
      weaker(
        envA === undefined ? `no longer runs in the Environment \`${envB}\` (which limits its secrets to the default branch)` : `runs in the Environment \`${envA}\` instead of \`${envB}\``,
        `environment: ${envA ?? '(none)'}`,
        `environment=${envA ?? ''}`
      )
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
    for (const input of VERDICT_INPUTS) {
      const now = inputText(withA[input])
      const was = inputText(withB[input])
      if (now === was) continue
      weaker(
        `now has \`${input}: ${now ?? '(default)'}\` instead of \`${was ?? '(default)'}\`${input === 'github-token' ? ': another token posts the verdict' : ': the required check would no longer be the one it posts'}`,
        `${input}: ${now ?? '(removed)'}`,
        `${input}=${now ?? ''}`
      )
    }
    const runA = typeof a.step['run'] === 'string' ? a.step['run'] : ''
    const runB = typeof b.step['run'] === 'string' ? b.step['run'] : ''
    for (const { pattern, what } of SWALLOWED_FAILURE) {
      if (pattern.test(runA) && !pattern.test(runB)) weaker(`can no longer fail: ${what}`, runA.trim().split('\n').find((l) => pattern.test(l)) ?? runA.trim(), `run:${pattern.source}`)
    }
    out.push(...tokenStepChanges(before, b, after, a, path, line))
  })

  out.push(...triggerLoosenings(before, after, path, 'prodguard'))
  return out
}

/** The step that makes the App token (`actions/create-github-app-token`) of the hardened mode, changed. */
function tokenStepChanges(before: unknown, b: GuardStep, after: ParsedYaml, a: GuardStep, path: string, line: number): Detection[] {
  const tokenStep = (workflow: unknown, s: GuardStep): Record<string, unknown> | undefined => {
    const token = inputText(record(s.step['with'])['github-token'])
    const id = token !== undefined ? /steps\.([\w-]+)\.outputs/.exec(token)?.[1] : undefined
    if (id === undefined) return undefined
    const steps = record(record(record(workflow)['jobs'])[s.job])['steps']
    return (Array.isArray(steps) ? steps : []).find((x): x is Record<string, unknown> => isRecord(x) && x['id'] === id)
  }
  const was = tokenStep(before, b)
  const now = tokenStep(after.value, a)
  if (was === undefined || now === undefined || isDeepStrictEqual(was, now)) return []
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now), ...Object.keys(record(was['with'])).map((k) => `with.${k}`), ...Object.keys(record(now['with'])).map((k) => `with.${k}`)])].filter((k) => {
    const get = (s: Record<string, unknown>): unknown => (k.startsWith('with.') ? record(s['with'])[k.slice(5)] : s[k])
    return k !== 'with' && !isDeepStrictEqual(get(was), get(now))
  })
  return [
    detection(
      line,
      `${path}: the step that makes prodguard's App token (\`${String(now['id'])}\`) changed ${keys.map((k) => `\`${k}\``).join(', ')}: the verdict may be posted with another identity.`,
      keys.map((k) => `${k}: ${String(k.startsWith('with.') ? record(now['with'])[k.slice(5)] : now[k])}`).join(', '),
      `token-step:${keys.join(',')}`
    )
  ]
}

/** The hardened relay: a workflow with no prodguard step, named for prodguard (its completion triggers the gate). */
function isRelay(workflow: unknown, path: string): boolean {
  if (guardSteps(workflow).length > 0) return false
  const name = record(workflow)['name']
  return (typeof name === 'string' && PRODGUARD.test(name)) || /prodguard/i.test(path.split('/').pop() ?? '')
}

function relayName(workflow: unknown): string {
  const name = record(workflow)['name']
  return typeof name === 'string' ? name : '(unnamed)'
}

function compareRelays(before: unknown, after: ParsedYaml, path: string): Detection[] {
  const out: Detection[] = []
  const was = relayName(before)
  const now = relayName(after.value)
  if (was !== now) {
    out.push(
      detection(
        after.lineOf(['name']) ?? 1,
        `${path}: prodguard's relay is renamed from "${was}" to "${now}": the prodguard workflow's \`workflow_run\` trigger names it, so reviews and the merge queue would no longer re-evaluate the gate.`,
        `name: ${now}`,
        `relay-name=${now}`
      )
    )
  }
  out.push(...triggerLoosenings(before, after, path, 'relay'))
  return out
}

interface Trigger {
  types?: string[]
  filters: Record<string, string[]>
}

function triggers(workflow: unknown): Map<string, Trigger> {
  const on = record(workflow)['on']
  const out = new Map<string, Trigger>()
  if (typeof on === 'string') {
    out.set(on, { filters: {} })
  } else if (Array.isArray(on)) {
    for (const t of on) if (typeof t === 'string') out.set(t, { filters: {} })
  } else {
    for (const [event, raw] of Object.entries(record(on))) {
      const spec = record(raw)
      const filters: Record<string, string[]> = {}
      for (const key of [...INCLUDE_FILTERS, ...EXCLUDE_FILTERS]) {
        const list = listOf(spec[key])
        if (list !== undefined) filters[key] = list
      }
      const types = listOf(spec['types'])
      out.set(event, { ...(types !== undefined ? { types } : {}), filters })
    }
  }
  return out
}

function listOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.map((v) => String(v))
  return undefined
}

/** Every way the `on:` of `after` runs in fewer cases than that of `before`, each named. */
function triggerLoosenings(before: unknown, after: ParsedYaml, path: string, what: 'prodguard' | 'relay'): Detection[] {
  const out: Detection[] = []
  const was = triggers(before)
  const now = triggers(after.value)
  const subject = what === 'prodguard' ? 'prodguard' : "prodguard's relay"
  const push = (at: Array<string | number>, message: string, evidence: string, id: string): void => {
    out.push(detection(after.lineOf(at) ?? after.lineOf(['on']) ?? 1, `${path}: ${subject} ${message}.`, evidence, `on:${id}`))
  }
  for (const [event, b] of was) {
    const a = now.get(event)
    if (a === undefined) {
      push(['on'], `no longer runs on \`${event}\``, `on: (no ${event})`, `-${event}`)
      continue
    }
    const typesWas = b.types ?? DEFAULT_TYPES[event]
    const typesNow = a.types ?? DEFAULT_TYPES[event]
    if (typesNow !== undefined) {
      if (typesWas === undefined) push(['on', event, 'types'], `now runs on \`${event}\` only for the types ${typesNow.map((t) => `\`${t}\``).join(', ')}`, `types: [${typesNow.join(', ')}]`, `${event}.types=${typesNow.join(',')}`)
      else {
        for (const type of typesWas.filter((t) => !typesNow.includes(t))) push(['on', event, 'types'], `no longer runs on \`${event}\` of type \`${type}\``, `types: [${typesNow.join(', ')}]`, `${event}.types-${type}`)
      }
    }
    for (const key of INCLUDE_FILTERS) {
      const listWas = b.filters[key]
      const listNow = a.filters[key]
      if (listNow === undefined) continue
      const narrowed = listWas === undefined ? listNow : listNow.filter((g) => g.startsWith('!') && !listWas.includes(g))
      if (listWas === undefined) {
        push(['on', event, key], `now runs on \`${event}\` only for the ${key} ${listNow.map((g) => `\`${g}\``).join(', ')}`, `${key}: [${listNow.join(', ')}]`, `${event}.${key}=${listNow.join(',')}`)
        continue
      }
      for (const glob of listWas.filter((g) => !listNow.includes(g) && !g.startsWith('!'))) push(['on', event, key], `no longer runs on \`${event}\` for the ${key} entry \`${glob}\``, `${key}: [${listNow.join(', ')}]`, `${event}.${key}-${glob}`)
      for (const glob of narrowed) push(['on', event, key], `no longer runs on \`${event}\` for \`${glob.slice(1)}\` (\`${glob}\` added to ${key})`, `${key}: [${listNow.join(', ')}]`, `${event}.${key}+${glob}`)
    }
    for (const key of EXCLUDE_FILTERS) {
      const listWas = b.filters[key] ?? []
      for (const glob of (a.filters[key] ?? []).filter((g) => !listWas.includes(g))) {
        push(['on', event, key], `no longer runs on \`${event}\` for \`${glob}\` (added to ${key})`, `${key}: [${glob}]`, `${event}.${key}+${glob}`)
      }
    }
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
      else if (run !== undefined && runsProdguard(run)) out.push({ job, index, step: raw, jobValue, kind: 'run' })
    })
  }
  return out
}

/** A command line that runs prodguard (not one that only says its name, like the relay's `echo`). */
function runsProdguard(run: string): boolean {
  return run.split('\n').some((line) => /\bprodguard\b/.test(line) && !/^\s*(?:echo|printf|#)(?:\s|$)/.test(line))
}

/** `owner/name` (or a local `./path`) without the ref. */
function actionName(uses: string): string {
  return uses.split('@')[0]!.trim().toLowerCase()
}

/** The ref the step runs: the `@ref` of `uses:`, or the package version a command line names (`npx prodguard@1.4.0`). */
function actionRef(s: GuardStep): string | undefined {
  const uses = s.step['uses']
  if (typeof uses === 'string') {
    const at = uses.indexOf('@')
    return at >= 0 ? uses.slice(at + 1).trim() : undefined
  }
  const run = typeof s.step['run'] === 'string' ? s.step['run'] : ''
  return /\bprodguard@(\S+)/.exec(run)?.[1]
}

function environmentName(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim()
  if (isRecord(value) && typeof value['name'] === 'string') return value['name'].trim()
  return undefined
}

function inputText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  return String(value).trim()
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

export function hasPullRequestTrigger(workflow: unknown): boolean {
  return [...triggers(workflow).keys()].some((t) => PULL_REQUEST_TRIGGERS.includes(t))
}
