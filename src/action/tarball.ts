/**
 * Reads a repository tarball (GitHub's `GET /repos/{o}/{r}/tarball/{ref}`, made by `git archive`) as a stream and
 * keeps only the files asked for: two archives give every changed file's before and after, in two requests
 * however many files changed. ustar with pax (`x`/`g`) and GNU long-name (`L`/`K`) headers; GitHub's top-level
 * `<owner>-<repo>-<sha>/` folder is stripped.
 */
import { createGunzip } from 'node:zlib'
import { Readable } from 'node:stream'

export type TarEntry = { kind: 'file'; bytes: Buffer } | { kind: 'symlink'; target: string } | { kind: 'too-large'; size: number }

const BLOCK = 512

export class TarFormatError extends Error {}

/** Reads a `.tar.gz` stream (or a plain `.tar`, told apart by gzip's magic bytes), keeping the entries `keep` accepts. */
export async function readTarball(archive: AsyncIterable<Uint8Array> | Readable, keep: (path: string) => boolean, maxEntryBytes: number): Promise<Map<string, TarEntry>> {
  const chunks = (archive instanceof Readable ? archive : Readable.from(archive))[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>
  const first = await chunks.next()
  if (first.done) throw new TarFormatError('empty archive')
  const head = Buffer.from(first.value)
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield head
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value)
  }
  const source = Readable.from(rest())
  if (head[0] !== 0x1f || head[1] !== 0x8b) return readTar(source, keep, maxEntryBytes)
  const gunzip = createGunzip()
  source.on('error', (error) => gunzip.destroy(error))
  return readTar(source.pipe(gunzip), keep, maxEntryBytes)
}

/** Reads an uncompressed tar stream. */
export async function readTar(chunks: AsyncIterable<Buffer>, keep: (path: string) => boolean, maxEntryBytes: number): Promise<Map<string, TarEntry>> {
  const reader = new ChunkReader(chunks[Symbol.asyncIterator]())
  // Entries under their archive path; the common top folder is decided at the end (an archive may have none).
  const kept = new Map<string, TarEntry>()
  let topFolder: string | undefined | null
  let pax: Record<string, string> = {}
  let longName: string | undefined
  let longLink: string | undefined

  for (;;) {
    const header = await reader.read(BLOCK)
    if (header === undefined || header.every((b) => b === 0)) break
    verifyChecksum(header)
    const type = String.fromCharCode(header[156]!)
    const size = pax['size'] !== undefined ? Number(pax['size']) : octal(header, 124, 12)
    if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError('corrupt tar header: bad size')
    const padded = Math.ceil(size / BLOCK) * BLOCK

    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      const data = await reader.readExactly(padded)
      const body = data.subarray(0, size)
      if (type === 'x') pax = parsePax(body)
      else if (type === 'L') longName = cString(body, 0, body.length)
      else if (type === 'K') longLink = cString(body, 0, body.length)
      continue
    }

    const name = pax['path'] ?? longName ?? joinUstarName(header)
    const linkTarget = pax['linkpath'] ?? longLink ?? cString(header, 157, 100)
    pax = {}
    longName = undefined
    longLink = undefined

    const slash = name.indexOf('/')
    const first = slash === -1 ? undefined : name.slice(0, slash)
    if (topFolder === undefined) topFolder = first ?? null
    else if (topFolder !== null && first !== topFolder) topFolder = null

    const isFile = type === '0' || type === '\0' || type === '7'
    const wanted = (isFile || type === '2') && (keep(name) || (first !== undefined && keep(name.slice(slash + 1))))
    if (!wanted) {
      await reader.skip(padded)
      continue
    }
    if (type === '2') {
      kept.set(name, { kind: 'symlink', target: linkTarget })
      await reader.skip(padded)
    } else if (size > maxEntryBytes) {
      kept.set(name, { kind: 'too-large', size })
      await reader.skip(padded)
    } else {
      const data = await reader.readExactly(padded)
      kept.set(name, { kind: 'file', bytes: data.subarray(0, size) })
    }
  }

  const out = new Map<string, TarEntry>()
  const strip = typeof topFolder === 'string' ? topFolder.length + 1 : 0
  for (const [name, entry] of kept) {
    const path = name.slice(strip)
    if (path !== '' && keep(path)) out.set(path, entry)
  }
  return out
}

function joinUstarName(header: Buffer): string {
  const name = cString(header, 0, 100)
  const magic = header.subarray(257, 262).toString('latin1')
  const prefix = magic === 'ustar' ? cString(header, 345, 155) : ''
  return prefix !== '' ? `${prefix}/${name}` : name
}

function cString(buffer: Buffer, offset: number, length: number): string {
  const field = buffer.subarray(offset, offset + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8')
}

/** Octal numbers, or GNU base-256 for sizes over 8 GiB. */
function octal(buffer: Buffer, offset: number, length: number): number {
  const field = buffer.subarray(offset, offset + length)
  if ((field[0]! & 0x80) !== 0) {
    let value = field[0]! & 0x7f
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!
    return value
  }
  const text = cString(buffer, offset, length).trim()
  return text === '' ? 0 : parseInt(text, 8)
}

function verifyChecksum(header: Buffer): void {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!
  if (octal(header, 148, 8) !== sum) throw new TarFormatError('corrupt tar header: checksum mismatch')
}

/** pax records: `<length> <key>=<value>\n`, lengths in bytes. */
function parsePax(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let at = 0
  while (at < body.length) {
    const space = body.indexOf(0x20, at)
    if (space === -1) break
    const length = parseInt(body.subarray(at, space).toString('latin1'), 10)
    if (!Number.isSafeInteger(length) || length <= 0) break
    const record = body.subarray(space + 1, at + length - 1).toString('utf8')
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    at += length
  }
  return out
}

/** Exact-size reads over a stream of chunks, without copying what is skipped. */
class ChunkReader {
  private buffer: Buffer = Buffer.alloc(0)
  private done = false

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false
    const next = await this.source.next()
    if (next.done) {
      this.done = true
      return false
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value])
    return true
  }

  /** `n` bytes, or undefined at a clean end of the stream. */
  async read(n: number): Promise<Buffer | undefined> {
    while (this.buffer.length < n) {
      if (!(await this.fill())) {
        if (this.buffer.length === 0) return undefined
        throw new TarFormatError('truncated tar archive')
      }
    }
    const out = this.buffer.subarray(0, n)
    this.buffer = this.buffer.subarray(n)
    return out
  }

  async readExactly(n: number): Promise<Buffer> {
    if (n === 0) return Buffer.alloc(0)
    const parts: Buffer[] = []
    let missing = n
    while (missing > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) throw new TarFormatError('truncated tar archive')
      const take = Math.min(missing, this.buffer.length)
      parts.push(this.buffer.subarray(0, take))
      this.buffer = this.buffer.subarray(take)
      missing -= take
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts)
  }

  async skip(n: number): Promise<void> {
    let missing = n
    while (missing > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) throw new TarFormatError('truncated tar archive')
      const take = Math.min(missing, this.buffer.length)
      this.buffer = this.buffer.subarray(take)
      missing -= take
    }
  }
}
