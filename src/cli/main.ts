/** The CLI's commands. Each parses its own flags and calls the same pipeline; none holds check logic. */
import { dirname, relative, resolve } from 'node:path'
import { existsSync, statSync } from 'node:fs'
import { EXIT, UsageError } from '../errors.js'
import { packageVersion } from '../knowledge/package-root.js'
import { checkChangeSet, fileVersion } from '../sources/files.js'
import { diffChangeSet, gitRoot, stagedChangeSet } from '../sources/git.js'
import { commonOptions, parseCommand } from './options.js'
import type { ScanCommand } from './scan-command.js'
import type { CliIO } from './io.js'
import { COMMANDS, GLOBAL_HELP, commandHelp } from './help.js'
import { didYouMean } from './did-you-mean.js'

// Commands load what they need when they run: `--version` and `--help` start without the analyzers and parsers.
const runScanCommand = async (command: ScanCommand): Promise<number> => (await import('./scan-command.js')).runScanCommand(command)

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv
  if (command !== undefined && command !== 'help' && wantsHelp(rest)) {
    const page = commandHelp(command === 'data' && rest[0] === 'refresh' ? 'data' : command)
    if (page !== undefined) {
      io.stdout(page)
      return EXIT.ok
    }
  }
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
      io.stdout(GLOBAL_HELP)
      return command === undefined ? EXIT.usage : EXIT.ok
    case 'help': {
      const topic = rest[0]
      if (topic === undefined) {
        io.stdout(GLOBAL_HELP)
        return EXIT.ok
      }
      const page = commandHelp(topic)
      if (page === undefined) throw new UsageError(`help: unknown command "${topic}"`, didYouMean(topic, COMMANDS, (c) => `prodguard help ${c}`) ?? 'run `prodguard --help` for the commands')
      io.stdout(page)
      return EXIT.ok
    }
    case '-v':
    case '--version':
    case 'version':
      io.stdout(`${packageVersion()}\n`)
      return EXIT.ok
    case 'check':
      return check(rest, io)
    case 'diff':
      return diff(rest, io)
    case 'plan':
      return plan(rest, io)
    case 'explain':
      return (await import('./explain.js')).runExplain(rest, io)
    case 'baseline':
      return (await import('./baseline.js')).runBaseline(rest, io)
    case 'pre-commit':
      return (await import('./hook.js')).runPreCommit(rest, io)
    case 'init':
      return (await import('./init.js')).runInit(rest, io)
    case 'data':
      if (rest[0] !== 'refresh') {
        throw new UsageError(rest[0] === undefined ? 'data: which data command?' : `unknown command "data ${rest[0]}"`, 'did you mean `prodguard data refresh`?')
      }
      return (await import('./data-refresh.js')).runDataRefresh(rest.slice(1), { out: (line) => io.stdout(`${line}\n`), err: (line) => io.stderr(`${line}\n`), cwd: io.cwd, env: io.env })
    default: {
      const known = COMMANDS.filter((c) => c !== 'help' && c !== 'version')
      const suggestion = command.startsWith('-')
        ? `options come after the command: \`prodguard check ${command}\`; run \`prodguard --help\``
        : (didYouMean(command, known, (c) => `prodguard ${c}`) ?? 'run `prodguard --help` for the commands')
      throw new UsageError(`unknown command "${command}"`, suggestion)
    }
  }
}

/** `-h` / `--help` anywhere before `--`: the command's help, whatever else is on the line. */
function wantsHelp(args: string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false
    if (arg === '--help' || arg === '-h') return true
  }
  return false
}

