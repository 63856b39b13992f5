/** Which Terraform resource types hold data, and the attributes that protect them (rules/destructive-infra/data-resources.yml). */
import { matchGlob } from '../../config/globs.js'
import type { Knowledge } from '../../knowledge/knowledge.js'

export interface DeletionProtection {
  attribute: string
  /** Value when unset. */
  default: boolean | string
  /** The value that means "on" (true unless a string state such as `ACTIVE`). */
  on?: boolean | string
}

export interface DataResourceType {
  type: string
  deletionProtection?: DeletionProtection
  finalSnapshot?: string
  forceDestroy?: string
  /** `default`: the value when unset, where that means no backups (ElastiCache 0, DynamoDB PITR and Cloud SQL off). */
  backups?: { attribute: string; kind: 'retention' | 'enabled'; default?: number | boolean }
}

/** A registry module that wraps a data resource and passes its protections through as inputs. */
interface DataModule {
  /** `terraform-aws-modules/rds/aws`; a git URL of `terraform-aws-modules/terraform-aws-rds` matches too. */
  source: string
  type: string
  /** Resource attribute -> module input, where the names differ. */
  inputs?: Record<string, string>
}

interface DataResourcesFile {
  types: DataResourceType[]
  patterns: string[]
  modules?: DataModule[]
}

export class DataResourceCatalog {
  private readonly types: Map<string, DataResourceType>
  private readonly patterns: string[]

  private readonly modules: DataModule[]

  constructor(knowledge: Knowledge) {
    const file = knowledge.load<DataResourcesFile>('destructive-infra/data-resources.yml')
    this.types = new Map(file.types.map((t) => [t.type, t]))
    this.patterns = file.patterns
    this.modules = file.modules ?? []
  }

  /** The data resource a module call creates, with its protections named as the module's inputs. */
  module(source: string): DataResourceType | undefined {
    const clean = source.replace(/\?.*$/, '').replace(/\.git$/, '').toLowerCase()
    for (const m of this.modules) {
      const [owner, name] = m.source.split('/')
      if (clean !== m.source && !clean.endsWith(`${owner}/terraform-aws-${name}`) && !clean.endsWith(`${owner}/${name}/aws`)) continue
      const entry = this.types.get(m.type)
      if (entry === undefined) return undefined
      const input = (attribute: string): string => m.inputs?.[attribute] ?? attribute
      return {
        type: m.type,
        ...(entry.deletionProtection !== undefined ? { deletionProtection: { ...entry.deletionProtection, attribute: input(entry.deletionProtection.attribute) } } : {}),
        ...(entry.finalSnapshot !== undefined ? { finalSnapshot: input(entry.finalSnapshot) } : {}),
        ...(entry.forceDestroy !== undefined ? { forceDestroy: input(entry.forceDestroy) } : {}),
        ...(entry.backups !== undefined ? { backups: { ...entry.backups, attribute: input(entry.backups.attribute) } } : {})
      }
    }
    return undefined
  }

  /** The entry for a data-bearing type; undefined for types that hold no data. */
  get(type: string): DataResourceType | undefined {
    const known = this.types.get(type)
    if (known !== undefined) return known
    return this.patterns.some((p) => matchGlob(type, p)) ? { type } : undefined
  }
}

/** Whether a protection value means "on". */
export function protectionOn(protection: DeletionProtection, value: unknown): boolean {
  const on = protection.on ?? true
  if (typeof on === 'boolean') return value === on || (typeof value === 'string' && value.toLowerCase() === String(on))
  return typeof value === 'string' && value.toUpperCase() === String(on).toUpperCase()
}
