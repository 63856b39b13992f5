/** Turns bytes into text an analyzer can read, or says precisely why it cannot (fail closed). */
import { TextDecoder } from 'node:util'

/**
 * Why content could not be read. `submodule` and `symlink` are information (the content is elsewhere); the others
 * fail closed: `lfs-pointer` (the real file is in Git LFS storage), `special-file` (a FIFO, socket or device),
 * `outside-repository` (a link leaving the repository, never followed).
 */
export type UnreadableReason = 'binary' | 'encoding' | 'too-large' | 'unreadable' | 'submodule' | 'symlink' | 'lfs-pointer' | 'special-file' | 'outside-repository'

export type FileContent =
  | { kind: 'text'; text: string; bytes: number }
  /** Too large to hold as one string: read as decoded chunks by analyzers that can stream. */
  | { kind: 'large'; bytes: number; chunks: () => Iterable<string> }
  | { kind: 'unreadable'; reason: UnreadableReason; detail: string; bytes: number; lenientText?: string }

const BINARY_SNIFF_BYTES = 8000

/** Decodes a whole file: UTF-8 (BOM stripped) or UTF-16 with a BOM; NUL bytes mean binary; bad UTF-8 is an error. */
export function decodeBytes(bytes: Uint8Array): FileContent {
  const size = bytes.byteLength
  if (isLfsPointer(bytes)) return { kind: 'unreadable', reason: 'lfs-pointer', detail: 'a Git LFS pointer: the real content is in LFS storage, not in this checkout', bytes: size }
  const encoding = sniffEncoding(bytes)
  if (encoding === 'binary') return { kind: 'unreadable', reason: 'binary', detail: 'binary content (NUL bytes)', bytes: size }
  // NUL bytes past the sniffed head: text no parser reads as written (a dump with a binary tail)
  const nul = encoding === 'utf-8' ? bytes.indexOf(0) : -1
  if (nul !== -1) return { kind: 'unreadable', reason: 'binary', detail: `binary content (a NUL byte at offset ${nul})`, bytes: size }
  try {
    const text = wholeDecoder(encoding).decode(bytes)
    return { kind: 'text', text, bytes: size }
  } catch {
    // Best-effort analyzers (secrets) still read it, with U+FFFD for what does not decode.
    const lenientText = new TextDecoder(encoding, { fatal: false }).decode(bytes)
    return { kind: 'unreadable', reason: 'encoding', detail: `not valid ${encoding.toUpperCase()}${invalidAt(bytes)}`, bytes: size, lenientText }
  }
}

const LFS_POINTER = Buffer.from('version https://git-lfs.github.com/spec/')

/** A Git LFS pointer file: a small text that starts with the spec line (and names an oid and a size). */
function isLfsPointer(bytes: Uint8Array): boolean {
  if (bytes.byteLength > 1024 || bytes.byteLength < LFS_POINTER.length) return false
  for (let i = 0; i < LFS_POINTER.length; i++) if (bytes[i] !== LFS_POINTER[i]) return false
  return /\noid sha256:[0-9a-f]{64}\n/.test(Buffer.from(bytes).toString('latin1'))
}

/** One strict decoder per encoding for whole files (a decode without `stream` starts afresh each time). */
const wholeDecoders = new Map<string, TextDecoder>()

function wholeDecoder(encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): TextDecoder {
  let decoder = wholeDecoders.get(encoding)
  if (decoder === undefined) {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false })
    wholeDecoders.set(encoding, decoder)
  }
  return decoder
}

function sniffEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'binary' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) === -1 ? 'utf-8' : 'binary'
}

/** Where the first invalid UTF-8 sequence starts, for the message. */
function invalidAt(bytes: Uint8Array): string {
  let i = 0
  while (i < bytes.byteLength) {
    const b = bytes[i]!
    const len = b < 0x80 ? 1 : b >> 5 === 0x6 ? 2 : b >> 4 === 0xe ? 3 : b >> 3 === 0x1e ? 4 : 0
    if (len === 0) return ` (invalid byte 0x${b.toString(16)} at offset ${i})`
    for (let k = 1; k < len; k++) {
      if (i + k >= bytes.byteLength || bytes[i + k]! >> 6 !== 0x2) return ` (invalid sequence at offset ${i})`
    }
    i += len
  }
  return ''
}

/**
 * Decodes a stream of byte chunks (a large file), yielding text chunks. Throws a DecodeError on binary or bad UTF-8,
 * which the pipeline turns into an `unanalyzable` finding.
 */
export function* decodeChunks(byteChunks: Iterable<Uint8Array>): Generator<string> {
  let decoder: TextDecoder | undefined
  let offset = 0
  let utf8 = false
  for (const chunk of byteChunks) {
    if (decoder === undefined) {
      const encoding = sniffEncoding(chunk)
      if (encoding === 'binary') throw new DecodeError('binary', 'binary content (NUL bytes)')
      decoder = new TextDecoder(encoding, { fatal: true })
      utf8 = encoding === 'utf-8'
    }
    // every chunk, not only the first: a binary tail after megabytes of text is still binary
    const nul = utf8 ? chunk.indexOf(0) : -1
    if (nul !== -1) throw new DecodeError('binary', `binary content (a NUL byte at offset ${offset + nul})`)
    try {
      yield decoder.decode(chunk, { stream: true })
    } catch {
      throw new DecodeError('encoding', `not valid UTF-8 near offset ${offset}`)
    }
    offset += chunk.byteLength
  }
  if (decoder !== undefined) {
    try {
      const tail = decoder.decode()
      if (tail !== '') yield tail
    } catch {
      throw new DecodeError('encoding', 'truncated UTF-8 sequence at the end of the file')
    }
  }
}

export class DecodeError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: string
  ) {
    super(detail)
  }
}
