/** A YAML file read for comparison: its plain value, where each key path sits, or why it could not be parsed. */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml'

export type YamlSource =
  | { ok: true; value: unknown; lineOf: (path: ReadonlyArray<string | number>) => number | undefined }
  | { ok: false; line: number; reason: string }

export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter()
  let doc: Document
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
  } catch (error) {
    return { ok: false, line: 1, reason: error instanceof Error ? error.message : String(error) }
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!
    return { ok: false, line: first.linePos?.[0].line ?? 1, reason: first.message.split('\n')[0] ?? 'invalid YAML' }
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { ok: false, line: 1, reason: error instanceof Error ? error.message : String(error) }
  }
  return {
    ok: true,
    value,
    lineOf(path) {
      // The deepest node that still exists: a removed key points at its parent.
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true)
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
      }
      return undefined
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
