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

interface DataResourcesFile {
  types: DataResourceType[]
  patterns: string[]
}

export class DataResourceCatalog {
  private readonly types: Map<string, DataResourceType>
  private readonly patterns: string[]

  constructor(knowledge: Knowledge) {
    const file = knowledge.load<DataResourcesFile>('destructive-infra/data-resources.yml')
    this.types = new Map(file.types.map((t) => [t.type, t]))
    this.patterns = file.patterns
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
