import { afterAll, describe, expect, it } from '@jest/globals'
import type { ChangeSet } from '../../src/change/change-set.js'
import type { FileContent } from '../../src/change/content.js'
import { diffChangeSet, parseNameStatus, stagedChangeSet } from '../../src/sources/git.js'
import { checkChangeSet } from '../../src/sources/files.js'
import { TempRepo } from '../helpers/git-repo.js'

const repos: TempRepo[] = []
const repo = (): TempRepo => {
  const r = new TempRepo()
  repos.push(r)
  return r
}
afterAll(() => repos.forEach((r) => r.cleanup()))

async function text(content: FileContent | Promise<FileContent> | undefined): Promise<string | undefined> {
  const c = await content
  return c?.kind === 'text' ? c.text : c?.kind
}

async function summary(changeSet: ChangeSet): Promise<Array<[string, string, string | undefined, string | undefined]>> {
  const out: Array<[string, string, string | undefined, string | undefined]> = []
  for (const f of changeSet.files) out.push([f.status, f.oldPath ? `${f.oldPath} -> ${f.path}` : f.path, await text(f.before?.read()), await text(f.after?.read())])
  changeSet.close?.()
  return out
}

describe('git source', () => {
  it('lists added, modified, renamed and deleted files between two refs, with both versions', async () => {
    const r = repo()
    r.write({ 'db/a.sql': 'select 1;\n', 'db/b.sql': 'select 2;\n', 'db/c.sql': 'create table c(id int, name text, note text);\n-- long enough to be detected as a rename\n' }).commit('base')
    r.git('checkout', '-q', '-b', 'feature')
    r.write({ 'db/a.sql': 'drop table a;\n', 'db/new file ü.sql': 'truncate t;\n' }).remove('db/b.sql')
    r.git('mv', 'db/c.sql', 'db/c2.sql')
    r.commit('feature')
    const files = await summary(diffChangeSet(r.dir, { base: 'main', head: 'feature', maxFileBytes: 1 << 20 }))
    expect(files).toEqual([
      ['modified', 'db/a.sql', 'select 1;\n', 'drop table a;\n'],
      ['deleted', 'db/b.sql', 'select 2;\n', undefined],
      ['renamed', 'db/c.sql -> db/c2.sql', expect.stringContaining('create table c'), expect.stringContaining('create table c')],
      ['added', 'db/new file ü.sql', undefined, 'truncate t;\n']
    ])
  })

  it('compares with the merge base, so commits that landed on base after branching are not in the change', async () => {
    const r = repo()
    r.write({ 'a.sql': 'select 1;\n' }).commit('base')
    r.git('checkout', '-q', '-b', 'feature')
    r.write({ 'feature.sql': 'drop table f;\n' }).commit('feature work')
    r.git('checkout', '-q', 'main')
    r.write({ 'main-only.sql': 'drop table m;\n' }).commit('landed on main later')
    const files = await summary(diffChangeSet(r.dir, { base: 'main', head: 'feature', maxFileBytes: 1 << 20 }))
    expect(files.map((f) => f[1])).toEqual(['feature.sql'])
  })

  it('compares with the working tree (including untracked files) when no head is given', async () => {
    const r = repo()
    r.write({ 'a.sql': 'select 1;\n', '.gitignore': 'ignored.sql\n' }).commit('base')
    r.write({ 'a.sql': 'drop table a;\n', 'untracked.sql': 'truncate u;\n', 'ignored.sql': 'drop database x;\n' })
    const files = await summary(diffChangeSet(r.dir, { base: 'HEAD', maxFileBytes: 1 << 20 }))
    expect(files).toEqual([
      ['modified', 'a.sql', 'select 1;\n', 'drop table a;\n'],
      ['added', 'untracked.sql', undefined, 'truncate u;\n']
    ])
  })

  it('reads the staged version, not the working tree, and works before the first commit', async () => {
    const r = repo()
    r.write({ 'm.sql': 'drop table staged;\n' })
    r.git('add', 'm.sql')
    r.write({ 'm.sql': 'select 1; -- edited after staging\n' })
    expect(await summary(stagedChangeSet(r.dir, { maxFileBytes: 1 << 20 }))).toEqual([['added', 'm.sql', undefined, 'drop table staged;\n']])
    r.git('commit', '-q', '-m', 'first (the staged version)')
    r.write({ 'm.sql': 'truncate staged;\n' })
    r.git('add', 'm.sql')
    expect(await summary(stagedChangeSet(r.dir, { maxFileBytes: 1 << 20 }))).toEqual([['modified', 'm.sql', 'drop table staged;\n', 'truncate staged;\n']])
  })

  it('streams blobs over the size limit instead of loading them', async () => {
    const r = repo()
    const empty = r.commit('empty')
    r.write({ 'dump.sql': 'insert into t values (1);\n'.repeat(5000) + 'drop table t;\n' }).commit('dump')
    const set = diffChangeSet(r.dir, { base: empty, head: 'HEAD', maxFileBytes: 4096 })
    const content = await set.files[0]!.after!.read()
    expect(content.kind).toBe('large')
    if (content.kind !== 'large') return
    const joined = [...content.chunks()].join('')
    expect(joined.endsWith('drop table t;\n')).toBe(true)
    set.close?.()
  })

  it('reports binary and badly encoded blobs as unreadable, with the reason', async () => {
    const r = repo()
    const empty = r.commit('empty')
    r.write({ 'bin.sql': Buffer.from([0x44, 0x52, 0x00, 0x01]), 'latin1.sql': Buffer.from('drop table caf\xe9;\n', 'latin1') }).commit('odd')
    const set = diffChangeSet(r.dir, { base: empty, head: 'HEAD', maxFileBytes: 1 << 20 })
    const kinds = []
    for (const f of set.files) {
      const c = await f.after!.read()
      kinds.push(c.kind === 'unreadable' ? `${f.path}: ${c.reason}` : f.path)
    }
    set.close?.()
    expect(kinds).toEqual(['bin.sql: binary', 'latin1.sql: encoding'])
  })

  it('rejects an unknown ref with a usage error that says what to do', () => {
    const r = repo()
    r.write({ 'a.sql': 'x' }).commit('one')
    expect(() => diffChangeSet(r.dir, { base: 'origin/nope', maxFileBytes: 1 << 20 })).toThrow('--base origin/nope: not a commit in this repository')
  })

  it('parses name-status output with renames and copies', () => {
    expect(parseNameStatus('M\0a\0R100\0old\0new\0C075\0src\0copy\0D\0gone\0A\0added\0')).toEqual([
      { status: 'modified', path: 'a' },
      { status: 'renamed', path: 'new', oldPath: 'old' },
      { status: 'added', path: 'copy' },
      { status: 'deleted', path: 'gone' },
      { status: 'added', path: 'added' }
    ])
  })
})

