import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  REPORT_FORMATS,
  UsageError
} from "./chunk-4N7P76FI.js";

// src/cli/did-you-mean.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function closest(input, known, max = 3) {
  const wanted = input.toLowerCase();
  const budget = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  return known.map((name) => {
    const lower = name.toLowerCase();
    const distance = editDistance(wanted, lower);
    const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
    return { name, score: distance <= budget ? distance : contains ? budget + 1 : Infinity };
  }).filter((c) => c.score !== Infinity).sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1)).slice(0, max).map((c) => c.name);
}
function didYouMean(input, known, render = (n) => n) {
  const near = closest(input, known);
  if (near.length === 0) return void 0;
  const names = near.map((n) => `\`${render(n)}\``);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return `did you mean ${list}?`;
}

// src/cli/options.ts
import { parseArgs } from "node:util";
var COMMON_FLAGS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  offline: { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function parseCommand(command, argv, extra, allowPositionals, common = COMMON_FLAGS) {
  const options = { ...common, ...extra };
  checkFlags(command, argv, options, allowPositionals);
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${command}: ${message}`, `see \`prodguard ${command} --help\``);
  }
}
function checkFlags(command, argv, options, allowPositionals) {
  const longNames = Object.keys(options);
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => o.short !== void 0 ? [[o.short, name]] : []));
  const help = `see \`prodguard ${command} --help\``;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq === -1 ? void 0 : eq);
      const option = options[name];
      if (option === void 0) {
        throw new UsageError(`${command}: unknown option --${name}`, didYouMean(name, longNames, (n) => `--${n}`) ?? help);
      }
      if (option.type === "boolean" && eq !== -1) throw new UsageError(`${command}: --${name} takes no value`, help);
      if (option.type === "string" && eq === -1) {
        const next = argv[i + 1];
        if (next === void 0 || next.startsWith("-") && next !== "-") throw new UsageError(`${command}: --${name} needs a value`, help);
        i++;
      }
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const letters = arg.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const name = byShort.get(letters[j]);
        if (name === void 0) throw new UsageError(`${command}: unknown option -${letters[j]}`, help);
        if (options[name].type === "string") {
          if (j === letters.length - 1) {
            const next = argv[i + 1];
            if (next === void 0 || next.startsWith("-") && next !== "-") throw new UsageError(`${command}: -${letters[j]} (--${name}) needs a value`, help);
            i++;
          }
          break;
        }
      }
      continue;
    }
    if (!allowPositionals) throw new UsageError(`${command}: unexpected argument "${arg}"`, help);
  }
}
function commonOptions(values) {
  const format = values["format"];
  if (format !== void 0 && !REPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format ${format}: expected one of ${REPORT_FORMATS.join(", ")}`, didYouMean(format, REPORT_FORMATS, (f) => `--format ${f}`));
  }
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !["block", "warn", "never"].includes(failOn)) {
    throw new UsageError(`--fail-on ${failOn}: expected block, warn or never`, didYouMean(failOn, ["block", "warn", "never"], (f) => `--fail-on ${f}`));
  }
  return {
    format,
    output: values["output"],
    config: values["config"],
    failOn,
    quiet: values["quiet"] === true,
    color: values["no-color"] === true ? false : values["color"] === true ? true : void 0,
    offline: values["offline"] === true,
    verbose: values["verbose"] === true
  };
}

export {
  closest,
  didYouMean,
  parseCommand,
  commonOptions
};
