/**
 * Terraform: managed engines whose versions end (RDS, Aurora, DocumentDB, ElastiCache, OpenSearch), Lambda runtimes
 * and Kubernetes control planes. A line scanner over the few attributes that matter; values that are expressions
 * (`var.engine_version`) are left alone.
 */
import type { Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

const RESOURCE = /^[ \t]*resource[ \t]+"([\w-]+)"[ \t]+"([\w-]+)"[ \t]*\{/gm

/** The text of a block from its opening brace to the matching closing one (strings and comments skipped). */
function blockBody(text: string, open: number): string {
  let depth = 0
  let inString = false
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i)
      i = end === -1 ? text.length : end
    } else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return text.slice(open, i + 1)
  }
  return text.slice(open)
}

function attribute(body: string, name: string): { value: string; offset: number } | undefined {
  const m = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*"([^"$]*)"`, 'm').exec(body)
  return m ? { value: m[1]!, offset: m.index } : undefined
}

export function readTerraform(text: string, engines: Record<string, Record<string, string>>): Dependency[] {
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  for (let m = RESOURCE.exec(text); m !== null; m = RESOURCE.exec(text)) {
    const type = m[1]!
    const table = engines[type]
    if (table === undefined) continue
    const open = m.index + m[0].length - 1
    const body = blockBody(text, open)
    const found =
      'runtime' in table
        ? { engine: 'runtime', version: attribute(body, 'runtime') }
        : 'version' in table
          ? { engine: 'version', version: attribute(body, 'version') ?? attribute(body, 'kubernetes_version') ?? attribute(body, 'min_master_version') }
          : { engine: attribute(body, 'engine')?.value ?? (type.startsWith('aws_opensearch') || type.startsWith('aws_elasticsearch') ? undefined : ''), version: attribute(body, 'engine_version') ?? attribute(body, 'elasticsearch_version') }
    if (found.version === undefined) continue
    let engine = found.engine
    // OpenSearch domains carry the engine in the version: `OpenSearch_2.11`, `Elasticsearch_7.10`.
    if (engine === undefined) engine = /^(OpenSearch|Elasticsearch)_/.exec(found.version.value)?.[1] ?? (type === 'aws_elasticsearch_domain' ? 'Elasticsearch' : 'OpenSearch')
    if (engine === '' || table[engine] === undefined) continue
    const line = lines.lineAt(open + found.version.offset)
    out.push({ ecosystem: 'terraform', name: `${type}:${engine}`, version: found.version.value, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  // `terraform { required_version = ">= 1.5.0" }`: the Terraform versions the module accepts (a range).
  for (let m = TERRAFORM_BLOCK.exec(text); m !== null; m = TERRAFORM_BLOCK.exec(text)) {
    const open = m.index + m[0].length - 1
    const body = blockBody(text, open)
    // `required_providers { aws = { source = "hashicorp/aws", version = "~> 5.0" } }`: for downgrades in a diff.
    const providers = /required_providers[ \t]*\{/.exec(body)
    if (providers) {
      const inner = blockBody(body, providers.index + providers[0].length - 1)
      for (const p of inner.matchAll(/^[ \t]*([\w-]+)[ \t]*=[ \t]*\{([^}]*)\}/gm)) {
        const source = /source[ \t]*=[ \t]*"([^"]+)"/.exec(p[2]!)?.[1] ?? `hashicorp/${p[1]}`
        const version = /version[ \t]*=[ \t]*"([^"$]+)"/.exec(p[2]!)?.[1]
        if (version === undefined) continue
        const line = lines.lineAt(open + providers.index + providers[0].length - 1 + (p.index ?? 0) + (/^\s*/.exec(p[0])?.[0].length ?? 0))
        out.push({ ecosystem: 'terraform', name: `provider:${source.toLowerCase()}`, range: terraformRange(version), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
      }
    }
    const required = attribute(body, 'required_version')
    if (required === undefined || required.value.trim() === '') continue
    const line = lines.lineAt(open + required.offset)
    const range = terraformRange(required.value)
    const exact = /^=?\s*(\d+\.\d+\.\d+)$/.exec(required.value.trim())
    out.push({ ecosystem: 'runtime', name: 'terraform', ...(exact ? { version: exact[1]! } : { range }), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  return out
}

const TERRAFORM_BLOCK = /^[ \t]*terraform[ \t]*\{/gm

/** Terraform's constraints as semver ranges: `~> 1.5` is `>=1.5 <2`, `~> 1.5.0` is `>=1.5.0 <1.6`, commas are ANDs. */
function terraformRange(constraint: string): string {
  return constraint
    .split(',')
    .map((part) => {
      const c = part.trim()
      const pess = /^~>\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(c)
      if (!pess) return c.replace(/^=\s*/, '').replace(/^!=\s*/, '>=0.0.0 ').replace(/\s+/g, '')
      const [major, minor, patch] = [Number(pess[1]), Number(pess[2]), pess[3]]
      return patch === undefined ? `>=${major}.${minor}.0 <${major + 1}.0.0` : `>=${major}.${minor}.${patch} <${major}.${minor + 1}.0`
    })
    .join(' ')
}
