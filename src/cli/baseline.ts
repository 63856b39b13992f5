/**
 * `prodguard baseline [PATH...] --reason TEXT [--expires DATE]`: records the findings a repository has today in
 * `.prodguard-baseline.json` (committed), so adopting prodguard blocks new problems without first fixing every old
 * one. Entries of findings still present keep their reason and expiry; entries of findings that are gone are dropped.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EXIT, UsageError } from '../errors.js'
import { BASELINE_FILE, serializeBaseline, type BaselineEntry } from '../findings/baseline.js'
import { checkChangeSet } from '../sources/files.js'
import { gitRoot } from '../sources/git.js'
import type { CliIO } from './io.js'
import { commonOptions, parseCommand } from './options.js'
import { loadBaseline, runScanCommand } from './scan-command.js'

const FLAGS = { reason: { type: 'string' }, expires: { type: 'string' } } as const

export async function runBaseline(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('baseline', argv, FLAGS, true)
  const common = commonOptions(values)
  const reason = (values['reason'] as string | undefined)?.trim()
  if (reason === undefined || reason === '') {
    throw new UsageError('baseline: give --reason TEXT: why these findings may stay for now', 'e.g. prodguard baseline --reason "existing before adopting prodguard; tracked in OPS-123"')
  }
  const expires = values['expires'] as string | undefined
  if (expires !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(new Date(expires).getTime()))) {
    throw new UsageError(`baseline: --expires ${expires}: expected a date (YYYY-MM-DD)`)
  }
  const top = gitRoot(io.cwd)
  const root = top ?? io.cwd
  const previous = loadBaseline(root)?.baseline.entries ?? []
  const today = (io.env['PRODGUARD_NOW'] ? new Date(io.env['PRODGUARD_NOW']) : new Date()).toISOString().slice(0, 10)
  return runScanCommand({
    io,
    common,
    root,
    buildChangeSet: (settings) => checkChangeSet(root, io.cwd, positionals, { inGit: top !== undefined, maxFileBytes: settings.limits.maxFileBytes }),
    onReport: (report) => {
      const kept = new Map(previous.map((e) => [e.fingerprint, e]))
      const entries: BaselineEntry[] = []
      let added = 0
      for (const f of report.findings) {
        // Only what blocks needs accepting: warnings never fail a check.
        if (f.suppressed !== undefined || f.severity !== 'block') continue
        const old = kept.get(f.fingerprint)
        if (old !== undefined) {
          entries.push(old)
          kept.delete(f.fingerprint)
          continue
        }
        added++
        entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, reason, added: today, ...(expires !== undefined ? { expires } : {}) })
      }
      writeFileSync(join(root, BASELINE_FILE), serializeBaseline({ version: 1, entries }))
      io.stdout(
        `wrote ${BASELINE_FILE}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} (${added} new, ${entries.length - added} kept, ${kept.size} dropped: no longer found)\n` +
          'Commit it: `prodguard check` then reports these findings as baselined rather than blocking. In a pull request, new entries are a guardrail/weakened finding for a reviewer to approve.\n'
      )
      return EXIT.ok
    }
  })
}
