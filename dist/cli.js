#!/usr/bin/env node
import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  COMMANDS,
  GLOBAL_HELP,
  commandHelp
} from "./chunks/chunk-2MQMWMTG.js";
import {
  checkChangeSet,
  diffChangeSet,
  fileVersion,
  gitRoot,
  stagedChangeSet
} from "./chunks/chunk-3INZKWBV.js";
import {
  commonOptions,
  didYouMean,
  parseCommand
} from "./chunks/chunk-YKPKT6BG.js";
import {
  packageVersion
} from "./chunks/chunk-JQURCPEH.js";
import "./chunks/chunk-KIOD3GEP.js";
import {
  EXIT,
  UsageError,
  describeError
} from "./chunks/chunk-4N7P76FI.js";
import "./chunks/chunk-AUHH7KO2.js";

// src/cli/main.ts
import { dirname, relative, resolve } from "node:path";
import { existsSync, statSync } from "node:fs";
var runScanCommand = async (command) => (await import("./chunks/scan-command-TTHK27HM.js")).runScanCommand(command);
async function main(argv, io2) {
  const [command, ...rest] = argv;
  if (command !== void 0 && command !== "help" && wantsHelp(rest)) {
    const page = commandHelp(command === "data" && rest[0] === "refresh" ? "data" : command);
    if (page !== void 0) {
      io2.stdout(page);
      return EXIT.ok;
    }
  }
  switch (command) {
    case void 0:
    case "-h":
    case "--help":
      io2.stdout(GLOBAL_HELP);
      return command === void 0 ? EXIT.usage : EXIT.ok;
    case "help": {
      const topic = rest[0];
      if (topic === void 0) {
        io2.stdout(GLOBAL_HELP);
        return EXIT.ok;
      }
      const page = commandHelp(topic);
      if (page === void 0) throw new UsageError(`help: unknown command "${topic}"`, didYouMean(topic, COMMANDS, (c) => `prodguard help ${c}`) ?? "run `prodguard --help` for the commands");
      io2.stdout(page);
      return EXIT.ok;
    }
    case "-v":
    case "--version":
    case "version":
      io2.stdout(`${packageVersion()}
`);
      return EXIT.ok;
    case "check":
      return check(rest, io2);
    case "diff":
      return diff(rest, io2);
    case "plan":
      return plan(rest, io2);
    case "explain":
      return (await import("./chunks/explain-F7HMSXXL.js")).runExplain(rest, io2);
    case "baseline":
      return (await import("./chunks/baseline-FGTQKOM5.js")).runBaseline(rest, io2);
    case "pre-commit":
      return (await import("./chunks/hook-Y2BTAN4K.js")).runPreCommit(rest, io2);
    case "init":
      return (await import("./chunks/init-FLRRJ5IL.js")).runInit(rest, io2);
    case "data":
      if (rest[0] !== "refresh") {
        throw new UsageError(rest[0] === void 0 ? "data: which data command?" : `unknown command "data ${rest[0]}"`, "did you mean `prodguard data refresh`?");
      }
      return (await import("./chunks/data-refresh-2WBBTMZF.js")).runDataRefresh(rest.slice(1), { out: (line) => io2.stdout(`${line}
`), err: (line) => io2.stderr(`${line}
`), cwd: io2.cwd, env: io2.env });
    default: {
      const known = COMMANDS.filter((c) => c !== "help" && c !== "version");
      const suggestion = command.startsWith("-") ? `options come after the command: \`prodguard check ${command}\`; run \`prodguard --help\`` : didYouMean(command, known, (c) => `prodguard ${c}`) ?? "run `prodguard --help` for the commands";
      throw new UsageError(`unknown command "${command}"`, suggestion);
    }
  }
}
function wantsHelp(args) {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}
function locate(cwd) {
  const top = gitRoot(cwd);
  return top !== void 0 ? { root: top, inGit: true } : { root: cwd, inGit: false };
}
async function check(argv, io2) {
  const { values, positionals } = parseCommand("check", argv, {}, true);
  if (values["help"]) return help(io2, "check");
  const common = commonOptions(values);
  const { root, inGit } = locate(checkOrigin(io2.cwd, positionals));
  const named = positionals.map((given) => ({ given, path: relative(root, resolve(io2.cwd, given)).split("\\").join("/") }));
  return runScanCommand({
    io: io2,
    common,
    root,
    namedPaths: { paths: named.filter((n) => !n.path.startsWith("..")), inGit },
    readsWorkTree: true,
    buildChangeSet: (settings) => checkChangeSet(root, io2.cwd, positionals, { inGit, maxFileBytes: settings.limits.maxFileBytes })
  });
}
function checkOrigin(cwd, targets) {
  const first = targets[0];
  if (first === void 0) return cwd;
  const target = resolve(cwd, first);
  if (!existsSync(target)) return cwd;
  const folder = statSync(target).isDirectory() ? target : dirname(target);
  const fromCwd = relative(cwd, folder);
  return fromCwd.startsWith("..") || fromCwd.startsWith("/") ? folder : cwd;
}
async function diff(argv, io2) {
  const { values, positionals } = parseCommand("diff", argv, DIFF_FLAGS, false);
  if (values["help"]) return help(io2, "diff");
  const common = commonOptions(values);
  if (positionals.length > 0) throw new UsageError(`diff: unexpected argument "${positionals[0]}"`);
  const staged = values["staged"] === true;
  const base = refOption(values, "base", "from-ref");
  const head = refOption(values, "head", "to-ref");
  if (staged && (base !== void 0 || head !== void 0)) throw new UsageError("diff: --staged cannot be combined with --base/--head");
  if (!staged && base === void 0) throw new UsageError("diff: give --base REF (and optionally --head REF), or --staged");
  const root = gitRoot(io2.cwd);
  if (root === void 0) throw new UsageError("diff: not inside a git repository", "run it from a git work tree, or use `prodguard check`");
  return runScanCommand({
    io: io2,
    common,
    root,
    ...staged ? { stage: "commit" } : {},
    buildChangeSet: (settings) => staged ? stagedChangeSet(root, { maxFileBytes: settings.limits.maxFileBytes }) : diffChangeSet(root, { base, ...head !== void 0 ? { head } : {}, maxFileBytes: settings.limits.maxFileBytes })
  });
}
var DIFF_FLAGS = {
  base: { type: "string" },
  head: { type: "string" },
  "from-ref": { type: "string" },
  "to-ref": { type: "string" },
  staged: { type: "boolean" }
};
function refOption(values, name, alias) {
  const a = values[name];
  const b = values[alias];
  if (a !== void 0 && b !== void 0 && a !== b) throw new UsageError(`diff: --${name} and --${alias} name the same thing; give one`);
  return a ?? b;
}
async function plan(argv, io2) {
  const { values, positionals } = parseCommand("plan", argv, {}, true);
  if (values["help"]) return help(io2, "plan");
  const common = commonOptions(values);
  if (positionals.length !== 1) throw new UsageError("plan: give exactly one plan file", "terraform show -json plan.out > plan.json && prodguard plan plan.json");
  const file = resolve(io2.cwd, positionals[0]);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`plan: no such file: ${positionals[0]}`);
  const { root } = locate(io2.cwd);
  const path = relative(root, file).startsWith("..") ? relative(dirname(file), file) : relative(root, file);
  return runScanCommand({
    io: io2,
    common,
    root,
    mode: "plan",
    readsWorkTree: true,
    buildChangeSet: (settings) => ({
      mode: "check",
      label: `plan ${positionals[0]}`,
      files: [{ path: path.split("\\").join("/"), status: "current", after: fileVersion(file, settings.limits.maxFileBytes) }]
    })
  });
}
function help(io2, command) {
  io2.stdout(commandHelp(command) ?? GLOBAL_HELP);
  return EXIT.ok;
}

// src/cli/io.ts
function processIO() {
  let stdoutGone = false;
  const failed = (error) => {
    if (stdoutGone) return;
    stdoutGone = true;
    if (error.code === "EPIPE") return;
    try {
      process.stderr.write(`prodguard: cannot write the report to stdout (${error.code ?? error.message})
`);
    } catch {
    }
    process.exit(EXIT.usage);
  };
  process.stdout.on("error", failed);
  process.stderr.on("error", () => void 0);
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => {
      if (stdoutGone) return;
      try {
        process.stdout.write(text);
      } catch (error) {
        failed(error);
      }
    },
    stderr: (text) => {
      try {
        process.stderr.write(text);
      } catch {
      }
    },
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}
  };
}

// src/cli.ts
var io = processIO();
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      io.stderr(`prodguard: ${error.message}
${error.suggestion ? `  ${error.suggestion}
` : ""}`);
      process.exitCode = error.exitCode;
      return;
    }
    io.stderr(`prodguard: internal error: ${describeError(error)}
  please report it at https://github.com/prodguard/prodguard/issues
`);
    if (process.env["PRODGUARD_DEBUG"] && error instanceof Error) io.stderr(`${error.stack}
`);
    process.exitCode = EXIT.internal;
  }
);
