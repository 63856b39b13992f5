import { describe, expect, it } from '@jest/globals'
import type { Analyzer, Detection } from '../../src/analyzers/analyzer.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

/** A tiny analyzer for the pipeline's own behaviour: every line `DANGER <name>` in a `.txt` file is a detection. */
const danger: Analyzer = {
  name: 'danger',
  claims: (path) => path.endsWith('.txt'),
  analyze: ({ text }) => {
    const out: Detection[] = []
    text.split('\n').forEach((line, i) => {
      const m = /DANGER (\w+)/.exec(line)
      if (m) out.push({ ruleId: 'destructive-sql/drop-table', line: i + 1, column: m.index + 1, message: `danger ${m[1]}`, evidence: line, identity: m[1]! })
      if (/CRASH/.test(line)) throw new Error('boom on purpose')
    })
    return out
  },
  analyzeChunks: (_path, chunks) => {
    let count = 0
    for (const chunk of chunks) count += chunk.split('DANGER').length - 1
    return count > 0 ? [{ ruleId: 'destructive-sql/drop-table', line: 1, message: `${count} dangers`, evidence: '', identity: 'stream' }] : []
  }
}
const only = { analyzers: [danger] }

describe('pipeline: check mode', () => {
  it('turns detections into findings with category, default severity, docs and a fingerprint', async () => {
    const [f] = await scanFiles({ 'a.txt': 'ok\nDANGER users\n' }, only)
    expect(f).toMatchObject({
      ruleId: 'destructive-sql/drop-table',
      category: 'destructive-sql',
      severity: 'block',
      file: 'a.txt',
      line: 2,
      column: 1,
      docs: expect.stringContaining('rules/destructive-sql/drop-table.md')
    })
    expect(f!.fingerprint).toMatch(/^[0-9a-f]{24}$/)
  })

  it('skips files no analyzer claims and paths matched by ignore globs', async () => {
    const findings = await scanFiles({ 'a.md': 'DANGER x', 'vendor/b.txt': 'DANGER y', 'c.txt': 'DANGER z' }, { ...only, config: { ignore: ['vendor/'] } })
    expect(findings.map((f) => f.file)).toEqual(['c.txt'])
  })

  it('applies configured levels: rule id beats category, off drops', async () => {
    const text = { 'a.txt': 'DANGER x' }
    expect((await scanFiles(text, { ...only, config: { rules: { 'destructive-sql': 'warn' } } }))[0]!.severity).toBe('warn')
    expect((await scanFiles(text, { ...only, config: { rules: { 'destructive-sql': 'warn', 'destructive-sql/drop-table': 'info' } } }))[0]!.severity).toBe('info')
    expect(await scanFiles(text, { ...only, config: { rules: { 'destructive-sql/drop-table': 'off' } } })).toEqual([])
  })

  it('keeps a contextual downgrade made by the analyzer when config raises the rule', async () => {
    const down: Analyzer = { ...danger, analyze: () => [{ ruleId: 'destructive-sql/drop-table', line: 1, message: 'm', evidence: '', identity: 'x', severity: 'warn' }] }
    const findings = await scanFiles({ 'a.txt': 'x' }, { analyzers: [down], config: { rules: { 'destructive-sql/drop-table': 'block' } } })
    expect(findings[0]!.severity).toBe('warn')
  })

  it('reports an analyzer crash as a blocking finding on that file and goes on with the others', async () => {
    const findings = await scanFiles({ 'a.txt': 'CRASH', 'b.txt': 'DANGER ok' }, only)
    expect(findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['a.txt', 'unanalyzable/analyzer-error'],
      ['b.txt', 'destructive-sql/drop-table']
    ])
    expect(findings[0]!.message).toContain('boom on purpose')
    expect(findings[0]!.severity).toBe('block')
  })

  it('streams files over the size limit to analyzers that can, and fails closed for the others', async () => {
    const big = 'DANGER a\n'.repeat(200)
    const streamed = await scanFiles({ 'a.txt': big }, { ...only, config: { limits: { maxFileBytes: 1024 } } })
    expect(streamed.map((f) => f.message)).toEqual(['200 dangers'])
    const noStream: Analyzer = { ...danger, analyzeChunks: undefined }
    const refused = await scanFiles({ 'a.txt': big }, { analyzers: [noStream], config: { limits: { maxFileBytes: 1024 } } })
    expect(refused.map((f) => f.ruleId)).toEqual(['unanalyzable/too-large'])
  })
})

