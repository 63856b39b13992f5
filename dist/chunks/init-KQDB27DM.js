import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import{INIT_HELP}from"./chunk-IQV5EQVJ.js";import{gitRoot}from"./chunk-E4KY3URH.js";import{parseCommand}from"./chunk-XKIIV2XE.js";import"./chunk-PKJY57GR.js";import{EXIT,UsageError}from"./chunk-5H5MCHXH.js";import"./chunk-UFUIRCKN.js";import{existsSync,mkdirSync,writeFileSync}from"node:fs";import{dirname,join}from"node:path";var RECOMMENDED_WORKFLOW=`# prodguard keeps the \`prodguard\` status red while a pull request carries a risky change (destructive SQL,
# an exposed database, a destructive infrastructure change, a dev-to-prod leak, a secret, an end-of-life
# dependency), until an authorized reviewer approves the pull request's exact head commit.
# Make \`prodguard\` a required status check of the protected branch (or ruleset) so that red means "cannot merge".
name: prodguard

on:
  # Runs the workflow and reads .prodguard.yml from the base branch: a pull request cannot weaken its own gate.
  pull_request_target:
    types: [opened, synchronize, reopened, ready_for_review, edited]
  # An approval, a "changes requested" or a dismissed review re-evaluates the gate.
  pull_request_review:
    types: [submitted, dismissed]
  # The merge queue checks the merged result again.
  merge_group:
    types: [checks_requested]
  # Re-evaluate one pull request by hand (e.g. after a review on a fork's pull request).
  workflow_dispatch:
    inputs:
      pull-request:
        description: Number of the pull request to re-evaluate
        required: true
        type: number

# Nothing by default; the job below asks for exactly what it uses.
permissions: {}

concurrency:
  group: prodguard-\${{ github.event.pull_request.number || github.event.merge_group.head_ref || inputs.pull-request }}
  cancel-in-progress: true

jobs:
  prodguard:
    runs-on: ubuntu-latest
    permissions:
      contents: read        # the change and the base branch's .prodguard.yml, read through the API
      pull-requests: write  # the sticky comment, reviews, review requests
      statuses: write       # the \`prodguard\` commit status that branch protection requires
    steps:
      # No actions/checkout: prodguard reads the pull request as data through the API and never runs it.
      - uses: prodguard/prodguard@v1
        with:
          status-context: prodguard
`,HARDENED_WORKFLOW=`# prodguard, hardened: the verdict is a check run named \`prodguard\` posted by your own GitHub App, so no other
# workflow (whose GITHUB_TOKEN can write statuses and checks as "GitHub Actions") can turn it green.
#
# Setup, once (repository or organization admin):
#  1. Create a GitHub App (Settings > Developer settings > GitHub Apps > New), no webhook. Repository permissions:
#     Checks: read & write; Pull requests: read & write (the comment, reviews, review requests); Contents: read;
#     Metadata: read. Organization permissions: Members: read (for \`approvals.teams\`). Install it on this repository.
#  2. Create an Environment named \`prodguard\` (Settings > Environments). Deployment branches and tags: "Selected
#     branches", add only the default branch. Add its secrets PRODGUARD_APP_ID (the App's ID) and
#     PRODGUARD_APP_PRIVATE_KEY (a private key generated for the App). Only a job of a workflow run from the default
#     branch can read them: a pull request's own edits to this file never see the key.
#  3. In a ruleset for the default branch (Settings > Rules > Rulesets), require the status check \`prodguard\` and
#     choose your App as its source, so that a check of that name from anyone else does not satisfy it.
#  4. Commit this file and .github/workflows/prodguard-relay.yml to the default branch.
name: prodguard

on:
  # Runs this file and reads .prodguard.yml from the base branch: a pull request cannot weaken its own gate.
  pull_request_target:
    types: [opened, synchronize, reopened, ready_for_review, edited]
  # Reviews and the merge queue re-evaluate through the relay: GitHub runs this file from the default branch
  # when the relay completes, whatever the pull request changed.
  workflow_run:
    workflows: [prodguard relay]
    types: [completed]
  # Re-evaluate one pull request by hand.
  workflow_dispatch:
    inputs:
      pull-request:
        description: Number of the pull request to re-evaluate
        required: true
        type: number

# Nothing by default; the job's own token only reads. The verdict is posted with the App's token.
permissions: {}

concurrency:
  group: prodguard-\${{ github.event.pull_request.number || github.event.workflow_run.head_sha || inputs.pull-request }}
  cancel-in-progress: true

jobs:
  prodguard:
    runs-on: ubuntu-latest
    # The Environment whose deployment branches are limited to the default branch; it holds the App's secrets.
    environment: prodguard
    permissions:
      contents: read
    steps:
      # No actions/checkout: prodguard reads the pull request as data through the API and never runs it.
      - id: app-token
        uses: actions/create-github-app-token@v2
        with:
          app-id: \${{ secrets.PRODGUARD_APP_ID }}
          private-key: \${{ secrets.PRODGUARD_APP_PRIVATE_KEY }}
      - uses: prodguard/prodguard@v1
        with:
          github-token: \${{ steps.app-token.outputs.token }}
          verdict: check-run
          status-context: prodguard
`,RELAY_WORKFLOW=`# prodguard relay: reviews and merge-queue checks cannot run the privileged prodguard workflow directly (GitHub would
# run the pull request's version of the file). This workflow does nothing itself; when it completes, GitHub runs
# .github/workflows/prodguard.yml from the default branch through \`workflow_run\`, and that re-evaluates the gate.
# Keep the name: the prodguard workflow's \`workflow_run\` trigger refers to it.
name: prodguard relay

on:
  pull_request_review:
    types: [submitted, dismissed]
  merge_group:
    types: [checks_requested]

# No token permissions and no secrets.
permissions: {}

jobs:
  relay:
    runs-on: ubuntu-latest
    steps:
      - run: echo "re-evaluated by the prodguard workflow on the default branch"
`;var CONFIG_TEMPLATE=`# prodguard configuration. Every key is optional: with no file at all prodguard runs with these defaults.
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
`;function runInit(argv,io){let{values}=parseCommand("init",argv,{force:{type:"boolean"},hardened:{type:"boolean"}},!1);if(values.help===!0)return io.stdout(INIT_HELP),EXIT.ok;let root=gitRoot(io.cwd)??io.cwd,force=values.force===!0,hardened=values.hardened===!0,targets=[{path:".prodguard.yml",text:CONFIG_TEMPLATE},...hardened?[{path:".github/workflows/prodguard.yml",text:HARDENED_WORKFLOW},{path:".github/workflows/prodguard-relay.yml",text:RELAY_WORKFLOW}]:[{path:".github/workflows/prodguard.yml",text:RECOMMENDED_WORKFLOW}]],existing=targets.filter(t=>existsSync(join(root,t.path)));if(existing.length>0&&!force)throw new UsageError(`init: ${existing.map(t=>t.path).join(" and ")} already exist${existing.length===1?"s":""}`,"use --force to overwrite");for(let target of targets){let file=join(root,target.path);mkdirSync(dirname(file),{recursive:!0}),writeFileSync(file,target.text),io.stdout(`wrote ${target.path}
`)}return hardened?io.stdout(["Next, once (the comments at the top of .github/workflows/prodguard.yml say how):","  1. create a GitHub App with Checks and Pull requests read & write, Contents and Metadata read, Members read; install it here;",'  2. create the Environment "prodguard", deployment branches limited to the default branch, with the secrets',"     PRODGUARD_APP_ID and PRODGUARD_APP_PRIVATE_KEY;","  3. commit the three files to the default branch;",'  4. in a ruleset for the default branch, require the check "prodguard" with your App as its source.',""].join(`
`)):io.stdout(`Next: commit both files, then make the "prodguard" status a required check of your default branch (see README, "GitHub Action").
`),EXIT.ok}export{CONFIG_TEMPLATE,runInit};
