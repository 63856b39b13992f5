/** The CLI's commands. Each parses its own flags and calls the same pipeline; none holds check logic. */
import { dirname, relative, resolve } from 'node:path'
import { existsSync, statSync } from 'node:fs'
import { EXIT, UsageError } from '../errors.js'
import { packageVersion } from '../knowledge/package-root.js'
import { checkChangeSet, fileVersion } from '../sources/files.js'
import { diffChangeSet, gitRoot, stagedChangeSet } from '../sources/git.js'
import { commonOptions, parseCommand } from './options.js'
import { runScanCommand } from './scan-command.js'
import { runExplain } from './explain.js'
import { runInit } from './init.js'
import { runDataRefresh } from './data-refresh.js'
import type { CliIO } from './io.js'

const USAGE = `prodguard — stops destructive, exposing and leaking changes before they merge

Usage:
  prodguard check [PATH...]                 scan files and folders as they are now (default: .)
  prodguard diff --base REF [--head REF]    scan only what changed between two refs (default head: working tree)
  prodguard diff --staged                   scan the staged change (pre-commit)
  prodguard plan FILE                       scan a Terraform plan (terraform show -json plan.out > FILE)
  prodguard explain [RULE_ID]               print a rule's documentation (no id: list the rules)
  prodguard init [--force]                  write a commented .prodguard.yml and .github/workflows/prodguard.yml
  prodguard data refresh                    update the bundled end-of-life and latest-version snapshots

Options:
  -f, --format text|json|sarif|github|markdown   output format (default: text)
  -o, --output FILE          write the report to FILE instead of stdout
  -c, --config FILE          configuration file (default: .prodguard.yml at the repository root)
      --fail-on block|warn|never   which findings fail the run (default: block)
  -q, --quiet                only blocking findings
      --no-color             no colors in text output (also NO_COLOR=1)
      --offline              never use the network
  -h, --help                 this help
  -v, --version              the version

Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage or configuration error, 3 internal error.
Docs: https://github.com/prodguard/prodguard#readme
`

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout(USAGE)
      return command === undefined ? EXIT.usage : EXIT.ok
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
      return runExplain(rest, io)
    case 'init':
      return runInit(rest, io)
    case 'data':
      if (rest[0] !== 'refresh') throw new UsageError(`unknown command "data ${rest[0] ?? ''}"`, 'did you mean `prodguard data refresh`?')
      return runDataRefresh(rest.slice(1), { out: (line) => io.stdout(`${line}\n`), err: (line) => io.stderr(`${line}\n`), cwd: io.cwd, env: io.env })
    default:
      throw new UsageError(`unknown command "${command}"`, 'run `prodguard --help` for the commands')
  }
}

/** The repository root (git top level) when inside one, else the working directory. */
function locate(cwd: string): { root: string; inGit: boolean } {
  const top = gitRoot(cwd)
  return top !== undefined ? { root: top, inGit: true } : { root: cwd, inGit: false }
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('check', argv, {}, true)
  if (values['help']) return help(io)
  const common = commonOptions(values)
  const { root, inGit } = locate(checkOrigin(io.cwd, positionals))
  return runScanCommand({
    io,
    common,
    root,
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
  const { values, positionals } = parseCommand('diff', argv, { base: { type: 'string' }, head: { type: 'string' }, staged: { type: 'boolean' } }, false)
  if (values['help']) return help(io)
  const common = commonOptions(values)
  if (positionals.length > 0) throw new UsageError(`diff: unexpected argument "${positionals[0]}"`)
  const staged = values['staged'] === true
  const base = values['base'] as string | undefined
  const head = values['head'] as string | undefined
  if (staged && (base !== undefined || head !== undefined)) throw new UsageError('diff: --staged cannot be combined with --base/--head')
  if (!staged && base === undefined) throw new UsageError('diff: give --base REF (and optionally --head REF), or --staged')
  const root = gitRoot(io.cwd)
  if (root === undefined) throw new UsageError('diff: not inside a git repository', 'run it from a git work tree, or use `prodguard check`')
  return runScanCommand({
    io,
    common,
    root,
    buildChangeSet: (settings) =>
      staged
        ? stagedChangeSet(root, { maxFileBytes: settings.limits.maxFileBytes })
        : diffChangeSet(root, { base: base!, ...(head !== undefined ? { head } : {}), maxFileBytes: settings.limits.maxFileBytes })
  })
}

async function plan(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('plan', argv, {}, true)
  if (values['help']) return help(io)
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
    buildChangeSet: (settings) => ({
      mode: 'check',
      label: `plan ${positionals[0]}`,
      files: [{ path: path.split('\\').join('/'), status: 'current', after: fileVersion(file, settings.limits.maxFileBytes) }]
    })
  })
}

function help(io: CliIO): number {
  io.stdout(USAGE)
  return EXIT.ok
}
