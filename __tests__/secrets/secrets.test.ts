/**
 * The secret rules as a specification: realistic files at realistic paths, the rule each must produce, the value that
 * must never appear in any output format, and the near misses that must stay quiet.
 */
import { describe, expect, it } from '@jest/globals'
import { scanChange, scanFiles } from '../helpers/scan.js'
import type { Finding } from '../../src/findings/finding.js'
import { leakedPieces, renderAllFormats } from './output-redaction.js'

const secretsOf = (findings: Finding[]): Finding[] => findings.filter((f) => f.category === 'secret')

const PEM_BODY = [
  'MIIEpMxt95OqPkYPfrM/DLQzy0nhX+IZEmvEUGHAxI4A5Umn8MIhkwdxJNGwp8j0',
  'BLoMs21EG8/OYY8hUhBOKyNDf61SSQgQisO9jgcHHwz4IdNbb9xC8/OcBDuHbSBc',
  'M1RbAymVntMpuvsYRIebK6G1JHLD8G/LbR5VUXLqOnaYbytxDMSr7ymIefh9mAAa',
  'INDZa68NNfoACOiTPHu04VpkdjczRtIzTY+EW8PAyT1dWs8/0Pup1+jZD55+Zlkk'
]

interface Positive {
  name: string
  path: string
  text: string
  rule: string
  line: number
  /** Values that must not appear in any output. */
  secrets: string[]
  severity?: 'block' | 'warn'
}

