/** One line per finding, `severity rule :line names`, the shape migration tests compare against. */
import type { Finding } from '../../src/findings/finding.js'

export function summary(findings: Finding[]): string[] {
  // lock-safety findings (an add_index beside a drop) have tests of their own, in __tests__/lock-safety/
  return findings.filter((f) => f.category !== 'lock-safety').map((f) => `${f.severity} ${f.ruleId} :${f.line}${names(f)}`)
}

/** The table (and column) a migration message names: enough to tell findings apart. */
const NAMED =
  /(?:the (?:table|column|schema|database|view|sequence|enum type|object|procedure|function|trigger)|join table of|rows? of|constraint of|index of|type of|makes|depends on) ([\w.?$*-]+(?:, [\w]+)?)/

function names(f: Finding): string {
  if (!f.ruleId.startsWith('destructive-sql/')) return ''
  // The SQL engine quotes the names it reports: `DROP TABLE "users" ...`.
  const quoted = /"([^"]+)"/.exec(f.message)
  if (quoted && !f.message.startsWith('`') && !/^[A-Z][\w ]*: /.test(f.message)) return ` ${quoted[1]}`
  const m = NAMED.exec(f.message)
  return m ? ` ${m[1]!.replace(/[.:]$/, '')}` : ''
}
