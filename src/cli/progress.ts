/**
 * What a run says on stderr while it goes: a progress line (files done / total, MB/s) once a run has taken more than
 * a second on a terminal, redrawn at most ten times a second and erased at the end; and with --verbose, a line per
 * file (scanned by which analyzers, or skipped and why) and the timings of each stage. Both are off the report's
 * path: stdout stays the report alone.
 */
import type { FileEvent } from '../pipeline.js'
import { formatBytes } from '../reporters/summary.js'
import { formatCount } from '../format-count.js'

export interface RunTrace {
  /** Called by the pipeline for every file of the change set. */
  file(event: FileEvent): void
  /** The start of a stage; the time since the previous one is what the previous stage took. */
  stage(name: string): void
  note(text: string): void
  /** Erases the progress line (before the report goes to the same terminal); it is not drawn again. */
  clear(): void
  /** Erases the progress line and, with --verbose, prints the timings. */
  finish(): void
}

export interface TraceOptions {
  write: (text: string) => void
  /** stderr is a terminal: the progress line may be drawn. */
  terminal: boolean
  verbose: boolean
  total: () => number
  now?: () => number
  /** How long a run must take before the progress line appears (ms). */
  after?: number
}

export function runTrace(options: TraceOptions): RunTrace {
  const now = options.now ?? (() => performance.now())
  const started = now()
  const after = options.after ?? 1000
  const stages: Array<{ name: string; at: number }> = []
  let done = 0
  let bytes = 0
  let scanStarted: number | undefined
  let lastDraw = -Infinity
  let drawn = false
  let cleared = false

  const draw = (): void => {
    const at = now()
    if (cleared || !options.terminal || at - started < after || at - lastDraw < 100) return
    lastDraw = at
    const seconds = (at - (scanStarted ?? started)) / 1000
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0
    options.write(`\r\u001b[2Kprodguard: ${formatCount(done)} / ${formatCount(options.total())} files, ${rate.toFixed(1)} MB/s`)
    drawn = true
  }

  return {
    file(event) {
      scanStarted ??= now()
      done++
      if (event.outcome === 'scanned') bytes += event.bytes
      if (options.verbose) {
        if (drawn) {
          options.write('\r\u001b[2K')
          drawn = false
        }
        options.write(
          event.outcome === 'scanned'
            ? `prodguard: scanned ${event.path} (${event.analyzers.join(', ')}; ${formatBytes(event.bytes)}, ${event.ms.toFixed(1)} ms)\n`
            : `prodguard: skipped ${event.path}: ${event.outcome === 'ignored' ? 'matched by `ignore` in the config' : 'no analyzer reads this kind of file'}\n`
        )
      }
      draw()
    },
    stage(name) {
      stages.push({ name, at: now() })
    },
    note(text) {
      if (!options.verbose) return
      if (drawn) {
        options.write('\r\u001b[2K')
        drawn = false
      }
      options.write(`prodguard: ${text}\n`)
    },
    clear() {
      if (drawn) options.write('\r\u001b[2K')
      drawn = false
      cleared = true
    },
    finish() {
      if (drawn) options.write('\r\u001b[2K')
      drawn = false
      if (!options.verbose) return
      const end = now()
      const parts = stages.map((s, i) => `${s.name} ${Math.round((stages[i + 1]?.at ?? end) - s.at)} ms`)
      options.write(`prodguard: timings: ${parts.join(', ')}; total ${Math.round(end - started)} ms\n`)
    }
  }
}
