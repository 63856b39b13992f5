/**
 * Plain-SQL migration file shapes: which statements are the forward change and which are down/rollback sections,
 * from the path (Flyway `U` files, golang-migrate `.down.sql`, Sqitch `revert/`, diesel `down.sql`) or from comment
 * directives (goose, dbmate, Liquibase formatted SQL, Drizzle breakpoints); and Prisma's own warning header.
 */
import { objectName, type Effect } from './effects.js'
import type { Directive } from './splitter.js'

export type ShapeName = 'flyway' | 'golang-migrate' | 'diesel' | 'sqitch' | 'goose' | 'dbmate' | 'liquibase' | 'prisma' | 'drizzle' | 'plain'

/** SQL carried in a comment line (Liquibase `--rollback DROP TABLE t;`), analyzed as a down section. */
export interface CommentSql {
  text: string
  line: number
  column: number
}

/** A destructive change the file's generator announced in a header (Prisma's "Warnings"), with the line it is on. */
export interface Announcement {
  effect: Effect
  line: number
}

export interface FileShape {
  name: ShapeName
  /** Section of statements before any directive. */
  initialSection: 'up' | 'down'
  /** True when comment directives can change sections or statement boundaries. */
  hasDirectives: boolean
  announcements: Announcement[]
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Tells the shape from the path and the first part of the text. */
export function fileShape(path: string, head: string): FileShape {
  const name = basename(path)
  const announcements: Announcement[] = []
  let shape: ShapeName = 'plain'
  let initialSection: 'up' | 'down' = 'up'
  let hasDirectives = false

  if (/^U\d[\w.]*__/.test(name)) {
    shape = 'flyway'
    initialSection = 'down'
  } else if (/^[VR]\d*[\w.]*__/.test(name)) shape = 'flyway'
  else if (/\.down\.sql$/i.test(name)) {
    shape = 'golang-migrate'
    initialSection = 'down'
  } else if (/\.up\.sql$/i.test(name)) shape = 'golang-migrate'
  else if (/^down\.sql$/i.test(name)) {
    shape = 'diesel'
    initialSection = 'down'
  } else if (/^up\.sql$/i.test(name)) shape = 'diesel'
  else if (/(?:^|\/)(?:revert|rollback|rollbacks)\//i.test(path)) {
    shape = 'sqitch'
    initialSection = 'down'
  } else if (/(?:^|\/)deploy\//.test(path)) shape = 'sqitch'

  if (head.includes('+goose') && /^[ \t]*--\s*\+goose\s+(?:Up|Down|StatementBegin)/im.test(head)) {
    shape = 'goose'
    hasDirectives = true
  } else if (head.includes('migrate:') && /^[ \t]*--\s*migrate:(?:up|down)/im.test(head)) {
    shape = 'dbmate'
    hasDirectives = true
  } else if (/liquibase/i.test(head) && /^[ \t]*--\s*liquibase\s+formatted\s+sql/im.test(head)) {
    shape = 'liquibase'
    hasDirectives = true
  } else if (head.includes('--> statement-breakpoint')) {
    shape = 'drizzle'
    hasDirectives = true
  }

  if (/(?:^|\/)migrations\/[^/]+\/migration\.sql$/.test(path)) {
    shape = 'prisma'
    announcements.push(...prismaWarnings(head))
  }
  return { name: shape, initialSection, hasDirectives, announcements }
}

/**
 * The comment hook for one pass over a file of this shape. Rollback SQL held in comments is collected into
 * `rollbacks` for the caller to analyze as a down section.
 */
export function directiveReader(shape: FileShape): { onLineComment: (text: string, line: number, column: number) => Directive | undefined; rollbacks: CommentSql[] } {
  const rollbacks: CommentSql[] = []
  let lastRollbackLine = -2
  const onLineComment = (text: string, line: number, column: number): Directive | undefined => {
    switch (shape.name) {
      case 'goose': {
        const m = /^\s*\+goose\s+(\w+)/i.exec(text)
        if (!m) return undefined
        const word = m[1]!.toLowerCase()
        if (word === 'up') return { section: 'up' }
        if (word === 'down') return { section: 'down' }
        if (word === 'statementbegin') return { verbatim: 'start' }
        if (word === 'statementend') return { verbatim: 'end' }
        return undefined
      }
      case 'dbmate': {
        const m = /^\s*migrate:(up|down)\b/i.exec(text)
        return m ? { section: m[1]!.toLowerCase() === 'down' ? 'down' : 'up' } : undefined
      }
      case 'liquibase': {
        if (/^\s*changeset\s/i.test(text)) return { boundary: true, unit: true }
        const m = /^\s*rollback\s?(.*)$/i.exec(text)
        if (m) {
          const sql = m[1]!
          if (/^\s*(?:not required|empty)?\s*$/i.test(sql)) return undefined
          const previous = rollbacks[rollbacks.length - 1]
          // consecutive `--rollback` lines are one rollback script
          if (previous !== undefined && lastRollbackLine === line - 1) previous.text += `\n${sql}`
          else rollbacks.push({ text: sql, line, column: column + 2 + text.indexOf(sql) })
          lastRollbackLine = line
        }
        return undefined
      }
      case 'drizzle':
        return /^>\s*statement-breakpoint\s*$/.test(text) ? { boundary: true } : undefined
      default:
        return undefined
    }
  }
  return { onLineComment, rollbacks }
}

/** Prisma writes what a migration destroys into a header comment; a SQLite table rebuild hides it from the SQL. */
function prismaWarnings(head: string): Announcement[] {
  const start = head.indexOf('/*')
  if (start === -1 || start > 200) return []
  const end = head.indexOf('*/', start)
  const block = head.slice(start, end === -1 ? Math.min(head.length, 20_000) : end)
  if (!/Warnings:/.test(block)) return []
  const baseLine = head.slice(0, start).split('\n').length
  const out: Announcement[] = []
  block.split('\n').forEach((text, index) => {
    const line = baseLine + index
    let m = /You are about to drop the column `([^`]+)` on the `([^`]+)` table/.exec(text)
    if (m) {
      out.push({ line, effect: { kind: 'drop-column', table: objectName([m[2]!]), column: m[1]!, cascade: false } })
      return
    }
    m = /You are about to drop the `([^`]+)` table/.exec(text)
    if (m) {
      out.push({ line, effect: { kind: 'drop', object: 'table', name: objectName([m[1]!]), cascade: false, ifExists: false } })
      return
    }
    m = /You are about to alter the column `([^`]+)` on the `([^`]+)` table/.exec(text)
    if (m) out.push({ line, effect: { kind: 'alter-column-type', table: objectName([m[2]!]), column: m[1]!, type: '' } })
  })
  return out
}
