import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  runScanCommand
} from "./chunk-3KO7AHRT.js";
import "./chunk-3N6O4A4T.js";
import {
  checkChangeSet,
  diffChangeSet,
  gitRoot,
  stagedChangeSet
} from "./chunk-3INZKWBV.js";
import {
  commonOptions,
  parseCommand
} from "./chunk-YKPKT6BG.js";
import "./chunk-44CFTCSL.js";
import "./chunk-JCPQNDZ4.js";
import "./chunk-LXTXKPW6.js";
import "./chunk-JQURCPEH.js";
import "./chunk-KIOD3GEP.js";
import {
  UsageError
} from "./chunk-4N7P76FI.js";
import "./chunk-AUHH7KO2.js";

// src/cli/hook.ts
import { spawnSync } from "node:child_process";
function hookChange(root, files, env) {
  const from = env["PRE_COMMIT_FROM_REF"] ?? env["PRE_COMMIT_SOURCE"];
  const to = env["PRE_COMMIT_TO_REF"] ?? env["PRE_COMMIT_ORIGIN"];
  if (from !== void 0 && from !== "" && to !== void 0 && to !== "") return { kind: "refs", from, to };
  if (files.length === 0) return { kind: "staged" };
  const staged = spawnSync("git", ["-c", "core.quotepath=off", "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMRTUXB"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const stagedSet = new Set(staged.status === 0 ? staged.stdout.split("\0").filter((p) => p !== "") : []);
  return files.every((f) => stagedSet.has(f)) ? { kind: "staged" } : { kind: "files", files };
}
async function runPreCommit(argv, io) {
  const { values, positionals } = parseCommand("pre-commit", argv, {}, true);
  const common = commonOptions(values);
  const root = gitRoot(io.cwd);
  if (root === void 0) throw new UsageError("pre-commit: not inside a git repository");
  const change = hookChange(root, positionals, io.env);
  switch (change.kind) {
    case "refs":
      return runScanCommand({
        io,
        common,
        root,
        stage: "commit",
        buildChangeSet: (settings) => diffChangeSet(root, { base: change.from, head: change.to, maxFileBytes: settings.limits.maxFileBytes })
      });
    case "files":
      return runScanCommand({
        io,
        common,
        root,
        stage: "commit",
        readsWorkTree: true,
        buildChangeSet: (settings) => {
          const listed = checkChangeSet(root, root, change.files, { inGit: true, maxFileBytes: settings.limits.maxFileBytes });
          return { ...listed, label: `${change.files.length} file${change.files.length === 1 ? "" : "s"} from pre-commit` };
        }
      });
    case "staged":
      return runScanCommand({
        io,
        common,
        root,
        stage: "commit",
        buildChangeSet: (settings) => stagedChangeSet(root, { maxFileBytes: settings.limits.maxFileBytes })
      });
  }
}
export {
  hookChange,
  runPreCommit
};
