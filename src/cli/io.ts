/** What a CLI command may touch of the process, so commands are testable in-process and spawned alike. */
import { EXIT } from '../errors.js'

export interface CliIO {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: (text: string) => void
  /**
   * Resolves once what `stdout` was given has gone out far enough to write more: a pipe to a slow reader would
   * otherwise queue a whole report in memory (a 43 MB JSON report of 100,000 files: +220 MB peak RSS).
   */
  drained?: () => Promise<void>
  stderr: (text: string) => void
  /** Whether stdout is a terminal (colors, default format). */
  isTTY: boolean
  /** Whether stderr is a terminal (the progress line). */
  stderrIsTTY?: boolean
  /** The terminal's width in columns, when stdout is one (wrapping). */
  columns?: number
}

/**
 * The real process. A reader that goes away (`prodguard check | head -1`: EPIPE) ends output quietly and the run keeps
 * its exit code; a stdout that cannot be written (a full disk, /dev/full: ENOSPC, EIO) is said in one line on stderr
 * and the run exits 2, since its report was not delivered. Never a stack trace.
 */
export function processIO(): CliIO {
  let stdoutGone = false
  const failed = (error: NodeJS.ErrnoException): void => {
    if (stdoutGone) return
    stdoutGone = true
    if (error.code === 'EPIPE') return
    try {
      process.stderr.write(`prodguard: cannot write the report to stdout (${error.code ?? error.message})\n`)
    } catch {
      // stderr is gone too: nothing left to tell
    }
    process.exit(EXIT.usage)
  }
  process.stdout.on('error', failed)
  process.stderr.on('error', () => undefined)
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => {
      if (stdoutGone) return
      try {
        process.stdout.write(text)
      } catch (error) {
        failed(error as NodeJS.ErrnoException)
      }
    },
    drained: () => {
      const out = process.stdout
      if (stdoutGone || !out.writableNeedDrain) return Promise.resolve()
      return new Promise((resolve) => {
        const done = (): void => {
          out.off('drain', done).off('error', done).off('close', done)
          resolve()
        }
        out.on('drain', done).on('error', done).on('close', done)
      })
    },
    stderr: (text) => {
      try {
        process.stderr.write(text)
      } catch {
        // a closed stderr is not worth a crash
      }
    },
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {})
  }
}
