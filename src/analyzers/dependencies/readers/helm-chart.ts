/**
 * Helm `Chart.yaml`: `kubeVersion` (the Kubernetes versions the chart accepts, a range) and `dependencies` (chart
 * versions from their repositories, for downgrades in a diff; a chart's version is not its application's).
 */
import { parse as parseYaml } from 'yaml'
import { ManifestError, type Dependency } from '../dependency.js'
import { escapeRegExp, SourceLines } from '../source-lines.js'

export function readHelmChart(text: string): Dependency[] {
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch (error) {
    throw new ManifestError(`Chart.yaml is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (typeof doc !== 'object' || doc === null) return []
  const chart = doc as Record<string, unknown>
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  if (typeof chart.kubeVersion === 'string' && chart.kubeVersion.trim() !== '') {
    const line = lines.lineOf(/^kubeVersion\s*:/m)
    out.push({ ecosystem: 'runtime', name: 'kubernetes', range: chart.kubeVersion.trim(), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  const from = Math.max(0, lines.search(/^dependencies\s*:/m))
  for (const raw of Array.isArray(chart.dependencies) ? chart.dependencies : []) {
    const d = raw as Record<string, unknown>
    if (typeof d?.name !== 'string' || (typeof d.version !== 'string' && typeof d.version !== 'number')) continue
    const version = String(d.version)
    const line = lines.lineOf(new RegExp(`name\\s*:\\s*["']?${escapeRegExp(d.name)}["']?\\s*$`, 'm'), from)
    const repository = typeof d.repository === 'string' ? d.repository.replace(/\/+$/, '') : ''
    const name = repository === '' ? d.name : `${repository}/${d.name}`
    out.push({ ecosystem: 'helm', name, ...(/^\d+(\.\d+)*$/.test(version) ? { version } : { range: version }), scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  return out
}
