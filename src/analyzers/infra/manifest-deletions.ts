/**
 * Deletions in YAML manifests and templates, read from both versions of a changed file: a Kubernetes
 * PersistentVolumeClaim or StatefulSet that disappears (the file deleted, or the document removed), and a
 * CloudFormation resource that holds data losing its `DeletionPolicy: Retain/Snapshot`, its `DeletionProtection`,
 * or its place in the template.
 */
import { isMap, type Node } from 'yaml'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { isTemplate } from '../exposure/cloudformation.js'
import { child, entriesOf, isTruthy, itemsOf, lineText, pairOf, parseYamlFile, pathOf, positionOf, scalarText } from '../yaml-source.js'

const MANIFEST = /\.(ya?ml|json|template)$/i
const DATA_KINDS = new Set(['PersistentVolumeClaim', 'StatefulSet', 'PersistentVolume'])

interface CloudFormationTypes {
  types: { type: string; deletionProtection?: string }[]
}

export const manifestDeletionsAnalyzer: Analyzer = {
  name: 'manifest-deletions',
  // a PVC or StatefulSet that leaves one manifest may arrive in another of the same change
  readsChange: true,
  claims: (path) => MANIFEST.test(path),
  // Deletions are transitions: everything happens in `compare`.
  analyze: () => [],
  analyzeChunks: () => [],
  compare(before: SourceText | undefined, after: SourceText | undefined, ctx: AnalyzerContext): Detection[] | Promise<Detection[]> {
    if (before === undefined) return []
    if (isTemplate(before.text)) return cloudFormation(before, after, ctx)
    return kubernetes(before, after, ctx)
  }
}

