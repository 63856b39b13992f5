/**
 * The regular expression literals of source files, as TypeScript's scanner reads them, and a timer for them: what the
 * regex budget tests (SQL and lock-safety, env-leak and secrets) run over hostile inputs, so a new pattern cannot
 * slip past them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

/** The .ts files under a folder (or the file itself). */
export function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path).flatMap((entry) => {
    const child = join(path, entry)
    return statSync(child).isDirectory() ? sources(child) : child.endsWith('.ts') ? [child] : []
  })
}

/** The regular expression literals of a file, each with where it stands (`path:line`). */
export function literals(path: string): Array<{ where: string; pattern: RegExp }> {
  const text = readFileSync(path, 'utf8')
  const out: Array<{ where: string; pattern: RegExp }> = []
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file)
      const slash = literal.lastIndexOf('/')
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
      out.push({ where: `${path}:${line}`, pattern: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

/** Milliseconds for a pattern over a text: one test, or every match of a global or sticky one (up to 100,000). */
export function time(pattern: RegExp, text: string): number {
  const started = performance.now()
  if (pattern.global || pattern.sticky) {
    let n = 0
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) if (m[0] === '' || ++n > 100_000) break
  } else {
    pattern.test(text)
  }
  return performance.now() - started
}

/** The fastest of `runs` timings: noise (a collection, another process) only ever adds time. */
export function best(pattern: RegExp, text: string, runs: number): number {
  let ms = Infinity
  for (let i = 0; i < runs; i++) ms = Math.min(ms, time(pattern, text))
  return ms
}
