/** Line numbers for what parsers without positions (JSON, TOML, XML) found: search the text for the declaration. */
import { LineIndex } from '../line-index.js'

export class SourceLines extends LineIndex {
  /** The text of a 1-based line, trimmed and shortened for evidence. */
  lineText(line: number): string {
    const start = line <= this.lineCount ? this.lineStart(line) : 0
    const end = line < this.lineCount ? this.lineStart(line + 1) : this.text.length + 1
    const raw = this.text.slice(start, end - 1).replace(/\r$/, '').trim()
    return raw.length > 200 ? `${raw.slice(0, 197)}...` : raw
  }

  /** Offset of the first match of `pattern` at or after `from`, or -1. */
  search(pattern: RegExp, from = 0): number {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
    re.lastIndex = from
    const m = re.exec(this.text)
    return m ? m.index : -1
  }

  /** Line of the first match at or after `from` (1 when absent, so a finding always has a place). */
  lineOf(pattern: RegExp, from = 0): number {
    const at = this.search(pattern, from)
    return at === -1 ? 1 : this.lineAt(at)
  }
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
