/**
 * Addresses and ranges: which ones mean "the internet". Used for published ports (host IPs) and firewall rules (CIDRs).
 */
import { isIP } from 'node:net'

export type HostBinding =
  | { kind: 'all' }
  | { kind: 'loopback' }
  | { kind: 'private' }
  | { kind: 'public'; address: string }
  | { kind: 'unknown'; reason: string }

/** What a published port's host IP binds to. An empty IP means all interfaces (Docker's default). */
export function classifyHostIp(ip: string | undefined): HostBinding {
  if (ip === undefined) return { kind: 'all' }
  const bare = ip.trim().replace(/^\[(.*)\]$/, '$1')
  if (bare === '' || bare === '0.0.0.0' || bare === '::' || bare === '*') return { kind: 'all' }
  if (bare === 'localhost') return { kind: 'unknown', reason: '`localhost` is a name, not an address: older Docker Compose versions bound it to all interfaces' }
  const family = isIP(bare)
  if (family === 4) {
    const n = ipv4ToNumber(bare)!
    if (inV4(n, '127.0.0.0', 8)) return { kind: 'loopback' }
    if (isPrivateV4(n)) return { kind: 'private' }
    return { kind: 'public', address: bare }
  }
  if (family === 6) {
    const v = ipv6ToBigInt(bare)!
    if (v === 1n) return { kind: 'loopback' }
    if (isPrivateV6(v)) return { kind: 'private' }
    return { kind: 'public', address: bare }
  }
  return { kind: 'unknown', reason: `\`${ip}\` is not an address prodguard can read` }
}

export interface CidrVerdict {
  /** The range reaches public addresses and is wide: 0.0.0.0/0, ::/0, or any public range of /8 or wider. */
  openToInternet: boolean
  /** For messages: `0.0.0.0/0 (the whole IPv4 internet)`. */
  description: string
}

/** Reads `0.0.0.0/0`, `::/0`, `1.2.3.4` (a /32), `*`, `Internet`, `Any` (Azure service tags). */
export function classifyCidr(value: string): CidrVerdict | undefined {
  const text = value.trim()
  if (text === '*' || /^(internet|any)$/i.test(text)) return { openToInternet: true, description: `\`${text}\` (any source)` }
  const [address, prefixText] = text.split('/')
  if (address === undefined) return undefined
  const family = isIP(address)
  if (family === 0) return undefined
  const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : Number(prefixText)
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) return undefined
  if (family === 4) {
    const n = ipv4ToNumber(address)!
    const wide = prefix <= 8
    const publicSpace = prefix === 0 || !isPrivateRangeV4(n, prefix)
    return { openToInternet: wide && publicSpace, description: prefix === 0 ? `\`${text}\` (the whole IPv4 internet)` : `\`${text}\`` }
  }
  const v = ipv6ToBigInt(address)!
  const wide = prefix <= 16
  const publicSpace = prefix === 0 || !(isPrivateV6(v) && prefix >= 7)
  return { openToInternet: wide && publicSpace, description: prefix === 0 ? `\`${text}\` (the whole IPv6 internet)` : `\`${text}\`` }
}

/** An IPv4 start/end range (Azure firewall rules) that covers public address space widely. */
export function classifyIpRange(start: string, end: string): { openToInternet: boolean; azureServices: boolean; size: number } | undefined {
  const a = ipv4ToNumber(start.trim())
  const b = ipv4ToNumber(end.trim())
  if (a === undefined || b === undefined) return undefined
  if (a === 0 && b === 0) return { openToInternet: false, azureServices: true, size: 1 }
  const size = b - a + 1
  // A /8 holds 16,777,216 addresses: a range that large, not inside private space, is the internet.
  const publicPart = !(isPrivateV4(a) && isPrivateV4(b) && samePrivateBlock(a, b))
  return { openToInternet: size >= 2 ** 24 && publicPart, azureServices: false, size }
}

function samePrivateBlock(a: number, b: number): boolean {
  return (
    (inV4(a, '10.0.0.0', 8) && inV4(b, '10.0.0.0', 8)) ||
    (inV4(a, '172.16.0.0', 12) && inV4(b, '172.16.0.0', 12)) ||
    (inV4(a, '192.168.0.0', 16) && inV4(b, '192.168.0.0', 16))
  )
}

function ipv4ToNumber(address: string): number | undefined {
  if (isIP(address) !== 4) return undefined
  return address.split('.').reduce((acc, part) => acc * 256 + Number(part), 0)
}

function inV4(n: number, base: string, prefix: number): boolean {
  const b = ipv4ToNumber(base)!
  const size = 2 ** (32 - prefix)
  return n >= b && n < b + size
}

function isPrivateV4(n: number): boolean {
  return (
    inV4(n, '10.0.0.0', 8) ||
    inV4(n, '172.16.0.0', 12) ||
    inV4(n, '192.168.0.0', 16) ||
    inV4(n, '100.64.0.0', 10) ||
    inV4(n, '169.254.0.0', 16) ||
    inV4(n, '127.0.0.0', 8)
  )
}

/** The whole range `n/prefix` lies inside private or loopback space. */
function isPrivateRangeV4(n: number, prefix: number): boolean {
  const size = 2 ** (32 - prefix)
  const start = n - (n % size)
  return isPrivateV4(start) && isPrivateV4(start + size - 1)
}

function ipv6ToBigInt(address: string): bigint | undefined {
  if (isIP(address) !== 6) return undefined
  let text = address.toLowerCase()
  // An embedded IPv4 tail (`::ffff:10.0.0.1`) becomes two hextets.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4) {
    const n = ipv4ToNumber(v4[1]!)!
    text = text.slice(0, -v4[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const [head, tail] = text.split('::') as [string, string | undefined]
  const headParts = head === '' ? [] : head.split(':')
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':')
  const missing = 8 - headParts.length - tailParts.length
  const parts = [...headParts, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailParts]
  return parts.reduce((acc, part) => (acc << 16n) + BigInt(parseInt(part || '0', 16)), 0n)
}

function isPrivateV6(v: bigint): boolean {
  const top7 = v >> 121n
  const top10 = v >> 118n
  return top7 === 0x7en /* fc00::/7 */ || top10 === 0x3fan /* fe80::/10 */ || v === 1n
}