describe('pipeline: diff awareness', () => {
  it('keeps only findings new in the "after" version', async () => {
    const findings = await scanChange({ 'a.txt': 'DANGER old\n' }, { 'a.txt': 'line\nDANGER old\nDANGER new\n' }, only)
    expect(findings.map((f) => f.message)).toEqual(['danger new'])
    expect(findings[0]!.line).toBe(3)
  })

  it('does not report a finding that only moved', async () => {
    expect(await scanChange({ 'a.txt': 'DANGER a\nx\n' }, { 'a.txt': '\n\n\nDANGER   A\nx\n' }, only)).toEqual([])
  })

  it('reports a second copy of an existing statement as new', async () => {
    const findings = await scanChange({ 'a.txt': 'DANGER a\n' }, { 'a.txt': 'DANGER a\nDANGER a\n' }, only)
    expect(findings).toHaveLength(1)
  })

  it('reports everything in an added file, nothing in a deleted one', async () => {
    expect(await scanChange({}, { 'new.txt': 'DANGER a' }, only)).toHaveLength(1)
    expect(await scanChange({ 'gone.txt': 'DANGER a' }, {}, only)).toEqual([])
  })

  it('gives the same fingerprint in check and diff mode', async () => {
    const [checked] = await scanFiles({ 'a.txt': 'DANGER a' }, only)
    const [diffed] = await scanChange({}, { 'a.txt': 'DANGER a' }, only)
    expect(diffed!.fingerprint).toBe(checked!.fingerprint)
  })

  it('calls compare() with both versions for transition rules', async () => {
    const transitions: Analyzer = {
      name: 'transitions',
      claims: () => true,
      analyze: () => [],
      compare: (before, after) =>
        before && !after ? [{ ruleId: 'destructive-infra/test', line: 1, message: `${before.path} removed`, evidence: '', identity: before.path }] : []
    }
    const findings = await scanChange({ 'pvc.yaml': 'kind: PersistentVolumeClaim' }, {}, { analyzers: [transitions] })
    expect(findings.map((f) => f.message)).toEqual(['pvc.yaml removed'])
    // a version too large to hold whole is not an absent one: no transition is guessed
    const grown = await scanChange({ 'pvc.yaml': 'kind: PersistentVolumeClaim' }, { 'pvc.yaml': 'x'.repeat(4096) }, { analyzers: [transitions], config: { limits: { maxFileBytes: 1024 } } })
    expect(grown.map((f) => f.ruleId)).toEqual(['unanalyzable/too-large'])
  })

  it('runs set rules over each side and keeps what is new', async () => {
    const pairs: Analyzer = {
      name: 'pairs',
      claims: () => true,
      analyze: () => [],
      analyzeSet: (files) => {
        const values = new Map<string, string[]>()
        for (const f of files) values.set(f.text, [...(values.get(f.text) ?? []), f.path])
        return [...values.values()].filter((p) => p.length > 1).map((p) => ({ ruleId: 'env-leak/test', line: 1, message: p.join(' = '), evidence: '', identity: p.join(','), file: p[1]! }))
      }
    }
    const findings = await scanChange({ 'dev.env': 'K=1', 'prod.env': 'K=2' }, { 'dev.env': 'K=1', 'prod.env': 'K=1' }, { analyzers: [pairs] })
    // only prod.env changed, so the set of the change holds one file: no pair to compare
    expect(findings).toEqual([])
    const both = await scanChange({ 'dev.env': 'K=0', 'prod.env': 'K=2' }, { 'dev.env': 'K=1', 'prod.env': 'K=1' }, { analyzers: [pairs] })
    expect(both.map((f) => [f.file, f.message])).toEqual([['prod.env', 'dev.env = prod.env']])
  })
})

