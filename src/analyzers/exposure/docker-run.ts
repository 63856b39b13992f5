/**
 * `docker run -p ...` (and `podman`/`nerdctl run`, `docker create`, `docker service create`) in shell scripts,
 * Makefiles, justfiles and systemd units: a database image published on all interfaces, `-P`, or `--network host`.
 * Command lines are tokenized with shell-quote after joining backslash continuations.
 */
import { parse as parseShell } from 'shell-quote'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { containerDetections, type ContainerSpec, type PublishedPort } from './container-exposure.js'
import { exposureContext, wholeWhenMine } from './context.js'
import { parsePortSpec } from './published-ports.js'

const SCRIPT_FILE = /(^|\/)([^/]+\.(sh|bash|zsh|ksh|mk|service)|Makefile|makefile|GNUmakefile|[Jj]ustfile)$/
const RUN_COMMAND = /\b(?:docker|podman|nerdctl)\s+(?:container\s+run|run|create|service\s+create)\b/
const BOOLEAN_LONG = new Set([
  '--detach', '--interactive', '--tty', '--rm', '--init', '--privileged', '--publish-all', '--read-only', '--sig-proxy',
  '--oom-kill-disable', '--no-healthcheck', '--help', '--quiet', '--disable-content-trust', '--use-api-socket'
])
const BOOLEAN_SHORT = new Set(['d', 'i', 't', 'P', 'q'])

export const dockerRunAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(dockerRunAnalyzer.analyze)(path, chunks, ctx),
  name: 'docker-run',
  claims: (path) => SCRIPT_FILE.test(path),
  analyze(file: SourceText, ctx: AnalyzerContext): Detection[] {
    if (!RUN_COMMAND.test(file.text)) return []
    const exposure = exposureContext(file.path, ctx)
    const makefile = /(^|\/)(GNUmakefile|[Mm]akefile|[^/]+\.mk)$/.test(file.path)
    const out: Detection[] = []
    for (const command of logicalLines(file.text)) {
      const match = RUN_COMMAND.exec(command.text)
      if (!match) continue
      const rest = command.text.slice(match.index + match[0].length)
      let spec: ContainerSpec | undefined
      try {
        spec = runSpec(makefile ? makeToShell(rest) : rest, command, match[0].replace(/\s+/g, ' '))
      } catch (error) {
        // A command the shell itself cannot read (`${ `, a bad substitution): its ports are unknown, so it fails closed.
        const why = (error as Error).message.replace(/:.*$/s, '')
        out.push({
          ruleId: 'unanalyzable/parse-error',
          line: command.line,
          message: `Could not read the \`${match[0].trim()}\` command on line ${command.line} of ${file.path} (${why}): its published ports are unknown.`,
          evidence: '',
          identity: `docker-run:parse:${why}`
        })
        continue
      }
      if (spec) out.push(...containerDetections(spec, exposure))
    }
    return out
  }
}

interface LogicalLine {
  text: string
  /** 1-based line where it starts. */
  line: number
  /** The physical lines, for pointing at the `-p` flag. */
  physical: string[]
}

/** Joins `\`-continued lines into one command, skipping comments. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const start = i
    const physical = [lines[i]!]
    let joined = lines[i]!.replace(/\r$/, '')
    while (/\\$/.test(joined) && i + 1 < lines.length) {
      i++
      physical.push(lines[i]!)
      joined = joined.slice(0, -1) + ' ' + lines[i]!.replace(/\r$/, '')
    }
    if (/^\s*#/.test(joined)) continue
    out.push({ text: joined, line: start + 1, physical })
  }
  return out
}

/** Make's `$(VAR)` and `$$` become shell's `${VAR}` and `$`. */
function makeToShell(text: string): string {
  return text.replace(/\$\$/g, '\u0001').replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, '${$1}').replace(/\u0001/g, '$')
}

function runSpec(args: string, command: LogicalLine, verb: string): ContainerSpec | undefined {
  // Variables stay as written (`${BIND_IP}`), so the port parser can tell a variable from an address.
  const tokens: string[] = []
  for (const token of parseShell(args, (name) => `\${${name}}`)) {
    if (typeof token === 'string') tokens.push(token)
    else if ('op' in token && token.op !== 'glob') break
    else if ('pattern' in token) tokens.push(token.pattern)
    else break
  }
  const ports: PublishedPort[] = []
  const env = new Map<string, string | undefined>()
  let envFile: string | undefined
  let hostNetwork: ContainerSpec['hostNetwork']
  let publishAll: ContainerSpec['publishAll']
  let image: string | undefined
  let name: string | undefined
  const rest: string[] = []
  const where = (needle: string): { line: number; evidence: string } => {
    const index = command.physical.findIndex((l) => l.includes(needle))
    const at = index === -1 ? 0 : index
    return { line: command.line + at, evidence: command.physical[at]!.trim().replace(/\\$/, '').trim() }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (image !== undefined) {
      rest.push(token)
      continue
    }
    if (!token.startsWith('-') || token === '-') {
      image = token
      continue
    }
    const eq = token.indexOf('=')
    const flag = eq === -1 ? token : token.slice(0, eq)
    const isBooleanCluster = /^-[A-Za-z]+$/.test(flag) && [...flag.slice(1)].every((c) => BOOLEAN_SHORT.has(c))
    if (isBooleanCluster || BOOLEAN_LONG.has(flag)) {
      if (flag === '--publish-all' || (isBooleanCluster && flag.includes('P'))) publishAll = where(flag)
      continue
    }
    const value = eq !== -1 ? token.slice(eq + 1) : tokens[++i]
    if (value === undefined) break
    if (flag === '-p' || flag === '--publish') {
      const parsed = /(?:^|,)target=/.test(value) ? longPublish(value) : parsePortSpec(value)
      if (parsed) ports.push({ spec: parsed, ...where(value) })
    } else if ((flag === '--network' || flag === '--net') && value === 'host') {
      hostNetwork = { ...where(value), how: `\`${flag} host\`` }
    } else if (flag === '-e' || flag === '--env') {
      const e = value.indexOf('=')
      env.set(e === -1 ? value : value.slice(0, e), e === -1 ? undefined : value.slice(e + 1))
    } else if (flag === '--env-file') {
      envFile = value
    } else if (flag === '--name') {
      name = value
    }
  }
  if (image === undefined) return undefined
  const first = where(verb.split(' ').pop()!)
  return {
    name: name ?? image,
    kind: `\`${verb}\``,
    image,
    line: first.line,
    evidence: first.evidence,
    ports,
    ...(publishAll ? { publishAll } : {}),
    ...(hostNetwork ? { hostNetwork } : {}),
    settings: { env, args: rest, ...(envFile !== undefined ? { envFromFile: `--env-file \`${envFile}\`` } : {}) }
  }
}

/** `docker service create --publish published=27017,target=27017[,mode=host]`: the routing mesh is on every node. */
function longPublish(value: string): ReturnType<typeof parsePortSpec> {
  const fields = new Map(value.split(',').map((kv) => kv.split('=') as [string, string]))
  const target = fields.get('target')
  if (target === undefined) return undefined
  return parsePortSpec(`${fields.get('published') ?? '0'}:${target}/${fields.get('protocol') ?? 'tcp'}`)
}
