/**
 * NuGet packages of .NET projects: `<PackageReference Include="Serilog" Version="3.1.1" />` in `*.csproj` / `*.fsproj`
 * / `*.vbproj` and `Directory.Build.props` (a `VersionOverride`, or a `<Version>` child, counts too),
 * `<PackageVersion Include=".." Version=".." />` and `<GlobalPackageReference>` in `Directory.Packages.props` (central
 * package management), and `<package id=".." version=".." />` in `packages.config`. `$(Property)` versions are
 * resolved from the file's own `<PropertyGroup>`s; a version left unresolved, or a floating one (`6.*`), is a range.
 * `PrivateAssets="all"` (analyzers, build tools) and `developmentDependency="true"` are development scope.
 */
import { XMLValidator } from '../../xml-parser.js'
import { ManifestError, type Dependency, type Scope } from '../dependency.js'
import { SourceLines } from '../source-lines.js'
import { normalizeNugetVersion } from '../versioning.js'

const ELEMENTS = /<(PackageReference|PackageVersion|GlobalPackageReference|package)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/>|>([\s\S]*?)<\/\1\s*>)/g
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (let m = ATTRIBUTE.exec(text); m !== null; m = ATTRIBUTE.exec(text)) out[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? '')
  return out
}

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim()
}

function child(body: string | undefined, name: string): string | undefined {
  if (body === undefined) return undefined
  const m = new RegExp(`<${name}\\s*>([^<]*)</${name}\\s*>`, 'i').exec(body)
  return m ? decode(m[1]!) : undefined
}

/** Comments blanked out (offsets kept), so commented-out references are not read. */
function withoutComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
}

/** `<PropertyGroup><SerilogVersion>3.1.1</SerilogVersion></PropertyGroup>` -> { SerilogVersion: '3.1.1' } */
function properties(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const group of text.matchAll(/<PropertyGroup\b[^>]*>([\s\S]*?)<\/PropertyGroup\s*>/g)) {
    for (const p of group[1]!.matchAll(/<([\w.-]+)(?:\s[^>]*)?>([^<]*)<\/\1\s*>/g)) out[p[1]!.toLowerCase()] = decode(p[2]!)
  }
  return out
}

/** `13.0.3`, `13.0` and `[13.0.3]` pin a version; `[1.0,2.0)`, `6.*` and unresolved properties are ranges. */
function versionOf(raw: string, props: Record<string, string>): Pick<Dependency, 'version' | 'range'> | undefined {
  let v = raw
  for (let depth = 0; v.includes('$(') && depth < 5; depth++) v = v.replace(/\$\(([\w.-]+)\)/g, (whole, key: string) => props[key.toLowerCase()] ?? whole)
  if (v === '') return undefined
  if (v.includes('$(')) return { range: v }
  // Written as NuGet resolves it (`1.0` is `1.0.0`), so that a diff from `1.0` to `1.0.0` is no change and the
  // registry's and the advisories' versions match.
  const exact = /^\[\s*([^,\]\s]+)\s*\]$/.exec(v)
  if (exact) return { version: normalizeNugetVersion(exact[1]!) ?? exact[1]! }
  const normalized = normalizeNugetVersion(v)
  if (normalized !== undefined) return { version: normalized }
  return { range: v }
}

function read(text: string, file: string, kinds: ReadonlySet<string>): Dependency[] {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new ManifestError(`${file} is not well-formed XML: ${valid.err.msg}`, valid.err.line)
  const source = withoutComments(text)
  const props = properties(source)
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  for (let m = ELEMENTS.exec(source); m !== null; m = ELEMENTS.exec(source)) {
    const element = m[1]!
    if (!kinds.has(element)) continue
    const attrs = attributes(m[2]!)
    const body = m[4]
    const name = element === 'package' ? attrs['id'] : (attrs['include'] ?? attrs['update'])
    const raw = element === 'package' ? attrs['version'] : (attrs['versionoverride'] ?? attrs['version'] ?? child(body, 'VersionOverride') ?? child(body, 'Version'))
    if (name === undefined || name === '' || name.includes('$(') || raw === undefined) continue
    const version = versionOf(raw, props)
    if (version === undefined) continue
    const privateAssets = (attrs['privateassets'] ?? child(body, 'PrivateAssets') ?? '').toLowerCase()
    const dev = attrs['developmentdependency'] === 'true' || privateAssets.split(';').includes('all')
    const scope: Scope = dev ? 'dev' : 'runtime'
    const line = lines.lineAt(m.index)
    out.push({ ecosystem: 'nuget', name, ...version, scope, direct: true, line, evidence: lines.lineText(line) })
  }
  return out
}

/** PackageReference items of an MSBuild project file (`*.csproj`, `Directory.Build.props`). */
export function readPackageReferences(text: string, file = 'project file'): Dependency[] {
  return read(text, file, new Set(['PackageReference']))
}

/** Directory.Packages.props: the versions of central package management. */
export function readDirectoryPackagesProps(text: string): Dependency[] {
  if (!/<Project\b/i.test(text)) throw new ManifestError('Directory.Packages.props is not an MSBuild project: no <Project> element')
  return read(text, 'Directory.Packages.props', new Set(['PackageVersion', 'GlobalPackageReference', 'PackageReference']))
}

/** packages.config (the pre-PackageReference format). */
export function readPackagesConfig(text: string): Dependency[] {
  if (!/<packages\b/i.test(text)) throw new ManifestError('packages.config has no <packages> element')
  return read(text, 'packages.config', new Set(['package']))
}
