/** The tar reader on archives made by the real tools: `git archive` (as GitHub serves them) and GNU tar. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from '@jest/globals'
import { TempRepo } from '../helpers/git-repo.js'
import { readTar, readTarball, TarFormatError, type TarEntry } from '../../src/action/tarball.js'

const LONG_DIR = `services/${'payments-reconciliation-'.repeat(4)}worker/db/migrations`
const LONG_PATH = `${LONG_DIR}/0042_drop_the_old_settlement_batches_table_after_the_2025_cutover.sql`
const repo = new TempRepo('prodguard-tar-')
repo.write({
  'README.md': '# shop\n',
  'db/migrations/0001_init.sql': 'CREATE TABLE users (id int);\n',
  [LONG_PATH]: 'DROP TABLE settlement_batches;\n',
  'config/prodüction/ünïcode.env': 'DATABASE_URL=postgres://db.internal/shop\n',
  'empty.txt': '',
  'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
})
symlinkSync('db/migrations/0001_init.sql', join(repo.dir, 'current.sql'))
const commit = repo.commit('tree')
afterAll(() => repo.cleanup())

const everything = () => true
const text = (entry: TarEntry | undefined) => (entry?.kind === 'file' ? entry.bytes.toString('utf8') : undefined)

describe('git archive, as GitHub serves a tarball', () => {
  const archive = execFileSync('git', ['archive', '--format=tar.gz', `--prefix=acme-shop-${commit.slice(0, 7)}/`, commit], { cwd: repo.dir })

  it('strips the top folder and reads pax long names, UTF-8 names, empty files, binaries and symlinks', async () => {
    const files = await readTarball(Readable.from([archive]), everything, 1 << 20)
    expect([...files.keys()].sort()).toEqual(['README.md', 'assets/logo.png', 'config/prodüction/ünïcode.env', 'current.sql', 'db/migrations/0001_init.sql', 'empty.txt', LONG_PATH].sort())
    expect(LONG_PATH.length).toBeGreaterThan(155)
    expect(text(files.get(LONG_PATH))).toBe('DROP TABLE settlement_batches;\n')
    expect(text(files.get('config/prodüction/ünïcode.env'))).toBe('DATABASE_URL=postgres://db.internal/shop\n')
    expect(text(files.get('empty.txt'))).toBe('')
    expect(files.get('assets/logo.png')).toMatchObject({ kind: 'file', bytes: expect.any(Buffer) })
    expect(files.get('current.sql')).toEqual({ kind: 'symlink', target: 'db/migrations/0001_init.sql' })
  })

  it('keeps only the files asked for, and reports a file over the size cap without holding it', async () => {
    const files = await readTarball(Readable.from(chunked(archive, 97)), (p) => p === LONG_PATH || p === 'README.md', 10)
    expect([...files.keys()].sort()).toEqual(['README.md', LONG_PATH].sort())
    expect(files.get(LONG_PATH)).toEqual({ kind: 'too-large', size: 31 })
    expect(text(files.get('README.md'))).toBe('# shop\n')
  })

  it('reads an archive without a top folder as it is', async () => {
    const bare = execFileSync('git', ['archive', '--format=tar', commit], { cwd: repo.dir })
    const files = await readTar(Readable.from([bare]), everything, 1 << 20)
    expect(text(files.get('db/migrations/0001_init.sql'))).toBe('CREATE TABLE users (id int);\n')
  })

  it('refuses a corrupt or truncated archive instead of returning part of it', async () => {
    const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: repo.dir })
    const corrupt = Buffer.from(tar)
    corrupt[10] = corrupt[10]! ^ 0xff
    await expect(readTar(Readable.from([corrupt]), everything, 1 << 20)).rejects.toBeInstanceOf(TarFormatError)
    await expect(readTar(Readable.from([tar.subarray(0, 512 * 3 + 100)]), everything, 1 << 20)).rejects.toThrow(/truncated tar archive|checksum/)
    await expect(readTarball(Readable.from([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3])]), everything, 1 << 20)).rejects.toThrow(/unexpected end of file|invalid/)
    await expect(readTarball(Readable.from([Buffer.from('neither gzip nor tar')]), everything, 1 << 20)).rejects.toBeInstanceOf(TarFormatError)
  })

  it('reads an uncompressed archive served where a tarball was expected', async () => {
    const tar = execFileSync('git', ['archive', '--format=tar', `--prefix=acme-shop-${commit.slice(0, 7)}/`, commit], { cwd: repo.dir })
    const files = await readTarball(Readable.from(chunked(tar, 1000)), (p) => p === 'README.md', 1 << 20)
    expect(text(files.get('README.md'))).toBe('# shop\n')
  })
})

describe('GNU tar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-gnutar-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(join(dir, 'src', LONG_DIR), { recursive: true })
  writeFileSync(join(dir, 'src', LONG_PATH), 'DROP TABLE settlement_batches;\n')
  writeFileSync(join(dir, 'src', 'plain.sql'), 'SELECT 1;\n')

  it('reads GNU long-name (L) headers', async () => {
    const tar = execFileSync('tar', ['--format=gnu', '-cf', '-', '-C', join(dir, 'src'), '.'])
    const files = await readTarball(Readable.from([gzipSync(tar)]), everything, 1 << 20)
    expect(text(files.get(LONG_PATH))).toBe('DROP TABLE settlement_batches;\n')
    expect(text(files.get('plain.sql'))).toBe('SELECT 1;\n')
  })
})

function* chunked(buffer: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size)
}
