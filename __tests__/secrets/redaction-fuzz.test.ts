/**
 * Nothing found is ever printed: random tokens of several providers, planted in every shape a line can hold them
 * (repeated, escaped, quoted, split by `+`, with a structured tail, next to another analyzer's finding), scanned by
 * the real pipeline in check and diff mode and rendered in every output format. No 8-character piece of a planted
 * value beyond its public prefix may appear anywhere.
 */
import { describe, expect, it } from '@jest/globals'
import { scanChange, scanFiles } from '../helpers/scan.js'
import type { Finding } from '../../src/findings/finding.js'
import { FoundSecrets, redactFindings } from '../../src/findings/redaction.js'
import { renderAllFormats } from './output-redaction.js'

/** A small seeded generator (mulberry32), so a failure is reproducible from the seed in its name. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const B64 = ALNUM + '+/'

function pick(r: () => number, alphabet: string, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += alphabet.charAt(Math.floor(r() * alphabet.length))
  return s
}

interface Token {
  value: string
  /** Leading characters that may be shown (the token's public type prefix). */
  visible: number
}

const providers: Array<(r: () => number) => Token> = [
  (r) => ({ value: `ghp_${pick(r, ALNUM, 36)}`, visible: 4 }),
  (r) => ({ value: `AKIA${pick(r, UPPER_DIGITS, 16)}`, visible: 4 }),
  (r) => ({ value: `glpat-${pick(r, ALNUM, 20)}`, visible: 6 }),
  (r) => ({ value: `sk_live_${pick(r, ALNUM, 32)}`, visible: 8 }),
  (r) => ({ value: `xoxb-${pick(r, '0123456789', 12)}-${pick(r, '0123456789', 13)}-${pick(r, ALNUM, 24)}`, visible: 5 }),
  (r) => ({ value: `npm_${pick(r, ALNUM, 36)}`, visible: 4 }),
  (r) => ({ value: `rk_prod_${pick(r, ALNUM, 40)}`, visible: 8 }),
  (r) => ({ value: `fm1a_${pick(r, B64, 120)}`, visible: 4 }),
  (r) => ({ value: `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${pick(r, B64, 200)}`, visible: 16 }),
  (r) => ({ value: `xoxa-2-${pick(r, '0123456789', 9)}-${pick(r, '0123456789', 11)}-${pick(r, ALNUM, 18)}`, visible: 5 }),
  (r) => ({ value: `s-s4t2ud-${pick(r, '0123456789abcdef', 64)}`, visible: 9 }),
  (r) => ({ value: `pk.eyJ1${pick(r, ALNUM, 80)}.${pick(r, ALNUM, 22)}`, visible: 3 })
]

/** A line (or a few) holding the token, at a realistic path. `{t}` is the token. */
const shapes: Array<{ name: string; path: string; text: (t: string) => string }> = [
  { name: 'repeated on one line', path: 'src/client.ts', text: (t) => `const token = '${t}' || '${t}';\n` },
  { name: 'three times, mixed quotes', path: 'src/client.js', text: (t) => `call("${t}", '${t}', \`${t}\`)\n` },
  { name: 'escaped quotes in a JSON string', path: 'config/service.json', text: (t) => `{ "env": "service-api-keyToken=\\"${t}\\"" }\n` },
  { name: 'apostrophe inside', path: 'scripts/run.sh', text: (t) => `echo 'it'"'"'s ${t}'\n` },
  { name: 'split by + in code', path: 'src/config.js', text: (t) => `const token = "${t}"; const again = "${t.slice(0, 12)}" + "${t.slice(12)}";\n` },
  { name: 'KEY=value inside a JSON string', path: 'deploy/task.json', text: (t) => `{ "command": "GITHUB_TOKEN=${t} ./deploy.sh" }\n` },
  { name: 'next to a debug flag in .env.production', path: '.env.production', text: (t) => `DEBUG=true # ${t}\nAPP_DEBUG=true TOKEN=${t}\n` },
  { name: 'Dockerfile ENV line', path: 'Dockerfile', text: (t) => `FROM node:20\nENV NODE_ENV=development API_TOKEN=${t}\n` },
  { name: 'SQL migration comment', path: 'db/migrate/20240101_drop.sql', text: (t) => `DROP TABLE users; -- token ${t}\n` },
  {
    name: 'compose port line',
    path: 'docker-compose.yml',
    text: (t) => `services:\n  db:\n    image: postgres:16\n    ports: ["0.0.0.0:5432:5432"] # ${t}\n    environment:\n      POSTGRES_PASSWORD: "${t}"\n`
  },
  { name: 'Terraform open ingress', path: 'infra/main.tf', text: (t) => `resource "aws_security_group_rule" "db" {\n  type = "ingress"\n  from_port = 5432\n  to_port = 5432\n  protocol = "tcp"\n  cidr_blocks = ["0.0.0.0/0"] # ${t}\n  security_group_id = "sg-1"\n}\n` },
  { name: 'package.json line', path: 'package.json', text: (t) => `{\n  "name": "app",\n  "dependencies": { "left-pad": "1.0.0" },\n  "config": { "token": "${t}" }\n}\n` },
  { name: 'XML element, value on its own line', path: 'src/main/resources/app.xml', text: (t) => `<config>\n  <apiToken>\n    ${t}\n  </apiToken>\n</config>\n` },
  { name: 'production YAML', path: 'config/production.yml', text: (t) => `log_level: debug # ${t}\napi:\n  token: ${t}\n` }
]

