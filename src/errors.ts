/** Errors that carry their own exit code and a message meant for a person, never a stack trace. */

export const EXIT = { ok: 0, blocked: 1, usage: 2, internal: 3 } as const

/** Bad arguments or bad configuration: exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage
  constructor(
    message: string,
    readonly suggestion?: string
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A configuration file that does not validate: names the file, the key path and what was expected. */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly keyPath: string,
    readonly reason: string,
    suggestion?: string
  ) {
    super(`${file}: ${keyPath === '' ? '(top level)' : keyPath}: ${reason}`, suggestion)
    this.name = 'ConfigError'
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
