/**
 * Liquibase changelogs in XML, YAML and JSON (`databaseChangeLog`): the change types that destroy data or break
 * the running app, the SQL of `<sql>` changes (split as Liquibase splits it), `<sqlFile>` references we cannot see,
 * and `<rollback>` blocks, which are not the forward change. Formatted-SQL changelogs are plain `.sql` files and
 * belong to the sql family.
 */
import { XMLParserClass, XMLValidator } from '../xml-parser.js'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node as YamlNode, type Pair } from 'yaml'
import { SyntaxProblem } from './lexers/token.js'
import { evidenceOf, placeholdersAsNames, type MigrationScan, type Section } from './migration-scan.js'

/** A change (or a container of changes) whatever the changelog's format. */
interface ChangeNode {
  type: string
  attrs: Map<string, string>
  children: ChangeNode[]
  /** Where the element (or YAML key) starts. */
  offset: number
  /** Text content: an XML element's body, or a YAML/JSON `sql:` value. */
  text?: { value: string; offset: number }
  /** Attribute values that are text with a position (YAML `sql:` inside a `sql` change). */
  attrText: Map<string, { value: string; offset: number }>
  evidence: string
}

const CHANGELOG_ROOT = 'databaseChangeLog'

/** The dialects Liquibase's `dbms` names map to. */
const DBMS: Record<string, string> = {
  postgresql: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  mssql: 'tsql',
  sqlite: 'sqlite',
  db2: 'db2',
  snowflake: 'snowflake',
  redshift: 'redshift',
  bigquery: 'bigquery'
}

/** Change types and the rule each breaks; the attribute holding the table (or object) name. */
const SIMPLE_CHANGES: Record<string, { rule: string; table: string[]; column?: string[]; what?: string }> = {
  dropView: { rule: 'drop-object', table: ['viewName'], what: 'the view' },
  dropForeignKeyConstraint: { rule: 'drop-constraint', table: ['baseTableName'] },
  dropAllForeignKeyConstraints: { rule: 'drop-constraint', table: ['baseTableName'] },
  dropPrimaryKey: { rule: 'drop-constraint', table: ['tableName'] },
  dropUniqueConstraint: { rule: 'drop-constraint', table: ['tableName'] },
  dropCheckConstraint: { rule: 'drop-constraint', table: ['tableName'] },
  dropNotNullConstraint: { rule: 'drop-not-null', table: ['tableName'], column: ['columnName'] },
  dropIndex: { rule: 'drop-object', table: ['tableName', 'indexName'], what: 'an index of' },
  dropSequence: { rule: 'drop-object', table: ['sequenceName'], what: 'the sequence' },
  dropProcedure: { rule: 'drop-object', table: ['procedureName'], what: 'the procedure' },
  dropFunction: { rule: 'drop-object', table: ['functionName'], what: 'the function' },
  dropTrigger: { rule: 'drop-object', table: ['triggerName'], what: 'the trigger' },
  dropPackage: { rule: 'drop-object', table: ['packageName'], what: 'the package' },
  dropPackageBody: { rule: 'drop-object', table: ['packageBodyName', 'packageName'], what: 'the package body' },
  dropSynonym: { rule: 'drop-object', table: ['synonymName'], what: 'the synonym' },
  renameTable: { rule: 'rename-table', table: ['oldTableName'] },
  renameView: { rule: 'rename-table', table: ['oldViewName'] },
  renameColumn: { rule: 'rename-column', table: ['tableName'], column: ['oldColumnName'] },
  modifyDataType: { rule: 'alter-column-type', table: ['tableName'], column: ['columnName'] }
}

/** Elements that hold no change. */
const INERT = new Set(['preConditions', 'validCheckSum', 'comment', 'include', 'includeAll', 'property', 'tagDatabase', 'modifySql', 'output', 'empty', 'stop'])

/** Reads a changelog; `undefined` when the file is not one (a YAML or XML file that merely sits near migrations). */
export function scanChangelog(path: string, text: string): MigrationScan | undefined {
  if (!text.includes(CHANGELOG_ROOT)) return undefined
  const roots = /\.xml$/i.test(path) ? xmlChangelog(text) : yamlChangelog(text)
  if (roots === undefined) return undefined
  const scan: MigrationScan = { framework: { id: 'liquibase', label: 'Liquibase' }, operations: [], sql: [], opaque: [] }
  const created = new Set<string>()
  for (const root of roots) walk(root, 'up', scan, created)
  return scan
}

