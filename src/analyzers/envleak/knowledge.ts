/**
 * The env-leak knowledge (rules/env-leak/*.yml), loaded and compiled once per knowledge source: which paths are
 * production, what a non-production host looks like, sandbox endpoints, test keys, debug flags, default credentials
 * and test mail. The analyzer code is the engine; these tables are what it knows.
 */
import type { Knowledge } from '../../knowledge/knowledge.js'
import { compileGlobs, type PathPredicate } from '../../config/globs.js'

interface PathsFile {
  productionTokens: string[]
  nonProductionTokens: string[]
  nameOnlyTokens: string[]
  testDataDirs: string[]
  productionFiles: string[]
  nonProductionFiles: string[]
  configExtensions: string[]
  codeConfigFiles: string[]
  ciFiles: string[]
  deployableFiles: string[]
  sectionNames: { production: string[]; nonProduction: string[] }
}

interface HostsFile {
  loopbackHosts: string[]
  loopbackSuffixes: string[]
  reservedSuffixes: string[]
  reservedHosts: string[]
  productionSuffixes?: string[]
  environmentWords: string[]
  tunnelSuffixes: string[]
  previewPatterns: string[]
  hostKeys: string
  resourceKeys: string
}

interface SandboxFile {
  sandboxHosts: Array<{ host: string; vendor: string }>
  sandboxPatterns: Array<{ pattern: string; vendor: string }>
  emulators: Array<{ pattern: string; name: string; keys?: string }>
  emulatorKeys: Array<{ key: string; name: string }>
}

interface KeyRow {
  pattern: string
  vendor: string
  visible: number
}

interface TestKeysFile {
  testKeys: KeyRow[]
  liveKeys: KeyRow[]
}

interface FlagRow {
  key: string
  value: string
  files?: string[]
  rule: 'debug-mode' | 'unsafe-setting'
  what: string
}

interface CredentialsFile {
  knownDefaults: Array<{ key: string; values: string[]; product: string }>
  defaultPairs: Array<[string, string]>
  emptyPasswordUsers: string[]
  weakPasswords: string[]
  userKeys: string
  passwordKeys: string
  nameKeys?: string
  generatedWhenEmpty?: string[]
}

interface MailFile {
  mailKeys: string
  testWords: string[]
  testDomains: string[]
  testDomainSuffixes: string[]
}

export interface KeyPattern {
  regex: RegExp
  vendor: string
  visible: number
}

export interface FlagPattern {
  key: RegExp
  value: RegExp
  files: string[] | undefined
  rule: 'env-leak/debug-mode' | 'env-leak/unsafe-setting'
  what: string
}

export interface EnvLeakKnowledge {
  paths: PathsFile
  hosts: {
    loopbackHosts: Set<string>
    loopbackSuffixes: string[]
    reservedSuffixes: string[]
    reservedHosts: Set<string>
    productionSuffixes: string[]
    environmentWords: Set<string>
    tunnelSuffixes: string[]
    previewPatterns: RegExp[]
    hostKeys: RegExp
    resourceKeys: RegExp
  }
  sandbox: {
    hosts: Array<{ host: string; vendor: string }>
    patterns: Array<{ regex: RegExp; vendor: string }>
    emulators: Array<{ regex: RegExp; name: string; keys: RegExp | undefined }>
    emulatorKeys: Array<{ key: RegExp; name: string }>
  }
  testKeys: KeyPattern[]
  liveKeys: KeyPattern[]
  flags: FlagPattern[]
  credentials: {
    knownDefaults: Array<{ key: RegExp; values: Set<string>; product: string }>
    defaultPairs: Set<string>
    emptyPasswordUsers: Set<string>
    weakPasswords: Set<string>
    userKeys: RegExp
    passwordKeys: RegExp
    /** Keys whose value names another thing (`existingSecretKey: password`): never a credential. */
    nameKeys: RegExp | undefined
    /** Files where an empty password means "generate one" (Helm chart values). */
    generatedWhenEmpty: PathPredicate
  }
  mail: {
    mailKeys: RegExp
    testWords: Set<string>
    testDomains: Set<string>
    testDomainSuffixes: string[]
  }
}