const positives: Positive[] = [
  {
    name: 'AWS access key id and secret in a dotenv',
    path: '.env',
    text: 'AWS_REGION=eu-west-1\nAWS_ACCESS_KEY_ID=AKIAQWB5PDKHX6PYGPAN\nAWS_SECRET_ACCESS_KEY=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\n',
    rule: 'secret/aws-key',
    line: 2,
    secrets: ['AKIAQWB5PDKHX6PYGPAN', '0JxXujr4qqaaABvvLOzAxzXMcU1vsHiQMaRiNTN9']
  },
  {
    name: 'AWS secret in a CloudFormation output pasted into JSON',
    path: 'infra/outputs.json',
    text: '{\n  "AccessKeyId": "ASIAQWB5PDKHX6PYGPAN",\n  "SecretAccessKey": "0JxXujr4qqaaABvvLOzAxzXMcU1vsHiQMaRiNTN9"\n}\n',
    rule: 'secret/aws-key',
    line: 2,
    secrets: ['0JxXujr4qqaaABvvLOzAxzXMcU1vsHiQMaRiNTN9']
  },
  {
    name: 'PEM RSA private key file',
    path: 'deploy/tls/server.key',
    text: `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY.join('\n')}\n-----END RSA PRIVATE KEY-----\n`,
    rule: 'secret/private-key',
    line: 1,
    secrets: [PEM_BODY[1]!, PEM_BODY[2]!]
  },
  {
    name: 'PKCS#8 key inside a GCP service account JSON (escaped newlines)',
    path: 'config/gcp-service-account.json',
    text: `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "4f1e0c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${PEM_BODY.join('\\n')}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "deploy@acme-prod.iam.gserviceaccount.com"\n}\n`,
    rule: 'secret/private-key',
    line: 5,
    secrets: [PEM_BODY[1]!]
  },
  {
    name: 'GitHub classic token in a workflow',
    path: '.github/workflows/release.yml',
    text: 'jobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp\n',
    rule: 'secret/github-token',
    line: 5,
    secrets: ['ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp']
  },
  {
    name: 'GitHub fine-grained token in a script',
    path: 'scripts/release.ts',
    text: "const octokit = new Octokit({ auth: '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' })\n",
    rule: 'secret/github-token',
    line: 1,
    secrets: ['11AQ7KZ3B0x7Kq2mZ9vR4t_Qe8rT2yU6iO1pA5sD9fG3hJ7kL4zX0cV2bN6mQ8wE3rT7yU1iO5pA9sD3fG']
  },
  {
    name: 'GitLab personal access token in a clone URL',
    path: 'scripts/mirror.sh',
    text: '#!/bin/sh\ngit push https://oauth2:glpat-708DwGw5HqXDgLVXZx3s@gitlab.com/acme/app.git main\n',
    rule: 'secret/gitlab-token',
    line: 2,
    secrets: ['glpat-708DwGw5HqXDgLVXZx3s']
  },
  {
    name: 'Slack bot token in Python',
    path: 'app/notify.py',
    text: 'import os\n\nSLACK_BOT_TOKEN = "xoxb-061358952548-1454212472019-I7zcpVMw0qDPAjd6OcZFv1ni"\n',
    rule: 'secret/slack-token',
    line: 3,
    secrets: ['xoxb-061358952548-1454212472019-I7zcpVMw0qDPAjd6OcZFv1ni']
  },
  {
    name: 'Slack webhook in YAML',
    path: 'config/alerts.yml',
    text: 'alerts:\n  slack: https://hooks.slack.com/services/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\n',
    rule: 'secret/slack-token',
    line: 2,
    secrets: ['Ez5jhy0I9lO7F3vlfFrGYJ3G']
  },
  {
    name: 'Stripe live secret key',
    path: 'server/.env',
    text: 'STRIPE_SECRET_KEY=sk_live_xeYYXwSLQcWtxJTQr1FqXSTs\n',
    rule: 'secret/stripe-key',
    line: 1,
    secrets: ['sk_live_xeYYXwSLQcWtxJTQr1FqXSTs', 'xeYYXwSLQcWtxJTQr1FqXSTs']
  },
  {
    name: 'Twilio API key and auth token in Ruby',
    path: 'config/initializers/twilio.rb',
    text: 'TWILIO_API_KEY = "SKa50f8a8e9bb8bdb5eba456bf92d5d980"\nTWILIO_AUTH_TOKEN = "65e5751f75143a5f61debc267b0bc8d3"\n',
    rule: 'secret/twilio-key',
    line: 1,
    secrets: ['SKa50f8a8e9bb8bdb5eba456bf92d5d980', '65e5751f75143a5f61debc267b0bc8d3']
  },
  {
    name: 'SendGrid key in JavaScript',
    path: 'src/mail.js',
    text: "import sgMail from '@sendgrid/mail'\nsgMail.setApiKey('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')\n",
    rule: 'secret/sendgrid-key',
    line: 2,
    secrets: ['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']
  },
  {
    name: 'npm token in .npmrc',
    path: '.npmrc',
    text: '@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_r2jUssFMEHP3M4V5hbWitsITvNsUHbDwxRV0\n',
    rule: 'secret/npm-token',
    line: 2,
    secrets: ['npm_r2jUssFMEHP3M4V5hbWitsITvNsUHbDwxRV0']
  },
  {
    name: 'JWT signing key in a dotenv',
    path: 'api/.env',
    text: 'PORT=8080\nJWT_SECRET=LicaqJDR6g4RImaBXZBMKST9OPE261yEzR2Um5sD1Wet1aSX\n',
    rule: 'secret/jwt',
    line: 2,
    secrets: ['LicaqJDR6g4RImaBXZBMKST9OPE261yEzR2Um5sD1Wet1aSX']
  },
  {
    name: 'Postgres URL with a password in compose',
    path: 'docker-compose.yml',
    text: 'services:\n  api:\n    image: acme/api:1.4.2\n    environment:\n      DATABASE_URL: postgres://app:Xk9mQ2vL8pRt@db:5432/app\n',
    rule: 'secret/connection-string',
    line: 5,
    secrets: ['Xk9mQ2vL8pRt']
  },
  {
    name: 'ADO.NET connection string with a password',
    path: 'src/Api/appsettings.json',
    text: '{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:acme.database.windows.net,1433;Database=app;User ID=app;Password=Vq8#Lm2!Rt5z;Encrypt=True;"\n  }\n}\n',
    rule: 'secret/connection-string',
    line: 3,
    secrets: ['Vq8#Lm2!Rt5z']
  },
  {
    name: 'high-entropy API_SECRET',
    path: '.env',
    text: 'API_SECRET=BLsPXE6tjkESJ4FvIjBLIZde\n',
    rule: 'secret/generic-secret',
    line: 1,
    secrets: ['BLsPXE6tjkESJ4FvIjBLIZde']
  },
  {
    name: 'client secret in a TypeScript object literal',
    path: 'src/auth/oauth.ts',
    text: "export const oauth = {\n  clientId: 'acme-web',\n  clientSecret: 'q3Zr8TtV1mXw5Kp9Lb2Nc7Hd',\n}\n",
    rule: 'secret/generic-secret',
    line: 3,
    secrets: ['q3Zr8TtV1mXw5Kp9Lb2Nc7Hd']
  },
  {
    name: 'password in Spring properties',
    path: 'src/main/resources/application.properties',
    text: 'spring.datasource.url=jdbc:postgresql://db.acme.internal:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=pG7#x2Lq9mTz\n',
    rule: 'secret/generic-secret',
    line: 3,
    secrets: ['pG7#x2Lq9mTz']
  },
  {
    name: 'Anthropic key',
    path: 'app/llm.py',
    text: 'client = Anthropic(api_key="sk-ant-api03-3lO__TVhrLtLCHiEGKrEV6XwqcRkelp6EX79PndXgt2Cok_BrWTELQSXWrTL3UeBxYimeexzzf_9Sa28M2P77mytujVX8AA")\n',
    rule: 'secret/vendor-token',
    line: 1,
    secrets: ['3lO__TVhrLtLCHiEGKrEV6XwqcRkelp6EX79PndXgt2Cok_BrWTELQSXWrTL3UeBxYimeexzzf_9Sa28M2P77mytujVX8AA']
  },
  {
    name: 'Google API key (a warning: browser keys are public by design)',
    path: 'web/src/firebase.ts',
    text: "export const firebaseConfig = { apiKey: 'AIzaDIkidQ2iZ_gppCorL4txx0uiBfnWjJhpZrb', projectId: 'acme-prod' }\n",
    rule: 'secret/gcp-key',
    line: 1,
    secrets: ['AIzaDIkidQ2iZ_gppCorL4txx0uiBfnWjJhpZrb'],
    severity: 'warn'
  }
]

