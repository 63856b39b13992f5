/**
 * Gradle: `build.gradle` / `build.gradle.kts` dependency notations (`implementation 'g:a:v'`, `api("g:a:v")`) and
 * plugins (`id 'org.springframework.boot' version '3.3.4'`, `kotlin("jvm") version "2.0.21"`), and the version catalog `gradle/libs.versions.toml`
 * (`[versions]`, `[libraries]`, `[plugins]`). Versions that are expressions (`$springVersion`) are left alone.
 */
import { parse as parseToml } from 'smol-toml'
import { ManifestError, type Dependency, type Scope } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'

const NOTATION = /^[ \t]*(\w+)[ \t]*\(?[ \t]*(?:platform\(|enforcedPlatform\()?["']([\w.-]+):([\w.-]+):([^"'@:\s]+)["']/gm
const PLUGIN = /^[ \t]*id[ \t]*\(?[ \t]*["']([\w.-]+)["'][ \t]*\)?[ \t]+version[ \t]*\(?[ \t]*["']([^"'\s]+)["']/gm
/** The Kotlin DSL's shorthand for the Kotlin plugins: `kotlin("jvm") version "1.9.24"` is `org.jetbrains.kotlin.jvm`. */
const KOTLIN_PLUGIN = /^[ \t]*kotlin[ \t]*\([ \t]*["']([\w.-]+)["'][ \t]*\)[ \t]+version[ \t]*\(?[ \t]*["']([^"'\s]+)["']/gm
const DEV_CONFIGURATIONS = /^(test|androidTest|integrationTest|testFixtures|kaptTest|detekt|ktlint|lint)/

/** A plugin id as a Maven coordinate: Spring Boot's plugin is its own artifact; others are plugin markers. */
export function pluginCoordinate(id: string): string {
  if (id === 'org.springframework.boot') return 'org.springframework.boot:spring-boot-gradle-plugin'
  return `${id}:${id}.gradle.plugin`
}

export function readGradleBuild(text: string): Dependency[] {
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  for (let m = NOTATION.exec(text); m !== null; m = NOTATION.exec(text)) {
    const [, configuration, group, artifact, version] = m
    if (version!.includes('$') || configuration === 'id') continue
    const line = lines.lineAt(m.index)
    const scope: Scope = DEV_CONFIGURATIONS.test(configuration!) ? 'dev' : 'runtime'
    out.push({ ecosystem: 'maven', name: `${group}:${artifact}`, version: version!, scope, direct: true, line, evidence: lines.lineText(line) })
  }
  for (let m = PLUGIN.exec(text); m !== null; m = PLUGIN.exec(text)) {
    if (m[2]!.includes('$')) continue
    const line = lines.lineAt(m.index)
    out.push({ ecosystem: 'maven', name: pluginCoordinate(m[1]!), version: m[2]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  for (let m = KOTLIN_PLUGIN.exec(text); m !== null; m = KOTLIN_PLUGIN.exec(text)) {
    if (m[2]!.includes('$')) continue
    const line = lines.lineAt(m.index)
    out.push({ ecosystem: 'maven', name: pluginCoordinate(`org.jetbrains.kotlin.${m[1]!}`), version: m[2]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  return out
}

type Table = Record<string, unknown>
const table = (v: unknown): Table | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Table) : undefined)

export function readVersionCatalog(text: string): Dependency[] {
  let doc: Table
  try {
    doc = parseToml(text) as Table
  } catch (error) {
    throw new ManifestError(`libs.versions.toml is not valid TOML: ${(error as Error).message.split('\n')[0]}`, (error as { line?: number }).line ?? 1)
  }
  const lines = new SourceLines(text)
  const versions = table(doc.versions) ?? {}
  const versionOf = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v
    const t = table(v)
    if (t === undefined) return undefined
    if (typeof t.ref === 'string') return versionOf(versions[t.ref])
    for (const key of ['strictly', 'require', 'prefer']) if (typeof t[key] === 'string') return t[key] as string
    return undefined
  }
  const out: Dependency[] = []
  const push = (section: string, alias: string, name: string, version: string | undefined) => {
    if (version === undefined || !/^\d/.test(version)) return
    const from = Math.max(0, lines.search(new RegExp(`^\\[${section}\\]`, 'm')))
    const line = lines.lineOf(new RegExp(`^\\s*["']?${escapeRegExp(alias)}["']?\\s*=`, 'm'), from)
    out.push({ ecosystem: 'maven', name, version, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  for (const [alias, raw] of Object.entries(table(doc.libraries) ?? {})) {
    if (typeof raw === 'string') {
      const [group, artifact, version] = raw.split(':')
      if (group && artifact) push('libraries', alias, `${group}:${artifact}`, version)
      continue
    }
    const lib = table(raw)
    if (lib === undefined) continue
    const module = typeof lib.module === 'string' ? lib.module : typeof lib.group === 'string' && typeof lib.name === 'string' ? `${lib.group}:${lib.name}` : undefined
    if (module === undefined) continue
    push('libraries', alias, module, versionOf(lib.version ?? (typeof lib['version.ref'] === 'string' ? { ref: lib['version.ref'] } : undefined)))
  }
  for (const [alias, raw] of Object.entries(table(doc.plugins) ?? {})) {
    if (typeof raw === 'string') {
      const [id, version] = raw.split(':')
      if (id) push('plugins', alias, pluginCoordinate(id), version)
      continue
    }
    const plugin = table(raw)
    if (plugin === undefined || typeof plugin.id !== 'string') continue
    push('plugins', alias, pluginCoordinate(plugin.id), versionOf(plugin.version))
  }
  return out
}