/** The data objects that the other changed manifests of the change now declare. */
async function declaredElsewhere(path: string, ctx: AnalyzerContext): Promise<Set<string>> {
  const keys = new Set<string>()
  for (const other of ctx.change?.changed ?? []) {
    if (other === path || !MANIFEST.test(other)) continue
    const text = await ctx.change!.newText(other)
    if (text === undefined || !/^[ \t]*kind\s*:\s*["']?(PersistentVolumeClaim|StatefulSet|PersistentVolume)\b/m.test(text)) continue
    for (const object of dataObjects(text) ?? []) keys.add(object.key)
  }
  return keys
}

interface DataObject {
  key: string
  kind: string
  name: string
  line: number
}

async function kubernetes(before: SourceText, after: SourceText | undefined, ctx: AnalyzerContext): Promise<Detection[]> {
  if (!/^[ \t]*kind\s*:\s*["']?(PersistentVolumeClaim|StatefulSet|PersistentVolume)\b/m.test(before.text)) return []
  const old = dataObjects(before.text)
  // A version that does not parse (a Helm template) is compared by its text: kind and name lines.
  const now = after === undefined ? [] : dataObjects(after.text)
  if (old === undefined) return []
  if (now === undefined) return []
  const kept = new Set(now.map((o) => o.key))
  const out: Detection[] = []
  let elsewhere: Set<string> | undefined
  for (const object of old) {
    if (kept.has(object.key)) continue
    elsewhere ??= await declaredElsewhere(after?.path ?? before.path, ctx)
    if (elsewhere.has(object.key)) continue
    const volumes = object.kind === 'StatefulSet' ? ' (its volumeClaimTemplates PVCs stay, but nothing owns them any more; with `persistentVolumeClaimRetentionPolicy: Delete` they go too)' : object.kind === 'PersistentVolumeClaim' ? ' (with the usual `reclaimPolicy: Delete`, deleting the claim deletes the volume and its data)' : ''
    out.push({
      ruleId: 'destructive-infra/kubernetes-data-deleted',
      line: 1,
      message: `${object.kind} \`${object.name}\` is ${after === undefined ? `deleted with ${before.path}` : `removed from ${after.path}`}: applying this (\`kubectl apply --prune\`, Argo CD or Flux with pruning) deletes it${volumes}.`,
      evidence: `kind: ${object.kind} / name: ${object.name}`,
      identity: `${object.key}:deleted`
    })
  }
  return out
}

function dataObjects(text: string): DataObject[] | undefined {
  const yaml = parseYamlFile(text)
  if (yaml.error) return textObjects(text)
  const out: DataObject[] = []
  for (const doc of yaml.documents) {
    const roots = isMap(doc.contents) && scalarText(child(doc.contents, 'kind')) === 'List' ? itemsOf(child(doc.contents, 'items')) : [doc.contents as Node]
    for (const root of roots) {
      const kind = scalarText(child(root, 'kind'))
      if (kind === undefined || !DATA_KINDS.has(kind)) continue
      const name = scalarText(pathOf(root, ['metadata', 'name'])) ?? '(unnamed)'
      const namespace = scalarText(pathOf(root, ['metadata', 'namespace'])) ?? ''
      out.push({ key: `${kind}/${namespace}/${name}`, kind, name, line: positionOf(yaml, root).line })
    }
  }
  return out
}

/** Helm templates are not YAML until rendered: read `kind:` and the `name:` under `metadata:` as text. */
function textObjects(text: string): DataObject[] {
  const out: DataObject[] = []
  for (const chunk of text.split(/^---\s*$/m)) {
    const kind = /^kind\s*:\s*["']?([A-Za-z]+)/m.exec(chunk)?.[1]
    if (kind === undefined || !DATA_KINDS.has(kind)) continue
    const name = /^metadata\s*:\s*\n(?:[ \t]+.*\n)*?[ \t]+name\s*:\s*(.+)$/m.exec(chunk)?.[1]?.trim() ?? '(unnamed)'
    out.push({ key: `${kind}//${name}`, kind, name, line: 1 })
  }
  return out
}

function cloudFormation(before: SourceText, after: SourceText | undefined, ctx: AnalyzerContext): Detection[] {
  const types = new Map(ctx.knowledge.load<CloudFormationTypes>('destructive-infra/cloudformation.yml').types.map((t) => [t.type, t]))
  const oldYaml = parseYamlFile(before.text, { cloudFormation: true })
  const newYaml = after !== undefined ? parseYamlFile(after.text, { cloudFormation: true }) : undefined
  if (oldYaml.error || newYaml?.error) return []
  const oldResources = child(oldYaml.documents[0]?.contents, 'Resources')
  const newResources = newYaml !== undefined ? child(newYaml.documents[0]?.contents, 'Resources') : undefined
  const out: Detection[] = []
  for (const { key: id, value: resource } of entriesOf(oldResources)) {
    const type = scalarText(child(resource, 'Type'))
    const entry = type !== undefined ? types.get(type) : undefined
    if (entry === undefined) continue
    const current = child(newResources, id)
    const oldPolicy = scalarText(child(resource, 'DeletionPolicy')) ?? 'Delete'
    if (current === undefined) {
      if (oldPolicy === 'Retain' || oldPolicy === 'RetainExceptOnCreate') continue
      out.push({
        ruleId: 'destructive-infra/data-resource-removed',
        line: 1,
        message: `${id} (${type}) is removed from the template with \`DeletionPolicy: ${oldPolicy}\`: the next stack update ${oldPolicy === 'Snapshot' ? 'deletes it, leaving only a snapshot' : 'deletes it and its data'}.`,
        evidence: lineText(before.text, positionOf(oldYaml, pairOf(oldResources, id)).line),
        identity: `${id}:removed`
      })
      continue
    }
    const newPolicyPair = pairOf(current, 'DeletionPolicy')
    const newPolicy = scalarText(newPolicyPair?.value) ?? 'Delete'
    if ((oldPolicy === 'Retain' || oldPolicy === 'Snapshot' || oldPolicy === 'RetainExceptOnCreate') && newPolicy === 'Delete') {
      const at = positionOf(newYaml!, newPolicyPair ?? pairOf(newResources, id))
      out.push({
        ruleId: 'destructive-infra/deletion-protection-disabled',
        line: at.line,
        column: at.column,
        message: `${id} (${type}): \`DeletionPolicy\` goes from ${oldPolicy} to ${newPolicyPair ? 'Delete' : 'unset (Delete)'}; deleting the stack or the resource now deletes its data.`,
        evidence: lineText(after!.text, at.line),
        identity: `${id}:DeletionPolicy`
      })
    }
    if (entry.deletionProtection !== undefined) {
      const was = isTruthy(child(child(resource, 'Properties'), entry.deletionProtection))
      const pair = pairOf(child(current, 'Properties'), entry.deletionProtection)
      if (was === true && isTruthy(pair?.value) !== true) {
        const at = positionOf(newYaml!, pair ?? pairOf(newResources, id))
        out.push({
          ruleId: 'destructive-infra/deletion-protection-disabled',
          line: at.line,
          column: at.column,
          message: `${id} (${type}): \`${entry.deletionProtection}\` is ${pair ? 'turned off' : 'removed'}; nothing stops a deletion of this database any more.`,
          evidence: lineText(after!.text, at.line),
          identity: `${id}:${entry.deletionProtection}`
        })
      }
    }
  }
  return out
}
