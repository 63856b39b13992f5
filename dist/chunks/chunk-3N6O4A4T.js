import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);

// src/knowledge/user-data.ts
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
var REFRESHABLE = ["outdated-dependency/eol.json", "outdated-dependency/latest-versions.json"];
function userDataDir(env) {
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg !== void 0 && xdg !== "" && isAbsolute(xdg)) return join(xdg, "prodguard");
  const home = env["HOME"] !== void 0 && env["HOME"] !== "" ? env["HOME"] : safeHomedir();
  return home === void 0 ? void 0 : join(home, ".cache", "prodguard");
}
function safeHomedir() {
  try {
    const home = homedir();
    return home === "" ? void 0 : home;
  } catch {
    return void 0;
  }
}
function dataDate(value) {
  const date = typeof value === "object" && value !== null ? value.dataDate : void 0;
  return typeof date === "string" ? date : "";
}
function withUserData(base, env, note = () => {
}) {
  const dir = userDataDir(env);
  if (dir === void 0 || env["PRODGUARD_NO_USER_DATA"] === "1") return base;
  const chosen = /* @__PURE__ */ new Map();
  return {
    load(relative) {
      if (!REFRESHABLE.includes(relative)) return base.load(relative);
      if (!chosen.has(relative)) {
        const bundled = base.load(relative);
        let pick = bundled;
        const file = join(dir, relative);
        if (existsSync(file)) {
          try {
            const refreshed = JSON.parse(readFileSync(file, "utf8"));
            if (dataDate(refreshed) >= dataDate(bundled)) pick = refreshed;
            note(pick === refreshed ? `using refreshed ${relative} of ${dataDate(refreshed)} from ${dir}` : `bundled ${relative} is newer than the refreshed copy in ${dir}`);
          } catch (error) {
            note(`ignoring ${file}: ${error.message} (run \`prodguard data refresh\` again)`);
          }
        }
        chosen.set(relative, pick);
      }
      return chosen.get(relative);
    }
  };
}

export {
  userDataDir,
  withUserData
};