function pieces(token: Token): string[] {
  const out: string[] = []
  for (let i = Math.max(0, token.visible - 7); i + 8 <= token.value.length; i++) out.push(token.value.slice(i, i + 8))
  return out
}

function expectNoLeak(findings: Finding[], tokens: Token[], where: string): void {
  const outputs = renderAllFormats(findings)
  for (const [format, output] of Object.entries(outputs)) {
    for (const token of tokens) {
      const leaked = pieces(token).filter((p) => output.includes(p))
      expect({ where, format, leaked }).toEqual({ where, format, leaked: [] })
    }
  }
}

describe('redaction: no planted value survives in any output format', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8]
  for (const seed of seeds) {
    it(`seed ${seed}: every shape, every provider`, async () => {
      const r = rng(seed)
      for (const shape of shapes) {
        const make = providers[Math.floor(r() * providers.length)]!
        const token = make(r)
        const text = shape.text(token.value)
        const findings = await scanFiles({ [shape.path]: text })
        // The planted value is found (the test would prove nothing otherwise).
        expect({ shape: shape.name, token: token.value.slice(0, token.visible), found: findings.some((f) => f.category === 'secret') }).toEqual({
          shape: shape.name,
          token: token.value.slice(0, token.visible),
          found: true
        })
        expectNoLeak(findings, [token], `${shape.name} (check)`)
        const diffFindings = await scanChange({ [shape.path]: text.replace(/true|0\.0\.0\.0|development|DROP/g, 'x') }, { [shape.path]: text })
        expectNoLeak(diffFindings, [token], `${shape.name} (diff)`)
      }
    })
  }

  it('a GitHub server-to-server token with a JWT tail is redacted whole', async () => {
    const r = rng(42)
    const jwt = `eyJ${pick(r, ALNUM, 30)}.eyJ${pick(r, ALNUM, 60)}.${pick(r, ALNUM + '_-', 43)}`
    const token: Token = { value: `ghs_${pick(r, ALNUM, 36)}_${jwt}`, visible: 4 }
    const findings = await scanFiles({ '.github/workflows/deploy.yml': `env:\n  APP_TOKEN: ${token.value}\n` })
    expect(findings.some((f) => f.ruleId === 'secret/github-token')).toBe(true)
    expectNoLeak(findings, [token], 'ghs with tail')
  })

  it('a private key split over concatenated string pieces', async () => {
    const r = rng(7)
    const lines = Array.from({ length: 6 }, () => pick(r, B64, 64))
    const text = `const key = "-----BEGIN RSA PRIVATE KEY-----\\n" +\n${lines.map((l) => `  "${l}\\n" +`).join('\n')}\n  "-----END RSA PRIVATE KEY-----";\n`
    const findings = await scanFiles({ 'src/signing.js': text })
    expect(findings.some((f) => f.ruleId === 'secret/private-key')).toBe(true)
    expectNoLeak(findings, lines.map((value) => ({ value, visible: 0 })), 'split private key')
  })
})

describe('redaction guard at the report boundary', () => {
  const finding = (evidence: string, message = 'm'): Finding => ({
    ruleId: 'env-leak/debug-mode',
    category: 'env-leak',
    severity: 'block',
    file: 'x',
    line: 1,
    message,
    evidence,
    hint: '',
    docs: '',
    fingerprint: 'f'
  })

  it('redacts every spelling of a found value and keeps the public prefix readable only in messages it wrote', () => {
    const found = new FoundSecrets()
    const value = 'ghp_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8'
    found.add({ value, visible: 4 })
    const out = redactFindings(
      [
        finding(`DEBUG=true # ${value}`),
        finding(`"${value.slice(0, 10)}" + "${value.slice(10)}"`),
        finding(`x=\\"${value}\\"`),
        finding('nothing here', `GitHub token committed (ghp_…(40 chars))`)
      ],
      found
    )
    expect(out.map((f) => f.evidence)).toEqual(['DEBUG=true # …(40 chars)', '"…(45 chars)"', 'x=\\"…(40 chars)\\"', 'nothing here'])
    expect(out[3]!.message).toBe('GitHub token committed (ghp_…(40 chars))')
  })

  it('an 8-character piece of a found value counts as the value', () => {
    const found = new FoundSecrets()
    found.add({ value: 'Zq8vR2mX7pL4kT9w', visible: 0 })
    const [f] = redactFindings([finding('partial: mX7pL4kT then more')], found)
    expect(f!.evidence).not.toContain('mX7pL4kT')
  })

  it('a short value is redacted only as a whole token', () => {
    const found = new FoundSecrets()
    found.add({ value: 'hunter2', visible: 0 })
    const [f] = redactFindings([finding('password=hunter2 and hunter22x stays')], found)
    expect(f!.evidence).toBe('password=…(7 chars) and hunter22x stays')
  })
})
