/** The words every human-facing reporter shares: counts, scan size, what the decision and exit code mean. */
import { isBlocking, type Finding } from '../findings/finding.js'
import type { ScanStats } from '../pipeline.js'
import { countBySeverity, type Decision } from '../policy/policy.js'
import type { Report } from './report.js'

export interface Tally {
  blocking: number
  warnings: number
  info: number
  suppressed: number
}

export function tally(findings: Finding[]): Tally {
  const counts = countBySeverity(findings)
  return { blocking: counts.block, warnings: counts.warn, info: counts.info, suppressed: counts.suppressed }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** `2 blocking, 1 warning, 1 suppressed` (and `, 3 info` when there are notes). */
export function tallyText(t: Tally): string {
  const parts = [`${t.blocking} blocking`, plural(t.warnings, 'warning'), `${t.suppressed} suppressed`]
  if (t.info > 0) parts.splice(2, 0, `${t.info} info`)
  return parts.join(', ')
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}

/** `12 files, 34.5 KiB, 80 ms` */
export function statsText(stats: ScanStats): string {
  return `${plural(stats.files, 'file')}, ${formatBytes(stats.bytes)}, ${stats.ms} ms`
}

/** What the run's exit code is, and why, in one sentence. */
export function exitMeaning(report: Report, stage?: 'commit' | 'pull-request'): string {
  const counts = tally(report.findings)
  switch (report.decision) {
    case 'blocked':
      if (counts.blocking === 0) return 'Exit code 1: blocked by findings at or above the --fail-on level.'
      if (stage === 'commit') {
        return 'Commit refused: fix each blocking finding, or suppress it with a `prodguard-ignore <rule> -- <reason>` comment on or above its line (in the pull request, a suppression you add still needs a reviewer’s approval); to commit anyway, knowingly, use `git commit --no-verify`. `prodguard explain <rule>` tells why each matters.'
      }
      if (stage === 'pull-request') {
        return 'Exit code 1: blocked. Fix each blocking finding, suppress it with `prodguard-ignore <rule> -- <reason>`, or have an authorized reviewer approve the pull request; `prodguard explain <rule>` tells why each matters.'
      }
      return 'Exit code 1: blocked. Fix each blocking finding or suppress it with `prodguard-ignore <rule> -- <reason>`; in a pull request an authorized reviewer can also approve it. `prodguard explain <rule>` tells why each matters.'
    case 'approved':
      return 'Exit code 0: the blocking findings were approved by an authorized reviewer on this exact commit.'
    case 'pass':
      return counts.blocking > 0
        ? 'Exit code 0: blocking findings are reported but do not fail the run (--fail-on never).'
        : 'Exit code 0: nothing blocking.'
  }
}

/**
 * The findings that decide the run: blocking ones, or with `--fail-on warn` (a blocked run without blocking
 * findings) the warnings too. What `--quiet` lists.
 */
export function decidingFindings(report: Report): Finding[] {
  const blocking = report.findings.filter(isBlocking)
  if (blocking.length > 0 || report.decision !== 'blocked') return blocking
  return report.findings.filter((f) => f.suppressed === undefined && f.severity !== 'info')
}

export function decisionWord(decision: Decision): string {
  return decision === 'blocked' ? 'blocked' : decision === 'approved' ? 'approved' : 'passed'
}
