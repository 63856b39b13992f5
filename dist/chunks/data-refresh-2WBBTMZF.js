import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  userDataDir
} from "./chunk-3N6O4A4T.js";
import {
  PUBLIC_REGISTRIES,
  RegistryClient,
  lineDatesOf,
  lookupNpm,
  lookupPypi,
  npmConfig
} from "./chunk-JCPQNDZ4.js";
import {
  findPackageFile
} from "./chunk-JQURCPEH.js";
import "./chunk-AUHH7KO2.js";

// src/cli/data-refresh.ts
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
var USAGE = `usage: prodguard data refresh [--only eol|versions] [--products a,b] [--eol-api URL] [--npm-registry URL]
                              [--pypi URL] [--out DIR] [--timeout MS] [--concurrency N]

Fetches the end-of-life table from endoflife.date and the latest versions of the npm and PyPI packages prodguard
knows from the registries (npm honours .npmrc) into your user cache ($XDG_CACHE_HOME/prodguard, else
~/.cache/prodguard), which later runs prefer to the data prodguard ships with. --out DIR writes there instead
(e.g. rules/outdated-dependency in a fork).

Exit codes: 0 everything refreshed, 1 some sources could not be reached (their old data is kept), 2 usage error.`;
function parseArgs(argv) {
  const o = { eolApi: "https://endoflife.date/api/v1", pypi: PUBLIC_REGISTRIES.pypi, out: void 0, timeoutMs: 15e3, concurrency: 6 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--only": {
        const v = value();
        if (v !== "eol" && v !== "versions") return `--only takes eol or versions, not ${v ?? "nothing"}`;
        o.only = v;
        break;
      }
      case "--products":
        o.products = (value() ?? "").split(",").map((p) => p.trim()).filter(Boolean);
        break;
      case "--eol-api":
        o.eolApi = (value() ?? "").replace(/\/$/, "");
        break;
      case "--npm-registry":
        o.npmRegistry = value();
        break;
      case "--pypi":
        o.pypi = `${(value() ?? "").replace(/\/$/, "")}/`;
        break;
      case "--out":
        o.out = value() ?? "";
        break;
      case "--timeout":
        o.timeoutMs = Number(value());
        break;
      case "--concurrency":
        o.concurrency = Number(value());
        break;
      default:
        return `unknown option ${arg}`;
    }
  }
  if (!Number.isFinite(o.timeoutMs) || o.timeoutMs <= 0) return "--timeout takes a number of milliseconds";
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1) return "--concurrency takes a positive integer";
  return o;
}
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
var dateOrBool = (v) => typeof v === "string" ? v.slice(0, 10) : typeof v === "boolean" ? v : void 0;
function productFromV1(body) {
  const result = obj(obj(body)?.result);
  if (!result || !Array.isArray(result.releases)) return void 0;
  const releases = [];
  for (const raw of result.releases) {
    const r = obj(raw);
    if (!r || typeof r.name !== "string") continue;
    const release = { name: r.name, eol: typeof r.eolFrom === "string" ? r.eolFrom : r.isEol === true };
    if (typeof r.codename === "string") release.codename = r.codename;
    if (typeof r.label === "string" && r.label !== r.name) release.label = r.label;
    if (typeof r.releaseDate === "string") release.releaseDate = r.releaseDate;
    if (typeof r.ltsFrom === "string") release.lts = r.ltsFrom;
    else if (r.isLts === true) release.lts = true;
    if (typeof r.eoasFrom === "string") release.eoas = r.eoasFrom;
    else if (typeof r.isEoas === "boolean") release.eoas = r.isEoas;
    if (typeof r.eoesFrom === "string") release.eoes = r.eoesFrom;
    else if (typeof r.isEoes === "boolean") release.eoes = r.isEoes;
    const latest = obj(r.latest);
    if (typeof latest?.name === "string") release.latest = latest.name;
    if (typeof latest?.date === "string") release.latestDate = latest.date;
    releases.push(release);
  }
  return { label: typeof result.label === "string" ? result.label : String(result.name ?? ""), ...typeof result.category === "string" ? { category: result.category } : {}, releases };
}
function productFromV0(body, label) {
  if (!Array.isArray(body)) return void 0;
  const releases = [];
  for (const raw of body) {
    const r = obj(raw);
    if (!r || typeof r.cycle !== "string" && typeof r.cycle !== "number") continue;
    const release = { name: String(r.cycle), eol: dateOrBool(r.eol) ?? false };
    if (typeof r.codename === "string") release.codename = r.codename;
    if (typeof r.releaseDate === "string") release.releaseDate = r.releaseDate;
    const lts = dateOrBool(r.lts);
    if (lts !== void 0 && lts !== false) release.lts = lts;
    const support = dateOrBool(r.support);
    if (support !== void 0) release.eoas = support;
    const extended = dateOrBool(r.extendedSupport);
    if (extended !== void 0) release.eoes = extended;
    if (typeof r.latest === "string") release.latest = r.latest;
    if (typeof r.latestReleaseDate === "string") release.latestDate = r.latestReleaseDate;
    releases.push(release);
  }
  return { label, releases };
}
async function getJson(fetchImpl, url, timeoutMs) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetchImpl(url, { headers: { accept: "application/json", "user-agent": "prodguard data refresh" }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 429 && attempt < 2) {
      await new Promise((resolve) => setTimeout(resolve, 1e3 * (attempt + 1)));
      continue;
    }
    if (response.status !== 200) return { status: response.status };
    return { status: 200, body: await response.json() };
  }
}
async function inBatches(items, size, run) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    })
  );
}
async function writeJson(file, value, pretty) {
  const text = pretty ? `${JSON.stringify(value, null, 1)}
` : `${JSON.stringify(value).replace(/\},"/g, '},\n"')}
`;
  const temp = `${file}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}
function startingPoint(o, name) {
  const out = o.out;
  if (o.explicit && existsSync(join(out, name))) return JSON.parse(readFileSync(join(out, name), "utf8"));
  const shipped = JSON.parse(readFileSync(findPackageFile(`rules/outdated-dependency/${name}`), "utf8"));
  const file = join(out, name);
  if (!existsSync(file)) return shipped;
  try {
    const current = JSON.parse(readFileSync(file, "utf8"));
    return (current.dataDate ?? "") >= (shipped.dataDate ?? "") ? current : shipped;
  } catch {
    return shipped;
  }
}
function someOf(names, shown = 5) {
  if (names.length <= shown) return names.join(", ");
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}
function reportFailures(io, what, failed) {
  for (const [reason, names] of failed) io.err(`${what}: kept the old data of ${names.length} (${reason}): ${someOf(names.sort())}`);
}
function noteFailure(failed, reason, name) {
  const kind = reason.replace(/https?:\/\/\S+/g, "URL").slice(0, 120);
  const list = failed.get(kind) ?? [];
  list.push(name);
  failed.set(kind, list);
}
async function refreshEol(o, io, fetchImpl, today) {
  const file = join(o.out, "eol.json");
  const snapshot = startingPoint(o, "eol.json");
  const products = o.products ?? Object.keys(snapshot.products);
  let failures = 0;
  const failed = /* @__PURE__ */ new Map();
  await inBatches(products, o.concurrency, async (product) => {
    try {
      let fresh;
      const v1 = await getJson(fetchImpl, `${o.eolApi}/products/${encodeURIComponent(product)}`, o.timeoutMs);
      if (v1.status === 200) fresh = productFromV1(v1.body);
      if (fresh === void 0 && /\/v1$/.test(o.eolApi)) {
        const v0 = await getJson(fetchImpl, `${o.eolApi.replace(/\/v1$/, "")}/${encodeURIComponent(product)}.json`, o.timeoutMs);
        if (v0.status === 200) fresh = productFromV0(v0.body, snapshot.products[product]?.label ?? product);
      }
      if (fresh === void 0 || fresh.releases.length === 0) throw new Error(`no release data (HTTP ${v1.status})`);
      snapshot.products[product] = fresh;
    } catch (error) {
      failures++;
      noteFailure(failed, error.message, product);
    }
  });
  reportFailures(io, "eol", failed);
  if (failures < products.length) {
    snapshot.dataDate = today;
    snapshot.source = `endoflife.date API (${o.eolApi}), fetched ${today}, MIT licence`;
    await writeJson(file, snapshot, true);
  }
  io.out(`eol.json: ${products.length - failures} of ${products.length} products refreshed`);
  return { failures, wrote: failures < products.length };
}
async function refreshVersions(o, io, fetchImpl, today) {
  const file = join(o.out, "latest-versions.json");
  const snapshot = startingPoint(o, "latest-versions.json");
  const env = { ...io.env ?? process.env, ...o.npmRegistry ? { npm_config_registry: o.npmRegistry } : {} };
  const npm = npmConfig(io.cwd, env);
  const client = new RegistryClient({ fetch: fetchImpl, timeoutMs: o.timeoutMs, concurrency: o.concurrency, budget: Number.MAX_SAFE_INTEGER, hostFailures: 5 });
  let failures = 0;
  const failed = /* @__PURE__ */ new Map();
  const refreshed = { npm: 0, pypi: 0 };
  const update = async (ecosystem, name) => {
    const found = ecosystem === "npm" ? await lookupNpm(client, npm, name) : await lookupPypi(client, o.pypi, name);
    if (found.status === "found") refreshed[ecosystem]++;
    if (found.status !== "found") {
      failures++;
      noteFailure(failed, `${ecosystem}: ${found.status === "unavailable" ? found.reason : "not found"}`, name);
      return;
    }
    const entry = { latest: found.info.latest };
    if (found.info.latestDate !== void 0) entry.released = found.info.latestDate.slice(0, 10);
    if (found.info.deprecated !== void 0) entry.deprecated = found.info.deprecated;
    if (found.info.dates !== void 0) Object.assign(entry, lineDatesOf(ecosystem, found.info.dates, found.info.latest));
    snapshot.packages[ecosystem][name] = entry;
  };
  let total = 0;
  for (const ecosystem of ["npm", "pypi"]) {
    const names = Object.keys(snapshot.packages[ecosystem] ?? {});
    snapshot.packages[ecosystem] ??= {};
    total += names.length;
    await inBatches(names, o.concurrency, (name) => update(ecosystem, name));
  }
  reportFailures(io, "versions", failed);
  if (failures < total) {
    snapshot.dataDate = today;
    if (refreshed.npm > 0) snapshot.sources.npm = `latest stable version and its release date from ${npm.registry}, fetched ${today}`;
    if (refreshed.pypi > 0) snapshot.sources.pypi = `latest stable version and its release date from ${o.pypi}, fetched ${today}`;
    await writeJson(file, snapshot, false);
  }
  io.out(`latest-versions.json: ${total - failures} of ${total} packages refreshed (${client.requestsMade} requests)`);
  return { failures, wrote: failures < total };
}
async function runDataRefresh(argv, io) {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(USAGE);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === "string") {
    io.err(`prodguard data refresh: ${options}
${USAGE}`);
    return 2;
  }
  const out = options.out ?? defaultOut(io);
  if (out === void 0) {
    io.err("prodguard data refresh: no home or XDG_CACHE_HOME to keep the data in; give --out DIR");
    return 2;
  }
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    io.err(`prodguard data refresh: cannot create ${out} (${error.code ?? "error"}); give --out DIR`);
    return 2;
  }
  const fetchImpl = io.fetch ?? globalThis.fetch;
  const today = (io.now?.() ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const outcomes = [];
  try {
    if (options.only !== "versions") outcomes.push(await refreshEol({ ...options, out, explicit: options.out !== void 0 }, io, fetchImpl, today));
    if (options.only !== "eol") outcomes.push(await refreshVersions({ ...options, out, explicit: options.out !== void 0 }, io, fetchImpl, today));
  } catch (error) {
    io.err(`prodguard data refresh: ${error.message}`);
    return 1;
  }
  if (outcomes.some((o) => o.wrote)) {
    io.out(
      options.out === void 0 ? `Wrote to ${out}: prodguard uses this data from now on (delete the folder to go back to the bundled data).` : `Wrote to ${out}.`
    );
  } else {
    io.out("Nothing was written: no source could be reached (try again later, or check the proxy and .npmrc).");
  }
  return outcomes.every((o) => o.failures === 0) ? 0 : 1;
}
function defaultOut(io) {
  const dir = userDataDir(io.env ?? process.env);
  return dir === void 0 ? void 0 : join(dir, "outdated-dependency");
}
export {
  productFromV0,
  productFromV1,
  runDataRefresh
};