/** The repository root (git top level) when inside one, else the working directory. */
function locate(cwd: string): { root: string; inGit: boolean } {
  const top = gitRoot(cwd)
  return top !== undefined ? { root: top, inGit: true } : { root: cwd, inGit: false }
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('check', argv, {}, true)
  if (values['help']) return help(io, 'check')
  const common = commonOptions(values)
  const { root, inGit } = locate(checkOrigin(io.cwd, positionals))
  const named = positionals.map((given) => ({ given, path: relative(root, resolve(io.cwd, given)).split('\\').join('/') }))
  return runScanCommand({
    io,
    common,
    root,
    namedPaths: { paths: named.filter((n) => !n.path.startsWith('..')), inGit },
    readsWorkTree: true,
    buildChangeSet: (settings) => checkChangeSet(root, io.cwd, positionals, { inGit, maxFileBytes: settings.limits.maxFileBytes })
  })
}

/**
 * Where `check` looks for the repository: the working directory, unless the first path lies outside it
 * (`prodguard check ../other-service`): then that path's own folder, so its repository and config apply.
 */
function checkOrigin(cwd: string, targets: string[]): string {
  const first = targets[0]
  if (first === undefined) return cwd
  const target = resolve(cwd, first)
  if (!existsSync(target)) return cwd
  const folder = statSync(target).isDirectory() ? target : dirname(target)
  const fromCwd = relative(cwd, folder)
  return fromCwd.startsWith('..') || fromCwd.startsWith('/') ? folder : cwd
}

async function diff(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('diff', argv, DIFF_FLAGS, false)
  if (values['help']) return help(io, 'diff')
  const common = commonOptions(values)
  if (positionals.length > 0) throw new UsageError(`diff: unexpected argument "${positionals[0]}"`)
  const staged = values['staged'] === true
  const base = refOption(values, 'base', 'from-ref')
  const head = refOption(values, 'head', 'to-ref')
  if (staged && (base !== undefined || head !== undefined)) throw new UsageError('diff: --staged cannot be combined with --base/--head')
  if (!staged && base === undefined) throw new UsageError('diff: give --base REF (and optionally --head REF), or --staged')
  const root = gitRoot(io.cwd)
  if (root === undefined) throw new UsageError('diff: not inside a git repository', 'run it from a git work tree, or use `prodguard check`')
  return runScanCommand({
    io,
    common,
    root,
    ...(staged ? { stage: 'commit' as const } : {}),
    buildChangeSet: (settings) =>
      staged
        ? stagedChangeSet(root, { maxFileBytes: settings.limits.maxFileBytes })
        : diffChangeSet(root, { base: base!, ...(head !== undefined ? { head } : {}), maxFileBytes: settings.limits.maxFileBytes })
  })
}

const DIFF_FLAGS = {
  base: { type: 'string' },
  head: { type: 'string' },
  'from-ref': { type: 'string' },
  'to-ref': { type: 'string' },
  staged: { type: 'boolean' }
} as const

/** `--base` or its pre-commit name `--from-ref` (one of them, not both). */
function refOption(values: Record<string, string | boolean | undefined>, name: string, alias: string): string | undefined {
  const a = values[name] as string | undefined
  const b = values[alias] as string | undefined
  if (a !== undefined && b !== undefined && a !== b) throw new UsageError(`diff: --${name} and --${alias} name the same thing; give one`)
  return a ?? b
}

async function plan(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('plan', argv, {}, true)
  if (values['help']) return help(io, 'plan')
  const common = commonOptions(values)
  if (positionals.length !== 1) throw new UsageError('plan: give exactly one plan file', 'terraform show -json plan.out > plan.json && prodguard plan plan.json')
  const file = resolve(io.cwd, positionals[0]!)
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`plan: no such file: ${positionals[0]}`)
  const { root } = locate(io.cwd)
  const path = relative(root, file).startsWith('..') ? relative(dirname(file), file) : relative(root, file)
  return runScanCommand({
    io,
    common,
    root,
    mode: 'plan',
    readsWorkTree: true,
    buildChangeSet: (settings) => ({
      mode: 'check',
      label: `plan ${positionals[0]}`,
      files: [{ path: path.split('\\').join('/'), status: 'current', after: fileVersion(file, settings.limits.maxFileBytes) }]
    })
  })
}

function help(io: CliIO, command: string): number {
  io.stdout(commandHelp(command) ?? GLOBAL_HELP)
  return EXIT.ok
}
