import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);

// src/errors.ts
var EXIT = { ok: 0, blocked: 1, usage: 2, internal: 3 };
var UsageError = class extends Error {
  constructor(message, suggestion) {
    super(message);
    this.suggestion = suggestion;
    this.name = "UsageError";
  }
  suggestion;
  exitCode = EXIT.usage;
};
var ConfigError = class extends UsageError {
  constructor(file, keyPath, reason, suggestion, position) {
    super(`${file}${position ? `:${position.line}:${position.column}` : ""}: ${keyPath === "" ? "(top level)" : keyPath}: ${reason}`, suggestion);
    this.file = file;
    this.keyPath = keyPath;
    this.reason = reason;
    this.position = position;
    this.name = "ConfigError";
  }
  file;
  keyPath;
  reason;
  position;
};
function describeError(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

// src/findings/finding.ts
var CATEGORIES = [
  "destructive-sql",
  "public-exposure",
  "destructive-infra",
  "env-leak",
  "secret",
  "outdated-dependency",
  "lock-safety",
  "guardrail",
  "unanalyzable"
];
var SEVERITIES = ["block", "warn", "info"];
function isCategory(value) {
  return CATEGORIES.includes(value);
}
function severityRank(severity) {
  return severity === "block" ? 2 : severity === "warn" ? 1 : 0;
}
function isBlocking(finding) {
  return finding.severity === "block" && finding.suppressed === void 0;
}

// src/policy/policy.ts
function configuredLevel(settings, ruleId) {
  const byId = settings.rules[ruleId];
  if (byId !== void 0) return byId;
  const category = ruleId.split("/")[0];
  return settings.rules[category];
}
function resolveSeverity(settings, ruleId, ruleDefault, contextual) {
  const level = configuredLevel(settings, ruleId);
  if (level === "off") return "off";
  if (level === void 0) return contextual ?? ruleDefault;
  if (contextual === void 0) return level;
  return severityRank(contextual) < severityRank(level) ? contextual : level;
}
function failsRun(finding, failOn) {
  if (finding.suppressed !== void 0 || failOn === "never") return false;
  return failOn === "warn" ? severityRank(finding.severity) >= severityRank("warn") : isBlocking(finding);
}
function decide(findings, failOn) {
  return findings.some((f) => failsRun(f, failOn)) ? "blocked" : "pass";
}
function compareFindings(a, b) {
  return Number(a.suppressed !== void 0) - Number(b.suppressed !== void 0) || severityRank(b.severity) - severityRank(a.severity) || byCodePoint(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || byCodePoint(a.ruleId, b.ruleId);
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function countBySeverity(findings) {
  const counts = { block: 0, warn: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.severity]++;
  }
  return counts;
}

// src/reporters/report.ts
var RUN_NOTICE_RULES = /* @__PURE__ */ new Set(["outdated-dependency/stale-data"]);
function isRunNotice(finding) {
  return RUN_NOTICE_RULES.has(finding.ruleId) && finding.suppressed === void 0 && finding.severity === "info";
}
var REPORT_FORMATS = ["text", "compact", "json", "sarif", "github", "markdown"];

export {
  EXIT,
  UsageError,
  ConfigError,
  describeError,
  CATEGORIES,
  SEVERITIES,
  isCategory,
  severityRank,
  isBlocking,
  resolveSeverity,
  failsRun,
  decide,
  compareFindings,
  byCodePoint,
  countBySeverity,
  isRunNotice,
  REPORT_FORMATS
};
