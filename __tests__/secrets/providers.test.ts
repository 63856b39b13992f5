/**
 * Provider coverage: one token per documented format, built from the format (random characters of the right
 * alphabet and length), at a realistic place; each must be reported by its provider pattern, never by the generic
 * rule, and never printed. Beside them the assignment shapes the generic rule must read.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'

let seed = 20261203
function rand(): number {
  seed = (seed * 1103515245 + 12345) >>> 0
  return seed / 4294967296
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const UPPERNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const HEX = '0123456789abcdef'
const LOWERNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.toUpperCase()
const r = (n: number, alphabet = ALNUM): string => Array.from({ length: n }, () => alphabet.charAt(Math.floor(rand() * alphabet.length))).join('')
const uuid = (): string => `${r(8, HEX)}-${r(4, HEX)}-${r(4, HEX)}-${r(4, HEX)}-${r(12, HEX)}`

const tokens: Array<[string, string]> = [
  ['Dynatrace', `dt0c01.${r(24, UPPERNUM)}.${r(64, UPPERNUM)}`],
  ['Flutterwave', `FLWSECK-${r(32, HEX)}-X`],
  ['Heroku', `HRKU-${r(60, ALNUM + '_-')}`],
  ['New Relic user key', `NRAK-${r(27, UPPERNUM)}`],
  ['New Relic insert key', `NRII-${r(32)}`],
  ['New Relic license key', `${r(36, HEX)}NRAL`],
  ['New Relic license key ending FFFFNRAL', `${r(32, HEX)}FFFFNRAL`],
  ['New Relic EU license key', `eu01xx${r(26, HEX)}FFFFNRAL`],
  ['Sentry org token', `sntrys_eyJ${r(120)}_${r(43)}`],
  ['Sentry user token', `sntryu_${r(64, HEX)}`],
  ['PlanetScale', `pscale_tkn_${r(43)}`],
  ['PlanetScale password', `pscale_pw_${r(43)}`],
  ['Brevo', `xkeysib-${r(64, HEX)}-${r(16)}`],
  ['Atlassian', `ATATT3xFfGF0${r(180, ALNUM + '_-')}=${r(8, HEX)}`],
  ['Alibaba', `LTAI${r(20)}`],
  ['Doppler', `dp.pt.${r(43)}`],
  ['Pulumi', `pul-${r(40, HEX)}`],
  ['Cloudflare', `cfat_${r(48, ALNUM + '_-')}`],
  ['Harness', `pat.${r(22)}.${r(24, HEX)}.${r(20)}`],
  ['Tencent', `AKID${r(32)}`],
  ['Bitbucket', `ATBB${r(32)}`],
  ['CircleCI', `CCIPAT_${r(22)}_${r(40, HEX)}`],
  ['Buildkite', `bkua_${r(40, HEX)}`],
  ['SonarQube', `sqp_${r(40, HEX)}`],
  ['Postman', `PMAK-${r(24, HEX)}-${r(34, HEX)}`],
  ['Braintree', `access_token$production$${r(16, LOWERNUM)}$${r(32, HEX)}`],
  ['Square', `EAAA${r(60)}`],
  ['Plaid', `access-production-${uuid()}`],
  ['Telegram', `${r(1, '123456789')}${r(9, '0123456789')}:AA${r(33, ALNUM + '_-')}`],
  ['Replicate', `r8_${r(37)}`],
  ['Perplexity', `pplx-${r(48)}`],
  ['xAI', `xai-${r(80)}`],
  ['Supabase', `sbp_${r(40, HEX)}`],
  ['RubyGems', `rubygems_${r(48, HEX)}`],
  ['NuGet', `oy2${r(43, LOWERNUM)}`],
  ['JFrog', `AKCp${r(69)}`],
  ['Clojars', `CLOJARS_${r(60, HEX)}`],
  ['Netlify', `nfp_${r(36)}`],
  ['Render', `rnd_${r(32)}`],
  ['Fly.io', `fo1_${r(43, ALNUM + '_-')}`],
  ['age', `AGE-SECRET-KEY-1${r(58, BECH)}`],
  ['Mailchimp', `${r(32, HEX)}-us${r(1, '123456789')}`],
  ['Prefect', `pnu_${r(36)}`],
  ['Discord webhook', `https://discord.com/api/webhooks/${r(18, '0123456789')}/${r(68, ALNUM + '_-')}`],
  ['Slack webhook over http', `http://hooks.slack.com/services/T${r(8, UPPERNUM)}/B${r(8, UPPERNUM)}/${r(24)}`],
  ['Slack webhook without a scheme', `hooks.slack.com/services/${r(44, LOWERNUM)}`],
  ['Slack workflow trigger', `https://hooks.slack.com/triggers/${r(50, LOWERNUM)}`],
  ['Slack legacy workspace token', `xoxa-2-${r(9, '0123456789')}-${r(11, '0123456789')}-${r(13, '0123456789')}-${r(18, HEX)}`],
  ['Stripe restricted key, prod spelling', `rk_prod_51${r(97)}`],
  ['Stripe secret key, prod spelling', `sk_prod_${r(99, LOWERNUM)}`],
  ['Fly.io macaroon (fm1a_)', `fm1a_${r(120, ALNUM + '+/')}=`],
  ['Bedrock short-term key', `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${r(400, ALNUM + '+/')}`],
  ['42 Intra client secret', `s-s4t2ud-${r(64, HEX)}`],
  ['Adobe client secret', `p8e-${r(32, HEX)}`],
  ['Azure Container Registry password', `${r(42, ALNUM + '+/')}+ACR${r(6)}`]
]

const keyed: Array<[string, string, string]> = [
  ['Sumo Logic access key', 'config/collector.properties', `sumo.access.key=${r(64)}`],
  ['Datadog API key', '.env.production', `DD_API_KEY=${r(32, HEX)}`],
  ['nuget.config ClearTextPassword', 'nuget.config', `<configuration>\n  <packageSourceCredentials>\n    <feed>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${r(24)}" />\n    </feed>\n  </packageSourceCredentials>\n</configuration>`],
  ['Alibaba secret', 'config/oss.yml', `alibaba_access_key_secret: ${r(30)}`],
  ['Okta', '.env.production', `OKTA_API_TOKEN=00${r(40, ALNUM + '_-')}`],
  ['Go typed declaration named after its provider', 'internal/artifacts/jfrog.go', `var jfrogToken string = "${r(64, LOWERNUM)}"`],
  ['XML element, value on the next line', 'src/main/resources/settings.xml', `<settings>\n  <linkedinToken>\n    ${r(16, LOWERNUM)}\n  </linkedinToken>\n</settings>`],
  ['provider-named secret of digits only', 'config/oauth.properties', `discord.client.secret=${r(32, '0123456789')}`],
  ['Azure storage account key as its own setting', 'deploy/values-prod.yaml', `azurefs:\n  - account_name: shopprod\n    account_key: '${r(86, ALNUM + '+/')}=='`],
  ['Azure storage account key in a Go struct', 'internal/storage/azure.go', `var driver = Driver{\n\tAccountName: "shopprod",\n\tAccountKey:  "${r(86, ALNUM + '+/')}==",\n}`],
  ['Azure storage account key in XML', 'conf/storage.xml', `<azure>\n  <account_name>shopprod</account_name>\n  <account_key>${r(86, ALNUM + '+/')}==</account_key>\n</azure>`],
  ['Azure SAS URL', 'deploy/backup.sh', `azcopy copy ./dump "https://shopprod.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&spr=https&sig=${r(43, ALNUM + '+/')}%3D"`],
  ['Docker config auth', '.docker/config.json', `{\n  "auths": {\n    "registry.shop.example": {\n      "auth": "${Buffer.from(`ci:${r(24)}`).toString('base64')}"\n    }\n  }\n}`],
  ['DOCKER_AUTH_CONFIG with escaped quotes', '.gitlab/runner/config.toml', `[[runners]]\n  environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.shop.example\\":{\\"auth\\":\\"${Buffer.from(`deploy:${r(20)}`).toString('base64')}\\"}}}"]`],
  ['Sidekiq credential in a Go typed declaration', 'internal/gems/gems.go', `var BUNDLE_ENTERPRISE__CONTRIBSYS__COMToken string = "${r(8, HEX)}:${r(8, HEX)}"`]
]

describe('provider patterns', () => {
  it.each(tokens)('%s', async (_name, token) => {
    const findings = await scanFiles({ 'deploy/release.sh': `#!/bin/sh\ncurl -H "Authorization: Bearer ${token}" https://api.example.internal/\n` })
    const secret = findings.filter((f) => f.category === 'secret')
    expect(secret.map((f) => f.ruleId)).toEqual([expect.stringMatching(/^secret\/(?!generic-secret)/)])
    expect(JSON.stringify(findings)).not.toContain(token.slice(Math.max(8, token.length - 12)))
  })

  it.each(keyed)('%s', async (_name, path, text) => {
    const findings = await scanFiles({ [path]: `${text}\n` })
    expect(findings.filter((f) => f.category === 'secret').map((f) => f.ruleId)).toEqual([expect.stringMatching(/^secret\/(?!generic-secret)/)])
  })
})

const value = 'q7Vz2LmX9pKr4TbW8nYc'
const shapes: Array<[string, string, string]> = [
  ['Go var with a type', 'internal/client/client.go', `var apiToken string = "${value}"`],
  ['Go const', 'internal/client/client.go', `const apiToken = "${value}"`],
  ['TypeScript annotation', 'src/client.ts', `const apiToken: string = "${value}"`],
  ['os.Setenv', 'cmd/main.go', `os.Setenv("API_TOKEN", "${value}")`],
  ['System.setProperty', 'src/main/java/App.java', `System.setProperty("api.token", "${value}");`],
  ['PHP .=', 'app/config.php', `$apiToken .= "${value}";`],
  ['Makefile ?=', 'Makefile', `API_TOKEN ?= ${value}`],
  ['Makefile ::=', 'Makefile', `API_TOKEN ::= ${value}`],
  ['XML element', 'src/main/resources/config.xml', `<config><apiToken>${value}</apiToken></config>`],
  ['KEY=value inside a JSON string', 'deploy/task.json', `{ "command": "API_TOKEN=${value} ./run.sh" }`]
]

describe('public by design', () => {
  it('a Mapbox public token is a warning, by its provider rule', async () => {
    const token = `pk.eyJ1${r(80, ALNUM + '_-')}.${r(22, ALNUM + '_-')}`
    const findings = await scanFiles({ 'src/map.ts': `mapboxgl.accessToken = '${token}'\n` })
    expect(findings.filter((f) => f.category === 'secret').map((f) => [f.ruleId, f.severity])).toEqual([['secret/vendor-token', 'warn']])
    expect(JSON.stringify(findings)).not.toContain(token.slice(3, 20))
  })
})

describe('assignment shapes of the generic rule', () => {
  it.each(shapes)('%s', async (_name, path, text) => {
    const findings = await scanFiles({ [path]: `${text}\n` })
    expect(findings.filter((f) => f.ruleId === 'secret/generic-secret').length).toBe(1)
  })

  it('near misses stay quiet: a comparison, a reference, a word', async () => {
    const findings = await scanFiles({
      'cmd/main.go': 'if apiToken == "q7Vz2LmX9pKr4TbW8nYc" {}\nos.Setenv("API_TOKEN", os.Getenv("X"))\nvar apiToken string = "not-a-real-token-value"\n',
      'src/main/resources/config.xml': '<apiToken>${API_TOKEN}</apiToken>\n'
    })
    expect(findings.filter((f) => f.category === 'secret')).toEqual([])
  })
})
