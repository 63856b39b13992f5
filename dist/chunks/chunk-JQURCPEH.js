import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);

// src/knowledge/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root !== void 0) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && existsSync(join(dir, "rules"))) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "prodguard") return root = dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("prodguard cannot find its rules/ folder: the installation is incomplete");
    dir = parent;
  }
}
function findPackageFile(relative) {
  return join(packageRoot(), relative);
}
function packageVersion() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}

export {
  packageRoot,
  findPackageFile,
  packageVersion
};
