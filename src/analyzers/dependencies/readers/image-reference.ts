/** `registry:5000/team/app:1.2-alpine@sha256:...` -> name, tag and digest. */
import type { Dependency } from '../dependency.js'

export interface ImageReference {
  name: string
  tag?: string
  digest?: string
}

const NAME = /^[a-z0-9][a-z0-9._-]*(?::\d+)?(?:\/[a-z0-9][a-z0-9._-]*)*$/i

export function parseImageReference(reference: string): ImageReference | undefined {
  const ref = reference.trim().replace(/^["']|["']$/g, '')
  if (ref === '' || ref.includes('$') || ref.includes('{{')) return undefined
  const [nameTag, digest] = ref.split('@') as [string, string | undefined]
  const slash = nameTag.lastIndexOf('/')
  const colon = nameTag.lastIndexOf(':')
  const hasTag = colon > slash
  const name = hasTag ? nameTag.slice(0, colon) : nameTag
  const tag = hasTag ? nameTag.slice(colon + 1) : undefined
  if (!NAME.test(name) || (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))) return undefined
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) }
}

export function imageDependency(ref: ImageReference, line: number, evidence: string, column?: number): Dependency {
  return {
    ecosystem: 'docker',
    name: ref.name,
    ...(ref.tag !== undefined ? { version: ref.tag } : {}),
    ...(ref.digest !== undefined ? { digest: ref.digest } : {}),
    scope: 'runtime',
    direct: true,
    line,
    ...(column !== undefined ? { column } : {}),
    evidence
  }
}

/** Compose-style interpolation: `${TAG:-16}` and `${TAG-16}` take their default; a bare variable stays unknown. */
export function interpolateDefaults(value: string, known: Record<string, string> = {}): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string | undefined, fallback: string | undefined, plain: string | undefined) => {
    const key = braced ?? plain!
    if (known[key] !== undefined) return known[key]
    if (fallback !== undefined) return fallback
    return whole
  })
}