describe('pipeline: suppressions', () => {
  it('suppresses with a reason on the line above, and the finding no longer blocks', async () => {
    const [f] = await scanFiles({ 'a.txt': '# prodguard-ignore destructive-sql/drop-table -- table emptied in 2023, see OPS-12\nDANGER legacy\n' }, only)
    expect(f!.suppressed).toEqual({ reason: 'table emptied in 2023, see OPS-12', source: 'inline', line: 1, addedInChange: false })
  })

  it('suppresses by category and on the same line', async () => {
    const [f] = await scanFiles({ 'a.txt': 'DANGER legacy // prodguard-ignore destructive-sql -- dead table' }, only)
    expect(f!.suppressed?.reason).toBe('dead table')
  })

  it('does not suppress without a reason, and says why', async () => {
    const [f] = await scanFiles({ 'a.txt': '-- prodguard-ignore destructive-sql/drop-table\nDANGER legacy\n' }, only)
    expect(f!.suppressed).toBeUndefined()
    expect(f!.message).toContain('needs a reason')
  })

  it('does not apply a suppression for another rule, or one two lines up', async () => {
    const findings = await scanFiles({ 'a.txt': '-- prodguard-ignore secret/aws-key -- no\nDANGER a\n-- prodguard-ignore destructive-sql -- yes\nok\nDANGER b\n' }, only)
    expect(findings.every((f) => f.suppressed === undefined)).toBe(true)
  })

  it('marks a suppression the change itself adds', async () => {
    const added = await scanChange({ 'a.txt': 'x\n' }, { 'a.txt': 'x\n/* prodguard-ignore destructive-sql/drop-table -- trust me */\nDANGER a\n' }, only)
    expect(added[0]!.suppressed?.addedInChange).toBe(true)
    const existing = await scanChange(
      { 'a.txt': '<!-- prodguard-ignore destructive-sql/drop-table -- old reason -->\nDANGER a\n' },
      { 'a.txt': '<!-- prodguard-ignore destructive-sql/drop-table -- old reason -->\nDANGER a\nDANGER a\n' },
      only
    )
    // the second DANGER a is new, and not covered (two lines below the comment)
    expect(existing.map((f) => f.suppressed)).toEqual([undefined])
  })
})

describe('pipeline: files that cannot be read', () => {
  const strict: Analyzer = { name: 'strict', claims: (p) => p.endsWith('.sql'), analyze: () => [] }
  const broad: Analyzer = {
    name: 'broad',
    readability: 'best-effort',
    claims: () => true,
    analyze: ({ text }) => (text.includes('TOKEN') ? [{ ruleId: 'secret/test', line: 1, message: 'token', evidence: '', identity: 't' }] : [])
  }

  it('fails closed for an analyzer that needs the file', async () => {
    const { scan } = await import('../../src/pipeline.js')
    const { resolveSettings } = await import('../../src/config/settings.js')
    const { ruleCatalog } = await import('../../src/knowledge/catalog.js')
    const { bundledKnowledge } = await import('../../src/knowledge/knowledge.js')
    const run = async (path: string, raw: Buffer) =>
      (
        await scan(
          { mode: 'check', label: 't', files: [{ path, status: 'current', after: { read: async () => (await import('../../src/change/content.js')).decodeBytes(raw) } }] },
          { settings: resolveSettings(undefined), knowledge: bundledKnowledge(), catalog: ruleCatalog(), analyzers: [strict, broad] }
        )
      ).findings.map((f) => f.ruleId)
    // binary: a migration is refused, an image only the broad scanner looked at is skipped
    expect(await run('db/001.sql', Buffer.from([0x44, 0x00, 0x01]))).toEqual(['unanalyzable/binary'])
    expect(await run('assets/logo.bin', Buffer.from([0x44, 0x00, 0x01]))).toEqual([])
    // Latin-1 text: the broad scanner still reads it; the strict one refuses it
    const latin1 = Buffer.from('TOKEN=caf\xe9\n', 'latin1')
    expect(await run('config/app.properties', latin1)).toEqual(['secret/test'])
    expect((await run('db/002.sql', latin1)).sort()).toEqual(['secret/test', 'unanalyzable/encoding'])
  })
})

