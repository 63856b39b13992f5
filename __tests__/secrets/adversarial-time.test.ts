/**
 * No slow path: every secret pattern and every env-leak reader over worst-case inputs (runs of the characters a
 * pattern repeats, a keyword over and over, a keyword followed by what almost matches, PEM BEGIN lines without an
 * END), each file within a generous time budget. A quadratic regex takes seconds on these; linear ones milliseconds.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { secretAnalyzer } from '../../src/analyzers/secrets/index.js'
import { envleakAnalyzers } from '../../src/analyzers/envleak/index.js'
import { secretPatterns } from '../../src/analyzers/secrets/patterns.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'

const SIZE = 64 * 1024
/** 64 KB in this long is 0.04 MB/s: far below the goal, far above what a linear pass takes on a loaded machine. */
const BUDGET_MS = 1500

const analyzers = [secretAnalyzer, ...envleakAnalyzers]
const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

async function elapsed(path: string, text: string): Promise<number> {
  const started = performance.now()
  await scanFiles({ [path]: text }, { analyzers })
  return performance.now() - started
}

const PATHS = [
  '.env.production',
  'config/production.yml',
  'src/app.ts',
  'src/main/resources/application-prod.properties',
  'Dockerfile',
  'config/prod.ini',
  'mysite/settings/production.py',
  'src/Api/appsettings.Production.json',
  'charts/app/values.yaml',
  'netlify.toml'
]
const FILLERS = [' ', '\n', ' \n', 'a', 'aZ9', '=', '"', "'", '\\', '\\n', '+', '/', '-', 'a-', '_', '.', ':', '@', '://', '#', '[', '${', '{{', '\t', ',', ';', '=a', ': ', '%']

describe('no input is slow', () => {
  it('the reported worst cases', async () => {
    const cases: Array<[string, string]> = [
      ['charts/app/values.yaml', fill('-----BEGIN RSA PRIVATE KEY-----\n')],
      ['charts/app/values.yaml', fill('  tls.key: |\n    -----BEGIN PRIVATE KEY-----\n    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC+/+/+/+/+/+/+/+/+/+/+/\n')],
      ['.env.production', `A=a${fill(' ')}b\n`],
      ['.env.production', `token=${fill('a', 128 * 1024)}\n`],
      ['.env.production', fill('token=')],
      ['config/production.yml', `password: "${fill('a"+"')}"\n`],
      // env-leak's section hint: `^\s*` from every line start ran over all the blank lines after it (41 s for 80 KB).
      ['charts/app/values.yaml', fill(' \n')],
      ['docs/openapi.yaml', `openapi: 3.0.0\n${fill('\n')}`],
      ['Dockerfile', `FROM node:22\nENV ${fill('a')} A=1\n`],
      ['.env.production', `MAIL_FROM=${fill('a.')}@\n`]
    ]
    for (const [path, text] of cases) {
      const ms = await elapsed(path, text)
      expect({ path, start: text.slice(0, 40), slow: ms > BUDGET_MS * (text.length / SIZE) }).toEqual({ path, start: text.slice(0, 40), slow: false })
    }
  }, 120_000)

  it('every pattern keyword repeated, and followed by near misses', async () => {
    const keywords = new Set(secretPatterns(bundledKnowledge()).map((p) => p.keywords[0]!))
    for (const k of ['password', 'DEBUG', 'log_level', 'localhost', 'http://', 'sk_test_', 'export ', '[production]', 'production:', '%prod.', 'ENV ']) keywords.add(k)
    let i = 0
    for (const keyword of keywords) {
      const path = PATHS[i++ % PATHS.length]!
      for (const text of [fill(keyword), fill(`${keyword} = a\n`), `${keyword}="${fill('aZ9+/')}`, fill(`${keyword}_${keyword}-`)]) {
        const ms = await elapsed(path, text)
        expect({ keyword, path, slow: ms > BUDGET_MS }).toEqual({ keyword, path, slow: false })
      }
    }
  }, 300_000)

  it('runs of every repeated character class, in every format', async () => {
    for (const path of PATHS) {
      for (const f of FILLERS) {
        // Broken YAML/JSON costs what the shared YAML parse costs (src/analyzers/yaml-source.ts, bounded there).
        if ((f === '"' || f === '[' || f === '{{') && /\.(?:ya?ml|json)$/.test(path)) continue
        for (const text of [fill(f), `A=a${fill(f)}b\n`, `key: ${fill(f)}`]) {
          const ms = await elapsed(path, text)
          expect({ path, filler: f, slow: ms > BUDGET_MS }).toEqual({ path, filler: f, slow: false })
        }
      }
    }
  }, 300_000)
})
