import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  withUserData
} from "./chunk-3N6O4A4T.js";
import {
  BASELINE_FILE,
  EVIDENCE_LIMITS,
  MAX_RESULTS,
  SUMMARY_MAX_BYTES,
  VERSION_SERVICE,
  analyzers,
  applyBaseline,
  bundledKnowledge,
  createVersionSource,
  decidingFindings,
  evidenceLines,
  exitMeaning,
  extendedConfigReader,
  formatBytes,
  loadConfig,
  localExtendedPaths,
  localExtends,
  oneLine,
  parseBaseline,
  printable,
  renderGithub,
  renderJson,
  renderMarkdown,
  renderSarif,
  scan,
  statsText,
  tally,
  tallyText
} from "./chunk-44CFTCSL.js";
import {
  ruleCatalog
} from "./chunk-LXTXKPW6.js";
import {
  packageVersion
} from "./chunk-JQURCPEH.js";
import {
  EXIT,
  UsageError,
  compareFindings,
  decide,
  isRunNotice
} from "./chunk-4N7P76FI.js";

// src/cli/scan-command.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/reporters/compact.ts
var SEVERITY_WORD = { block: "error", warn: "warning", info: "info" };
function compactLine(finding) {
  const line = Math.max(1, finding.line);
  const column = Math.max(1, finding.column ?? 1);
  return `${oneLine(finding.file)}:${line}:${column}: ${SEVERITY_WORD[finding.severity]} ${finding.ruleId} ${oneLine(finding.message)}`;
}
function renderCompact(report, ctx) {
  const shown = (ctx.quiet ? decidingFindings(report) : report.findings).filter((f) => f.suppressed === void 0 && !isRunNotice(f));
  const sorted = [...shown].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return sorted.map((f) => `${compactLine(f)}
`).join("");
}