describe('pipeline: the change as context', () => {
  it('offers the changed paths up front and reads a new text only when an analyzer asks (no read-ahead)', async () => {
    const { scan } = await import('../../src/pipeline.js')
    const { resolveSettings } = await import('../../src/config/settings.js')
    const { ruleCatalog } = await import('../../src/knowledge/catalog.js')
    const { bundledKnowledge } = await import('../../src/knowledge/knowledge.js')
    const seen: string[] = []
    const reads = new Map<string, number>()
    const order: string[] = []
    const reader: Analyzer = {
      name: 'reader',
      readsChange: true,
      claims: (p) => p.endsWith('.sql'),
      analyze: async (file, ctx) => {
        order.push(`analyze ${file.path}`)
        const texts: string[] = []
        for (const p of ctx.change?.added ?? []) texts.push(`${p}=${(await ctx.change?.newText(p)) ?? '?'}`)
        seen.push(`${file.path} sees ${texts.concat([...(ctx.change?.changed ?? [])].map((p) => `[${p}]`)).join(' ')} in root: ${ctx.change?.inFolder('').join(',')}`)
        return []
      }
    }
    const version = (path: string, text: string) => ({
      read: () => {
        order.push(`read ${path}`)
        reads.set(path, (reads.get(path) ?? 0) + 1)
        return { kind: 'text' as const, text, bytes: text.length }
      }
    })
    await scan(
      {
        mode: 'diff',
        label: 't',
        files: [
          { path: 'a.sql', status: 'added', after: version('a.sql', 'A') },
          { path: 'b.sql', status: 'modified', before: version('b0', 'B0'), after: version('b.sql', 'B') },
          { path: 'c.md', status: 'added', after: version('c.md', 'C') }
        ]
      },
      { settings: resolveSettings(undefined), knowledge: bundledKnowledge(), catalog: ruleCatalog(), analyzers: [reader] }
    )
    expect(seen).toEqual([
      'a.sql sees a.sql=A c.md=? [a.sql] [b.sql] in root: a.sql,b.sql',
      'b.sql sees a.sql=A c.md=? [a.sql] [b.sql] in root: a.sql,b.sql',
      'b.sql sees a.sql=A c.md=? [a.sql] [b.sql] in root: a.sql,b.sql'
    ])
    // nothing is read before the first file is analyzed; c.md (claimed by no reader) is never read
    expect(order[0]).toBe('read a.sql')
    expect(order[1]).toBe('analyze a.sql')
    expect(reads.get('c.md')).toBeUndefined()
    expect(reads.get('b0')).toBe(1)
    // asked for by every analysis, a.sql is read from its source once: the scan keeps what it read last
    expect(reads.get('a.sql')).toBe(1)
  })

  it('reads each file of an ory/pop migration history once, although each version reads its other files', async () => {
    const { scan } = await import('../../src/pipeline.js')
    const { resolveSettings } = await import('../../src/config/settings.js')
    const { ruleCatalog } = await import('../../src/knowledge/catalog.js')
    const { bundledKnowledge } = await import('../../src/knowledge/knowledge.js')
    const { analyzers } = await import('../../src/analyzers/registry.js')
    const reads = new Map<string, number>()
    const files: Array<{ path: string; status: 'current'; after: { read: () => { kind: 'text'; text: string; bytes: number } } }> = []
    // ory/kratos' shape: one migration split over numbered files per dialect and direction, sorted by name
    for (const [version, table] of [['20210410175418', 'identity_credentials'], ['20211008181539', 'selfservice_errors']] as const) {
      for (let part = 0; part < 12; part++) {
        for (const dialect of ['cockroach', 'mysql', 'postgres', 'sqlite3']) {
          for (const direction of ['down', 'up']) {
            const path = `persistence/sql/migrations/sql/${version}${String(part).padStart(6, '0')}_${table}.${dialect}.${direction}.sql`
            const text = direction === 'up' ? (part === 0 ? `CREATE TABLE ${table}_${part} (id UUID PRIMARY KEY);\n` : `ALTER TABLE ${table}_0 ADD COLUMN c${part} TEXT;\n`) : `DROP TABLE IF EXISTS ${table}_${part};\n`
            files.push({ path, status: 'current', after: { read: () => (reads.set(path, (reads.get(path) ?? 0) + 1), { kind: 'text', text, bytes: text.length }) } })
          }
        }
      }
    }
    files.sort((a, b) => (a.path < b.path ? -1 : 1))
    const result = await scan({ mode: 'check', label: 't', files }, { settings: resolveSettings(undefined), knowledge: bundledKnowledge(), catalog: ruleCatalog(), analyzers: analyzers() })
    expect(result.findings.length).toBeGreaterThan(0)
    expect(reads.size).toBe(files.length)
    expect([...reads].filter(([, n]) => n !== 1)).toEqual([])
  })
})