describe('secrets that must be found', () => {
  it.each(positives.map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    const findings = secretsOf(await scanFiles({ [p.path]: p.text }))
    const first = findings.find((f) => f.ruleId === p.rule)
    expect(first).toBeDefined()
    expect(first!.line).toBe(p.line)
    expect(first!.file).toBe(p.path)
    expect(first!.severity).toBe(p.severity ?? 'block')
    for (const [format, output] of Object.entries(renderAllFormats(findings))) {
      for (const secret of p.secrets) for (const piece of leakedPieces(secret)) expect([format, output.includes(piece)]).toEqual([format, false])
    }
  })
})

const negatives: Array<[string, string, string]> = [
  ['.env.example placeholders', '.env.example', 'API_SECRET=your-api-secret-here\nDATABASE_URL=postgres://user:password@localhost:5432/app\nJWT_SECRET=changeme\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'],
  ['a test fixture with fake values', 'tests/fixtures/payment.json', '{ "api_key": "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "client_secret": "q3Zr8TtV1mXw5Kp9Lb2Nc7Hd", "token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LXVzZXItMTIzIn0.Vf2xq8LrT5mZ9pKcN3bW7hJ4dG1sY6aE0uI2oQ8xR5t" }\n'],
  ['Stripe test keys are not secrets', 'server/.env', 'STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\nSTRIPE_PUBLISHABLE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx\n'],
  ['references to the environment', 'src/config.ts', "export const config = {\n  apiKey: process.env.API_KEY,\n  secret: process.env['APP_SECRET'] ?? '',\n  password: getPassword(),\n}\nconst TOKEN_HEADER = 'X-Auth-Token'\n"],
  ['templated values', 'charts/api/values.yaml', 'db:\n  password: "{{ .Values.global.dbPassword }}"\n  url: postgres://app:${DB_PASSWORD}@db:5432/app\napiToken: ${{ secrets.API_TOKEN }}\n'],
  ['code that names secrets without holding one', 'src/auth/session.py', 'def login(request):\n    password = request.form["password"]\n    token = make_token(user_id=request.user.id)\n    secret_key = settings.SECRET_KEY\n    return token\n'],
  ['a lockfile full of hashes', 'package-lock.json', '{\n  "packages": {\n    "node_modules/left-pad": {\n      "integrity": "sha512-ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWpAAAAAAAA==",\n      "token": "BLsPXE6tjkESJ4FvIjBLIZde"\n    }\n  }\n}\n'],
  ['vendored code', 'node_modules/some-lib/test/.env', 'GITHUB_TOKEN=ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp\n'],
  ['a minified bundle', 'public/app.min.js', 'var a="ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp";\n'],
  ['gitleaks:allow', '.env', 'GITHUB_TOKEN=ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp # gitleaks:allow\n'],
  ['pragma: allowlist secret', 'app/settings.py', 'API_SECRET = "BLsPXE6tjkESJ4FvIjBLIZde"  # pragma: allowlist secret\n'],
  ['secretlint-disable-line', 'src/mail.js', "sgMail.setApiKey('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') // secretlint-disable-line\n"],
  ['secretlint-disable-next-line', 'src/mail.js', "// secretlint-disable-next-line\nsgMail.setApiKey('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')\n"],
  ['a documented placeholder key', 'docs/tls.md', 'Put your key in `server.key`:\n\n    -----BEGIN RSA PRIVATE KEY-----\n    ...\n    -----END RSA PRIVATE KEY-----\n'],
  ['low-entropy and sequential values', '.env', 'API_TOKEN=aaaaaaaaaaaaaaaaaaaaaaaa\nAPI_SECRET=abcdefghijklmnopqrstuvwx\nSESSION_SECRET=1234567890123456\n'],
  ['Azurite development key', 'src/Api/appsettings.Development.json', '{ "Storage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" }\n'],
  ['words that are not tokens', 'README.md', 'Set the secret token in your CI settings. The password must be at least 12 characters.\n']
]

describe('near misses that must stay quiet', () => {
  it.each(negatives)('%s', async (_name, path, text) => {
    expect(secretsOf(await scanFiles({ [path]: text })).map((f) => `${f.ruleId}:${f.line}`)).toEqual([])
  })
})

