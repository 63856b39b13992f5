/**
 * Stage 4, decide: one verdict for the head commit. A commit status or check run belongs to a commit, not to a pull
 * request, so the commit is green only when every open pull request whose head it is passes under its own rules.
 */
import type { Decision } from '../../policy/policy.js'
import { codeSpan, statusText } from '../gate-report.js'
import type { VerdictState } from '../verdict.js'
import type { Judgement } from './evaluate.js'

export interface CommitDecision {
  decision: Decision
  state: VerdictState
  /** The verdict's one-line description (at most 140 characters once posted). */
  description: string
}

export function decideCommit(judgements: Judgement[]): CommitDecision {
  const blocked = judgements.filter((j) => j.decision === 'blocked')
  const decision: Decision = blocked.length > 0 ? 'blocked' : judgements.some((j) => j.decision === 'approved') ? 'approved' : 'pass'
  const describe = (j: Judgement) => (j.unapprovable !== undefined && j.config.problem !== undefined ? `Invalid config ${j.config.problem}` : statusText(j))
  const shown = blocked.length > 0 ? blocked : judgements
  const description = shown.length === 1 && judgements.length === 1 ? describe(shown[0]!) : shown.map((j) => `#${j.pr.number}: ${describe(j)}`).join('; ')
  return { decision, state: decision === 'blocked' ? 'failure' : 'success', description }
}

/** What the comment on one pull request says about the others sharing its head commit. */
export function sharedHeadNote(self: Judgement, all: Judgement[], noun: string): string | undefined {
  const others = all.filter((j) => j.pr.number !== self.pr.number)
  if (others.length === 0) return undefined
  const blocked = others.filter((j) => j.decision === 'blocked')
  const list = others.map((j) => `#${j.pr.number} (into ${codeSpan(j.pr.baseRef)}, ${j.decision})`).join(', ')
  return `Commit \`${self.headSha.slice(0, 7)}\` is also the head of ${list}. ${noun[0]!.toUpperCase()}${noun.slice(1)} belongs to the commit, so it is green only when every pull request with this head passes${blocked.length > 0 && self.decision !== 'blocked' ? `: ${blocked.map((j) => `#${j.pr.number}`).join(', ')} keep${blocked.length === 1 ? 's' : ''} it red` : ''}.`
}
