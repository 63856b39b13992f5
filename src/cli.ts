#!/usr/bin/env node
/** The `prodguard` command: a thin front door over the pipeline. */
import { setFlagsFromString } from 'node:v8'
import { main } from './cli/main.js'
import { processIO } from './cli/io.js'
import { EXIT, UsageError, describeError } from './errors.js'

// A scan keeps findings, not files, yet a little of every file it reads lives long enough to be promoted, and V8 lets the
// old generation grow up to 4x what was live at its last full collection before collecting again: at 100,000 files the
// peak was that garbage. 1.5x: check of 100,000 files 289 -> 264 MB peak RSS, diff of 50,000 files 319 -> 236 MB, CPU
// the same (bench/speed-memory.bench.mjs, bench/memory.notes.md). The bin's own policy: an embedder keeps its own.
setFlagsFromString('--heap-growing-percent=50')

const io = processIO()
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      io.stderr(`prodguard: ${error.message}\n${error.suggestion ? `  ${error.suggestion}\n` : ''}`)
      process.exitCode = error.exitCode
      return
    }
    io.stderr(`prodguard: internal error: ${describeError(error)}\n  please report it at https://github.com/prodguard/prodguard/issues\n`)
    if (process.env['PRODGUARD_DEBUG'] && error instanceof Error) io.stderr(`${error.stack}\n`)
    process.exitCode = EXIT.internal
  }
)
