// Secret detection and redaction against a second peer's cases: trufflehog's detector pattern tests.
//
// Method (nothing of the corpus is committed; it lives under /work/corpora, outside the repository):
//  trufflehog's detectors (pkg/detectors/<name>/<name>_test.go) each hold a table of `{ name, input, want }` cases:
//  `input` is the text the detector is given (a string literal, a raw string, or `fmt.Sprintf` of the file's own
//  `var` strings), `want` the raw secrets it must report (empty for a negative). This script reads those Go files as
//  text, evaluates that small expression language, writes each case as one file (`config/<detector>-<n>.conf`) of a
//  temporary tree, and runs the built CLI (`dist/cli.js check`, so build first) over the tree once per output format.
//  Reported:
//   - leaks: a wanted secret, or any 12-character piece of it past its public prefix, found in any format's output
//     (the target is 0). Every leak is listed;
//   - recall: cases with a non-empty `want` on which any secret rule fires, and a rule other than the generic one;
//   - negatives: cases with an empty `want` on which a blocking secret finding fires.
//  trufflehog has ~900 detectors, most of them for small SaaS APIs that a keyword and a 32-character string stand
//  for; recall here is informative (bench/secrets-peers.bench.mjs holds the production-provider target), leaks are not.
//
// Needs: git clone of github.com/trufflesecurity/trufflehog at /work/corpora/trufflehog (PRODGUARD_TRUFFLEHOG
// overrides), and a build (`node scripts/build.mjs`). Run alone: `node bench/secrets-trufflehog.bench.mjs`;
// PRODGUARD_ONLY=regex narrows the detectors.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const TRUFFLEHOG = process.env.PRODGUARD_TRUFFLEHOG ?? '/work/corpora/trufflehog'
const FORMATS = ['text', 'compact', 'json', 'sarif', 'github', 'markdown']
/** PRODGUARD_ONLY=regex narrows the detectors (by their folder name). */
const ONLY = process.env.PRODGUARD_ONLY ? new RegExp(process.env.PRODGUARD_ONLY) : undefined

// --- a tiny evaluator for the Go expressions of the tests ----------------------------------------------------------

function goString(src, at) {
  if (src[at] === '`') {
    const end = src.indexOf('`', at + 1)
    return [src.slice(at + 1, end), end + 1]
  }
  let out = ''
  let i = at + 1
  for (; i < src.length && src[i] !== '"'; i++) {
    if (src[i] === '\\') {
      const c = src[++i]
      if (c === 'x') {
        out += String.fromCharCode(parseInt(src.slice(i + 1, i + 3), 16))
        i += 2
      } else if (c === 'u') {
        out += String.fromCharCode(parseInt(src.slice(i + 1, i + 5), 16))
        i += 4
      } else out += c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c
    } else out += src[i]
  }
  return [out, i + 1]
}

function skipSpace(src, i) {
  for (;;) {
    while (i < src.length && /\s/.test(src[i])) i++
    if (src.startsWith('//', i)) {
      const end = src.indexOf('\n', i)
      i = end === -1 ? src.length : end
      continue
    }
    return i
  }
}

