/**
 * The sql analyzer family: plain SQL files (every common dialect and migration-tool shape), streamed in chunks
 * when large, and `analyzeEmbeddedSql` for SQL that framework migrations carry in strings.
 */
import type { Analyzer, AnalyzerContext, ChangeContext, Detection, SourceText } from '../analyzer.js'
import { compileGlobs, type PathPredicate } from '../../config/globs.js'
import type { Settings } from '../../config/settings.js'
import { detectDialect, DIALECT_SNIFF_CHARS, type SqlDialect } from './dialect.js'
import { SqlAnalysis } from './engine.js'
import { directiveReader, fileShape } from './file-shapes.js'
import { StatementSplitter, type SqlStatement } from './splitter.js'

export type { SqlDialect } from './dialect.js'

export interface EmbeddedSqlOptions {
  /** The file the SQL sits in. */
  path: string
  /** 1-based line where the SQL text starts in that file. */
  line: number
  /** 1-based column where it starts. */
  column: number
  /** When the framework or file tells (else detect/config). */
  dialect?: SqlDialect
  /** Down/rollback sections get settings.sql.downMigrations (default warn; 'off' drops them). */
  section: 'up' | 'down'
  /** e.g. 'RunSQL', 'op.execute', 'queryRunner.query' — shown in messages. */
  context?: string
}

/**
 * Analyzes SQL held in a string of another file (a framework migration). Detections carry positions in that file.
 * Async because the dialect's parser loads on first use.
 */
export async function analyzeEmbeddedSql(sql: string, options: EmbeddedSqlOptions, ctx: AnalyzerContext): Promise<Detection[]> {
  if (options.section === 'down' && ctx.settings.sql.downMigrations === 'off') return []
  const dialect = options.dialect ?? detectDialect(options.path, sql, ctx.settings.sql.dialect)
  const analysis = new SqlAnalysis({ path: options.path, dialect, ...(options.context !== undefined ? { context: options.context } : {}) }, ctx)
  const splitter = new StatementSplitter(analysis.profile)
  const origin = { line: options.line, column: options.column }
  for (const statement of [...splitter.push(sql), ...splitter.end()]) {
    statement.section = options.section
    await analysis.statement(statement, origin)
  }
  const open = splitter.unterminated()
  if (open !== undefined) analysis.unterminated(open.kind, options.line + open.line - 1)
  return analysis.finish()
}

/**
 * The SQL strings of one framework migration, read as one script in the order its calls run them: a SQLite table
 * rebuild split over several `queryRunner.query(...)` calls, or an `ADD COLUMN` in one string and its backfill in
 * the next, are judged together, as they run.
 */
export class EmbeddedSqlScript {
  private readonly analyses = new Map<SqlDialect, SqlAnalysis>()
  /** One dialect for the strings that do not say: told from all of them, so one script is not read as three dialects. */
  private readonly dialect: SqlDialect

  constructor(
    private readonly ctx: AnalyzerContext,
    path: string,
    texts: string[]
  ) {
    this.dialect = detectDialect(path, texts.join(';\n').slice(0, DIALECT_SNIFF_CHARS), ctx.settings.sql.dialect)
  }

  async add(sql: string, options: EmbeddedSqlOptions): Promise<void> {
    if (options.section === 'down' && this.ctx.settings.sql.downMigrations === 'off') return
    const dialect = options.dialect ?? this.dialect
    let analysis = this.analyses.get(dialect)
    if (analysis === undefined) {
      analysis = new SqlAnalysis({ path: options.path, dialect }, this.ctx)
      this.analyses.set(dialect, analysis)
    }
    const splitter = new StatementSplitter(analysis.profile)
    const origin = { line: options.line, column: options.column }
    for (const statement of [...splitter.push(sql), ...splitter.end()]) {
      statement.section = options.section
      await analysis.statement(statement, origin, options.context)
    }
    const open = splitter.unterminated()
    if (open !== undefined) analysis.unterminated(open.kind, options.line + open.line - 1)
  }

  /** A column a framework call added (`op.add_column`, `add_column`): bookkeeping for the strings after it. */
  addedColumn(section: 'up' | 'down', table: string, column: string): void {
    let analysis = this.analyses.get(this.dialect)
    if (analysis === undefined) {
      analysis = new SqlAnalysis({ path: '', dialect: this.dialect }, this.ctx)
      this.analyses.set(this.dialect, analysis)
    }
    analysis.addedColumn(section, table, column)
  }