describe('evidence around a found secret', () => {
  // A second credential-looking value on the line that no pattern names (trufflehog's invoiceocean case: a key beside
  // a secret) is redacted with the found one; names, paths and words stay readable.
  it.each([
    ['src/app/settings.conf', "invoiceocean = 'ZWd1e2141Q2R1ds23sdX' secret = '4f2a9c.invoiceocean.com'\n", ['ZWd1e2141Q2R1ds23sdX', '4f2a9c.invoiceocean.com'], ['secret = ']],
    ['.env', 'GITHUB_TOKEN=ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp # was 9fK2mQ7xLp4RtZ8vB3nW6yJ1 before\n', ['SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp', '9fK2mQ7xLp4RtZ8vB3nW6yJ1'], ['GITHUB_TOKEN', 'before']],
    ['config/app.py', "AWS = {'id': 'AKIAQYLPMN5HHHFPZAM2', 'secret': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY', 'region': 'eu-west-1'}\n", ['QYLPMN5HHHFPZAM2', 'wJalrXUtnFEMI/K7MDENG'], ['region', 'eu-west-1']]
  ])('%s: %j', async (path, text, hidden, shown) => {
    const findings = secretsOf(await scanFiles({ [path]: text }))
    expect(findings.length).toBeGreaterThan(0)
    for (const [format, output] of Object.entries(renderAllFormats(findings))) {
      for (const value of hidden) for (const piece of leakedPieces(value)) expect([format, value, output.includes(piece)]).toEqual([format, value, false])
    }
    for (const word of shown) expect([word, findings.some((f) => f.evidence.includes(word))]).toEqual([word, true])
  })
})

describe('tests, fixtures and defaults', () => {
  it('a provider key in a test fixture is shown as a warning, not a block', async () => {
    const findings = secretsOf(await scanFiles({ 'spec/fixtures/github_client.json': '{ "token": "ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp" }\n' }))
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['secret/github-token', 'warn']])
    expect(findings[0]!.evidence).not.toContain('SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp')
  })

  it('well-known default logins in URLs are not secrets (env-leak reports them where they are deployed)', async () => {
    const text = 'BROKER_URL=amqp://guest:guest@localhost:5672/\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/app\nREDIS_URL=redis://:redis@localhost:6379/0\n'
    expect(secretsOf(await scanFiles({ 'scripts/dev-setup.sh': text }))).toEqual([])
  })
})

describe('settings and markers', () => {
  it('`secrets.allow` regexes allow a value', async () => {
    const text = 'API_SECRET=BLsPXE6tjkESJ4FvIjBLIZde\n'
    expect(secretsOf(await scanFiles({ '.env': text }))).toHaveLength(1)
    expect(secretsOf(await scanFiles({ '.env': text }, { config: { secrets: { allow: ['^BLsPXE6t'] } } }))).toHaveLength(0)
  })

  it('prodguard-ignore with a reason suppresses, and the finding says so', async () => {
    const findings = secretsOf(await scanFiles({ '.env': '# prodguard-ignore secret/generic-secret -- rotated, kept for the replay test\nAPI_SECRET=BLsPXE6tjkESJ4FvIjBLIZde\n' }))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.suppressed?.reason).toBe('rotated, kept for the replay test')
  })

  it('secretlint-disable ... secretlint-enable blocks', async () => {
    const text = '# secretlint-disable\nA_TOKEN=ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp\n# secretlint-enable\nB_TOKEN=ghp_Zz9vR4tW8pL3nB6cY1dF5gH0jSx7Kq2mAbCd\n'
    expect(secretsOf(await scanFiles({ 'ci/.env': text })).map((f) => f.line)).toEqual([4])
  })
})

describe('diff: only secrets the change adds', () => {
  const base = { '.env': 'API_SECRET=BLsPXE6tjkESJ4FvIjBLIZde\n' }

  it('an existing secret on a moved line is not new', async () => {
    const head = { '.env': 'PORT=8080\nLOG_LEVEL=info\nAPI_SECRET=BLsPXE6tjkESJ4FvIjBLIZde\n' }
    expect(secretsOf(await scanChange(base, head))).toEqual([])
  })

  it('a new secret is reported on its line', async () => {
    const head = { '.env': 'API_SECRET=BLsPXE6tjkESJ4FvIjBLIZde\nGITHUB_TOKEN=ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp\n' }
    const findings = secretsOf(await scanChange(base, head))
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['secret/github-token', 2]])
  })

  it('a rotated value is a new finding', async () => {
    const head = { '.env': 'API_SECRET=Wq3rT9zLk2VbN8mXc4PdH7sY\n' }
    expect(secretsOf(await scanChange(base, head)).map((f) => f.ruleId)).toEqual(['secret/generic-secret'])
  })
})
