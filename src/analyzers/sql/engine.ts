/**
 * The SQL engine for one file (or one embedded SQL string): statements in, detections out.
 * Per statement: keyword prefilter -> tokens -> token classification -> node-sql-parser on the clauses found ->
 * effects merged (the more destructive reading wins) -> rules. Nested SQL (DO blocks, function bodies, EXECUTE
 * strings) goes through the same path from an explicit stack, not by recursion. Findings are settled at the end of the
 * file, because a later statement can show that a DROP was part of a table rebuild.
 */
import { createHash } from 'node:crypto'
import type { AnalyzerContext, Detection } from '../analyzer.js'
import type { RuleLevel, Severity } from '../../findings/finding.js'
import { lexicalProfile, type LexicalProfile, type SqlDialect } from './dialect.js'
import { effectKey, moreDestructive, objectName, type Effect } from './effects.js'
import type { Announcement, CommentSql } from './file-shapes.js'
import { parseEffects, type ParseOutcome } from './parser.js'
import { SQL_RULES } from './rules/index.js'
import { StatementSplitter, type SqlStatement } from './splitter.js'
import { classifyTokens, DYNAMIC_PLACEHOLDER, type SqlVariables } from './token-classifier.js'
import { tokenize } from './tokens.js'
import { LineIndex } from '../line-index.js'

/**
 * The keyword prefilter: statements that can destroy or break data or run SQL from strings (it reads the raw text,
 * so a DO block or function body passes on the statements inside it).
 * A foreign key's `ON DELETE CASCADE` / `ON UPDATE SET NULL`, `FOR UPDATE`, `DO UPDATE`, `KEY UPDATE` are clauses of
 * other statements (every Prisma foreign key has them), so they do not pass on their own.
 */
const PREFILTER =
  /\bDROP\b|\bTRUNCATE\b|\bDELETE\b(?!\s+(?:CASCADE|SET\s+(?:NULL|DEFAULT)|RESTRICT|NO\s+ACTION)\b)|\bUPDATE\b(?<!\b(?:FOR|KEY|DO|NO)\s+UPDATE)(?!\s+(?:CASCADE|SET\s+(?:NULL|DEFAULT)|RESTRICT|NO\s+ACTION|CURRENT_TIMESTAMP|NOW)\b)|\bRENAME\b|\bMODIFY\b|\bCHANGE\b|\bALTER\s+(?:COLUMN\s+)?(?:"[^"]*"|`[^`]*`|\[[^\]]*\]|\w+)\s+(?:TYPE|SET\s+DATA|\w+\s*\()|\bALTER\s+COLUMN\b|\bCREATE\s+OR\s+REPLACE\s+(?:\w+\s+)?TABLE\b|\bEXEC(?:UTE)?\b|\bPREPARE\b|\bSP_RENAME\b|\bSP_EXECUTESQL\b|:=|\b(?:SET|DECLARE|SELECT)\s+@/i

/** Rows (`INSERT INTO to SELECT ... FROM from`) or a column's values (`SET to = from`) copied inside a unit. */
interface Copy {
  kind: 'rows' | 'column'
  table: string
  to: string
  from: string
  section: 'up' | 'down'
  unit: number
  order: number
}

/** Copies and renames by unit and name; `at` is the number of copies and pending effects it was built from. */
interface CopyIndex {
  at: [number, number]
  rowsFrom: Map<string, Copy[]>
  rowPairs: Set<string>
  columnsFrom: Map<string, Copy[]>
  renames: Set<string>
  /** Per dropped table / column: the order of the first copy that makes the drop lose nothing (Infinity: none). */
  rebuildFrom: Map<string, number>
  renameFrom: Map<string, number>
  renameFromFor?: Map<string, number>
}

/**
 * `CREATE TABLE name`, read without tokens: remembered so that dropping a table the file created is not a loss.
 * `IF NOT EXISTS` only where the unit renamed that name away first: elsewhere the table may have been there, full of
 * data, before the file ran.
 */
