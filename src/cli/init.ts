/** `prodguard init`: a commented `.prodguard.yml` and the recommended workflow, never overwriting without --force. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { EXIT, UsageError } from '../errors.js'
import { HARDENED_WORKFLOW, RECOMMENDED_WORKFLOW, RELAY_WORKFLOW } from '../action/workflow-template.js'
import { gitRoot } from '../sources/git.js'
import { parseCommand } from './options.js'
import type { CliIO } from './io.js'
import { INIT_HELP } from './help.js'

export const CONFIG_TEMPLATE = `# prodguard configuration. Every key is optional: with no file at all prodguard runs with these defaults.
# In a pull request this file is read from the base branch; a change that loosens it is itself a blocking finding.
# The schema, for completion and checks in editors (the YAML language server reads this key); prodguard ignores it.
$schema: https://raw.githubusercontent.com/prodguard/prodguard/main/schema/prodguard.schema.json
version: 1

# Which findings fail the run: block (default), warn, never.
failOn: block

# Severity per rule id or per category: block | warn | info | off.
# rules:
#   destructive-sql/drop-object: block
#   outdated-dependency: warn

# Paths never scanned, on top of .gitignore.
# ignore:
#   - "vendor/**"
#   - "**/testdata/**"

# Tell prodguard what a file is, beyond the built-in path patterns.
# paths:
#   migrations: ["db/changes/**"]
#   production: ["deploy/live/**"]
#   nonProduction: ["deploy/sandbox/**"]

# sql:
#   dialect: auto            # postgresql | mysql | mariadb | sqlite | tsql | bigquery | snowflake | ...
#   downMigrations: warn     # destructive statements in down/rollback sections

# Who may approve blocking findings in a pull request (the author never can).
approvals:
  required: 1
  # users: [alice, bob]
  # teams: [platform-team]   # needs a token that can read team membership; default: anyone with write access

# dependencies:
#   majorsBehind: { block: 2, warn: 1 }
#   eol: block
#   eolWarnDays: 90
#   eolShortLivedDays: 183   # a line supported for fewer days is short-lived (Rust: ~42 days)
#   eolGraceDays: 90         # an ended short-lived line warns this long before it blocks

# offline: false            # true: never use the network (dependency checks use the bundled snapshot)
`


export function runInit(argv: string[], io: CliIO): number {
  const { values } = parseCommand('init', argv, { force: { type: 'boolean' }, hardened: { type: 'boolean' } }, false)
  if (values['help'] === true) {
    io.stdout(INIT_HELP)
    return EXIT.ok
  }
  const root = gitRoot(io.cwd) ?? io.cwd
  const force = values['force'] === true
  const hardened = values['hardened'] === true
  const targets = [
    { path: '.prodguard.yml', text: CONFIG_TEMPLATE },
    ...(hardened
      ? [
          { path: '.github/workflows/prodguard.yml', text: HARDENED_WORKFLOW },
          { path: '.github/workflows/prodguard-relay.yml', text: RELAY_WORKFLOW }
        ]
      : [{ path: '.github/workflows/prodguard.yml', text: RECOMMENDED_WORKFLOW }])
  ]
  const existing = targets.filter((t) => existsSync(join(root, t.path)))
  if (existing.length > 0 && !force) {
    throw new UsageError(`init: ${existing.map((t) => t.path).join(' and ')} already exist${existing.length === 1 ? 's' : ''}`, 'use --force to overwrite')
  }
  for (const target of targets) {
    const file = join(root, target.path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, target.text)
    io.stdout(`wrote ${target.path}\n`)
  }
  if (hardened) {
    io.stdout(
      [
        'Next, once (the comments at the top of .github/workflows/prodguard.yml say how):',
        '  1. create a GitHub App with Checks and Pull requests read & write, Contents and Metadata read, Members read; install it here;',
        '  2. create the Environment "prodguard", deployment branches limited to the default branch, with the secrets',
        '     PRODGUARD_APP_ID and PRODGUARD_APP_PRIVATE_KEY;',
        '  3. commit the three files to the default branch;',
        '  4. in a ruleset for the default branch, require the check "prodguard" with your App as its source.',
        ''
      ].join('\n')
    )
  } else {
    io.stdout('Next: commit both files, then make the "prodguard" status a required check of your default branch (see README, "GitHub Action").\n')
  }
  return EXIT.ok
}
