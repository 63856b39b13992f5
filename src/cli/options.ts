/** The flags every scanning command shares (SPEC "Commands and exit codes"). */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../errors.js'
import { REPORT_FORMATS, type ReportFormat } from '../reporters/report.js'
import type { FailOn } from '../config/settings.js'

export interface CommonOptions {
  format: ReportFormat | undefined
  output: string | undefined
  config: string | undefined
  failOn: FailOn | undefined
  quiet: boolean
  color: boolean | undefined
  offline: boolean
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
  help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options']

/** Parses argv for a command; unknown flags and bad values are usage errors (exit 2) naming the flag. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  extra: T,
  allowPositionals: boolean
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options: { ...COMMON_FLAGS, ...extra }, allowPositionals, strict: true })
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '')
    throw new UsageError(`${command}: ${message}`, `see \`prodguard ${command} --help\``)
  }
}

export function commonOptions(values: Record<string, string | boolean | undefined>): CommonOptions {
  const format = values['format'] as string | undefined
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format ${format}: expected one of ${REPORT_FORMATS.join(', ')}`)
  }
  const failOn = values['fail-on'] as string | undefined
  if (failOn !== undefined && !['block', 'warn', 'never'].includes(failOn)) {
    throw new UsageError(`--fail-on ${failOn}: expected block, warn or never`)
  }
  return {
    format: format as ReportFormat | undefined,
    output: values['output'] as string | undefined,
    config: values['config'] as string | undefined,
    failOn: failOn as FailOn | undefined,
    quiet: values['quiet'] === true,
    color: values['no-color'] === true ? false : values['color'] === true ? true : undefined,
    offline: values['offline'] === true
  }
}