describe('pipeline: what a run keeps of a file until the end', () => {
  it('a file whose summary is undefined is not among the summaries; the others keep their scan order', async () => {
    const seen: string[][] = []
    const tally: Analyzer = {
      name: 'tally',
      claims: (path) => path.endsWith('.txt'),
      analyze: () => [],
      // only files with a DANGER line leave something to settle at the end
      summarize: ({ text }) => (text.includes('DANGER') ? text.split('\n').filter((l) => l.startsWith('DANGER')).length : undefined),
      analyzeSummaries: (summaries) => {
        seen.push(summaries.map((s) => s.path))
        return summaries.map((s) => ({ ruleId: 'destructive-sql/drop-table', line: 1, message: `${String(s.summary)} dangers`, evidence: '', identity: 'tally', file: s.path }))
      }
    }
    const findings = await scanFiles({ 'a.txt': 'DANGER x\nDANGER y\n', 'b.txt': 'calm\n', 'c.txt': 'DANGER z\n' }, { analyzers: [tally] })
    expect(seen).toEqual([['a.txt', 'c.txt']])
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      ['a.txt', '2 dangers'],
      ['c.txt', '1 dangers']
    ])
  })

  it('detections held until the end keep every field, and equal texts across files are one string', async () => {
    const hinted: Analyzer = {
      name: 'hinted',
      claims: (path) => path.endsWith('.sql'),
      analyze: ({ text }) => {
        const statement = text.trim()
        // built the way analyzers build them: slices and concatenations of the file's text
        return [
          {
            ruleId: 'destructive-sql/drop-table',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: statement.length + 1,
            message: 'DROP TABLE ' + statement.slice(11, -1) + ' deletes the table and every row in it',
            evidence: statement.slice(0, 40),
            hint: 'Rename the table first, ' + 'and drop it in a later release once nothing reads it.',
            severity: 'warn',
            identity: 'sql:' + statement.toLowerCase()
          }
        ]
      }
    }
    const findings = await scanFiles({ 'db/1.sql': 'DROP TABLE users;\n', 'db/2.sql': 'DROP TABLE users;\n' }, { analyzers: [hinted] })
    expect(findings).toHaveLength(2)
    for (const f of findings) {
      expect(f).toMatchObject({
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        severity: 'warn',
        message: 'DROP TABLE users deletes the table and every row in it',
        evidence: 'DROP TABLE users;',
        hint: 'Rename the table first, and drop it in a later release once nothing reads it.'
      })
    }
    // same identity in two files: two fingerprints (the file is part of it), as before texts were held
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2)
  })
})
