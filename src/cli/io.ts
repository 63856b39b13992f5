/** What a CLI command may touch of the process, so commands are testable in-process and spawned alike. */
export interface CliIO {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stdout is a terminal (colors, default format). */
  isTTY: boolean
  /** Whether stderr is a terminal (the progress line). */
  stderrIsTTY?: boolean
  /** The terminal's width in columns, when stdout is one (wrapping). */
  columns?: number
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {})
  }
}
