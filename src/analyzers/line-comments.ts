/**
 * Line helpers that stay linear on hostile lines (65,536 spaces and then a letter): the regular expressions they
 * replace (`/\s+#.*$/`, `/(.*?)\s*$/`) backtrack quadratically over long runs of whitespace.
 */

/** `value  # comment` -> `value`: from the first run of whitespace followed by one of `markers`, like `/\s+[#;].*$/`. */
export function cutTrailingComment(line: string, markers = '#'): string {
  for (let i = 1; i < line.length; i++) {
    if (markers.includes(line[i]!) && /\s/.test(line[i - 1]!)) return line.slice(0, i).trimEnd()
  }
  return line
}
