/** Cargo.lock: locked crates; direct ones are those the workspace's own packages (no `source`) depend on. */
import { parse as parseToml } from 'smol-toml'
import { ManifestError, type Dependency } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'

interface CargoPackage {
  name?: unknown
  version?: unknown
  source?: unknown
  dependencies?: unknown
}

export function readCargoLock(text: string): Dependency[] {
  let doc: { package?: CargoPackage[] }
  try {
    doc = parseToml(text) as { package?: CargoPackage[] }
  } catch (error) {
    throw new ManifestError(`Cargo.lock is not valid TOML: ${(error as Error).message.split('\n')[0]}`, (error as { line?: number }).line ?? 1)
  }
  const lines = new SourceLines(text)
  const packages = Array.isArray(doc.package) ? doc.package : []
  const direct = new Set<string>()
  for (const pkg of packages) {
    if (pkg.source !== undefined || !Array.isArray(pkg.dependencies)) continue
    for (const d of pkg.dependencies) if (typeof d === 'string') direct.add(d.split(' ')[0]!)
  }
  const out: Dependency[] = []
  for (const pkg of packages) {
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string' || pkg.source === undefined) continue
    const at = lines.search(new RegExp(`^name = "${escapeRegExp(pkg.name)}"\\s*\\r?\\nversion = "${escapeRegExp(pkg.version)}"`, 'm'))
    const line = at === -1 ? 1 : lines.lineAt(at)
    out.push({ ecosystem: 'cargo', name: pkg.name, version: pkg.version, scope: 'runtime', direct: direct.has(pkg.name), line, evidence: `${pkg.name} ${pkg.version}` })
  }
  return out
}