  finish(): Detection[] {
    return [...this.analyses.values()].flatMap((analysis) => analysis.finish())
  }
}

/** Extensions of plain SQL files. */
const SQL_FILE = /\.(?:sql|psql|pgsql|plpgsql|plsql|mysql|tsql|ddl|dml|hql)$/i

const migrationGlobs = new WeakMap<Settings, PathPredicate>()

/** `paths.migrations` globs that name SQL files (`db/changes/**\/*.sql`, `schema/*.psql`): those files are ours too. */
function sqlMigrationGlobs(settings: Settings): PathPredicate {
  let predicate = migrationGlobs.get(settings)
  if (predicate === undefined) {
    predicate = compileGlobs(settings.paths.migrations.filter((glob) => /sql$/i.test(glob)))
    migrationGlobs.set(settings, predicate)
  }
  return predicate
}

/** Per change: each table an added SQL file creates -> the first such file in file-name order, computed once per run. */
const creatorsPerChange = new WeakMap<ChangeContext, Promise<Map<string, string>>>()

/**
 * Tables that the new SQL files of the change sorting before `path` create (migrations run in file-name order):
 * table key -> the file. Files that were already there do not count, whatever they create. Linear in the change: the
 * added files are read once per run, and each file asks only about the tables it drops.
 */
async function createdEarlierInChange(path: string, ctx: AnalyzerContext): Promise<{ get(table: string): string | undefined }> {
  const change = ctx.change
  if (change === undefined) return { get: () => undefined }
  let creators = creatorsPerChange.get(change)
  if (creators === undefined) {
    creators = firstCreators(change, ctx)
    creatorsPerChange.set(change, creators)
  }
  const first = await creators
  const get = (table: string): string | undefined => {
    const file = first.get(table)
    return file !== undefined && file < path ? file : undefined
  }
  return { get }
}

async function firstCreators(change: ChangeContext, ctx: AnalyzerContext): Promise<Map<string, string>> {
  const first = new Map<string, string>()
  for (const other of [...change.added].filter((p) => SQL_FILE.test(p)).sort()) {
    const text = await change.newText(other)
    if (text === undefined) continue
    for (const table of await tablesCreatedIn(other, text, ctx)) if (!first.has(table)) first.set(table, other)
  }
  return first
}

async function tablesCreatedIn(path: string, text: string, ctx: AnalyzerContext): Promise<Set<string>> {
  const reading = startReading(path, text, ctx, false, { get: () => undefined })
  if (reading === undefined) return new Set()
  await reading.push(text)
  await reading.end()
  return reading.analysis.createdTables()
}

/**
 * The statements of the last PostgreSQL files this family split whole, for the lock-safety family, which splits the
 * same text with the same options right after (the pipeline runs the analyzers of a file one after the other). A few
 * entries: nothing of a file is kept past the next files.
 */
const lentSplits = new Map<string, { text: string; statements: SqlStatement[] }>()
const LENT_SPLITS = 8

function lendSplit(path: string, text: string, statements: SqlStatement[]): void {
  lentSplits.delete(path)
  if (lentSplits.size >= LENT_SPLITS) lentSplits.delete(lentSplits.keys().next().value!)
  lentSplits.set(path, { text, statements })
}

/** The statements this family split of exactly this text at this path (PostgreSQL, whole file), if it still has them. */
export function splitOf(path: string, text: string): readonly SqlStatement[] | undefined {
  const lent = lentSplits.get(path)
  return lent !== undefined && lent.text === text ? lent.statements : undefined
}

/** Analyzes a file given as chunks: the whole text is never held at once. */
async function analyzeSqlChunks(path: string, chunks: Iterable<string>, ctx: AnalyzerContext, streaming: boolean): Promise<Detection[]> {
  const createdByChange = await createdEarlierInChange(path, ctx)
  // the dialect and the file's shape are told from its head, whatever size the chunks come in
  const head: string[] = []
  let headChars = 0
  let file: FileReading | undefined
  for (const chunk of chunks) {
    if (file === undefined) {
      head.push(chunk)
      headChars += chunk.length
      if (headChars < DIALECT_SNIFF_CHARS) continue
      file = startReading(path, head.join(''), ctx, streaming, createdByChange)
      if (file === undefined) return []
      await file.push(head.join(''))
      continue
    }
    await file.push(chunk)
  }
  if (file === undefined) {
    if (headChars === 0) return []
    file = startReading(path, head.join(''), ctx, streaming, createdByChange)
    if (file === undefined) return []
    await file.push(head.join(''))
  }
  return file.end()
}

