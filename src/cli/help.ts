/** What `prodguard --help` and `prodguard COMMAND --help` print. */

export const COMMANDS = ['check', 'diff', 'plan', 'explain', 'init', 'data', 'baseline', 'pre-commit', 'help', 'version'] as const
export type CommandName = (typeof COMMANDS)[number]

const REPORT_OPTIONS = `Report options:
  -f, --format FORMAT        text (default), compact, json, sarif, github, markdown
  -o, --output FILE          write the report to FILE instead of stdout
  -c, --config FILE          configuration file (default: .prodguard.yml at the repository root)
      --fail-on LEVEL        which findings fail the run: block (default), warn, never
  -q, --quiet                only the findings that decide the run
      --color, --no-color    force colors on or off (default: on for a terminal, off for TERM=dumb or NO_COLOR)
      --offline              never use the network (dependency checks use the bundled snapshot)
      --verbose              on stderr: what was scanned, what was skipped and why, and timings
  -h, --help                 this help`

const EXIT_CODES = 'Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage or configuration error, 3 internal error.'

export const GLOBAL_HELP = `prodguard — stops destructive, exposing and leaking changes before they merge

Usage:
  prodguard check [PATH...]                 scan files and folders as they are now (default: .)
  prodguard diff --base REF [--head REF]    scan only what changed between two refs (default head: working tree)
  prodguard diff --staged                   scan the staged change (pre-commit)
  prodguard plan FILE                       scan a Terraform plan (terraform show -json plan.out > FILE)
  prodguard explain [RULE|CATEGORY...]      print rules' documentation (nothing: list the rules)
  prodguard init [--force]                  write a commented .prodguard.yml and .github/workflows/prodguard.yml
  prodguard data refresh                    update the end-of-life and latest-version data in your user cache
  prodguard baseline --reason TEXT [PATH...] record today's findings in .prodguard-baseline.json (adoption)
  prodguard pre-commit [FILE...]            what the pre-commit framework's hook runs
  prodguard help COMMAND                    the options of one command

${REPORT_OPTIONS}
  -v, --version              the version

${EXIT_CODES}
Docs: https://github.com/prodguard/prodguard#readme
`

export const INIT_HELP = `Usage: prodguard init [--hardened] [--force]

Writes a commented .prodguard.yml and the GitHub workflow that runs prodguard on pull requests, at the repository
root. Existing files are never overwritten without --force.

Options:
  --hardened   the hardened setup: the verdict is a check run posted by your own GitHub App, so no other workflow
               can forge it. Writes .github/workflows/prodguard.yml (privileged, runs only from the default branch)
               and .github/workflows/prodguard-relay.yml (re-evaluates on reviews and the merge queue); the comments
               in them walk through the App, the Environment and the ruleset. See docs/action.md, "Hardened mode".
  --force      overwrite existing files
  -h, --help   this help (writes nothing)

Without --hardened the workflow posts a commit status with the workflow's GITHUB_TOKEN: it stops mistakes, not a
writer who sets out to forge a status from another workflow.
`

