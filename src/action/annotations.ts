/**
 * Line annotations on the pull request's "Files changed": the runner shows at most 10 errors and 10 warnings per
 * step, so the findings that need approval go first, and the step's own failure message keeps one error slot.
 * The markdown summary lists everything.
 */
import * as core from '@actions/core'
import type { Finding } from '../findings/finding.js'
import { ANNOTATIONS_PER_LEVEL, annotationLevel, workflowCommand, type AnnotationLevel } from '../reporters/github.js'

export function emitAnnotations(findings: Finding[], gated: Finding[], stepFails: boolean): void {
  const needsApproval = new Set(gated)
  const ordered = [...gated, ...findings.filter((f) => !needsApproval.has(f))]
  const room: Record<AnnotationLevel, number> = { error: ANNOTATIONS_PER_LEVEL - (stepFails ? 1 : 0), warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL }
  const left: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  for (const finding of ordered) {
    // A suppression the pull request adds itself still needs approval: an error, not a notice.
    const level: AnnotationLevel = needsApproval.has(finding) ? 'error' : annotationLevel(finding)
    if (room[level] === 0) {
      left[level]++
      continue
    }
    room[level]--
    const command = workflowCommand(finding)
    core.info(command.replace(/^::(error|warning|notice) /, `::${level} `))
  }
  const over = (Object.keys(left) as AnnotationLevel[]).filter((level) => left[level] > 0)
  if (over.length > 0) {
    core.info(`prodguard: ${over.map((level) => `${left[level]} more ${level}${left[level] === 1 ? '' : 's'}`).join(', ')} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step); the job summary lists every finding.`)
  }
}
