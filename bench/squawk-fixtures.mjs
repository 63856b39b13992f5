// Reads squawk's rule tests (crates/squawk_linter/src/rules/*.rs and their insta snapshots) from a local checkout
// and returns them as cases: { rule, test, sql, settings, expect: 'ok' | number[] (1-based lines) }.
// Nothing of squawk is copied into this repository: the cases are read from the corpus at run time.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Reads one Rust string literal (r"..", r#".."#, "..") starting at `at`; returns [text, end]. */
function rustString(src, at) {
  const raw = /^r(#*)"/.exec(src.slice(at))
  if (raw) {
    const close = `"${raw[1]}`
    const start = at + raw[0].length
    const end = src.indexOf(close, start)
    return [src.slice(start, end), end + close.length]
  }
  if (src[at] !== '"') return undefined
  let out = ''
  let i = at + 1
  for (; i < src.length && src[i] !== '"'; i++) {
    if (src[i] === '\\') {
      const next = src[++i]
      if (next === 'n') out += '\n'
      else if (next === 'r') out += '\r'
      else if (next === 't') out += '\t'
      else if (next === '\n') { while (/\s/.test(src[i + 1])) i++ }
      else out += next
    } else out += src[i]
  }
  return [out, i + 1]
}

/** 1-based start lines of each violation in a rendered snapshot. */
function snapshotLines(text) {
  const lines = []
  let want = false
  for (const line of text.split('\n')) {
    if (/^\s*warning\[/.test(line)) want = true
    else if (want) {
      const m = /^\s*(\d+)\s*│/.exec(line)
      if (m) { lines.push(Number(m[1])); want = false }
    }
  }
  return lines
}

export function squawkCases(squawkRoot, rules) {
  const dir = join(squawkRoot, 'crates/squawk_linter/src/rules')
  const cases = []
  for (const rule of rules) {
    const file = join(dir, `${rule}.rs`)
    if (!existsSync(file)) throw new Error(`no squawk rule file ${file}`)
    const src = readFileSync(file, 'utf8')
    const testModule = src.slice(src.indexOf('mod test'))
    const parts = testModule.split('#[test]').slice(1)
    // helpers of the test module that build settings: `fn pg19() -> LinterSettings { pg_version: "19" ... }`
    const helpers = new Map()
    for (const m of testModule.matchAll(/fn\s+(\w+)\s*\(\s*\)\s*->\s*LinterSettings\s*\{([\s\S]*?)\n {4}\}/g)) helpers.set(m[1], m[2])
    for (const part of parts) {
      const name = /fn\s+(\w+)\s*\(/.exec(part)?.[1]
      const call = /\b(lint_errors_with|lint_errors|lint_ok_with|lint_ok)\s*\(/.exec(part)
      if (!name || !call) continue
      // the SQL: `let sql = <literal>` or the call's first argument
      let sql
      const letSql = /let\s+sql\s*=\s*/.exec(part)
      if (letSql) sql = rustString(part, letSql.index + letSql[0].length)?.[0]
      else sql = rustString(part, call.index + call[0].length)?.[0]
      if (sql === undefined) continue
      const settings = {}
      let settingsText = part
      for (const [helper, body] of helpers) if (new RegExp(`\\b${helper}\\(\\)`).test(part)) settingsText += body
      const pg = /pg_version:\s*"([\d.]+)"/.exec(settingsText)
      if (pg) settings.pgVersion = pg[1]
      if (/assume_in_transaction:\s*true/.test(settingsText)) settings.assumeInTransaction = true
      let expect = 'ok'
      if (call[1].startsWith('lint_errors')) {
        const inline = /assert_snapshot!\([\s\S]*?,\s*@/.exec(part)
        if (inline) {
          const lit = rustString(part, inline.index + inline[0].length)
          expect = snapshotLines(lit?.[0] ?? '')
        } else {
          const snap = join(dir, 'snapshots', `squawk_linter__rules__${rule}__test__${name}.snap`)
          expect = existsSync(snap) ? snapshotLines(readFileSync(snap, 'utf8').split('---').slice(2).join('---')) : []
        }
      }
      const selector = /Rule::(\w+)/.exec(part.slice(call.index))?.[1]
      cases.push({ rule, selector, test: name, sql, settings, expect })
    }
  }
  return cases
}
