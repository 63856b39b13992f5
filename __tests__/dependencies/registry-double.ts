/** A registry-shaped HTTP server on 127.0.0.1 for tests and the benchmark: routes by path, records what it was asked. */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Route {
  status?: number
  body?: unknown
  /** Answer only after this many milliseconds (a slow registry). */
  delayMs?: number
  headers?: Record<string, string>
}

export interface RegistryDouble {
  url: string
  requests: { path: string; authorization?: string }[]
  close(): Promise<void>
}

export async function startRegistry(routes: Record<string, Route | ((req: IncomingMessage) => Route)>): Promise<RegistryDouble> {
  const requests: RegistryDouble['requests'] = []
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    requests.push({ path, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) })
    const entry = routes[path]
    const route = typeof entry === 'function' ? entry(req) : (entry ?? { status: 404, body: { error: 'not found' } })
    const send = () => {
      res.writeHead(route.status ?? 200, { 'content-type': 'application/json', ...route.headers })
      res.end(typeof route.body === 'string' ? route.body : JSON.stringify(route.body ?? {}))
    }
    if (route.delayMs) {
      const t = setTimeout(() => {
        timers.delete(t)
        if (!res.destroyed) send()
      }, route.delayMs)
      timers.add(t)
    } else send()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A packument the way the npm registry serves it: `dist-tags`, `versions` (with `deprecated`) and `time`. */
export function packument(name: string, releases: Record<string, string>, options: { latest?: string; deprecated?: Record<string, string> } = {}): unknown {
  const versions: Record<string, unknown> = {}
  for (const v of Object.keys(releases)) {
    versions[v] = { name, version: v, ...(options.deprecated?.[v] ? { deprecated: options.deprecated[v] } : {}), dist: { tarball: `https://registry.invalid/${name}/-/${name}-${v}.tgz` } }
  }
  const ordered = Object.keys(releases)
  return {
    _id: name,
    name,
    'dist-tags': { latest: options.latest ?? ordered[ordered.length - 1] },
    versions,
    time: { created: Object.values(releases)[0], modified: Object.values(releases).at(-1), ...releases }
  }
}

/** `maven-metadata.xml` as Maven Central serves it under `<group path>/<artifact>/`. */
export const mavenMetadata = (group: string, artifact: string, versions: string[], release: string, lastUpdated: string) => `<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <groupId>${group}</groupId>
  <artifactId>${artifact}</artifactId>
  <versioning>
    <latest>${versions.at(-1)}</latest>
    <release>${release}</release>
    <versions>
${versions.map((v) => `      <version>${v}</version>`).join('\n')}
    </versions>
    <lastUpdated>${lastUpdated}</lastUpdated>
  </versioning>
</metadata>
`
/** The search API's `core=gav` answer (`search.maven.org/solrsearch/select`): one doc per version, `timestamp` in ms. */
export const mavenGav = (g: string, a: string, dated: Record<string, string>) => ({
  responseHeader: { status: 0, QTime: 1 },
  response: { numFound: Object.keys(dated).length, start: 0, docs: Object.entries(dated).map(([v, at]) => ({ id: `${g}:${a}:${v}`, g, a, v, p: 'jar', timestamp: Date.parse(at), ec: ['.jar', '.pom'] })) }
})