function walk(node: ChangeNode, section: Section, scan: MigrationScan, created: Set<string>): void {
  if (INERT.has(node.type)) return
  if (node.type === 'rollback') {
    if (node.text && node.text.value.trim() !== '') scan.sql.push({ text: placeholdersAsNames(node.text.value), offset: node.text.offset, section: 'down', context: '<rollback>' })
    for (const child of node.children) walk(child, 'down', scan, created)
    return
  }
  const handled = change(node, section, scan, created)
  // A changeSet runs on its own, maybe months after the one that created a table: "created earlier" holds within it only.
  const inner = node.type === 'changeSet' ? new Set<string>() : created
  if (!handled) for (const child of node.children) walk(child, section, scan, inner)
}

/** Records what one change does; false when the node is a container (changeSet, changes) to walk into. */
function change(node: ChangeNode, section: Section, scan: MigrationScan, created: Set<string>): boolean {
  const attr = (...names: string[]): string | undefined => names.map((n) => node.attrs.get(n)).find((v) => v !== undefined && v !== '')
  const qualified = (table: string | undefined): string | undefined => {
    const schema = attr('schemaName')
    return table !== undefined && schema !== undefined ? `${schema}.${table}` : table
  }
  const push = (rule: string, table: string | undefined, columns: string[] = [], what?: string): void => {
    scan.operations.push({ rule, section, offset: node.offset, op: node.type, table, columns, evidence: node.evidence, ...(what ? { what } : {}) })
  }
  switch (node.type) {
    case 'createTable': {
      const table = qualified(attr('tableName'))
      if (table !== undefined) created.add(`${section}:${table.toLowerCase()}`)
      return true
    }
    case 'dropTable': {
      const table = qualified(attr('tableName'))
      // A table this changelog created a moment ago holds nothing yet.
      if (table !== undefined && created.has(`${section}:${table.toLowerCase()}`)) return true
      push('drop-table', table ?? '?')
      if (truthy(attr('cascadeConstraints'))) push('cascade', table ?? '?')
      return true
    }
    case 'dropColumn': {
      const table = qualified(attr('tableName'))
      const columns = [attr('columnName'), ...columnNames(node)].filter((c): c is string => c !== undefined)
      push('drop-column', table ?? '?', columns.length > 0 ? columns : ['?'])
      return true
    }
    case 'mergeColumns': {
      const columns = [attr('column1Name'), attr('column2Name')].filter((c): c is string => c !== undefined)
      push('drop-column', qualified(attr('tableName')) ?? '?', columns.length > 0 ? columns : ['?'])
      return true
    }
    case 'delete':
    case 'update': {
      const where = attr('where') ?? node.children.find((c) => c.type === 'where')?.text?.value
      if (where === undefined || where.trim() === '' || /^\s*(?:1\s*=\s*1|true)\s*$/i.test(where)) {
        push(node.type === 'delete' ? 'delete-without-where' : 'update-without-where', qualified(attr('tableName')) ?? '?')
      }
      return true
    }
    case 'sql': {
      const body = node.attrText.get('sql') ?? node.text
      if (body && body.value.trim() !== '') sqlChange(body, node, section, scan)
      return true
    }
    case 'sqlFile': {
      const file = attr('path') ?? '?'
      scan.opaque.push({ offset: node.offset, section, context: '<sqlFile>', source: `the file \`${file}\``, evidence: node.evidence })
      return true
    }
  }
  const simple = SIMPLE_CHANGES[node.type]
  if (simple === undefined) return false
  const table = qualified(attr(...simple.table))
  const column = simple.column ? attr(...simple.column) : undefined
  push(simple.rule, table ?? '?', simple.column ? [column ?? '?'] : [], simple.what)
  return true
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && /^(?:true|yes|1)$/i.test(value.trim())
}

function columnNames(node: ChangeNode): string[] {
  const out: string[] = []
  for (const child of node.children) {
    if (child.type === 'column') {
      const name = child.attrs.get('name')
      if (name !== undefined) out.push(name)
    } else if (child.type === 'columns') {
      out.push(...columnNames(child))
    }
  }
  return out
}