const COMMAND_HELP: Record<string, string> = {
  check: `Usage: prodguard check [options] [PATH...]

Scans files and folders as they are now (default: the current folder). Inside a git repository, the files git
lists (tracked, and untracked but not ignored); elsewhere a walk that honours every .gitignore. A path named here
that .gitignore or the config's \`ignore\` leaves out is said on stderr.

${REPORT_OPTIONS}

Examples:
  prodguard check
  prodguard check db/migrations --format compact
  prodguard check --format sarif -o prodguard.sarif

${EXIT_CODES}
`,
  diff: `Usage: prodguard diff --base REF [--head REF] [options]
       prodguard diff --staged [options]
       prodguard diff --from-ref REF --to-ref REF [options]

Scans only what changed: each changed file before and after, keeping the findings that are new.

Change options:
      --base REF             the version to compare against (a branch, tag or commit)
      --head REF             the changed version (default: the working tree)
      --staged               the staged change, against HEAD (what \`git commit\` would record)
      --from-ref, --to-ref   the same as --base/--head (pre-commit's names)

${REPORT_OPTIONS}

Examples:
  prodguard diff --base origin/main
  prodguard diff --base main --head feature --format markdown
  prodguard diff --staged

${EXIT_CODES}
`,
  plan: `Usage: prodguard plan [options] FILE

Scans a Terraform plan in JSON: terraform plan -out plan.out && terraform show -json plan.out > plan.json

${REPORT_OPTIONS}

${EXIT_CODES}
`,
  explain: `Usage: prodguard explain [--format text|json] [RULE|CATEGORY...]

Prints the documentation page of each rule named, or of every rule of a category (e.g. destructive-sql).
With no name, lists every rule with its default severity and title.

Options:
  -f, --format FORMAT        text (default) or json (id, category, severity, title, hint, docs and the page)
  -h, --help                 this help
`,
  'pre-commit': `Usage: prodguard pre-commit [options] [FILE...]

What the pre-commit framework's hook runs (.pre-commit-hooks.yaml); it scans the change pre-commit means:
  - \`pre-commit run --from-ref A --to-ref B\` and pre-push hooks (PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF): the
    commits between A and B, like \`prodguard diff --base A --head B\`;
  - \`pre-commit run --all-files\` or \`--files F...\`: the files passed, as they are, like \`prodguard check F...\`;
  - a commit: the staged change, like \`prodguard diff --staged\`.
When it refuses a commit it says how to go on: fix, suppress with a reason, or \`git commit --no-verify\` knowingly.

${REPORT_OPTIONS}
`,
  baseline: `Usage: prodguard baseline --reason TEXT [--expires YYYY-MM-DD] [options] [PATH...]

Records the findings the repository has today (blocking and warnings, not suppressed) in .prodguard-baseline.json
at the repository root, by fingerprint, with the reason and an optional expiry. Commit the file: \`prodguard check\`
then reports these findings as baselined (suppressed, source "baseline") instead of failing on them, until the entry
expires. Run it again to drop the entries of findings that are gone; entries still found keep their reason.
In a pull request, a change that adds entries (or extends or removes an expiry) is a guardrail/weakened finding.

Options:
      --reason TEXT          why these findings may stay for now (required)
      --expires DATE         the last day the new entries count (YYYY-MM-DD)
  -c, --config FILE          configuration file
      --offline              never use the network
  -h, --help                 this help
`,
  init: INIT_HELP,
  data: `Usage: prodguard data refresh [options]

Fetches the end-of-life table (endoflife.date), the latest versions of the packages prodguard knows (npm, PyPI, Go,
Maven Central; NuGet, RubyGems, crates.io and Packagist where the table lists some), and the release tags of the
GitHub Actions it knows into your user cache ($XDG_CACHE_HOME/prodguard, else ~/.cache/prodguard), which prodguard
then prefers to the data it ships with.

Options:
      --only eol|versions|actions  refresh one of the three
      --products a,b         only these endoflife.date products
      --eol-api URL          endoflife.date API base (default https://endoflife.date/api/v1)
      --npm-registry URL     npm registry (default: from .npmrc, else registry.npmjs.org)
      --pypi URL             PyPI base (default https://pypi.org/)
      --go-proxy URL         Go module proxy (default https://proxy.golang.org/)
      --maven URL            Maven repository (default https://repo1.maven.org/maven2/)
      --maven-search URL     Maven Central search API, for release dates (default https://search.maven.org/)
      --nuget URL            NuGet v3 registration base (default https://api.nuget.org/v3/registration5-gz-semver2/)
      --rubygems URL, --crates URL, --packagist URL   those registries' bases
      --github-api URL       GitHub REST API (default https://api.github.com)
      --token TOKEN          GitHub token (default: $GITHUB_TOKEN, else $GH_TOKEN); without one GitHub allows
                             60 requests an hour, fewer than the actions table needs
      --out DIR              write there instead of the user cache (e.g. rules/outdated-dependency in a fork)
      --timeout MS           per request (default 15000)
      --concurrency N        requests at a time (default 6)
  -h, --help                 this help

Exit codes: 0 everything refreshed, 1 some sources could not be reached (their old data is kept), 2 usage error.
`
}

/** The help of one command, or undefined for a name that is not a command. */
export function commandHelp(command: string): string | undefined {
  return COMMAND_HELP[command]
}
