/** Which files are manifests, of which kind, and how each is read. Routing is by path alone. */
import type { Dependency } from './dependency.js'
import type { Aliases } from './end-of-life.js'
import { readCargoLock } from './readers/cargo-lock.js'
import { readComposerLock } from './readers/composer-lock.js'
import { readContainerImages } from './readers/container-images.js'
import { readDockerfile } from './readers/dockerfile.js'
import { readGemfileLock } from './readers/gemfile-lock.js'
import { readGoMod } from './readers/go-mod.js'
import { readBunLock, readPackageLock, readPnpmLock, readYarnLock } from './readers/npm-lockfiles.js'
import { readPackageJson } from './readers/package-json.js'
import { readPipfile, readPipfileLock, readPoetryLock, readPyproject, readRequirements, readUvLock } from './readers/python.js'
import { readGlobalJson, readProjectFile } from './readers/dotnet.js'
import { readGradleBuild, readVersionCatalog } from './readers/gradle.js'
import { readHelmChart } from './readers/helm-chart.js'
import { readLambdaRuntimes } from './readers/lambda-runtimes.js'
import { readDirectoryPackagesProps, readPackageReferences, readPackagesConfig } from './readers/nuget.js'
import { readRustToolchain } from './readers/rust-toolchain.js'
import { isWrapperProperties, readWrapperProperties } from './readers/wrapper-properties.js'
import { readPomXml } from './readers/pom-xml.js'
import { readTerraform } from './readers/terraform.js'
import { isVersionFile, readVersionFile } from './readers/version-files.js'
import { readWorkflow } from './readers/workflows.js'
import { loadDockerfileParser, loadYarnParsers } from './readers/lazy-parsers.js'
import { loadXml } from '../xml-parser.js'

export interface ManifestKind {
  name: string
  read(text: string, path: string, aliases: Aliases): Dependency[]
  /**
   * A lockfile next to a manifest that prodguard also reads (package.json, pyproject.toml): its direct dependencies
   * are reported from the manifest, so the lockfile adds only what the manifest does not declare.
   */
  lockOf?: string
  /** Parse failures of shared YAML (compose, Kubernetes, workflows) are other analyzers' to report too: stay quiet. */
  quietOnParseError?: boolean
  /** Loads the parser `read` needs (awaited before the first read of this kind). */
  prepare?: () => Promise<void>
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1)

