/** What a manifest declares, as the dependency rules see it: one `Dependency` per declared package, image or runtime. */

/**
 * Where a name lives. `runtime` is a language runtime or tool named by a version file, `engines`, go.mod's `go`
 * directive or Gemfile.lock's RUBY VERSION (the name is the tool: `nodejs`, `python`); `terraform` is a managed
 * engine (`aws_db_instance:postgres`) or a provider (`provider:hashicorp/aws`); `actions` is a GitHub Action
 * (`actions/checkout`); `helm` is a chart dependency of a Chart.yaml.
 */
export type Ecosystem = 'npm' | 'pypi' | 'go' | 'rubygems' | 'cargo' | 'maven' | 'composer' | 'nuget' | 'docker' | 'actions' | 'runtime' | 'terraform' | 'helm'

export const ECOSYSTEMS: readonly Ecosystem[] = ['npm', 'pypi', 'go', 'rubygems', 'cargo', 'maven', 'composer', 'nuget', 'docker', 'actions', 'runtime', 'terraform', 'helm']

export type Scope = 'runtime' | 'dev'

export interface Dependency {
  ecosystem: Ecosystem
  name: string
  /** The exact version in use, when the file pins or locks one (`4.17.21`, an image tag `16-alpine`, an action ref `v3`). */
  version?: string
  /** The declared range when the file gives one instead of a version (`^4.17.0`, `>=2.2,<3`, `>=14`). */
  range?: string
  scope: Scope
  /** A dependency of the project itself, not a transitive one a lockfile also lists. */
  direct: boolean
  /** 1-based line of the declaration. */
  line: number
  column?: number
  /** The declaration as written, one line. */
  evidence: string
  /** An image pinned by digest: it does not move even without a tag. */
  digest?: string
}

/** A manifest that could not be read: becomes `unanalyzable/parse-error`. */
export class ManifestError extends Error {
  constructor(
    message: string,
    readonly line = 1
  ) {
    super(message)
    this.name = 'ManifestError'
  }
}

export function dependencyKey(dep: Pick<Dependency, 'ecosystem' | 'name'>): string {
  return `${dep.ecosystem}:${dep.name}`
}

/** What the change is about: `npm:express@^4.17.0`. Used in identities so that untouched dependencies match across a diff. */
export function dependencyIdentity(dep: Dependency): string {
  return `${dep.ecosystem}:${dep.name}@${dep.version ?? dep.range ?? ''}`
}

/** A dependency's declaration as people write it: `express ^4.17.0`, `node:16-alpine`, `actions/checkout@v2`. */
export function displayName(dep: Dependency): string {
  const v = dep.version ?? dep.range
  if (dep.ecosystem === 'docker') return v === undefined ? dep.name : `${dep.name}:${v}`
  if (dep.ecosystem === 'actions') return `${dep.name}@${v ?? ''}`
  return v === undefined ? dep.name : `${dep.name} ${v}`
}