// src/reporters/text.ts
var sgr = (open, close) => (text) => text === "" ? text : `\x1B[${open}m${text}\x1B[${close}m`;
var COLORS = {
  block: sgr("1;31", "22;39"),
  warn: sgr("1;33", "22;39"),
  info: sgr("1;36", "22;39"),
  suppressed: sgr("2", "22"),
  file: sgr("1", "22"),
  rule: sgr("1", "22"),
  gutter: sgr("34", "39"),
  ok: sgr("32", "39")
};
var plain = (text) => text;
var NO_COLORS = { block: plain, warn: plain, info: plain, suppressed: plain, file: plain, rule: plain, gutter: plain, ok: plain };
function renderText(report, ctx) {
  const paint = ctx.color ? COLORS : NO_COLORS;
  const width = ctx.width !== void 0 && ctx.width >= 40 ? ctx.width : void 0;
  const where = ctx.label === "" ? "" : ` (${oneLine(ctx.label)})`;
  const notices = report.findings.filter(isRunNotice);
  const out = [];
  if (report.findings.length - notices.length === 0) {
    out.push(...noticeBlock(notices, paint, width));
    out.push(`${paint.ok("\u2714")} No findings: ${statsText(report.stats)}${where}.`);
    return `${out.join("\n")}
`;
  }
  const shown = (ctx.quiet ? decidingFindings(report) : report.findings).filter((f) => !isRunNotice(f));
  for (const findings of byFile(shown).values()) {
    for (const finding of findings) {
      out.push(...findingBlock(finding, paint, width, ctx.sourceLine));
      out.push("");
    }
  }
  if (!ctx.quiet) out.push(...noticeBlock(notices, paint, width));
  const counts = tally(report.findings.filter((f) => !isRunNotice(f)));
  const mark = report.decision === "blocked" ? paint.block("\u2716") : paint.ok("\u2714");
  out.push(...wrap(`${mark} ${tallyText(counts)} \u2014 ${statsText(report.stats)}${where}`, width, "  "));
  out.push(...wrap(exitMeaning(report, ctx.stage), width, ""));
  return `${out.join("\n")}
`;
}
function byFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return groups;
}
function label(finding) {
  return finding.suppressed ? finding.suppressed.source === "baseline" ? "baselined" : "suppressed" : finding.severity;
}
function findingBlock(finding, paint, width, sourceLine) {
  const dim = finding.suppressed ? paint.suppressed : plain;
  const color = finding.suppressed ? plain : paint[finding.severity];
  const out = [];
  const head = `${color(label(finding))}${paint.rule(`[${finding.ruleId}]`)}: ${oneLine(finding.message)}`;
  out.push(...wrap(head, width, "  ").map(dim));
  const line = Math.max(1, finding.line);
  const position = finding.column !== void 0 ? `${line}:${Math.max(1, finding.column)}` : `${line}`;
  const evidence = evidenceLines(finding.evidence);
  const contiguous = finding.endLine !== void 0 && finding.endLine - line + 1 === Math.min(evidence.length, EVIDENCE_LIMITS.maxLines);
  const numbers = evidence.map((_, i) => i === 0 || contiguous && i < EVIDENCE_LIMITS.maxLines ? String(line + i) : "");
  const gutterWidth = Math.max(numbers.reduce((w, n) => Math.max(w, n.length), 0), 1);
  const pad = " ".repeat(gutterWidth);
  const bar = paint.gutter("|");
  out.push(dim(`${pad}${paint.gutter("-->")} ${paint.file(`${oneLine(finding.file)}:${position}`)}`));
  if (evidence.length > 0) {
    out.push(dim(`${pad} ${bar}`));
    const room = width === void 0 ? void 0 : width - gutterWidth - 3;
    evidence.forEach((text, i) => {
      const shownText = room !== void 0 && text.length > room ? `${text.slice(0, Math.max(1, room - 1))}\u2026` : text;
      out.push(dim(`${paint.gutter(numbers[i].padStart(gutterWidth))} ${bar} ${shownText}`));
      if (i === 0 && evidence.length === 1) {
        const [from, to] = underline(finding, text, sourceLine?.(finding.file, line));
        const end = Math.min(to, shownText.length);
        if (end > from) out.push(dim(`${pad} ${bar} ${" ".repeat(from)}${color("^".repeat(end - from))}`));
      }
    });
  }
  if (finding.suppressed) {
    const added = finding.suppressed.addedInChange ? " (added by this change: in a pull request it still needs an approval)" : "";
    const where = finding.suppressed.source === "baseline" ? `baselined in .prodguard-baseline.json (line ${finding.suppressed.line})` : `suppressed on line ${finding.suppressed.line}`;
    out.push(...wrap(`${pad} = ${where}: ${oneLine(finding.suppressed.reason)}${added}`, width, `${pad}   `).map(dim));
  } else if (finding.hint.trim() !== "") {
    out.push(...wrap(`${pad} = hint: ${oneLine(finding.hint)}`, width, `${pad}         `));
  }
  return out;
}
function underline(finding, evidence, source) {
  const whole = [evidence.length - evidence.trimStart().length, evidence.trimEnd().length];
  if (finding.column === void 0 || source === void 0) return whole;
  const line = printable(source).replace(/\n$/, "");
  if (line.trim() !== evidence.trim()) return whole;
  const indent = line.length - line.trimStart().length - (evidence.length - evidence.trimStart().length);
  const from = finding.column - 1 - indent;
  if (from < 0 || from >= evidence.trimEnd().length) return whole;
  const sameLine = finding.endLine === void 0 || finding.endLine === finding.line;
  const to = sameLine && finding.endColumn !== void 0 && finding.endColumn - 1 - indent > from ? finding.endColumn - 1 - indent : evidence.trimEnd().length;
  return [from, Math.min(to, evidence.trimEnd().length)];
}
function noticeBlock(notices, paint, width) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const notice of notices) {
    const text = oneLine(notice.message);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(...wrap(`${paint.info("note")}: ${text}`, width, "  "));
    if (notice.hint.trim() !== "") out.push(...wrap(`  = hint: ${oneLine(notice.hint)}`, width, "          "));
  }
  if (out.length > 0) out.push("");
  return out;
}
function visible(text) {
  return text.replace(/\u001b\[[0-9;]*m/g, "").length;
}
function wrap(text, width, indent) {
  if (width === void 0 || visible(text) <= width) return [text];
  const lead = /^ */.exec(text)[0];
  const words = text.slice(lead.length).split(/ +/);
  const lines = [];
  let current = "";
  for (const word of words) {
    const candidate = current === "" ? `${lead}${word}` : `${current} ${word}`;
    if (current !== "" && visible(candidate) > width) {
      lines.push(current);
      current = `${indent}${word}`;
    } else {
      current = candidate;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}

// src/reporters/index.ts
var REPORTERS = {
  text: renderText,
  compact: renderCompact,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  // Capped at a job summary's size (the CLI's page is meant for $GITHUB_STEP_SUMMARY); the Action's comment is
  // rendered with the comment's smaller limit.
  markdown: (report, ctx) => renderMarkdown(report, ctx, { maxChars: SUMMARY_MAX_BYTES })
};
function reporterFor(format) {
  return REPORTERS[format];
}

// src/cli/progress.ts
function runTrace(options) {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const after = options.after ?? 1e3;
  const stages = [];
  let done = 0;
  let bytes = 0;
  let scanStarted;
  let lastDraw = -Infinity;
  let drawn = false;
  let cleared = false;
  const draw = () => {
    const at = now();
    if (cleared || !options.terminal || at - started < after || at - lastDraw < 100) return;
    lastDraw = at;
    const seconds = (at - (scanStarted ?? started)) / 1e3;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    options.write(`\r\x1B[2Kprodguard: ${done.toLocaleString("en-US")} / ${options.total().toLocaleString("en-US")} files, ${rate.toFixed(1)} MB/s`);
    drawn = true;
  };
  return {
    file(event) {
      scanStarted ??= now();
      done++;
      if (event.outcome === "scanned") bytes += event.bytes;
      if (options.verbose) {
        if (drawn) {
          options.write("\r\x1B[2K");
          drawn = false;
        }
        options.write(
          event.outcome === "scanned" ? `prodguard: scanned ${event.path} (${event.analyzers.join(", ")}; ${formatBytes(event.bytes)}, ${event.ms.toFixed(1)} ms)
` : `prodguard: skipped ${event.path}: ${event.outcome === "ignored" ? "matched by `ignore` in the config" : "no analyzer reads this kind of file"}
`
        );
      }
      draw();
    },
    stage(name) {
      stages.push({ name, at: now() });
    },
    note(text) {
      if (!options.verbose) return;
      if (drawn) {
        options.write("\r\x1B[2K");
        drawn = false;
      }
      options.write(`prodguard: ${text}
`);
    },
    clear() {
      if (drawn) options.write("\r\x1B[2K");
      drawn = false;
      cleared = true;
    },
    finish() {
      if (drawn) options.write("\r\x1B[2K");
      drawn = false;
      if (!options.verbose) return;
      const end = now();
      const parts = stages.map((s, i) => `${s.name} ${Math.round((stages[i + 1]?.at ?? end) - s.at)} ms`);
      options.write(`prodguard: timings: ${parts.join(", ")}; total ${Math.round(end - started)} ms
`);
    }
  };
}

// src/cli/named-paths.ts
import { spawnSync } from "node:child_process";
var NamedPathWatch = class {
  constructor(named, root, inGit) {
    this.named = named;
    this.root = root;
    this.inGit = inGit;
    for (const n of named) {
      this.scanned.set(n.path, 0);
      this.listed.set(n.path, 0);
    }
  }
  named;
  root;
  inGit;
  scanned = /* @__PURE__ */ new Map();
  listed = /* @__PURE__ */ new Map();
  under(path) {
    return this.named.filter((n) => n.path === "" || path === n.path || path.startsWith(`${n.path}/`));
  }
  listedFile(path) {
    for (const n of this.under(path)) this.listed.set(n.path, this.listed.get(n.path) + 1);
  }
  file(event) {
    if (event.outcome === "ignored") return;
    for (const n of this.under(event.path)) this.scanned.set(n.path, this.scanned.get(n.path) + 1);
  }
  /** The named paths with nothing scanned under them, each with the reason. */
  empty() {
    const out = [];
    for (const n of this.named) {
      if (this.listed.get(n.path) > 0) {
        if (this.scanned.get(n.path) === 0 && this.allIgnoredByConfig(n)) out.push({ ...n, reason: "config-ignore" });
        continue;
      }
      out.push({ ...n, reason: this.whyNotListed(n.path) });
    }
    return out;
  }
  ignoredByConfig = /* @__PURE__ */ new Set();
  configIgnored(path) {
    this.ignoredByConfig.add(path);
  }
  allIgnoredByConfig(n) {
    return [...this.ignoredByConfig].some((p) => n.path === "" || p === n.path || p.startsWith(`${n.path}/`));
  }
  whyNotListed(path) {
    if (path === "") return "empty";
    if (!this.inGit) return /(^|\/)(node_modules|\.git)(\/|$)/.test(path) ? "not-walked" : "gitignored";
    const result = spawnSync("git", ["check-ignore", "-q", "--", path], { cwd: this.root });
    return result.status === 0 ? "gitignored" : "empty";
  }
};
function emptyPathMessage(given, reason) {
  switch (reason) {
    case "gitignored":
      return `${given} is ignored by .gitignore: nothing in it was scanned`;
    case "config-ignore":
      return `${given} is matched by \`ignore\` in the config: nothing in it was scanned`;
    case "not-walked":
      return `${given} is a folder prodguard never walks (node_modules, .git): nothing in it was scanned`;
    case "empty":
      return `${given} holds no file prodguard could list (empty, or only untracked files git ignores)`;
  }
}

// src/cli/scan-command.ts
async function runScanCommand(command) {
  const { io, common } = command;
  let changeSetSize = 0;
  const trace = runTrace({
    write: io.stderr,
    terminal: io.stderrIsTTY === true && io.env["TERM"] !== "dumb" && (io.env["CI"] === void 0 || io.env["CI"] === ""),
    verbose: common.verbose,
    total: () => changeSetSize
  });
  trace.stage("config");
  const config = await loadConfig(command.root, common.config);
  for (const notice of config.notices ?? []) io.stderr(`prodguard: notice: ${notice}
`);
  trace.note(`repository root ${command.root}; config ${config.source ?? "none (defaults)"}`);
  const settings = {
    ...config.settings,
    offline: common.offline || config.settings.offline,
    failOn: common.failOn ?? config.settings.failOn
  };
  trace.stage("listing");
  const changeSet = command.buildChangeSet(settings);
  if (command.only !== void 0) {
    const only = command.only;
    changeSet.files = changeSet.files.filter((f) => only.has(f.path) || f.oldPath !== void 0 && only.has(f.oldPath));
  }
  changeSetSize = changeSet.files.length;
  trace.note(`${changeSetSize.toLocaleString("en-US")} files in the change set (${changeSet.label})`);
  const watch = command.namedPaths && command.namedPaths.paths.length > 0 ? new NamedPathWatch(command.namedPaths.paths, command.root, command.namedPaths.inGit) : void 0;
  if (watch) for (const file of changeSet.files) watch.listedFile(file.path);
  trace.stage("analysis");
  const scanNow = nowFrom(io.env);
  let findings;
  let stats;
  try {
    const result = await scan(changeSet, {
      settings,
      knowledge: withUserData(bundledKnowledge(), io.env, (text2) => trace.note(text2)),
      catalog: ruleCatalog(),
      analyzers: analyzers(),
      now: scanNow,
      services: {
        [VERSION_SERVICE]: createVersionSource({ offline: settings.offline, cwd: command.root, env: io.env }),
        guardrail: { extendedConfig: extendedConfigReader(localExtends(command.root)), configFiles: localExtendedPaths(config.file) }
      },
      ...command.mode ? { mode: command.mode } : {},
      observer: (event) => {
        trace.file(event);
        if (watch) {
          watch.file(event);
          if (event.outcome === "ignored") watch.configIgnored(event.path);
        }
      }
    });
    findings = result.findings;
    stats = result.stats;
  } finally {
    changeSet.close?.();
  }
  const empty = watch?.empty() ?? [];
  if (watch && empty.length === command.namedPaths.paths.length && stats.files === 0 && empty.some((e) => e.reason !== "empty")) {
    trace.finish();
    throw new UsageError(
      `check: nothing was scanned: ${empty.map((e) => emptyPathMessage(e.given, e.reason)).join("; ")}`,
      "name files outside ignored folders, or change .gitignore or `ignore` in the config"
    );
  }
  const now = scanNow;
  const baseline = loadBaseline(command.root);
  if (baseline !== void 0 && command.onReport === void 0) {
    applyBaseline(findings, baseline.baseline, baseline.text, now);
    findings.sort(compareFindings);
    trace.note(`${BASELINE_FILE}: ${baseline.baseline.entries.length} entries`);
  }
  trace.stage("report");
  const report = {
    schemaVersion: 1,
    tool: { name: "prodguard", version: packageVersion() },
    decision: decide(findings, settings.failOn),
    findings,
    stats
  };
  if (command.onReport !== void 0) {
    trace.finish();
    return command.onReport(report);
  }
  const format = common.format ?? "text";
  const catalog = ruleCatalog();
  const ruleIds = new Set(findings.map((f) => f.ruleId));
  const toTerminal = common.output === void 0;
  const width = toTerminal && io.isTTY ? io.columns ?? columnsFrom(io.env) : columnsFrom(io.env);
  const text = reporterFor(format)(report, {
    rules: catalog.all().filter((r) => ruleIds.has(r.id)),
    label: changeSet.label,
    color: format === "text" && toTerminal && useColor(common, io),
    quiet: common.quiet,
    ...width !== void 0 ? { width } : {},
    ...command.stage !== void 0 ? { stage: command.stage } : {},
    ...command.readsWorkTree ? { sourceLine: workTreeLines(command.root) } : {}
  });
  trace.clear();
  if (common.output !== void 0) {
    try {
      writeFileSync(resolve(io.cwd, common.output), text);
    } catch (error) {
      throw new UsageError(`--output ${common.output}: cannot write (${error.code ?? "error"})`);
    }
  } else {
    io.stdout(text);
  }
  trace.finish();
  if (format === "sarif" && findings.length > MAX_RESULTS) {
    io.stderr(`prodguard: the SARIF file holds the ${MAX_RESULTS.toLocaleString("en-US")} most severe of ${findings.length.toLocaleString("en-US")} findings (GitHub code scanning rejects more); \`--format json\` lists them all.
`);
  }
  for (const e of empty) io.stderr(`prodguard: note: ${emptyPathMessage(e.given, e.reason)}.
`);
  return report.decision === "blocked" ? EXIT.blocked : EXIT.ok;
}
function loadBaseline(root) {
  const file = join(root, BASELINE_FILE);
  if (!existsSync(file)) return void 0;
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${BASELINE_FILE}: cannot read it (${error.code ?? "error"})`);
  }
  const parsed = parseBaseline(text);
  if (typeof parsed === "string") throw new UsageError(`${BASELINE_FILE}: ${parsed}`, 'fix the file, or write it again with `prodguard baseline --reason "..."`');
  return { baseline: parsed, text };
}
function columnsFrom(env) {
  const n = Number(env["COLUMNS"]);
  return Number.isInteger(n) && n > 0 ? n : void 0;
}
function workTreeLines(root) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (!cache.has(file)) {
      let lines;
      try {
        const text = readFileSync(join(root, file));
        lines = text.length > 4 * 1024 * 1024 ? void 0 : text.toString("utf8").split("\n");
      } catch {
        lines = void 0;
      }
      cache.set(file, lines);
    }
    return cache.get(file)?.[line - 1];
  };
}
function useColor(common, io) {
  if (common.color !== void 0) return common.color;
  if (io.env["NO_COLOR"] !== void 0 && io.env["NO_COLOR"] !== "") return false;
  if (io.env["FORCE_COLOR"] !== void 0 && io.env["FORCE_COLOR"] !== "0") return true;
  if (io.env["TERM"] === "dumb") return false;
  return io.isTTY;
}
function nowFrom(env) {
  const pinned = env["PRODGUARD_NOW"];
  if (pinned === void 0 || pinned === "") return /* @__PURE__ */ new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new UsageError(`PRODGUARD_NOW=${pinned}: not a date (expected e.g. 2026-01-31)`);
  return date;
}

export {
  runScanCommand,
  loadBaseline
};