interface FileReading {
  push(text: string): Promise<void>
  end(): Promise<Detection[]>
  analysis: SqlAnalysis
}

/** The reading of one file, set up from its head; undefined when the whole file is a down migration and those are off. */
function startReading(path: string, headText: string, ctx: AnalyzerContext, streaming: boolean, createdByChange: { get(table: string): string | undefined }): FileReading | undefined {
  const head = headText.length > DIALECT_SNIFF_CHARS ? headText.slice(0, DIALECT_SNIFF_CHARS) : headText
  const dialect = detectDialect(path, head, ctx.settings.sql.dialect)
  const shape = fileShape(path, head)
  if (shape.initialSection === 'down' && ctx.settings.sql.downMigrations === 'off') return undefined
  const analysis = new SqlAnalysis({ path, dialect, streaming, createdByChange }, ctx)
  const reader = shape.hasDirectives ? directiveReader(shape) : undefined
  const splitter = new StatementSplitter(analysis.profile, reader ? { onLineComment: reader.onLineComment } : {})
  if (shape.initialSection === 'down') splitter.startSection('down')
  const origin = { line: 1, column: 1 }
  // a whole text's statements are lent to the lock-safety family, which reads the same file next (splitOf)
  const kept: SqlStatement[] | undefined = streaming || dialect !== 'postgresql' ? undefined : []
  let whole: string | undefined
  let pushes = 0
  return {
    analysis,
    async push(text: string): Promise<void> {
      whole = ++pushes === 1 ? text : undefined
      for (const statement of splitter.push(text)) {
        kept?.push(statement)
        await analysis.statement(statement, origin)
      }
    },
    async end(): Promise<Detection[]> {
      for (const statement of splitter.end()) {
        kept?.push(statement)
        await analysis.statement(statement, origin)
      }
      if (kept !== undefined && whole !== undefined && splitter.unterminated() === undefined) lendSplit(path, whole, kept)
      const open = splitter.unterminated()
      if (open !== undefined) analysis.unterminated(open.kind, open.line)
      if (reader !== undefined) await analysis.rollbacks(reader.rollbacks)
      return analysis.finish(shape.announcements)
    }
  }
}

/**
 * ory/pop (fizz) migrations split one version over several files: `20191100000001000000_identities.sqlite3.up.sql`,
 * `...000001_...`, `...000002_...` run one after the other as one migration (a SQLite rebuild creates a table in one
 * and drops the old one in the next). The 14-digit timestamp, the dialect and the direction make the group.
 */
const POP_FILE = /^(\d{14})(\d{6})_[^/]*?\.(?:(\w+)\.)?(up|down)\.sql$/

/**
 * Per change and folder: each version key (version, dialect, direction) -> its files in the order they run (down
 * files in reverse); built once per folder, and handed out as they are (callers only read them).
 */
const popGroups = new WeakMap<ChangeContext, Map<string, Map<string, string[]>>>()

/** The files of `path`'s version, in the order they run (down files in reverse), when there are several. */
export function versionGroup(path: string, ctx: AnalyzerContext): readonly string[] | undefined {
  const slash = path.lastIndexOf('/')
  const own = POP_FILE.exec(path.slice(slash + 1))
  if (own === null || ctx.change === undefined) return undefined
  const dir = path.slice(0, slash + 1)
  const byFolder = popGroups.get(ctx.change) ?? new Map<string, Map<string, string[]>>()
  popGroups.set(ctx.change, byFolder)
  let groups = byFolder.get(dir)
  if (groups === undefined) {
    groups = new Map()
    // inFolder is sorted: each list is in name order as it is built
    for (const other of ctx.change.inFolder(dir)) {
      const m = POP_FILE.exec(other.slice(dir.length))
      if (m === null) continue
      const key = `${m[1]}\0${m[3] ?? ''}\0${m[4]}`
      const list = groups.get(key)
      if (list === undefined) groups.set(key, [other])
      else list.push(other)
    }
    for (const [key, list] of groups) if (key.endsWith('\0down')) list.reverse()
    byFolder.set(dir, groups)
  }
  const group = groups.get(`${own[1]}\0${own[3] ?? ''}\0${own[4]}`)
  if (group !== undefined && group.includes(path)) return group.length < 2 ? undefined : group
  // a path the change does not list (the other side of a diff): its version's files with it, in run order
  const members = [...(group ?? []), path].sort()
  if (members.length < 2) return undefined
  if (own[4] === 'down') members.reverse()
  return members
}

