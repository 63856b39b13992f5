/**
 * Build-tool wrappers: `gradle/wrapper/gradle-wrapper.properties` and `.mvn/wrapper/maven-wrapper.properties` name the
 * Gradle or Maven distribution every build downloads (`distributionUrl=...gradle-8.5-bin.zip`,
 * `...apache-maven-3.8.7-bin.zip`): that version is the build tool's release line (development scope: it builds,
 * it does not ship).
 */
import type { Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

const DISTRIBUTIONS: Array<{ tool: string; pattern: RegExp }> = [
  { tool: 'gradle', pattern: /gradle-(\d+(?:\.\d+){0,2}(?:-[\w.]+)?)-(?:bin|all)\.zip$/ },
  { tool: 'maven', pattern: /apache-maven-(\d+(?:\.\d+){1,2}(?:-[\w.]+)?)-bin\.(?:zip|tar\.gz)$/ }
]

export function isWrapperProperties(path: string): boolean {
  return /(^|\/)gradle\/wrapper\/gradle-wrapper\.properties$/.test(path) || /(^|\/)\.mvn\/wrapper\/maven-wrapper\.properties$/.test(path)
}

export function readWrapperProperties(text: string): Dependency[] {
  const lines = new SourceLines(text)
  const raw = text.split('\n')
  for (let i = 0; i < raw.length; i++) {
    // Java properties: `key=value` or `key: value`, `\:` escapes a colon.
    const m = /^\s*distributionUrl\s*[=:]\s*(.+?)\s*$/.exec(raw[i]!)
    if (!m) continue
    const url = m[1]!.replace(/\\(.)/g, '$1')
    for (const { tool, pattern } of DISTRIBUTIONS) {
      const v = pattern.exec(url)
      if (v) return [{ ecosystem: 'runtime', name: tool, version: v[1]!, scope: 'dev', direct: true, line: i + 1, evidence: lines.lineText(i + 1) }]
    }
  }
  return []
}
