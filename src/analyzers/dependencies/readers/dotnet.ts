/**
 * .NET: `<TargetFramework>net6.0</TargetFramework>` (or `TargetFrameworks`, `;`-separated) in `*.csproj`, `*.fsproj`,
 * `*.vbproj`, `Directory.Build.props`, and the SDK of `global.json` (`"sdk": { "version": "8.0.100" }`). `net6.0`,
 * `net8.0-windows` and `netcoreapp3.1` are .NET lines; `netstandard2.0` and .NET Framework (`net48`) are not.
 */
import { ManifestError, type Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'
import { parseJsonObject } from './package-json.js'

const FRAMEWORKS = /<TargetFrameworks?>([^<]*)<\/TargetFrameworks?>/gi

/** `net8.0-windows` -> `8.0`; `netcoreapp3.1` -> `3.1`; anything else undefined. */
export function dotnetLine(moniker: string): string | undefined {
  const m = /^net(?:coreapp)?(\d+\.\d+)(?:-[\w.]+)?$/i.exec(moniker.trim())
  return m ? m[1] : undefined
}

export function readProjectFile(text: string): Dependency[] {
  if (!/<Project\b/i.test(text)) throw new ManifestError('not an MSBuild project: no <Project> element')
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  for (let m = FRAMEWORKS.exec(text); m !== null; m = FRAMEWORKS.exec(text)) {
    const line = lines.lineAt(m.index)
    for (const moniker of m[1]!.split(';')) {
      const version = dotnetLine(moniker)
      if (version === undefined || moniker.includes('$(')) continue
      out.push({ ecosystem: 'runtime', name: 'dotnet', version, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
    }
  }
  return out
}

export function readGlobalJson(text: string): Dependency[] {
  const json = parseJsonObject(text, 'global.json')
  const sdk = json.sdk
  const version = typeof sdk === 'object' && sdk !== null ? (sdk as Record<string, unknown>).version : undefined
  if (typeof version !== 'string') return []
  const lines = new SourceLines(text)
  const line = lines.lineOf(/"version"\s*:/)
  const m = /^(\d+\.\d+)\./.exec(version)
  return m ? [{ ecosystem: 'runtime', name: 'dotnet', version: m[1]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) }] : []
}
