/** 1-based line and column of character offsets in a text, by binary search over the line starts. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  get lineCount(): number {
    return this.starts.length
  }

  /** Offset where a 1-based line starts (the text's length past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }

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

  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset)
    return { line, column: offset - this.starts[line - 1]! + 1 }
  }
}