/** `<sql>`: split as Liquibase would (`splitStatements`, `endDelimiter`), each piece analyzed at its position. */
function sqlChange(body: { value: string; offset: number }, node: ChangeNode, section: Section, scan: MigrationScan): void {
  const dbms = (node.attrs.get('dbms') ?? '')
    .split(',')
    .map((d) => DBMS[d.trim().toLowerCase()])
    .find((d) => d !== undefined)
  const base = { section, context: '<sql>', ...(dbms ? { dialect: dbms } : {}) }
  const delimiter = node.attrs.get('endDelimiter')
  const split = node.attrs.get('splitStatements')
  if ((split !== undefined && !truthy(split)) || delimiter === undefined || delimiter === ';' || delimiter === '') {
    scan.sql.push({ text: placeholdersAsNames(body.value), offset: body.offset, ...base })
    return
  }
  for (const piece of splitOn(body.value, delimiter)) scan.sql.push({ text: placeholdersAsNames(piece.text), offset: body.offset + piece.start, ...base })
}

/** Splits on a custom end delimiter; `GO` and `/` count only on a line of their own, as in SQL Server and Oracle scripts. */
function splitOn(text: string, delimiter: string): Array<{ text: string; start: number }> {
  const unescaped = delimiter.replace(/\\n/g, '\n').replace(/\\r/g, '\r')
  const pattern = /^\s*(?:go|\/)\s*$/i.test(unescaped)
    ? new RegExp(`^[ \\t]*${unescaped.trim().replace(/[/]/g, '\\/')}[ \\t]*$`, 'gim')
    : new RegExp(unescaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
  const pieces: Array<{ text: string; start: number }> = []
  let start = 0
  for (const m of text.matchAll(pattern)) {
    pieces.push({ text: text.slice(start, m.index), start })
    start = m.index + m[0].length
  }
  pieces.push({ text: text.slice(start), start })
  return pieces.filter((p) => p.text.trim() !== '')
}

// ---------- XML ----------

interface XmlNode {
  [key: string]: unknown
}

function xmlChangelog(text: string): ChangeNode[] | undefined {
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    const offset = offsetOfLine(text, valid.err.line, valid.err.col)
    throw new SyntaxProblem(`malformed XML: ${valid.err.msg}`, offset)
  }
  const parser = new (XMLParserClass())({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    captureMetaData: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true
  })
  const parsed = parser.parse(text) as XmlNode[]
  const meta = XMLParserClass().getMetaDataSymbol() as unknown as string
  const convert = (node: XmlNode): ChangeNode | undefined => {
    const tag = Object.keys(node).find((k) => k !== ':@' && k !== '#text')
    if (tag === undefined) return undefined
    const type = tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag
    const attrs = new Map<string, string>(Object.entries((node[':@'] as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)]))
    const offset = (node[meta] as { startIndex?: number } | undefined)?.startIndex ?? 0
    const children = ((node[tag] as XmlNode[] | undefined) ?? []).map(convert).filter((c): c is ChangeNode => c !== undefined)
    const result: ChangeNode = { type, attrs, children, offset, attrText: new Map(), evidence: evidenceOf(startTag(text, offset)) }
    if (type === 'sql' || type === 'rollback' || type === 'where') {
      const body = elementBody(text, offset, tag)
      if (body) result.text = body
    }
    return result
  }
  const roots = parsed.map(convert).filter((c): c is ChangeNode => c !== undefined)
  return roots.some((r) => r.type === CHANGELOG_ROOT) ? roots : undefined
}

function offsetOfLine(text: string, line: number, column: number): number {
  let offset = 0
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset)
    if (nl === -1) break
    offset = nl + 1
  }
  return offset + Math.max(0, column - 1)
}

/** The start tag at `offset` (`<dropTable tableName="users"/>`), for evidence. */
function startTag(text: string, offset: number): string {
  return text.slice(offset, tagEnd(text, offset) + 1)
}

/** Offset of the `>` that ends the start tag at `offset`, minding quoted attribute values. */
function tagEnd(text: string, offset: number): number {
  let quote = ''
  for (let i = offset; i < text.length; i++) {
    const c = text[i]!
    if (quote !== '') {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return i
    }
  }
  return text.length - 1
}

/**
 * An element's text body at its place in the file: CDATA markers and child elements (`<comment>`) become spaces,
 * so every character keeps its line and column; entities are decoded.
 */
