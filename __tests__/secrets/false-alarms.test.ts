/**
 * False alarms fixed at their cause: each row is a realistic file at a realistic path that must not produce a
 * blocking finding, beside the near miss that still must.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import type { Finding } from '../../src/findings/finding.js'

const b64 = (s: string): string => Buffer.from(s).toString('base64')
const blocking = (findings: Finding[]): string[] => findings.filter((f) => f.severity === 'block').map((f) => `${f.ruleId}:${f.line}`)

const quiet: Array<[string, string, string]> = [
  ['Helm chart: empty passwords beside admin/root (the chart generates one)', 'charts/mysql/values.yaml', 'auth:\n  rootPassword: ""\n  username: admin\n  password: ""\n  existingSecret: ""\n'],
  ['Helm chart: key names as values', 'charts/mysql/values.yaml', 'auth:\n  existingSecretKey: password\n  existingSecretPasswordKey: mysql-password\n  user: root\n'],
  ['Kubernetes Secret: base64 of "password" as a placeholder', 'k8s/secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-password\ntype: Opaque\ndata:\n  password: ${b64('password')}\n  username: ${b64('admin')}\n`],
  ['SealedSecret encryptedData', 'k8s/sealed.yaml', 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8AdLGvYrTw6jXfPxrAk3cdRVFm9yO+4tq7FZIZc1T6mZpKJTCkX3rC7tn8MhTq1Nb6gEWrj5vPNEvqw6\n'],
  ['SOPS values', 'config/secrets.enc.json', '{\n  "password": "ENC[AES256_GCM,data:Zm9vYmFyYmF6cXV4MTIz,iv:abcd1234efgh5678ijkl,tag:Qm9vYmF6cXV4Zm9v,type:str]"\n}\n'],
  ['ansible-vault value', 'group_vars/prod/vault.yml', 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  62313365396662343061393464336163383764373764613633653634306231386433626436623361\n'],
  ['placeholders read as live', 'src/slack.js', "const a = new WebClient('xoxb-somenumbers-someletters')\nconst b = 'xoxe.xoxp-1-RANDOMSTRINGHERE'\nconst c = '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'\n"],
  ['documentation example in a docstring', 'src/auth.py', 'def login():\n    """Log in.\n\n    Example:\n        client = Client(api_key="sk_live_4eC39HqLyjWDarjtT1zdp7dc")\n        password = "Tr0ub4dor&3xK9"\n    """\n    pass\n'],
  ['commented-out generic password', 'src/db.py', '# password = "hunter2Xk9pLmN"\nconnect()\n'],
  ['Gradle dockerTest source set', 'src/dockerTest/java/AppIT.java', 'String password = "Xk9pLmN2qR7vT4wZ";\n'],
  ['Gradle testFixtures source set', 'src/testFixtures/java/Fx.java', 'String token = "Xk9pLmN2qR7vT4wZ8yB3cD6f";\n'],
  ['integration-test folder', 'integration-test/config.yml', 'password: Xk9pLmN2qR7vT4wZ\n'],
  ['smoke-test folder', 'smoke-test/app.env', 'API_TOKEN=Xk9pLmN2qR7vT4wZ8yB3cD6f\n'],
  ['test_fixtures folder', 'test_fixtures/db.yml', 'password: Xk9pLmN2qR7vT4wZ\n'],
  ["Helm chart's ci values", 'charts/app/ci/prod-values.yaml', 'password: Xk9pLmN2qR7vT4wZ\n'],
  ['password hashes', 'config/users.yml', 'admin:\n  password: $2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n  password2: "pbkdf2_sha256$260000$Xk9pLmN2qR7v$abcDEF123ghiJKL456"\n  password3: "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG"\n'],
  ['a known default reported once (by env-leak)', 'src/main/resources/application-prod.yml', 'nexusAdminPassword: "admin123"\n'],
  ['a Rails form token in HTML', 'app/views/sessions/new.html', '<input type="hidden" name="authenticity_token" value="7SWa-Fo1_hsC6oovfBsJFLGPUl2EhkSWPbJhWANwgaJWBDl1vxd9VNqXTNAefsJqzIRYaZEfYZLffa31rw8zJA" autocomplete="off" />\n'],
  ['a name that says the value is not real', 'internal/auth/auth.go', 'nonMatchingToken := "i7wh02f0bmhsph8c"\ninvalidApiKey := "Xk9pLmN2qR7vT4wZ8yB3"\nvar fakeSecret = "q7Vz2LmX9pKr4TbW8nYc"\n'],
  ['a typed example with alphabet runs', 'src/llm.py', 'client = Anthropic(api_key="sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzAA")\n'],
  ['a value cut short with an ellipsis', 'docs/setup.conf', 'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...\n'],
  ["a file name's hash suffix", 'public/index.html', '<link rel="icon" href="http://assets.example.com/media/video_box.ico-7a388b69018576d24b59331fd60aab0c.png">\n'],
  ['translations (next-intl style messages folder)', 'public/intl/messages/nl-NL.json', '{\n  "label.password": "Wachtwoord",\n  "password": "Wachtwoord",\n  "token": "Toegangssleutel"\n}\n'],
  ['a capitalized word as a label outside a translation folder', 'src/forms/labels.json', '{ "password": "Adgangskode" }\n'],
  ['a connection URL whose password is the name of a field', 'src/components/Apprise.vue', '<p>{{ $t("Example:", ["twilio://AccountSid:AuthToken@FromPhoneNo"]) }}</p>\n'],
  ['a connection-string template', 'src/pages/EditMonitor.vue', 'const template = "Server=<hostname>,<port>;Database=<your database>;User Id=<your user id>;Password=<your password>;Encrypt=<true/false>"\n'],
  ['Rails: localhost as the fallback of an environment variable', 'config/cable.yml', 'production:\n  adapter: redis\n  url: <%= ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" } %>\n'],
  ['a dev container compose file', '.devcontainer/docker-compose.yml', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: postgres\n'],
  ['a local compose file: defaults are a warning', 'docker-compose.yml', 'services:\n  mysql:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ROOT_PASSWORD=\n      - MYSQL_ALLOW_EMPTY_PASSWORD=true\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n'],
  ['Slack token with made-up IDs', 'src/slack.json', '{ "token3": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d" }\n']
]

const flagged: Array<[string, string, string, string]> = [
  ['a real-looking password in application code', 'src/db.py', 'password = "hunter2Xk9pLmN"\n', 'secret/generic-secret'],
  ['a typed Go declaration still reads as one', 'internal/auth/auth.go', 'var apiToken string = "i7wh02f0bmhsph8cQ3"\n', 'secret/generic-secret'],
  ['an XML element holding a secret on the next line', 'src/main/resources/app.xml', '<config>\n  <apiToken>\n    q7Vz2LmX9pKr4TbW8nYc\n  </apiToken>\n</config>\n', 'secret/generic-secret'],
  ['a provider token in an ordinary comment', 'src/client.js', '// GITHUB_TOKEN=ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp\n', 'secret/github-token'],
  ['an empty root password outside a chart', 'docker-compose.prod.yml', 'services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: ""\n', 'env-leak/default-credentials'],
  ['a default in a production compose file', 'deploy/docker-compose.prod.yml', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n', 'env-leak/default-credentials'],
  ['a weak password in a Kubernetes manifest', 'k8s/db.yml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  username: root\n  password: "pass"\n', 'env-leak/default-credentials'],
  ['a live password in a translation-looking value with digits', 'src/forms/db.json', '{ "password": "Wachtwoord2024x" }\n', 'secret/generic-secret'],
  ['a live key inside a Secret\'s base64 data', 'k8s/prod/app-secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  GITHUB_TOKEN: ${b64('ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp')}\n  DB_PASSWORD: ${b64('Xk9pLmN2qR7vT4wZ')}\n`, 'secret/github-token']
]

describe('secret and credential false alarms', () => {
  it.each(quiet)('%s', async (_name, path, text) => {
    expect(blocking(await scanFiles({ [path]: text })).filter((f) => !f.startsWith('env-leak/default-credentials') || !path.includes('application-prod'))).toEqual([])
  })

  it('a known default is one finding, not two', async () => {
    const findings = await scanFiles({ 'src/main/resources/application-prod.yml': 'nexusAdminPassword: "admin123"\n' })
    expect(findings.map((f) => f.ruleId)).toEqual(['env-leak/default-credentials'])
  })

  it.each(flagged)('still flagged: %s', async (_name, path, text, rule) => {
    expect(blocking(await scanFiles({ [path]: text })).some((f) => f.startsWith(`${rule}:`))).toBe(true)
  })

  it('a local compose file reports its defaults as warnings, with the reason', async () => {
    const findings = await scanFiles({ 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n' })
    const d = findings.filter((f) => f.ruleId === 'env-leak/default-credentials')
    expect(d.map((f) => [f.severity, f.line])).toEqual([['warn', 5]])
    expect(d[0]!.message).toMatch(/not named for production/)
  })

  it('a decoded Secret value is never printed, encoded or decoded', async () => {
    const token = 'ghp_SulEETldq8b8Vw2zbJYAxyL1aCcTlN99mhWp'
    const findings = await scanFiles({ 'k8s/prod/app-secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  GITHUB_TOKEN: ${b64(token)}\n` })
    const text = JSON.stringify(findings)
    expect(text.includes(token.slice(4, 20)) || text.includes(b64(token).slice(8, 24))).toBe(false)
  })
})
