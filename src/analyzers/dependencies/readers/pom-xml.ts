/** pom.xml: the parent POM, dependencies and managed dependencies, with `${property}` versions resolved. */
import { XMLParserClass, XMLValidator } from '../../xml-parser.js'
import { ManifestError, type Dependency } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'

type Node = Record<string, unknown>

function list(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return []
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}

export function readPomXml(source: string): Dependency[] {
  const valid = XMLValidator.validate(source)
  if (valid !== true) throw new ManifestError(`pom.xml is not well-formed XML: ${valid.err.msg}`, valid.err.line)
  const doc = new (XMLParserClass())({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'dependency' }).parse(source) as Node
  const project = (doc.project ?? {}) as Node
  const lines = new SourceLines(source)
  const properties: Record<string, string> = {}
  for (const [k, v] of Object.entries((project.properties ?? {}) as Node)) {
    const t = text(v)
    if (t !== undefined) properties[k] = t
  }
  const parent = project.parent as Node | undefined
  const parentVersion = text(parent?.version)
  if (parentVersion !== undefined) {
    properties['project.parent.version'] = parentVersion
    properties['parent.version'] = parentVersion
  }
  const ownVersion = text(project.version) ?? parentVersion
  if (ownVersion !== undefined) properties['project.version'] = ownVersion
  const resolve = (value: string | undefined): string | undefined => {
    let v = value
    for (let depth = 0; v !== undefined && v.includes('${') && depth < 5; depth++) v = v.replace(/\$\{([^}]+)\}/g, (_, key: string) => properties[key] ?? `\${${key}}`)
    return v === undefined || v.includes('${') ? undefined : v
  }
  const out: Dependency[] = []
  const add = (node: Node, scope: 'runtime' | 'dev') => {
    const group = text(node.groupId)
    const artifact = text(node.artifactId)
    const version = resolve(text(node.version))
    // A range (`[1.0,2.0)`) or an unresolved property says nothing certain about the version in use.
    if (group === undefined || artifact === undefined || version === undefined || /[[\]()]/.test(version)) return
    const line = lines.lineOf(new RegExp(`<artifactId>\\s*${escapeRegExp(artifact)}\\s*</artifactId>`))
    out.push({ ecosystem: 'maven', name: `${group}:${artifact}`, version, scope, direct: true, line, evidence: lines.lineText(line) })
  }
  if (parent) add(parent, 'runtime')
  const sources = [project.dependencies, (project.dependencyManagement as Node | undefined)?.dependencies]
  for (const deps of sources) {
    for (const dep of list((deps as Node | undefined)?.dependency)) add(dep, text(dep.scope) === 'test' ? 'dev' : 'runtime')
  }
  return out
}