function elementBody(text: string, offset: number, tag: string): { value: string; offset: number } | undefined {
  const open = tagEnd(text, offset)
  if (text[open - 1] === '/') return undefined
  const bodyStart = open + 1
  let i = bodyStart
  let depth = 0
  let raw = ''
  while (i < text.length) {
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i)
      if (end === -1) return undefined
      raw += ' '.repeat(9) + text.slice(i + 9, end) + '   '
      i = end + 3
      continue
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i)
      if (end === -1) return undefined
      raw += blank(text.slice(i, end + 3))
      i = end + 3
      continue
    }
    if (text.startsWith(`</${tag}`, i) && depth === 0) break
    if (text[i] === '<') {
      // A child element (`<comment>`, or the changes of a `<rollback>`): not part of the text.
      const closing = text[i + 1] === '/'
      const end = tagEnd(text, i)
      const selfClosing = text[end - 1] === '/'
      if (closing) depth--
      else if (!selfClosing) depth++
      raw += blank(text.slice(i, end + 1))
      i = end + 1
      if (!closing && !selfClosing && depth > 0) {
        // Skip the child's own text too: it is not the element's SQL.
        const close = text.indexOf('<', i)
        if (close === -1) return undefined
        raw += blank(text.slice(i, close))
        i = close
      }
      continue
    }
    raw += text[i]
    i++
  }
  return { value: decodeEntities(raw), offset: bodyStart }
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ')
}

function decodeEntities(s: string): string {
  return s.replace(/&(?:lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (m, dec: string | undefined, hex: string | undefined) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec))
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16))
    return ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" } as Record<string, string>)[m]!
  })
}

// ---------- YAML and JSON ----------

function yamlChangelog(text: string): ChangeNode[] | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    throw new SyntaxProblem(`malformed ${text.trimStart().startsWith('{') ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`, error.pos[0])
  }
  const root = doc.contents
  if (!isMap(root)) return undefined
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === CHANGELOG_ROOT)
  if (pair === undefined) return undefined
  return [yamlNode(CHANGELOG_ROOT, pair, text)]
}

/** `key: value` as a change node: scalars become attributes, maps and lists become children. */
function yamlNode(type: string, pair: Pair, text: string): ChangeNode {
  const keyNode = pair.key as YamlNode | null
  const offset = keyNode?.range?.[0] ?? 0
  const node: ChangeNode = { type, attrs: new Map(), children: [], offset, attrText: new Map(), evidence: type }
  const value = pair.value as YamlNode | null
  if (isScalar(value)) {
    // `sql: DROP TABLE x` (a change given as text) or `rollback: DROP TABLE x`.
    const body = scalarText(value, text)
    if (body) node.text = body
  } else if (isMap(value)) {
    for (const item of value.items) {
      const key = isScalar(item.key) ? String(item.key.value) : undefined
      if (key === undefined) continue
      const v = item.value as YamlNode | null
      if (isScalar(v)) {
        node.attrs.set(key, v.value === null ? '' : String(v.value))
        const body = scalarText(v, text)
        if (body) node.attrText.set(key, body)
      } else {
        node.children.push(yamlNode(key, item, text))
      }
    }
  } else if (isSeq(value)) {
    for (const item of value.items) {
      if (isMap(item)) {
        for (const inner of item.items) {
          const key = isScalar(inner.key) ? String(inner.key.value) : undefined
          if (key !== undefined) node.children.push(yamlNode(key, inner, text))
        }
      } else if (isScalar(item)) {
        // `rollback: [ "DROP TABLE x" ]`
        const body = scalarText(item, text)
        if (body) node.children.push({ type: 'sql', attrs: new Map(), children: [], offset: item.range?.[0] ?? offset, text: body, attrText: new Map(), evidence: 'sql' })
      }
    }
  }
  const shown = [...node.attrs].filter(([k]) => k !== 'sql').map(([k, v]) => `${k}: ${v}`)
  node.evidence = evidenceOf(`${type}${shown.length > 0 ? ` { ${shown.join(', ')} }` : ''}`)
  return node
}

/** A scalar's text and where its content starts: after the quote, or on the line after a `|`/`>` block indicator. */
function scalarText(scalar: Scalar, text: string): { value: string; offset: number } | undefined {
  if (scalar.value === null || scalar.value === undefined) return undefined
  const value = String(scalar.value)
  const start = scalar.range?.[0] ?? 0
  let offset = start
  if (scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE) offset = start + 1
  else if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) {
    const nl = text.indexOf('\n', start)
    offset = nl === -1 ? start : nl + 1
    while (text[offset] === ' ' || text[offset] === '\t') offset++
  }
  return { value, offset }
}
