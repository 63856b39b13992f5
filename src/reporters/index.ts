/** The reporters by format: what `--format` selects. Each turns a run's Report into the text to print. */
import { renderCompact } from './compact.js'
import { renderGithub } from './github.js'
import { renderJson, renderJsonChunks } from './json.js'
import { renderMarkdown, SUMMARY_MAX_BYTES } from './markdown.js'
import type { Report, ReportContext, Reporter, ReportFormat } from './report.js'
import { renderSarif } from './sarif.js'
import { renderText } from './text.js'

const REPORTERS: Record<ReportFormat, Reporter> = {
  text: renderText,
  compact: renderCompact,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  // Capped at a job summary's size (the CLI's page is meant for $GITHUB_STEP_SUMMARY); the Action's comment is
  // rendered with the comment's smaller limit.
  markdown: (report, ctx) => renderMarkdown(report, ctx, { maxChars: SUMMARY_MAX_BYTES })
}

export function reporterFor(format: ReportFormat): Reporter {
  return REPORTERS[format]
}

/** The report of `format` as pieces to write one after another (the same text as `reporterFor`; JSON is streamed). */
export function reportChunks(format: ReportFormat, report: Report, ctx: ReportContext): Iterable<string> {
  return format === 'json' ? renderJsonChunks(report, ctx) : [REPORTERS[format](report, ctx)]
}

export { renderCompact, renderGithub, renderJson, renderJsonChunks, renderMarkdown, renderSarif, renderText }
export { toJsonReport, type JsonReport, type JsonFinding } from './json.js'
export { toSarifLog } from './sarif.js'
export { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES, type MarkdownOptions } from './markdown.js'
export { REPORT_FORMATS, isRunNotice, RUN_NOTICE_RULES, type Report, type ReportContext, type ReportFormat, type Reporter } from './report.js'