describe('file source', () => {
  it('lists tracked and untracked files, honoring .gitignore', () => {
    const r = repo()
    r.write({ '.gitignore': 'build/\n*.log\n', 'db/a.sql': 'x', 'build/out.sql': 'x', 'debug.log': 'x' }).commit('base')
    r.write({ 'db/new.sql': 'x' })
    const set = checkChangeSet(r.dir, r.dir, [], { inGit: true, maxFileBytes: 1 << 20 })
    expect(set.files.map((f) => f.path)).toEqual(['.gitignore', 'db/a.sql', 'db/new.sql'])
  })

  it('walks plain folders outside git, applying nested .gitignore files', () => {
    const r = repo()
    r.git('init', '-q') // keep the folder, but scan it as if it were not a repository
    r.write({ '.gitignore': '*.tmp\n', 'x/.gitignore': 'secret/\n', 'x/a.sql': 'x', 'x/b.tmp': 'x', 'x/secret/c.sql': 'x', 'node_modules/m/d.sql': 'x' })
    const set = checkChangeSet(r.dir, r.dir, ['.'], { inGit: false, maxFileBytes: 1 << 20 })
    expect(set.files.map((f) => f.path)).toEqual(['.gitignore', 'x/.gitignore', 'x/a.sql'])
  })

  it('fails with a usage error for a path that does not exist', () => {
    const r = repo()
    expect(() => checkChangeSet(r.dir, r.dir, ['nope'], { inGit: true, maxFileBytes: 1 << 20 })).toThrow('no such file or folder: nope')
  })
})
