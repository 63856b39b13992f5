/**
 * Doubles of the advisory services on 127.0.0.1, answering as they do: OSV's `POST /v1/querybatch` (ids and
 * modification times per query, matched against the records' ECOSYSTEM ranges) and `GET /v1/vulns/{id}` (the
 * record, or 404 `Bug not found.`), and the npm registry's `POST /-/npm/v1/security/advisories/bulk` (per name, the
 * advisories whose vulnerable_versions admit a version sent). Records are real ones, trimmed
 * (`__tests__/fixtures/advisories`). `fail` injects what real services do: 429, 500, slowness, malformed JSON.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the services' JSON, read loosely as they are */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'

type Json = Record<string, any>

const FIXTURES = fileURLToPath(new URL('../fixtures/advisories/', import.meta.url))
export const OSV_RECORDS: Json[] = JSON.parse(readFileSync(join(FIXTURES, 'osv-records.json'), 'utf8'))
export const NPM_BULK: Record<string, Json[]> = JSON.parse(readFileSync(join(FIXTURES, 'npm-bulk.json'), 'utf8'))

export interface Failure {
  status?: number
  body?: string
  delayMs?: number
  headers?: Record<string, string>
}

export interface AdvisoryDouble {
  url: string
  requests: { method: string; path: string; body?: any }[]
  /** Per path (`/v1/querybatch`, `/v1/vulns/GHSA-...`, `/-/npm/v1/security/advisories/bulk`): answer this instead. */
  fail: Record<string, Failure>
  close(): Promise<void>
}

/** Dotted release numbers, the double's own reading (`2.9.10.1` > `2.9.10`; `2.0-beta9` < `2.0`). */
function compare(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d+(?:\.\d+)*)(.*)$/.exec(v) ?? ['', '0', v]
    return { nums: m[1]!.split('.').map(Number), pre: m[2] !== '' && !/^[.-]?(final|ga|release)$/i.test(m[2]!) }
  }
  const x = parse(a)
  const y = parse(b)
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0)
    if (d !== 0) return d
  }
  return x.pre === y.pre ? 0 : x.pre ? -1 : 1
}

function affects(record: Json, ecosystem: string, name: string, version: string): boolean {
  for (const a of record.affected ?? []) {
    // As OSV does: names compare exactly, except PyPI's (PEP 503 normalized); a NuGet ID in other casing finds nothing.
    const pep503 = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-')
    const same = ecosystem === 'PyPI' ? pep503(String(a.package?.name)) === pep503(name) : a.package?.name === name
    if (a.package?.ecosystem !== ecosystem || !same) continue
    if ((a.versions ?? []).includes(version)) return true
    for (const range of a.ranges ?? []) {
      let introduced: string | undefined
      for (const e of range.events ?? []) {
        if (e.introduced !== undefined) introduced = e.introduced
        if (e.fixed !== undefined && introduced !== undefined) {
          if ((introduced === '0' || compare(version, introduced) >= 0) && compare(version, e.fixed) < 0) return true
          introduced = undefined
        }
      }
      if (introduced !== undefined && (introduced === '0' || compare(version, introduced) >= 0)) return true
    }
  }
  return false
}

export async function startAdvisoryServices(records: Json[] = OSV_RECORDS, npm: Record<string, Json[]> = NPM_BULK, queryPageSize = 1000): Promise<AdvisoryDouble> {
  const requests: AdvisoryDouble['requests'] = []
  const fail: AdvisoryDouble['fail'] = {}
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]!)
      const text = Buffer.concat(chunks).toString('utf8')
      let body: any
      try {
        body = text === '' ? undefined : JSON.parse(text)
      } catch {
        body = text
      }
      requests.push({ method: req.method ?? 'GET', path, ...(body !== undefined ? { body } : {}) })
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        const out = () => {
          if (res.destroyed) return
          res.writeHead(status, { 'content-type': 'application/json', ...headers })
          res.end(typeof payload === 'string' ? payload : JSON.stringify(payload))
        }
        const injected = fail[path]
        if (injected?.delayMs) {
          const t = setTimeout(() => {
            timers.delete(t)
            out()
          }, injected.delayMs)
          timers.add(t)
        } else out()
      }
      const injected = fail[path]
      if (injected?.status !== undefined || injected?.body !== undefined) return send(injected.status ?? 200, injected.body ?? '{}', injected.headers)
      if (path === '/v1/querybatch' && req.method === 'POST') {
        if (!Array.isArray(body?.queries)) return send(400, { code: 3, message: 'Invalid query.' })
        const results = body.queries.map((q: Json) => {
          const vulns = records.filter((r) => affects(r, q.package?.ecosystem, q.package?.name, q.version)).map((r) => ({ id: r.id, modified: r.modified }))
          return vulns.length > 0 ? { vulns } : {}
        })
        return send(200, { results })
      }
      if (path === '/v1/query' && req.method === 'POST') {
        // Full records, `queryPageSize` a page, continued with `page_token` as OSV does.
        const all = records.filter((r) => affects(r, body?.package?.ecosystem, body?.package?.name, body?.version))
        const from = Number(body?.page_token ?? 0)
        const page = all.slice(from, from + queryPageSize)
        return send(200, { vulns: page, ...(from + queryPageSize < all.length ? { next_page_token: String(from + queryPageSize) } : {}) })
      }
      const vuln = /^\/v1\/vulns\/(.+)$/.exec(path)
      if (vuln && req.method === 'GET') {
        const record = records.find((r) => r.id === vuln[1])
        return record ? send(200, record) : send(404, { code: 5, message: 'Bug not found.' })
      }
      if (path === '/-/npm/v1/security/advisories/bulk' && req.method === 'POST') {
        const out: Record<string, Json[]> = {}
        for (const [name, versions] of Object.entries(body ?? {})) {
          const hits = (npm[name] ?? []).filter((a) => (versions as string[]).some((v) => semver.satisfies(v, a.vulnerable_versions)))
          if (hits.length > 0) out[name] = hits
        }
        return send(200, out)
      }
      send(404, { error: 'Not found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    fail,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
