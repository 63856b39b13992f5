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

/**
 * A configuration file that does not validate: names the file, where (line and column when known), the key path
 * and what was expected. It quotes key paths, never values.
 */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly keyPath: string,
    readonly reason: string,
    suggestion?: string,
    readonly position?: { line: number; column: number }
  ) {
    super(`${file}${position ? `:${position.line}:${position.column}` : ''}: ${keyPath === '' ? '(top level)' : keyPath}: ${reason}`, suggestion)
    this.name = 'ConfigError'
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
