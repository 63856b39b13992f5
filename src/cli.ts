#!/usr/bin/env node
/** The `prodguard` command: a thin front door over the pipeline. */
import { main } from './cli/main.js'
import { processIO } from './cli/io.js'
import { EXIT, UsageError, describeError } from './errors.js'

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
