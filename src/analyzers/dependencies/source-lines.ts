/** Line numbers for what parsers without positions (JSON, TOML, XML) found: search the text for the declaration. */

export class SourceLines {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1)
  }

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  /** The text of a 1-based line, trimmed and shortened for evidence. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? 0
    const end = this.starts[line] ?? this.text.length + 1
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
