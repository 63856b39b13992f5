/**
 * The workflow prodguard recommends (docs/action.md; `prodguard init` writes it to .github/workflows/prodguard.yml).
 * `pull_request_target` runs this file and the config from the base branch, with a token that can post the status
 * even for fork pull requests; nothing from the pull request is checked out or run.
 */
export const RECOMMENDED_WORKFLOW = `# prodguard keeps the \`prodguard\` status red while a pull request carries a risky change (destructive SQL,
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
`
