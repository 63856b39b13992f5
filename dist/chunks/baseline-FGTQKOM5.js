import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  loadBaseline,
  runScanCommand
} from "./chunk-3KO7AHRT.js";
import "./chunk-3N6O4A4T.js";
import {
  checkChangeSet,
  gitRoot
} from "./chunk-3INZKWBV.js";
import {
  commonOptions,
  parseCommand
} from "./chunk-YKPKT6BG.js";
import {
  BASELINE_FILE,
  serializeBaseline
} from "./chunk-44CFTCSL.js";
import "./chunk-JCPQNDZ4.js";
import "./chunk-LXTXKPW6.js";
import "./chunk-JQURCPEH.js";
import "./chunk-KIOD3GEP.js";
import {
  EXIT,
  UsageError
} from "./chunk-4N7P76FI.js";
import "./chunk-AUHH7KO2.js";

// src/cli/baseline.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
var FLAGS = { reason: { type: "string" }, expires: { type: "string" } };
async function runBaseline(argv, io) {
  const { values, positionals } = parseCommand("baseline", argv, FLAGS, true);
  const common = commonOptions(values);
  const reason = values["reason"]?.trim();
  if (reason === void 0 || reason === "") {
    throw new UsageError("baseline: give --reason TEXT: why these findings may stay for now", 'e.g. prodguard baseline --reason "existing before adopting prodguard; tracked in OPS-123"');
  }
  const expires = values["expires"];
  if (expires !== void 0 && (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(new Date(expires).getTime()))) {
    throw new UsageError(`baseline: --expires ${expires}: expected a date (YYYY-MM-DD)`);
  }
  const top = gitRoot(io.cwd);
  const root = top ?? io.cwd;
  const previous = loadBaseline(root)?.baseline.entries ?? [];
  const today = (io.env["PRODGUARD_NOW"] ? new Date(io.env["PRODGUARD_NOW"]) : /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  return runScanCommand({
    io,
    common,
    root,
    buildChangeSet: (settings) => checkChangeSet(root, io.cwd, positionals, { inGit: top !== void 0, maxFileBytes: settings.limits.maxFileBytes }),
    onReport: (report) => {
      const kept = new Map(previous.map((e) => [e.fingerprint, e]));
      const entries = [];
      let added = 0;
      for (const f of report.findings) {
        if (f.suppressed !== void 0 || f.severity !== "block") continue;
        const old = kept.get(f.fingerprint);
        if (old !== void 0) {
          entries.push(old);
          kept.delete(f.fingerprint);
          continue;
        }
        added++;
        entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, reason, added: today, ...expires !== void 0 ? { expires } : {} });
      }
      writeFileSync(join(root, BASELINE_FILE), serializeBaseline({ version: 1, entries }));
      io.stdout(
        `wrote ${BASELINE_FILE}: ${entries.length} entr${entries.length === 1 ? "y" : "ies"} (${added} new, ${entries.length - added} kept, ${kept.size} dropped: no longer found)
Commit it: \`prodguard check\` then reports these findings as baselined rather than blocking. In a pull request, new entries are a guardrail/weakened finding for a reviewer to approve.
`
      );
      return EXIT.ok;
    }
  });
}
export {
  runBaseline
};