const cache = new WeakMap<Knowledge, EnvLeakKnowledge>()

export function envLeakKnowledge(knowledge: Knowledge): EnvLeakKnowledge {
  let compiled = cache.get(knowledge)
  if (compiled === undefined) {
    compiled = compile(knowledge)
    cache.set(knowledge, compiled)
  }
  return compiled
}

function compile(knowledge: Knowledge): EnvLeakKnowledge {
  const paths = knowledge.load<PathsFile>('env-leak/production-paths.yml')
  const hosts = knowledge.load<HostsFile>('env-leak/non-production-hosts.yml')
  const sandbox = knowledge.load<SandboxFile>('env-leak/sandbox-endpoints.yml')
  const keys = knowledge.load<TestKeysFile>('env-leak/test-keys.yml')
  const flags = knowledge.load<{ flags: FlagRow[] }>('env-leak/debug-flags.yml')
  const credentials = knowledge.load<CredentialsFile>('env-leak/default-credentials.yml')
  const mail = knowledge.load<MailFile>('env-leak/test-email.yml')
  const keyPattern = (row: KeyRow): KeyPattern => ({ regex: new RegExp(row.pattern, 'g'), vendor: row.vendor, visible: row.visible })
  return {
    paths,
    hosts: {
      loopbackHosts: new Set(hosts.loopbackHosts),
      loopbackSuffixes: hosts.loopbackSuffixes,
      reservedSuffixes: hosts.reservedSuffixes,
      reservedHosts: new Set(hosts.reservedHosts),
      productionSuffixes: hosts.productionSuffixes ?? [],
      environmentWords: new Set(hosts.environmentWords),
      tunnelSuffixes: hosts.tunnelSuffixes,
      previewPatterns: hosts.previewPatterns.map((p) => new RegExp(p, 'i')),
      hostKeys: new RegExp(hosts.hostKeys),
      resourceKeys: new RegExp(hosts.resourceKeys)
    },
    sandbox: {
      hosts: sandbox.sandboxHosts,
      patterns: sandbox.sandboxPatterns.map((p) => ({ regex: new RegExp(p.pattern, 'i'), vendor: p.vendor })),
      emulators: sandbox.emulators.map((e) => ({ regex: new RegExp(e.pattern, 'i'), name: e.name, keys: e.keys ? new RegExp(e.keys) : undefined })),
      emulatorKeys: sandbox.emulatorKeys.map((e) => ({ key: new RegExp(e.key), name: e.name }))
    },
    testKeys: keys.testKeys.map(keyPattern),
    liveKeys: keys.liveKeys.map(keyPattern),
    flags: flags.flags.map((f) => ({
      key: new RegExp(f.key),
      value: new RegExp(f.value, 'i'),
      files: f.files,
      rule: `env-leak/${f.rule}` as FlagPattern['rule'],
      what: f.what
    })),
    credentials: {
      knownDefaults: credentials.knownDefaults.map((d) => ({ key: new RegExp(d.key), values: new Set(d.values.map(String)), product: d.product })),
      defaultPairs: new Set(credentials.defaultPairs.map(([u, p]) => `${u}\0${p}`)),
      emptyPasswordUsers: new Set(credentials.emptyPasswordUsers),
      weakPasswords: new Set(credentials.weakPasswords.map(String)),
      userKeys: new RegExp(credentials.userKeys),
      passwordKeys: new RegExp(credentials.passwordKeys),
      nameKeys: credentials.nameKeys !== undefined ? new RegExp(credentials.nameKeys) : undefined,
      generatedWhenEmpty: compileGlobs(credentials.generatedWhenEmpty ?? [])
    },
    mail: {
      mailKeys: new RegExp(mail.mailKeys),
      testWords: new Set(mail.testWords),
      testDomains: new Set(mail.testDomains),
      testDomainSuffixes: mail.testDomainSuffixes
    }
  }
}
