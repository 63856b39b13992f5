/** The flags every scanning command shares (SPEC "Commands and exit codes"). */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../errors.js'
import { REPORT_FORMATS, type ReportFormat } from '../reporters/report.js'
import type { FailOn } from '../config/settings.js'
import { didYouMean } from './did-you-mean.js'

export interface CommonOptions {
  format: ReportFormat | undefined
  output: string | undefined
  config: string | undefined
  failOn: FailOn | undefined
  quiet: boolean
  color: boolean | undefined
  offline: boolean
  verbose: boolean
}

export const COMMON_FLAGS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  offline: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options']

type Flags = NonNullable<ParseArgsConfig['options']>

/**
 * Parses argv for a command. Unknown flags, missing values and stray arguments are usage errors (exit 2) in
 * prodguard's words, with the closest known flag suggested; Node's own parser only runs on arguments checked here.
 */
export function parseCommand<T extends Flags>(
  command: string,
  argv: string[],
  extra: T,
  allowPositionals: boolean,
  common: Flags = COMMON_FLAGS
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options: Flags = { ...common, ...extra }
  checkFlags(command, argv, options, allowPositionals)
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals, strict: true })
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '')
    throw new UsageError(`${command}: ${message}`, `see \`prodguard ${command} --help\``)
  }
}

function checkFlags(command: string, argv: string[], options: Flags, allowPositionals: boolean): void {
  const longNames = Object.keys(options)
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => (o.short !== undefined ? [[o.short, name] as const] : [])))
  const help = `see \`prodguard ${command} --help\``
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = arg.slice(2, eq === -1 ? undefined : eq)
      const option = options[name]
      if (option === undefined) {
        throw new UsageError(`${command}: unknown option --${name}`, didYouMean(name, longNames, (n) => `--${n}`) ?? help)
      }
      if (option.type === 'boolean' && eq !== -1) throw new UsageError(`${command}: --${name} takes no value`, help)
      if (option.type === 'string' && eq === -1) {
        const next = argv[i + 1]
        if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${command}: --${name} needs a value`, help)
        i++
      }
      continue
    }
    if (arg.startsWith('-') && arg !== '-') {
      const letters = arg.slice(1)
      for (let j = 0; j < letters.length; j++) {
        const name = byShort.get(letters[j]!)
        if (name === undefined) throw new UsageError(`${command}: unknown option -${letters[j]}`, help)
        if (options[name]!.type === 'string') {
          // `-fjson` or `-f json`: the rest of the cluster, or the next argument, is the value.
          if (j === letters.length - 1) {
            const next = argv[i + 1]
            if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${command}: -${letters[j]} (--${name}) needs a value`, help)
            i++
          }
          break
        }
      }
      continue
    }
    if (!allowPositionals) throw new UsageError(`${command}: unexpected argument "${arg}"`, command === 'diff' ? rangeHint(arg) ?? help : help)
  }
}

/** A git range written as git writes it (`main..HEAD`, `main...feature`): the flags that say the same. */
function rangeHint(arg: string): string | undefined {
  const range = /^([^.\s][^\s]*?)\.\.\.?([^.\s][^\s]*)$/.exec(arg)
  if (range === null || range[2]!.includes('..')) return undefined
  return `did you mean \`--base ${range[1]} --head ${range[2]}\`? (the change is read from their merge base, as \`git diff ${range[1]}...${range[2]}\` shows it)`
}

export function commonOptions(values: Record<string, string | boolean | undefined>): CommonOptions {
  const format = values['format'] as string | undefined
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format ${format}: expected one of ${REPORT_FORMATS.join(', ')}`, didYouMean(format, REPORT_FORMATS, (f) => `--format ${f}`))
  }
  const failOn = values['fail-on'] as string | undefined
  if (failOn !== undefined && !['block', 'warn', 'never'].includes(failOn)) {
    throw new UsageError(`--fail-on ${failOn}: expected block, warn or never`, didYouMean(failOn, ['block', 'warn', 'never'], (f) => `--fail-on ${f}`))
  }
  return {
    format: format as ReportFormat | undefined,
    output: values['output'] as string | undefined,
    config: values['config'] as string | undefined,
    failOn: failOn as FailOn | undefined,
    quiet: values['quiet'] === true,
    color: values['no-color'] === true ? false : values['color'] === true ? true : undefined,
    offline: values['offline'] === true,
    verbose: values['verbose'] === true
  }
}
