/**
 * What people read about the gate: the commit status description, the sticky comment and the job summary. The
 * findings themselves are rendered by the markdown reporter; this adds the gate around them: what needs approval,
 * who can give it, what the reviews so far count for, and what changed since the last approval.
 */
import type { Finding } from '../findings/finding.js'
import type { Decision } from '../policy/policy.js'
import { htmlText, renderMarkdown } from '../reporters/markdown.js'
import type { Report, ReportContext } from '../reporters/report.js'
import type { ApprovalResult, ReviewerVerdict } from './approvals.js'

export interface SinceApproval {
  login: string
  commitId: string
  /** Blocking findings that the approved commit did not have; undefined when the comparison failed. */
  newFindings: Finding[] | undefined
}

export interface GateView {
  context: string
  /** "the `prodguard` status" or "the `prodguard` check". */
  verdictNoun: string
  /** False when the verdict could not be posted (a read-only token): then nothing may claim what it shows. */
  verdictPosted: boolean
  /** True when the commit's verdict is red because of another pull request with the same head. */
  sharedRed?: boolean
  /** Why no approval can make this pass (an invalid configuration), when none can. */
  unapprovable: string | undefined
  decision: Decision
  /** `pull request #12`, `merge queue entry of #12`. */
  subject: string
  headSha: string
  author: string | undefined
  /** Findings that need an approval. */
  gated: Finding[]
  approvals: ApprovalResult | undefined
  whoCanApprove: string | undefined
  sinceApproval: SinceApproval | undefined
  /** Things the reader must know: a team that could not be read, a list GitHub cut off, a status not posted. */
  notes: string[]
  runUrl: string | undefined
  fileUrl: ((finding: Finding) => string | undefined) | undefined
}

const short = (sha: string) => sha.slice(0, 7)
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
/** A login shown without notifying its owner on every edit of the comment. */
const login = (name: string) => `@&#8203;${htmlText(name)}`