/**
 * Each version group is read once per run; its files' findings are handed out by file, and the reading is dropped once
 * every member has had its own (a check of a whole history would otherwise keep every group's findings twice).
 */
const groupReadings = new WeakMap<ChangeContext, Map<string, { reading: Promise<Map<string, Detection[]>>; waiting: Set<string> }>>()
/** A group's cache key, joined once per group (not once per file of a 90-file version). */
const groupKeys = new WeakMap<readonly string[], string>()

async function analyzeVersionGroup(file: SourceText, members: readonly string[], ctx: AnalyzerContext): Promise<Detection[]> {
  const change = ctx.change!
  // the base side of a diff has other text than the change holds: read that version on its own terms
  if (ctx.mode === 'diff' && (await change.newText(file.path)) !== file.text) return (await readVersionGroup(members, file, ctx)).get(file.path) ?? []
  const cache = groupReadings.get(change) ?? new Map<string, { reading: Promise<Map<string, Detection[]>>; waiting: Set<string> }>()
  groupReadings.set(change, cache)
  let key = groupKeys.get(members)
  if (key === undefined) {
    key = members.join('\0')
    groupKeys.set(members, key)
  }
  let group = cache.get(key)
  if (group === undefined) {
    group = { reading: readVersionGroup(members, file, ctx), waiting: new Set(members) }
    cache.set(key, group)
  }
  group.waiting.delete(file.path)
  if (group.waiting.size === 0) cache.delete(key)
  return (await group.reading).get(file.path) ?? []
}

async function readVersionGroup(members: readonly string[], file: SourceText, ctx: AnalyzerContext): Promise<Map<string, Detection[]>> {
  const out = new Map<string, Detection[]>()
  const head = file.text.slice(0, DIALECT_SNIFF_CHARS)
  const shape = fileShape(file.path, head)
  if (shape.initialSection === 'down' && ctx.settings.sql.downMigrations === 'off') return out
  const dialect = detectDialect(file.path, head, ctx.settings.sql.dialect)
  const analysis = new SqlAnalysis({ path: file.path, dialect, createdByChange: await createdEarlierInChange(members[0]!, ctx) }, ctx)
  const origin = { line: 1, column: 1 }
  for (const member of members) {
    const text = member === file.path ? file.text : await ctx.change?.newText(member)
    if (text === undefined) continue
    analysis.source = member
    const splitter = new StatementSplitter(analysis.profile)
    if (shape.initialSection === 'down') splitter.startSection('down')
    for (const statement of [...splitter.push(text), ...splitter.end()]) await analysis.statement(statement, origin)
    const open = splitter.unterminated()
    if (open !== undefined) analysis.unterminated(open.kind, open.line)
  }
  for (const member of members) out.set(member, analysis.finish([], member))
  return out
}

export const sqlAnalyzer: Analyzer = {
  name: 'sql',
  readsChange: true,
  claims(path: string, ctx: AnalyzerContext): boolean {
    return SQL_FILE.test(path) || sqlMigrationGlobs(ctx.settings)(path)
  },
  analyze(file: SourceText, ctx: AnalyzerContext): Promise<Detection[]> {
    const members = versionGroup(file.path, ctx)
    if (members !== undefined && !fileShape(file.path, file.text.slice(0, DIALECT_SNIFF_CHARS)).hasDirectives) return analyzeVersionGroup(file, members, ctx)
    return analyzeSqlChunks(file.path, [file.text], ctx, false)
  },
  analyzeChunks(path: string, chunks: Iterable<string>, ctx: AnalyzerContext): Promise<Detection[]> {
    return analyzeSqlChunks(path, chunks, ctx, true)
  }
}

export const sqlAnalyzers: Analyzer[] = [sqlAnalyzer]
