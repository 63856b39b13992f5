/**
 * Parsers only some manifests need (Dockerfiles, yarn.lock), loaded the first time a file of their kind is read
 * rather than at start-up: together with what they pull in they are a quarter of the code a run would compile.
 * A manifest kind's `prepare` loads its parser; the analyzer awaits it before any synchronous read of that kind.
 */
type DockerfileAst = typeof import('dockerfile-ast')
type YarnParsers = typeof import('@yarnpkg/parsers')

let dockerfileAst: DockerfileAst | undefined
let yarnParsers: YarnParsers | undefined

/** A CommonJS package's exports, whether the loader gives them as named exports or as `default`. */
function exportsOf<T extends object>(module: T & { default?: unknown }, name: keyof T): T {
  return (name in module && module[name] !== undefined ? module : module.default) as T
}

export async function loadDockerfileParser(): Promise<void> {
  dockerfileAst ??= exportsOf((await import('dockerfile-ast')) as DockerfileAst & { default?: unknown }, 'DockerfileParser')
}

export async function loadYarnParsers(): Promise<void> {
  yarnParsers ??= exportsOf((await import('@yarnpkg/parsers')) as YarnParsers & { default?: unknown }, 'parseSyml')
}

export function dockerfileParser(): DockerfileAst['DockerfileParser'] {
  if (dockerfileAst === undefined) throw new Error('the Dockerfile parser was not loaded before reading')
  return dockerfileAst.DockerfileParser
}

export function parseSyml(text: string): ReturnType<YarnParsers['parseSyml']> {
  if (yarnParsers === undefined) throw new Error('the yarn.lock parser was not loaded before reading')
  return yarnParsers.parseSyml(text)
}
