/** env-leak in production configuration: debug log levels per framework, and four false alarms fixed at their cause. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

const debugLevels: Array<[string, string, string, number]> = [
  ['Rails', 'config/environments/production.rb', 'Rails.application.configure do\n  config.log_level = :debug\nend\n', 2],
  ['dotenv', '.env.production', 'APP_NAME=shop\nLOG_LEVEL=debug\n', 2],
  ['Node debug module', '.env.production', 'DEBUG=*\n', 1],
  ['Spring', 'src/main/resources/application-prod.yml', 'logging:\n  level:\n    root: DEBUG\n', 3],
  ['.NET', 'src/Api/appsettings.Production.json', '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Debug"\n    }\n  }\n}\n', 4],
  ['Django', 'mysite/settings/production.py', "LOGGING = {\n    'root': {\n        'level': 'DEBUG',\n    },\n}\n", 3],
  ['Node config', 'config/production.json', '{\n  "logger": {\n    "level": "debug"\n  }\n}\n', 3]
]

describe('debug log levels in production configuration', () => {
  it.each(debugLevels)('%s', async (_name, path, text, line) => {
    const findings = await scanFiles({ [path]: text })
    expect(findings.filter((f) => f.ruleId === 'env-leak/debug-mode').map((f) => f.line)).toEqual([line])
  })

  it('info and warn levels are not debug', async () => {
    const findings = await scanFiles({ '.env.production': 'LOG_LEVEL=info\n', 'src/main/resources/application-prod.yml': 'logging:\n  level:\n    root: WARN\n' })
    expect(findings.filter((f) => f.ruleId === 'env-leak/debug-mode')).toEqual([])
  })
})

describe('not a non-production leak', () => {
  it('the in-cluster DNS domain is production', async () => {
    const findings = await scanFiles({ 'deploy/prod/values-production.yaml': 'clusterDomain: cluster.local\ndb:\n  host: postgres.prod.svc.cluster.local\n' })
    expect(findings.filter((f) => f.ruleId === 'env-leak/non-production-host')).toEqual([])
  })

  it('a .local host that is not the cluster domain still is', async () => {
    const findings = await scanFiles({ 'config/production.yml': 'db:\n  host: db.local\n' })
    expect(findings.filter((f) => f.ruleId === 'env-leak/non-production-host').length).toBe(1)
  })

  it('0.0.0.0 is the any-address of a bind or a firewall rule, not loopback', async () => {
    const findings = await scanFiles({ 'config/production.yml': 'server:\n  host: 0.0.0.0\nfirewall:\n  allow_from: 0.0.0.0\n' })
    expect(findings.filter((f) => f.ruleId === 'env-leak/non-production-host')).toEqual([])
  })

  it('a reference with a development default is not a test email', async () => {
    const findings = await scanFiles({ 'src/main/resources/application-prod.yml': 'spring:\n  mail:\n    username: ${MAIL_USERNAME:your_email@example.com}\n' })
    expect(findings.filter((f) => f.ruleId === 'env-leak/test-email')).toEqual([])
  })

  it('a literal test address still is', async () => {
    const findings = await scanFiles({ 'src/main/resources/application-prod.yml': 'spring:\n  mail:\n    username: ops@example.com\n' })
    expect(findings.filter((f) => f.ruleId === 'env-leak/test-email').length).toBe(1)
  })

  it('private-key evidence never says (0 chars)', async () => {
    const body = ['MIIEpMxt95OqPkYPfrM/DLQzy0nhX+IZEmvEUGHAxI4A5Umn8MIhkwdxJNGwp8j0', 'BLoMs21EG8/OYY8hUhBOKyNDf61SSQgQisO9jgcHHwz4IdNbb9xC8/OcBDuHbSBc']
    const findings = await scanFiles({ 'config/tls/production.yml': `tls:\n  key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    ${body.join('\n    ')}\n    -----END RSA PRIVATE KEY-----\n` })
    expect(findings.map((f) => f.ruleId)).toContain('secret/private-key')
    for (const f of findings) expect(f.evidence + f.message).not.toContain('(0 chars)')
  })
})

describe('JSON read by the JSON reader', () => {
  it('keeps lines, comments and numbers as written, and fails closed on a repeated key and on deep nesting', async () => {
    const ok = await scanFiles({
      'src/Api/appsettings.Production.json': '{\n  // comments are allowed here\n  "Port": 8080,\n  "Logging": { "LogLevel": { "Default": "Debug" } },\n  "Db": { "Host": "localhost" }\n}\n'
    })
    expect(ok.map((f) => `${f.ruleId}:${f.line}`).sort()).toEqual(['env-leak/debug-mode:4', 'env-leak/non-production-host:5'])
    const twice = await scanFiles({ 'config/production.json': '{\n  "db": { "host": "db.internal" },\n  "db": { "host": "localhost" }\n}\n' })
    expect(twice.filter((f) => f.ruleId === 'unanalyzable/parse-error').map((f) => f.line)).toEqual([3])
    const deep = await scanFiles({ 'config/production.json': `${'{"a":'.repeat(300)}1${'}'.repeat(300)}\n` })
    expect(deep.some((f) => f.ruleId === 'unanalyzable/too-large')).toBe(true)
  })
})