const KINDS: { test: (path: string, base: string) => boolean; kind: ManifestKind }[] = [
  { test: (_, b) => b === 'package.json', kind: { name: 'package.json', read: (t) => readPackageJson(t) } },
  { test: (_, b) => b === 'package-lock.json' || b === 'npm-shrinkwrap.json', kind: { name: 'package-lock.json', read: (t, p) => readPackageLock(t, basename(p)), lockOf: 'package.json' } },
  { test: (_, b) => b === 'yarn.lock', kind: { name: 'yarn.lock', read: (t) => readYarnLock(t), lockOf: 'package.json', prepare: loadYarnParsers } },
  { test: (_, b) => b === 'pnpm-lock.yaml', kind: { name: 'pnpm-lock.yaml', read: (t) => readPnpmLock(t), lockOf: 'package.json' } },
  { test: (_, b) => b === 'bun.lock', kind: { name: 'bun.lock', read: (t) => readBunLock(t), lockOf: 'package.json' } },
  {
    test: (p, b) => /^requirements.*\.(txt|in)$/i.test(b) || /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(p),
    kind: { name: 'requirements.txt', read: (t, p) => readRequirements(t, p) }
  },
  { test: (_, b) => b === 'pyproject.toml', kind: { name: 'pyproject.toml', read: (t) => readPyproject(t) } },
  { test: (_, b) => b === 'poetry.lock', kind: { name: 'poetry.lock', read: (t) => readPoetryLock(t), lockOf: 'pyproject.toml' } },
  { test: (_, b) => b === 'build.gradle' || b === 'build.gradle.kts', kind: { name: 'Gradle build', read: (t) => readGradleBuild(t) } },
  { test: (_, b) => b.endsWith('.versions.toml'), kind: { name: 'Gradle version catalog', read: (t) => readVersionCatalog(t) } },
  { test: (_, b) => b === 'uv.lock', kind: { name: 'uv.lock', read: (t) => readUvLock(t), lockOf: 'pyproject.toml' } },
  { test: (_, b) => /\.(cs|fs|vb)proj$/i.test(b) || b === 'Directory.Build.props', kind: { name: 'project file', read: (t, p) => [...readProjectFile(t), ...readPackageReferences(t, basename(p))], prepare: loadXml } },
  { test: (_, b) => b === 'Directory.Packages.props', kind: { name: 'Directory.Packages.props', read: (t) => readDirectoryPackagesProps(t), prepare: loadXml } },
  { test: (_, b) => b === 'packages.config', kind: { name: 'packages.config', read: (t) => readPackagesConfig(t), prepare: loadXml } },
  { test: (p) => isWrapperProperties(p), kind: { name: 'wrapper properties', read: (t) => readWrapperProperties(t) } },
  { test: (_, b) => b === 'rust-toolchain.toml' || b === 'rust-toolchain', kind: { name: 'rust-toolchain', read: (t, p) => readRustToolchain(t, basename(p)) } },
  { test: (_, b) => b === 'global.json', kind: { name: 'global.json', read: (t) => readGlobalJson(t) } },
  { test: (_, b) => b === 'Pipfile', kind: { name: 'Pipfile', read: (t) => readPipfile(t) } },
  { test: (_, b) => b === 'Pipfile.lock', kind: { name: 'Pipfile.lock', read: (t) => readPipfileLock(t), lockOf: 'Pipfile' } },
  { test: (_, b) => b === 'go.mod', kind: { name: 'go.mod', read: (t) => readGoMod(t) } },
  { test: (_, b) => b === 'Gemfile.lock' || b === 'gems.locked', kind: { name: 'Gemfile.lock', read: (t) => readGemfileLock(t) } },
  { test: (_, b) => b === 'pom.xml', kind: { name: 'pom.xml', read: (t) => readPomXml(t), prepare: loadXml } },
  { test: (_, b) => b === 'Cargo.lock', kind: { name: 'Cargo.lock', read: (t) => readCargoLock(t) } },
  { test: (_, b) => b === 'composer.lock', kind: { name: 'composer.lock', read: (t) => readComposerLock(t) } },
  {
    test: (_, b) => /^(Dockerfile|Containerfile)([.-][\w.-]+)?$/.test(b) || /\.(Dockerfile|dockerfile)$/.test(b),
    kind: { name: 'Dockerfile', read: (t) => readDockerfile(t), prepare: loadDockerfileParser }
  },
  { test: (_, b) => isVersionFile(b), kind: { name: 'version file', read: (t, p) => readVersionFile(t, basename(p)) } },
  { test: (_, b) => b.endsWith('.tf'), kind: { name: 'Terraform', read: (t, _p, a) => readTerraform(t, a.terraform) } },
  {
    test: (p, b) => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p) || b === 'action.yml' || b === 'action.yaml',
    kind: { name: 'workflow', read: (t) => [...readWorkflow(t), ...readContainerImages(t)], quietOnParseError: true }
  },
  { test: (_, b) => b === 'Chart.yaml', kind: { name: 'Chart.yaml', read: (t) => readHelmChart(t), quietOnParseError: true } },
  { test: (_, b) => /\.ya?ml$/.test(b), kind: { name: 'YAML', read: (t) => [...readContainerImages(t), ...readLambdaRuntimes(t)], quietOnParseError: true } }
]

/** Vendored and generated trees are not the project's manifests. */
const VENDORED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|bower_components|\.terraform|target\/debug|target\/release)\//

export function manifestKind(path: string): ManifestKind | undefined {
  if (VENDORED.test(path)) return undefined
  const base = basename(path)
  return KINDS.find((k) => k.test(path, base))?.kind
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}
