/** The reporters by format: what `--format` selects. Each turns a run's Report into the text to print. */
import { renderGithub } from './github.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import type { Reporter, ReportFormat } from './report.js'
import { renderSarif } from './sarif.js'
import { renderText } from './text.js'

const REPORTERS: Record<ReportFormat, Reporter> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  // The CLI prints the whole page; the Action calls renderMarkdown with GitHub's size limits.
  markdown: (report, ctx) => renderMarkdown(report, ctx)
}

export function reporterFor(format: ReportFormat): Reporter {
  return REPORTERS[format]
}

export { renderGithub, renderJson, renderMarkdown, renderSarif, renderText }
export { toJsonReport, type JsonReport, type JsonFinding } from './json.js'
export { toSarifLog } from './sarif.js'
export { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES, type MarkdownOptions } from './markdown.js'
export { REPORT_FORMATS, type Report, type ReportContext, type ReportFormat, type Reporter } from './report.js'
