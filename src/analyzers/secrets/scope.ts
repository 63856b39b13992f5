/**
 * Which files the secret scanner reads (rules/secret/scope.yml): every text file except binaries by extension,
 * lockfiles, vendored or generated folders, and minified bundles. Decided by path alone, cheaply, before reading.
 */
import type { Knowledge } from '../../knowledge/knowledge.js'
import { compileGlobs, type PathPredicate } from '../../config/globs.js'

interface ScopeFile {
  binaryExtensions?: string[]
  binaryNames?: string[]
  lockfiles?: string[]
  vendoredDirs?: string[]
  minifiedSuffixes?: string[]
  lowConfidencePaths?: string[]
  encryptedDocuments?: string[]
}

export interface SecretScope {
  /** Should the scanner read this file at all? */
  reads(path: string): boolean
  /** Tests, fixtures and docs: low-confidence patterns are not run there. */
  isLowConfidencePath(path: string): boolean
  /** An encrypted document (a SealedSecret): its values are ciphertext, not live secrets. */
  isEncrypted(text: string): boolean
}

const cache = new WeakMap<Knowledge, SecretScope>()

export function secretScope(knowledge: Knowledge): SecretScope {
  let scope = cache.get(knowledge)
  if (scope === undefined) {
    scope = compile(knowledge.load<ScopeFile>('secret/scope.yml'))
    cache.set(knowledge, scope)
  }
  return scope
}

function compile(file: ScopeFile): SecretScope {
  const binary = new Set((file.binaryExtensions ?? []).map((e) => e.toLowerCase()))
  const lockfiles = new Set([...(file.lockfiles ?? []), ...(file.binaryNames ?? [])])
  const vendored = new Set(file.vendoredDirs ?? [])
  const minified = (file.minifiedSuffixes ?? []).map((s) => s.toLowerCase())
  const lowConfidence: PathPredicate = compileGlobs(file.lowConfidencePaths ?? [])
  const lowCache = new Map<string, boolean>()
  const encrypted = (file.encryptedDocuments ?? []).map((e) => new RegExp(e, 'm'))
  return {
    isEncrypted: (text) => encrypted.some((e) => e.test(text)),
    reads(path: string): boolean {
      const slash = path.lastIndexOf('/')
      const name = path.slice(slash + 1)
      if (lockfiles.has(name)) return false
      const dot = name.lastIndexOf('.')
      if (dot > 0 && binary.has(name.slice(dot + 1).toLowerCase())) return false
      const lower = name.toLowerCase()
      if (minified.some((s) => lower.endsWith(s))) return false
      if (slash > 0) for (const dir of path.slice(0, slash).split('/')) if (vendored.has(dir)) return false
      return true
    },
    isLowConfidencePath(path: string): boolean {
      let low = lowCache.get(path)
      if (low === undefined) {
        low = lowConfidence(path)
        if (lowCache.size > 10000) lowCache.clear()
        lowCache.set(path, low)
      }
      return low
    }
  }
}
