import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  closest,
  didYouMean,
  parseCommand
} from "./chunk-YKPKT6BG.js";
import {
  ruleCatalog
} from "./chunk-LXTXKPW6.js";
import "./chunk-JQURCPEH.js";
import {
  CATEGORIES,
  EXIT,
  UsageError,
  byCodePoint
} from "./chunk-4N7P76FI.js";
import "./chunk-AUHH7KO2.js";

// src/cli/explain.ts
var EXPLAIN_FLAGS = { format: { type: "string", short: "f" }, help: { type: "boolean", short: "h" } };
function runExplain(argv, io) {
  const { values, positionals } = parseCommand("explain", argv, {}, true, EXPLAIN_FLAGS);
  const format = values["format"] ?? "text";
  if (format !== "text" && format !== "json") {
    throw new UsageError(`explain: --format ${format}: expected text or json`, didYouMean(format, ["text", "json"], (f) => `--format ${f}`));
  }
  const catalog = ruleCatalog();
  const all = catalog.all().sort((a, b) => byCodePoint(a.id, b.id));
  const rules = positionals.length === 0 ? all : positionals.flatMap((name) => resolveName(name, all));
  const unique = [...new Map(rules.map((r) => [r.id, r])).values()];
  if (format === "json") {
    const entries = unique.map((r) => ({ ...r, ...positionals.length > 0 ? { page: catalog.doc(r.id) ?? "" } : {} }));
    io.stdout(`${JSON.stringify(positionals.length === 1 && !isCategoryName(positionals[0]) ? entries[0] : entries, null, 2)}
`);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    const width = Math.max(...all.map((r) => r.id.length));
    io.stdout(all.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.title}`).join("\n") + "\n");
    return EXIT.ok;
  }
  const pages = unique.map((r) => {
    const doc = catalog.doc(r.id) ?? `# ${r.id}

${r.title}

${r.hint}
`;
    return doc.endsWith("\n") ? doc : `${doc}
`;
  });
  io.stdout(pages.join("\n---\n\n"));
  return EXIT.ok;
}
function byShortNameNear(name, all) {
  const short = name.split("/").pop() ?? name;
  const near = closest(short, [...new Set(all.map((r) => r.id.split("/")[1]))]);
  const ids = all.filter((r) => near.includes(r.id.split("/")[1])).map((r) => `\`${r.id}\``);
  return ids.length === 0 ? void 0 : `did you mean ${ids.slice(0, 3).join(" or ")}?`;
}
function isCategoryName(name) {
  return CATEGORIES.includes(name.replace(/\/$/, ""));
}
function resolveName(name, all) {
  const exact = all.find((r) => r.id === name);
  if (exact) return [exact];
  if (isCategoryName(name)) {
    const category = name.replace(/\/$/, "");
    return all.filter((r) => r.category === category);
  }
  const ids = all.map((r) => r.id);
  const byShortName = all.filter((r) => r.id.split("/")[1] === name);
  if (byShortName.length === 1) return byShortName;
  const suggestion = didYouMean(name, name.includes("/") ? ids : [...ids, ...CATEGORIES]) ?? (byShortName.length > 1 ? `did you mean ${byShortName.map((r) => `\`${r.id}\``).join(" or ")}?` : void 0) ?? byShortNameNear(name, all) ?? "run `prodguard explain` for the list of rules";
  throw new UsageError(`explain: unknown rule or category "${name}"`, suggestion);
}
export {
  runExplain
};