/** Evaluates one expression at `at`: [string | undefined, end]. */
function evaluate(src, at, vars) {
  let value = ''
  let known = true
  let i = at
  for (;;) {
    i = skipSpace(src, i)
    let part
    if (src[i] === '"' || src[i] === '`') {
      ;[part, i] = goString(src, i)
    } else {
      const call = /^(fmt\.Sprintf|strings\.Repeat|strings\.Join|string)\(/.exec(src.slice(i, i + 20))
      if (call) {
        const args = []
        i += call[0].length
        for (;;) {
          i = skipSpace(src, i)
          if (src[i] === ')') {
            i++
            break
          }
          const [v, end] = evaluate(src, i, vars)
          args.push(v)
          i = skipSpace(src, end)
          if (src[i] === ',') i++
          else if (src[i] === ')') {
            i++
            break
          } else return [undefined, i]
        }
        if (call[1] === 'fmt.Sprintf' && args.every((a) => a !== undefined)) {
          let n = 1
          part = args[0].replace(/%(?:[-+# 0]*\d*)([svdq%])/g, (m, verb) => (verb === '%' ? '%' : verb === 'q' ? JSON.stringify(args[n++]) : String(args[n++])))
        } else if (call[1] === 'strings.Repeat' && args[0] !== undefined && /^\d+$/.test(args[1] ?? '')) part = args[0].repeat(Number(args[1]))
        else if (call[1] === 'string' && args[0] !== undefined) part = args[0]
        else known = false
      } else {
        const id = /^[A-Za-z_][\w.]*/.exec(src.slice(i, i + 80))
        const num = /^\d+/.exec(src.slice(i, i + 20))
        if (num) {
          part = num[0]
          i += num[0].length
        } else if (id && vars.has(id[0])) {
          part = vars.get(id[0])
          i += id[0].length
        } else return [undefined, i]
      }
    }
    if (part === undefined) known = false
    else value += part
    i = skipSpace(src, i)
    if (src[i] === '+') {
      i++
      continue
    }
    return [known ? value : undefined, i]
  }
}

/** The detector's test cases: `var`/`const` strings, then every `input:` with the `want:` after it. */
function casesOf(file) {
  const src = readFileSync(file, 'utf8')
  const vars = new Map()
  for (const m of src.matchAll(/^\s*(\w+)\s*(?::=|=)\s*(?=["`]|fmt\.Sprintf|strings\.Repeat)/gm)) {
    const [v] = evaluate(src, m.index + m[0].length, vars)
    if (v !== undefined) vars.set(m[1], v)
  }
  const out = []
  const inputs = [...src.matchAll(/\binput:\s*/g)]
  inputs.forEach((m, k) => {
    const [input, end] = evaluate(src, m.index + m[0].length, vars)
    if (input === undefined) return
    const limit = inputs[k + 1]?.index ?? src.length
    const wantAt = src.indexOf('want:', end)
    if (wantAt === -1 || wantAt > limit) return
    let i = skipSpace(src, wantAt + 5)
    const want = []
    if (src.startsWith('[]string{', i)) {
      i += 9
      for (;;) {
        i = skipSpace(src, i)
        if (src[i] === '}') break
        const [v, e] = evaluate(src, i, vars)
        if (v === undefined) return
        want.push(v)
        i = skipSpace(src, e)
        if (src[i] === ',') i++
      }
    } else if (!src.startsWith('nil', i) && !src.startsWith('[]string(nil)', i)) return
    out.push({ input, want })
  })
  return out
}

function detectorTests(dir) {
  const out = []
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name)
    if (name.isDirectory()) out.push(...detectorTests(path))
    else if (name.name.endsWith('_test.go') && !name.name.includes('integration')) out.push(path)
  }
  return out
}

/** Pieces of a value that must not be printed: the whole value, and 12-character pieces past its public prefix. */
function pieces(value) {
  if (value.length < 12) return value.length >= 8 ? [value] : []
  const out = new Set([value])
  for (let i = Math.min(12, Math.floor(value.length / 4)); i + 12 <= value.length; i++) out.add(value.slice(i, i + 12))
  return [...out]
}

export function run() {
  const cli = join(root, 'dist/cli.js')
  if (!existsSync(cli)) throw new Error('no dist/cli.js: run `node scripts/build.mjs` first')
  const detectors = join(TRUFFLEHOG, 'pkg/detectors')
  if (!existsSync(detectors)) throw new Error(`no trufflehog checkout at ${TRUFFLEHOG} (git clone it there first)`)
  const tree = mkdtempSync(join(tmpdir(), 'prodguard-trufflehog-'))
  const cases = []
  for (const file of detectorTests(detectors)) {
    const id = file.slice(detectors.length + 1).replace(/\/[^/]*$/, '').replaceAll('/', '-')
    if (ONLY !== undefined && !ONLY.test(id)) continue
    for (const c of casesOf(file)) {
      const path = `config/${id}-${cases.filter((x) => x.id === id).length + 1}.conf`
      cases.push({ ...c, id, path })
    }
  }
  mkdirSync(join(tree, 'config'), { recursive: true })
  for (const c of cases) writeFileSync(join(tree, c.path), `${c.input}\n`)
  try {
    const outputs = {}
    for (const format of FORMATS) {
      outputs[format] = execFileSync(process.execPath, [cli, 'check', '.', '--format', format, '--no-color', '--fail-on', 'never', '--offline'], {
        cwd: tree,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, NO_COLOR: '1' }
      })
    }
    const report = JSON.parse(outputs.json)
    const byFile = new Map()
    for (const f of report.findings) {
      const list = byFile.get(f.file) ?? []
      list.push(f)
      byFile.set(f.file, list)
    }
    let positives = 0
    let any = 0
    let provider = 0
    let negatives = 0
    let negativesBlocking = 0
    const leaks = []
    const missed = new Map()
    const blockedNegatives = []
    for (const c of cases) {
      const found = (byFile.get(c.path) ?? []).filter((f) => f.category === 'secret')
      if (c.want.length > 0) {
        positives++
        if (found.length > 0) any++
        if (found.some((f) => f.ruleId !== 'secret/generic-secret')) provider++
        else missed.set(c.id, (missed.get(c.id) ?? 0) + 1)
      } else {
        negatives++
        if (found.some((f) => f.severity === 'block')) {
          negativesBlocking++
          blockedNegatives.push(`${c.path} ${found.map((f) => f.ruleId).join(',')} ${JSON.stringify(c.input.slice(0, 120))}`)
        }
      }
    }
    // A leak is looked for where each case's own findings are printed: per finding in json and sarif (message, evidence,
    // hint), per line in compact and github (each names its file); text and markdown are searched for whole values.
    const own = (c) => {
      const out = []
      for (const w of c.want) for (const p of pieces(w)) if (!c.input.replace(w, '').includes(p)) out.push(p)
      return out
    }
    const sarifText = new Map()
    for (const result of JSON.parse(outputs.sarif).runs[0].results ?? []) {
      const file = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
      sarifText.set(file, `${sarifText.get(file) ?? ''}\n${JSON.stringify(result)}`)
    }
    const linesOf = (format) => {
      const m = new Map()
      for (const line of outputs[format].split('\n')) {
        const file = /config\/[\w.-]+\.conf/.exec(line)?.[0]
        if (file !== undefined) m.set(file, `${m.get(file) ?? ''}\n${line}`)
      }
      return m
    }
    const compact = linesOf('compact')
    const github = linesOf('github')
    for (const c of cases) {
      const texts = {
        json: (byFile.get(c.path) ?? []).map((f) => `${f.message}\n${f.evidence}\n${f.hint}`).join('\n'),
        sarif: sarifText.get(c.path) ?? '',
        compact: compact.get(c.path) ?? '',
        github: github.get(c.path) ?? ''
      }
      const formats = new Set()
      let piece
      for (const p of own(c)) {
        for (const [format, text] of Object.entries(texts)) {
          if (!text.includes(p)) continue
          formats.add(format)
          piece ??= p
        }
      }
      if (piece !== undefined) {
        const shown = (byFile.get(c.path) ?? []).filter((f) => f.message.includes(piece) || f.evidence.includes(piece) || f.hint.includes(piece))
        leaks.push(`${[...formats].join(',')}: ${c.path}: ${JSON.stringify(piece)} of ${JSON.stringify(c.want)} in ${shown.map((f) => `${f.ruleId} ${JSON.stringify(f.evidence)}`).join(' | ')}`)
      }
      for (const w of c.want) {
        if (w.length < 12) continue
        for (const format of ['text', 'markdown']) if (outputs[format].includes(w)) leaks.push(`${format}: ${c.path}: whole value ${JSON.stringify(w.slice(0, 6))}…`)
      }
    }
    const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`)
    console.log(`trufflehog detector tests: ${new Set(cases.map((c) => c.id)).size} detectors, ${cases.length} cases read`)
    console.log(`  positives: ${positives}; any secret rule fires on ${any} (${pct(any, positives)}), a provider rule on ${provider} (${pct(provider, positives)})`)
    console.log(`  negatives: ${negatives}; blocking on ${negativesBlocking} (${pct(negativesBlocking, negatives)})`)
    console.log(`  leaked pieces of wanted secrets in any format: ${leaks.length}`)
    for (const l of leaks.slice(0, 60)) console.log(`    ${l}`)
    mkdirSync(join(root, 'bench/.corpus'), { recursive: true })
    writeFileSync(
      join(root, 'bench/.corpus/secrets-trufflehog.txt'),
      [...leaks.map((l) => `LEAK ${l}`), ...blockedNegatives.map((l) => `NEGATIVE ${l}`), ...[...missed].map(([id, n]) => `MISSED ${id} ${n}`)].join('\n') + '\n'
    )
    return { leaks: leaks.length, recall: any / Math.max(1, positives), negatives: negativesBlocking / Math.max(1, negatives) }
  } finally {
    rmSync(tree, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run()