/** Text in a code span that no backtick inside it can break out of (CommonMark: a longer fence, padded). */
export function codeSpan(text: string): string {
  const clean = htmlText(text.replace(/[\r\n]+/g, ' '))
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') || longest > 0 ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

export function statusText(view: Pick<GateView, 'decision' | 'gated' | 'approvals'>): string {
  const n = view.gated.length
  switch (view.decision) {
    case 'pass':
      return 'Nothing needs approval'
    case 'approved':
      return `${plural(n, 'blocking finding')} approved by ${(view.approvals?.approvers ?? []).join(', ')}`
    case 'blocked': {
      const required = view.approvals?.required ?? 1
      const have = view.approvals?.approvers.length ?? 0
      return `${plural(n, 'blocking finding')}: needs ${plural(required, 'approval')} of this commit (${have} so far)`
    }
  }
}

/** The gate's own section: decision in one sentence, who can approve, the reviews so far, what changed. */
export function gateSection(view: GateView): string {
  const parts: string[] = []
  const head = `\`${short(view.headSha)}\``
  const n = view.gated.length
  const noun = view.verdictNoun
  const Noun = `${noun[0]!.toUpperCase()}${noun.slice(1)}`
  if (view.decision === 'blocked' && view.unapprovable !== undefined) {
    parts.push(`**Blocked, and no approval can change that:** ${htmlText(view.unapprovable)}. ${view.verdictPosted ? `${Noun} stays red until it is fixed.` : `${Noun} could not be posted; this job's result carries the verdict.`}`)
  } else if (view.decision === 'blocked') {
    const required = view.approvals?.required ?? 1
    const until = `${plural(required, 'authorized reviewer')} approve${required === 1 ? 's' : ''} commit ${head}`
    parts.push(
      `${view.verdictPosted ? `**${Noun} stays red until ${until}**` : `**Blocked until ${until}**`}, the current head of this ${view.subject.replace(/ #?\d+$/, '')}: ${plural(n, 'finding')} below need${n === 1 ? 's' : ''} a reviewer's decision. Pushing a new commit needs a new approval.${view.verdictPosted ? '' : ` ${Noun} could not be posted (see below): this job's result carries the verdict.`}`
    )
    if (view.whoCanApprove !== undefined) parts.push(`**Who can approve:** ${view.whoCanApprove.replace(/@([A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?(?:\[bot\])?)/g, (_m, name: string) => login(name))}.`)
  } else if (view.decision === 'approved') {
    parts.push(`**Approved** by ${(view.approvals?.approvers ?? []).map(login).join(', ')} on commit ${head}${verdictClause(view)}. ${plural(n, 'finding')} below ${n === 1 ? 'was' : 'were'} approved.`)
  } else {
    parts.push(`**Nothing needs approval** as of commit ${head}${verdictClause(view)}.`)
  }
  const reviews = reviewLines(view.approvals?.verdicts ?? [])
  if (reviews.length > 0 && view.decision !== 'pass') parts.push(`**Reviews so far:**\n${reviews.join('\n')}`)
  const since = sinceLine(view.sinceApproval, view.decision)
  if (since !== undefined) parts.push(since)
  if (view.notes.length > 0) parts.push(view.notes.map((note) => `> [!WARNING]\n> ${note.replace(/\n/g, '\n> ')}`).join('\n\n'))
  return parts.join('\n\n')
}

/** What a passing page may say about the verdict: green only when it was posted green. */
function verdictClause(view: GateView): string {
  if (!view.verdictPosted) return ''
  return view.sharedRed === true ? `, but ${view.verdictNoun} is red: another pull request with this head commit is blocked (below)` : `: ${view.verdictNoun} is green`
}

function reviewLines(verdicts: ReviewerVerdict[]): string[] {
  return verdicts.map((v) => {
    const mark = v.kind === 'counted' ? '✅' : v.kind === 'changes-requested' ? '🔴' : '➖'
    const what = v.kind === 'counted' ? `approved this commit (${htmlText(v.reason)})` : htmlText(v.reason)
    return `- ${mark} ${login(v.login)}: ${what}`
  })
}

function sinceLine(since: SinceApproval | undefined, decision: Decision): string | undefined {
  if (since === undefined || decision !== 'blocked') return undefined
  const where = `${login(since.login)}'s approval of \`${short(since.commitId)}\``
  if (since.newFindings === undefined) return `**Since ${where}:** the change could not be compared with that commit; review the new commits in full.`
  if (since.newFindings.length === 0) return `**Since ${where}:** no new blocking findings. An approval holds for one commit only, so it needs renewing on the new head.`
  const items = since.newFindings.slice(0, 20).map((f) => `- ${codeSpan(f.ruleId)} in ${codeSpan(`${f.file}:${Math.max(1, f.line)}`)}`)
  if (since.newFindings.length > 20) items.push(`- … and ${since.newFindings.length - 20} more`)
  return `**Since ${where}:** ${plural(since.newFindings.length, 'new blocking finding')}:\n${items.join('\n')}`
}

function footer(view: GateView, version: string): string {
  const run = view.runUrl !== undefined ? ` · [workflow run](${view.runUrl})` : ''
  return `<sub>prodguard ${htmlText(version)} evaluated \`${short(view.headSha)}\` of ${htmlText(view.subject)}${run}</sub>`
}

/**
 * The markdown reporter's page with the gate section after its heading line, within `maxBytes`: the findings give
 * way first (the reporter drops whole blocks and says so), the gate section never.
 */
export function gatePage(report: Report, ctx: ReportContext, view: GateView, maxBytes: number, prefix = ''): string {
  const section = gateSection(view)
  const foot = footer(view, report.tool.version)
  const fixed = Buffer.byteLength(`${prefix}\n\n${section}\n\n${foot}\n`) + 64
  const budget = Math.max(256, maxBytes - fixed)
  const findings = renderMarkdown(report, ctx, { maxChars: budget, heading: 'prodguard', ...(view.fileUrl ? { link: view.fileUrl } : {}) })
  const newline = findings.indexOf('\n')
  const heading = newline === -1 ? findings : findings.slice(0, newline)
  const rest = newline === -1 ? '' : findings.slice(newline + 1).replace(/\n*<sub>prodguard [^<]*<\/sub>\n*$/, '\n').trim()
  const page = [prefix, heading, section, rest, foot].filter((p) => p !== '').join('\n\n') + '\n'
  return Buffer.byteLength(page) <= maxBytes ? page : clip(page, maxBytes)
}

/** Last resort when the gate section itself is too long: cut at a line and say so. */
function clip(text: string, maxBytes: number): string {
  const note = '\n\n_…cut to stay under GitHub’s size limit; the job summary has the rest._\n'
  let cut = text.slice(0, maxBytes - Buffer.byteLength(note))
  while (Buffer.byteLength(cut) > maxBytes - Buffer.byteLength(note)) cut = cut.slice(0, -1)
  return `${cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))}${note}`
}