const CREATE_TABLE =
  /^CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(TEMP(?:ORARY)?\s+|UNLOGGED\s+|TRANSIENT\s+|VOLATILE\s+)?TABLE\s+(IF\s+NOT\s+EXISTS\s+)?((?:(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s*\.\s*)*(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+))/i

/** `ALTER TABLE ... ADD`: read for bookkeeping (a column added now holds nothing yet; a foreign key added now). */
const ALTER_ADDS = /^\s*ALTER\s+TABLE\b[\s\S]*?\bADD\b/i

/**
 * `ALTER TABLE x ... REFERENCES y`: x gains a foreign key to y, so `TRUNCATE y CASCADE` empties x. The name ends at a
 * space, so that a failed search does not retry every shorter split of a long qualified name (quadratic).
 */
const ADDS_REFERENCE =
  /^\s*ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?((?:(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s*\.\s*)*(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+))(?=\s)[\s\S]*?\bREFERENCES\s+((?:(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s*\.\s*)*(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+))/i

/**
 * `INSERT INTO new_t ... SELECT ... FROM old_t`: the rows of old_t are copied before it is dropped (a rebuild). Only the
 * first SELECT is tried (a search from each of many SELECTs would be quadratic).
 */
const COPIES_ROWS = /^\s*INSERT\s+INTO\s+((?:(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s*\.\s*)*(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+))(?=[\s(])(?:(?!\bSELECT\b)[\s\S])*\bSELECT\b[\s\S]*?\bFROM\s+((?:(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s*\.\s*)*(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+))/i

/** `SET new_c = old_c` in a whole-table UPDATE: the column's values are copied before it is dropped. */
const COPIES_COLUMN = /(?:\bSET\s+|,\s*)["`[]?(\w+)["`\]]?\s*=\s*["`[]?(\w+)["`\]]?\s*(?=,|\bWHERE\b|;|$)/gi

/** A statement that defines a routine with an inline body (MySQL, T-SQL, `BEGIN ATOMIC`): what its body does runs when it is called. */
const DEFINES_ROUTINE =
  /^\s*CREATE\s+(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:FUNCTION|PROCEDURE|PROC|TRIGGER)\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s*\.\s*)*(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+))/i

/** Statements that can call a routine while the migration runs, and the names they call. */
const CALLS_ROUTINES = /^\s*(?:SELECT|PERFORM|CALL|EXEC|EXECUTE|DO|INSERT|UPDATE|DELETE|WITH|SET|BEGIN)\b/i
const CALLED_NAME = /(?<![\w$])([A-Za-z_][\w$]*)["`\]]?\s*\(|^\s*(?:EXEC(?:UTE)?|CALL)\s+(?:[\w$"`[\]]+\.)*["`[]?([A-Za-z_][\w$]*)/gi
const MAX_CALLED_NAMES = 10_000

function nameKey(written: string): string {
  const parts = written.split('.').map((part) => part.trim())
  return parts[parts.length - 1]!.replace(/^["`[]|["`\]]$/g, '').toLowerCase()
}

/** Findings listed per file: past this (a dump full of DROPs) the rest are counted in the last message. */
const MAX_DETECTIONS = 10_000

/** How deep SQL can nest in SQL (a DO block running an EXECUTE of a string that holds another EXECUTE ...). */
const MAX_NESTING = 6

/** Where a text starts in its file: the position of its first character. */
export interface Origin {
  line: number
  column: number
}

export interface SqlAnalysisOptions {
  path: string
  dialect: SqlDialect
  /** The text arrives in chunks: what the analysis keeps must not be slices of them (they would stay alive). */
  streaming?: boolean
  /** Shown in messages: the framework call the SQL sits in, e.g. `RunSQL`. */
  context?: string
  /** Tables that earlier new files of the same change create (table key -> that file): dropping them loses nothing. */
  createdByChange?: { get(table: string): string | undefined }
}

/** Statements waiting to be read, with where their text starts in the file. */
interface Work {
  statements: SqlStatement[]
  next: number
  origin: Origin
  section: 'up' | 'down'
  /** The migration unit (Liquibase changeSet) of the file the statements belong to. */
  unit: number
  context: string | undefined
  level: number
  /** The routine whose body these statements are (they run when it is called). */
  routine: string | undefined
}

interface Pending {
  effect: Effect
  ruleIds: Array<{ id: string; message: string }>
  line: number
  column: number
  endLine: number
  evidence: string
  identity: string
  section: 'up' | 'down'
  unit: number
  context: string | undefined
  routine: string | undefined
  /** The file of a multi-file migration the statement came from (ory/pop splits one version over several files). */
  source?: string
  order: number
}

interface RuleEntry {
  id: string
  severity: Severity
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 }

/** Parse outcomes by dialect and clause text: migrations repeat the same statements across files. */
const parseCache = new Map<string, ParseOutcome>()
const PARSE_CACHE_LIMIT = 4096

export class SqlAnalysis {
  readonly profile: LexicalProfile
  private readonly variables: SqlVariables = new Map()
  private readonly pending: Pending[] = []
  private readonly unparseable: Detection[] = []
  private readonly references: Array<{ from: string; to: string; section: 'up' | 'down'; unit: number; order: number }> = []
  private readonly called = new Set<string>()
  private readonly copies: Copy[] = []
  private order = 0

  constructor(
    private readonly options: SqlAnalysisOptions,
    private readonly ctx: AnalyzerContext
  ) {
    this.profile = lexicalProfile(options.dialect)
  }

  /** Analyzes one statement of text that starts at `origin` in the file; `context`: the call it sits in (embedded SQL). */
  statement(statement: SqlStatement, origin: Origin, context?: string): Promise<void> | undefined {
    const unit = statement.unit ?? 0
    this.noteCalls(statement.text)
    if (!this.worthReading(statement.text, statement.section, unit)) return undefined
    return this.drive({ statements: [statement], next: 0, origin, section: statement.section, unit, context, level: 0, routine: undefined })
  }

  /** Whether a statement needs tokens: it can destroy something, or it adds columns or foreign keys (bookkeeping). */
  private worthReading(text: string, section: 'up' | 'down', unit: number): boolean {
    if (PREFILTER.test(text)) return true
    this.noteCreateTable(text, section, unit)
    const copy = COPIES_ROWS.exec(text)
    if (copy !== null) this.copies.push({ kind: 'rows', table: '', to: nameKey(copy[1]!), from: nameKey(copy[2]!), section, unit, order: this.order++ })
    if (!ALTER_ADDS.test(text)) return false
    const ref = ADDS_REFERENCE.exec(text)
    if (ref !== null) this.references.push({ from: nameKey(ref[1]!), to: nameKey(ref[2]!), section, unit, order: this.order++ })
    return true
  }

  /** Names of routines a statement calls while the migration runs (`SELECT purge_old()`, `CALL p`, `PERFORM f()`). */
  private noteCalls(text: string): void {
    if (this.called.size >= MAX_CALLED_NAMES || !CALLS_ROUTINES.test(text)) return
    for (const m of text.matchAll(CALLED_NAME)) this.called.add((m[1] ?? m[2]!).toLowerCase())
  }

  private noteCreateTable(text: string, section: 'up' | 'down', unit: number): void {
    const m = CREATE_TABLE.exec(text)
    if (m === null) return
    const parts = m[3]!.split('.').map((part) => part.trim().replace(/^["`[]|["`\]]$/g, ''))
    const name = objectName(parts)
    // `ALTER TABLE t RENAME TO _bkp_t; CREATE TABLE IF NOT EXISTS t (...)`: the name is free, so the table is new
    if (m[2] !== undefined && !this.pending.some((q) => q.effect.kind === 'rename-table' && q.section === section && q.unit === unit && q.effect.name.key === name.key)) return
    this.pending.push(this.keep({ effect: { kind: 'create-table', name, temporary: m[1] !== undefined }, ruleIds: [], line: 0, column: 0, endLine: 0, evidence: '', identity: '', section, unit, context: undefined, routine: undefined, order: this.order++ }))
  }

  /** A column added outside the SQL (a framework call), before the statements that follow. */
  addedColumn(section: 'up' | 'down', table: string, column: string): void {
    const effect: Effect = { kind: 'add-column', table: objectName(table.split('.')), column }
    this.pending.push(this.keep({ effect, ruleIds: [], line: 0, column: 0, endLine: 0, evidence: '', identity: '', section, unit: 0, context: undefined, routine: undefined, order: this.order++ }))
  }

  /** Splits and analyzes a whole text (a rollback comment's SQL). */
  async text(text: string, origin: Origin, section: 'up' | 'down', context: string | undefined): Promise<void> {
    await this.drive({ statements: StatementSplitter.split(text, this.profile), next: 0, origin, section, unit: 0, context, level: 0, routine: undefined })
  }

  /**
   * Works through statements and the SQL nested in them (bodies, EXECUTE strings) with an explicit stack, depth
   * first so that findings keep reading order: no recursion, and at most MAX_NESTING levels of SQL in SQL.
   */
  private async drive(first: Work): Promise<void> {
    const stack: Work[] = [first]
    while (stack.length > 0) {
      const work = stack[stack.length - 1]!
      const statement = work.statements[work.next++]
      if (statement === undefined) {
        stack.pop()
        continue
      }
      if (!this.worthReading(statement.text, work.section, work.unit)) continue
      const origin = statementOrigin(statement, work.origin)
      const inline = work.routine ?? (/^\s*CREATE\b/i.test(statement.text) ? DEFINES_ROUTINE.exec(statement.text)?.[1] : undefined)
      const routine = inline === undefined || inline === work.routine ? inline : nameKey(inline)
      const nested = await this.classify(statement.text, origin, work.section, work.unit, work.context, routine)
      if (work.level >= MAX_NESTING) {
        // fail closed: SQL nested deeper than this is not read, so say so when it could destroy something
        const hidden = nested.find((inner) => PREFILTER.test(inner.text))
        if (hidden !== undefined) {
          this.unparseable.push({
            ruleId: 'unanalyzable/parse-error',
            line: hidden.origin.line,
            column: hidden.origin.column,
            message: `SQL nested more than ${MAX_NESTING} levels deep (${hidden.context}) is not read; review it by hand.`,
            evidence: evidenceOf(hidden.text),
            identity: `sql:nested:${normalizeStatement(hidden.text)}`
          })
        }
        continue
      }
      for (let k = nested.length - 1; k >= 0; k--) {
        const inner = nested[k]!
        const context = work.context === undefined ? inner.context : `${inner.context} in ${work.context}`
        stack.push({ statements: StatementSplitter.split(inner.text, this.profile), next: 0, origin: inner.origin, section: work.section, unit: work.unit, context, level: work.level + 1, routine: inner.routine ?? routine })
      }
    }
  }

  /** A file that ends inside a string or comment hides whatever follows the opening quote: fail closed. */
  unterminated(kind: string, line: number): void {
    this.unparseable.push({
      ...(this.source !== undefined ? { file: this.source } : {}),
      ruleId: 'unanalyzable/parse-error',
      line,
      message: `The ${kind} that starts on line ${line} is never closed, so the rest of the file cannot be read as SQL.`,
      evidence: '',
      identity: `sql:unterminated:${kind}`
    })
  }

  /** Classifies one statement and records its effects; returns the SQL nested in it, placed in the file. */
  private async classify(text: string, origin: Origin, section: 'up' | 'down', unit: number, context: string | undefined, routine: string | undefined): Promise<Array<{ text: string; origin: Origin; context: string; routine?: string }>> {
    const { tokens, maxDepth } = tokenize(text, this.profile)
    const { clauses, nested } = classifyTokens(tokens, text, this.variables)
    let positions: LinePositions | undefined
    for (const clause of clauses) {
      let effects = clause.effects
      if (clause.askParser) {
        const sql = text.slice(clause.start, clause.end)
        const depth = clauseDepth(tokens, clause.start, clause.end, maxDepth)
        const outcome = await this.parse(sql, depth)
        if (outcome.ok) effects = mergeEffects(effects, outcome.effects)
      }
      positions ??= new LinePositions(text)
      const at = positions.at(clause.start, origin)
      const endLine = positions.at(clause.end, origin).line
      const clauseText = text.slice(clause.start, clause.end)
      for (const effect of effects) this.record(effect, clauseText, at, endLine, section, unit, context, routine)
    }
    if (nested.length === 0) return []
    positions ??= new LinePositions(text)
    const lines = positions
    return nested.map((inner) => ({ text: inner.text, origin: lines.at(inner.offset, origin), context: inner.context, ...(inner.routine !== undefined ? { routine: inner.routine } : {}) }))
  }

  private async parse(sql: string, depth: number): Promise<ParseOutcome> {
    const key = detached(`${this.options.dialect}\0${sql}`)
    const cached = parseCache.get(key)
    if (cached !== undefined) return cached
    const outcome = await parseEffects(sql, this.options.dialect, depth)
    if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.clear()
    parseCache.set(key, outcome)
    return outcome
  }

  private record(effect: Effect, clauseText: string, at: Origin, endLine: number, section: 'up' | 'down', unit: number, context: string | undefined, routine: string | undefined): void {
    const ruleIds: Pending['ruleIds'] = []
    for (const rule of SQL_RULES) {
      const message = rule.check(effect)
      if (message !== undefined) ruleIds.push({ id: rule.id, message })
    }
    if (effect.kind === 'update' && effect.where !== 'present') {
      for (const m of clauseText.matchAll(COPIES_COLUMN)) {
        if (m[1]!.toLowerCase() !== m[2]!.toLowerCase()) this.copies.push({ kind: 'column', table: effect.name.key, to: m[1]!.toLowerCase(), from: m[2]!.toLowerCase(), section, unit, order: this.order })
      }
    }
    if (ruleIds.length === 0 && effect.kind !== 'create-table' && effect.kind !== 'rename-table' && effect.kind !== 'add-column') return
    const normalized = normalizeStatement(clauseText)
    // a copy with fresh strings: slices of the statement text would keep whole input chunks alive (a dump's findings
    // would pin the dump)
    this.pending.push(this.keep({
      effect,
      ruleIds,
      line: at.line,
      column: at.column,
      endLine,
      evidence: evidenceOf(clauseText),
      identity: `${normalized} ${effectKey(effect)}`,
      section,
      unit,
      context,
      routine,
      order: this.order++
    }))
  }

  private keep(value: Pending): Pending {
    if (this.source !== undefined) value.source = this.source
    return this.options.streaming === true ? detached(value) : value
  }

  /**
   * Statements from here on come from this file of a migration split over several files (ory/pop): what each file
   * creates or adds counts for the files after it, and `finish(..., source)` reports one file's findings.
   */
  source: string | undefined

  /** Liquibase `--rollback` SQL: analyzed as a down section. */
  async rollbacks(comments: CommentSql[]): Promise<void> {
    for (const comment of comments) await this.text(comment.text, { line: comment.line, column: comment.column }, 'down', 'a --rollback comment')
  }

  /**
   * Settles the file's detections: drops of tables the file created before (SQLite/Drizzle/Prisma rebuilds,
   * `DROP TABLE IF EXISTS` of a scratch table), announced changes the SQL hides, down-section severities.
   */
  finish(announcements: Announcement[] = [], source?: string): Detection[] {
    // keyed by section and unit too: a down section, or a later Liquibase changeSet, runs at another time than the
    // statement that created the table
    const created = new Map<string, number>() // section + table key -> order of its CREATE
    const renamedInto = new Map<string, number>() // section + table key -> order of the rename that gave a created table this name
    const addedColumns = new Map<string, number>() // section + table key + column -> order of the ADD COLUMN
    for (const p of this.pending) {
      if (p.effect.kind === 'add-column') {
        const key = `${p.section}:${p.unit}:${p.effect.table.key}:${p.effect.column.toLowerCase()}`
        if (!addedColumns.has(key)) addedColumns.set(key, p.order)
      } else if (p.effect.kind === 'rename-column') {
        // a column added here and renamed (`nid` -> `_nid_tmp`) is still one that holds nothing from before
        const from = addedColumns.get(`${p.section}:${p.unit}:${p.effect.table.key}:${p.effect.column.toLowerCase()}`)
        if (from !== undefined && from < p.order) addedColumns.set(`${p.section}:${p.unit}:${p.effect.table.key}:${p.effect.to.toLowerCase()}`, p.order)
      } else if (p.effect.kind === 'create-table') {
        const key = `${p.section}:${p.unit}:${p.effect.name.key}`
        if (!created.has(key)) created.set(key, p.order)
      } else if (p.effect.kind === 'rename-table') {
        const from = created.get(`${p.section}:${p.unit}:${p.effect.name.key}`)
        if (from !== undefined && from < p.order) renamedInto.set(`${p.section}:${p.unit}:${p.effect.to.key}`, p.order)
      }
    }
    const rules = this.ruleDefaults()
    const downLevel = this.ctx.settings.sql.downMigrations
    const detections: Detection[] = []
    const seen = new Set<string>()
    for (const p of this.pending) {
      if (p.effect.kind === 'create-table' || p.effect.kind === 'add-column' || p.source !== source) continue
      const bare = targetKey(p.effect)
      const target = bare === undefined ? undefined : `${p.section}:${p.unit}:${bare}`
      let emptiedThrough: string | undefined
      if (target !== undefined) {
        const createdAt = created.get(target)
        // `TRUNCATE new_t CASCADE` also empties the tables that reference new_t: an old one may, through a key added here
        emptiedThrough = p.effect.kind === 'truncate' && p.effect.cascade && createdAt !== undefined ? this.oldReferrer(p, created) : undefined
        // the file created this table before touching it: nothing that existed is lost
        if (createdAt !== undefined && createdAt < p.order && emptiedThrough === undefined) continue
        // copied, then dropped: a rebuild (`INSERT INTO new_t SELECT ... FROM t; DROP TABLE t`, `SET c = old_c; DROP old_c`)
        if (this.copiedAway(p, addedColumns)) continue
        // a column the file added a moment ago holds nothing yet: dropping, retyping or backfilling it loses nothing
        const columns = touchedColumns(p.effect)
        if (columns !== undefined && columns.length > 0 && columns.every((c) => (addedColumns.get(`${target}:${c.toLowerCase()}`) ?? Infinity) < p.order)) continue
        // DROP TABLE t before `ALTER TABLE __new_t RENAME TO t`: a rebuild, not a loss
        const rebuiltAt = renamedInto.get(target)
        if (rebuiltAt !== undefined && rebuiltAt > p.order && p.effect.kind === 'drop') continue
      }
      // the rename that completes a rebuild
      if (p.effect.kind === 'rename-table' && ((created.get(`${p.section}:${p.unit}:${p.effect.name.key}`) ?? Infinity) < p.order || this.refilled(p))) continue
      seen.add(effectKey(p.effect))
      // a table an earlier new migration of this change creates holds nothing yet: shown, not blocking
      const creator = p.section === 'up' && bare !== undefined ? this.options.createdByChange?.get(bare) : undefined
      for (const { id, message } of p.ruleIds) {
        if (emptiedThrough !== undefined && id !== 'destructive-sql/cascade') continue
        const detection = this.detection(p, id, message, rules, downLevel)
        if (detection === undefined) continue
        if (emptiedThrough !== undefined) detection.message += ` (the table is new, but "${emptiedThrough}", which was there before, references it and is emptied too)`
        if (p.routine !== undefined && !this.called.has(p.routine)) {
          // a routine's body runs when something calls it, not when the migration runs
          if (detection.severity === undefined || detection.severity === 'block') detection.severity = 'warn'
          detection.message += ` (in the body of ${p.routine}, which runs when it is called; this migration does not call it)`
        }
        if (creator !== undefined) {
          detection.severity = 'info'
          detection.message += ` (the table is created earlier in this change, by ${creator}, so it holds no data yet)`
        }
        detections.push(detection)
      }
    }
    // Prisma's header names what the SQL destroys; where the SQL holds that statement, the engine has judged it (a
    // column copied into a new one before the drop is a rename), so the header speaks only for what the SQL hides
    const stated = new Set(this.pending.filter((p) => p.source === source).map((p) => effectKey(p.effect)))
    for (const announcement of announcements) {
      if (seen.has(effectKey(announcement.effect)) || stated.has(effectKey(announcement.effect))) continue
      for (const rule of SQL_RULES) {
        const message = rule.check(announcement.effect)
        if (message === undefined) continue
        detections.push({
          ruleId: rule.id,
          line: announcement.line,
          column: 1,
          message: `${message} (announced in Prisma's migration warning; the SQL below rebuilds the table without it)`,
          evidence: `Prisma warning: ${effectKey(announcement.effect)}`,
          identity: `prisma-warning ${effectKey(announcement.effect)}`
        })
      }
    }
    if (detections.length > MAX_DETECTIONS) {
      const rest = detections.length - MAX_DETECTIONS
      detections.length = MAX_DETECTIONS
      const last = detections[MAX_DETECTIONS - 1]!
      last.message += ` (and ${rest} more destructive statements in this file, not listed one by one)`
    }
    return [...this.unparseable.filter((d) => d.file === source), ...detections]
  }

  /** Whether what `p` drops was copied, earlier in its unit, into a table or column the unit made. */
  private copiedAway(p: Pending, addedColumns: Map<string, number>): boolean {
    const unitKey = `${p.section}:${p.unit}`
    const index = this.copyIndex()
    if (p.effect.kind === 'drop' && p.effect.object === 'table') {
      // the earliest copy of this table's rows that makes its drop a rebuild (computed once per table)
      const key = `${unitKey}:${p.effect.name.key}`
      let first = index.rebuildFrom.get(key)
      if (first === undefined) {
        first = Infinity
        for (const copy of index.rowsFrom.get(key) ?? []) {
          // a rebuild: the table the rows went to takes the old one's name (renamed in before or after; made with or
          // without IF NOT EXISTS, the copied rows are there), or the rows come back (`INSERT INTO _bkp_t SELECT ...
          // FROM t; DROP TABLE t; CREATE TABLE t ...; INSERT INTO t SELECT ... FROM _bkp_t`, authelia's SQLite
          // rebuilds). Rows moved into a table of another name (`INSERT INTO organisation_members SELECT ... FROM
          // team_members`) are a data migration the running app does not follow, and the other columns are gone.
          const rebuild = this.renamedBetween(p, copy.to, copy.from) || index.rowPairs.has(`${unitKey}:${copy.to}>${copy.from}`)
          if (rebuild) first = Math.min(first, copy.order)
        }
        index.rebuildFrom.set(key, first)
      }
      if (first < p.order) return true
    }
    if (p.effect.kind === 'drop-column') {
      // the earliest copy of this column's values into a column the unit added before it (computed once per column)
      const key = `${unitKey}:${p.effect.table.key}:${p.effect.column.toLowerCase()}`
      if (index.renameFromFor !== addedColumns) {
        index.renameFrom.clear()
        index.renameFromFor = addedColumns
      }
      let first = index.renameFrom.get(key)
      if (first === undefined) {
        first = Infinity
        for (const copy of index.columnsFrom.get(key) ?? []) {
          const added = addedColumns.get(`${unitKey}:${copy.table}:${copy.to}`)
          if (added !== undefined && added < copy.order) first = Math.min(first, copy.order)
        }
        index.renameFrom.set(key, first)
      }
      if (first < p.order) return true
    }
    return false
  }

  /** `INSERT INTO _t_tmp SELECT ... FROM t` before `ALTER TABLE _t_tmp RENAME TO t`: the rename puts t's rows back under t. */
  private refilled(p: Pending): boolean {
    const e = p.effect
    if (e.kind !== 'rename-table') return false
    return (this.copyIndex().rowsFrom.get(`${p.section}:${p.unit}:${e.to.key}`) ?? []).some((c) => c.to === e.name.key && c.order < p.order)
  }

  /** A table rename in p's unit between the two names, either way (`t RENAME TO t_old`, `__new_t RENAME TO t`). */
  private renamedBetween(p: Pending, a: string, b: string): boolean {
    const { renames } = this.copyIndex()
    return renames.has(`${p.section}:${p.unit}:${a}>${b}`) || renames.has(`${p.section}:${p.unit}:${b}>${a}`)
  }

  private copyLookup: CopyIndex | undefined

  /** Copies and renames by unit and name, built once per settling (thousands of UPDATEs each look up only their own). */
  private copyIndex(): CopyIndex {
    if (this.copyLookup !== undefined && this.copyLookup.at[0] === this.copies.length && this.copyLookup.at[1] === this.pending.length) return this.copyLookup
    const rowsFrom = new Map<string, Copy[]>()
    const rowPairs = new Set<string>()
    const columnsFrom = new Map<string, Copy[]>()
    const renames = new Set<string>()
    for (const c of this.copies) {
      const unitKey = `${c.section}:${c.unit}`
      if (c.kind === 'rows') {
        const key = `${unitKey}:${c.from}`
        const list = rowsFrom.get(key)
        if (list === undefined) rowsFrom.set(key, [c])
        else list.push(c)
        rowPairs.add(`${unitKey}:${c.from}>${c.to}`)
      } else {
        const key = `${unitKey}:${c.table}:${c.from}`
        const list = columnsFrom.get(key)
        if (list === undefined) columnsFrom.set(key, [c])
        else list.push(c)
      }
    }
    for (const q of this.pending) if (q.effect.kind === 'rename-table') renames.add(`${q.section}:${q.unit}:${q.effect.name.key}>${q.effect.to.key}`)
    this.copyLookup = { at: [this.copies.length, this.pending.length], rowsFrom, rowPairs, columnsFrom, renames, rebuildFrom: new Map(), renameFrom: new Map() }
    return this.copyLookup
  }

  /** An existing table (not created before `p` in its unit) that a foreign key added in the same unit points from, at p's table. */
  private oldReferrer(p: Pending, created: Map<string, number>): string | undefined {
    const to = targetKey(p.effect)
    for (const ref of this.references) {
      if (ref.to !== to || ref.section !== p.section || ref.unit !== p.unit || ref.order > p.order) continue
      const fromCreated = created.get(`${ref.section}:${ref.unit}:${ref.from}`)
      if (fromCreated === undefined || fromCreated > p.order) return ref.from
    }
    return undefined
  }

  /** Tables the file's up sections create (for the files after it in the same change). */
  createdTables(): Set<string> {
    const out = new Set<string>()
    for (const p of this.pending) if (p.effect.kind === 'create-table' && p.section === 'up') out.add(p.effect.name.key)
    return out
  }

  private detection(p: Pending, ruleId: string, message: string, rules: Map<string, Severity>, downLevel: RuleLevel): Detection | undefined {
    const contexts = [p.context, this.options.context].filter((c): c is string => c !== undefined && c !== '')
    let text = contexts.length > 0 ? `${message} (in ${contexts.join(', ')})` : message
    let severity: Severity | undefined
    if (p.section === 'down') {
      if (downLevel === 'off') return undefined
      const ruleDefault = rules.get(ruleId) ?? 'block'
      severity = SEVERITY_RANK[downLevel] < SEVERITY_RANK[ruleDefault] ? downLevel : ruleDefault
      text += ' — in a down/rollback section'
    }
    return {
      ruleId,
      line: p.line,
      column: p.column,
      ...(p.endLine > p.line ? { endLine: p.endLine } : {}),
      message: text,
      evidence: p.evidence,
      identity: p.identity,
      ...(severity !== undefined ? { severity } : {})
    }
  }

  private ruleDefaults(): Map<string, Severity> {
    const out = new Map<string, Severity>()
    try {
      for (const entry of this.ctx.knowledge.load<RuleEntry[]>('destructive-sql/rules.yml') ?? []) out.set(entry.id, entry.severity)
    } catch {
      // knowledge unavailable (a test double): block is the safe default
    }
    return out
  }
}

function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The table an effect acts on, for "created earlier in this file". */
function targetKey(effect: Effect): string | undefined {
  switch (effect.kind) {
    case 'drop':
      return effect.object === 'table' ? effect.name.key : undefined
    case 'truncate':
    case 'delete':
    case 'update':
      return effect.name.key
    case 'drop-column':
    case 'drop-constraint':
    case 'drop-not-null':
    case 'alter-column-type':
    case 'rename-column':
      return effect.table.key
    default:
      return undefined
  }
}

/** The columns an effect destroys or rewrites, for "added a moment ago"; undefined when it is not about columns. */
function touchedColumns(effect: Effect): string[] | undefined {
  switch (effect.kind) {
    case 'drop-column':
    case 'drop-not-null':
    case 'alter-column-type':
    case 'rename-column':
      return [effect.column]
    case 'update':
      return effect.columns
    default:
      return undefined
  }
}

/** Token effects, refined by the parser's: same effect -> the more destructive reading; effects only the parser saw -> added when the tokens saw none of that kind. */
export function mergeEffects(fromTokens: Effect[], fromParser: Effect[]): Effect[] {
  const merged = fromTokens.slice()
  const kinds = new Set(fromTokens.map((e) => e.kind))
  for (const parsed of fromParser) {
    const key = effectKey(parsed)
    const index = merged.findIndex((e) => effectKey(e) === key)
    if (index !== -1) merged[index] = moreDestructive(merged[index]!, parsed)
    else if (!kinds.has(parsed.kind)) merged.push(parsed)
  }
  return merged
}

function clauseDepth(tokens: ReturnType<typeof tokenize>['tokens'], start: number, end: number, maxDepth: number): number {
  if (maxDepth <= 8) return maxDepth
  let depth = 0
  for (const tok of tokens) {
    if (tok.start < start) continue
    if (tok.start >= end) break
    if (tok.depth > depth) depth = tok.depth
  }
  return depth + 1
}

/** Where a statement starts in the file, given where its text starts. */
function statementOrigin(statement: SqlStatement, origin: Origin): Origin {
  return {
    line: origin.line + statement.line - 1,
    column: statement.line === 1 ? origin.column + statement.column - 1 : statement.column
  }
}

/** Maps offsets in a statement's text to file positions; built only for statements that have findings. */
class LinePositions {
  private readonly index: LineIndex
  constructor(text: string) {
    this.index = new LineIndex(text)
  }
  at(offset: number, origin: Origin): Origin {
    const { line, column } = this.index.position(offset)
    return { line: origin.line + line - 1, column: line === 1 ? origin.column + column - 1 : column }
  }
}

/** The statement as identity: comments dropped, whitespace and case folded, bounded in length. */
export function normalizeStatement(text: string): string {
  const plain = text
    .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
  if (plain.length <= 400) return plain
  return `${plain.slice(0, 300)} …${createHash('sha256').update(plain).digest('hex').slice(0, 16)}`
}

/** The statement as evidence: one line, at most about two lines' worth. */
export function evidenceOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().replaceAll(DYNAMIC_PLACEHOLDER, '<dynamic>')
  return line.length <= 160 ? line : `${line.slice(0, 157)}...`
}
