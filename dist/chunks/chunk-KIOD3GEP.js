import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);

// src/change/content.ts
import { TextDecoder } from "node:util";
var BINARY_SNIFF_BYTES = 8e3;
function decodeBytes(bytes) {
  const size = bytes.byteLength;
  if (isLfsPointer(bytes)) return { kind: "unreadable", reason: "lfs-pointer", detail: "a Git LFS pointer: the real content is in LFS storage, not in this checkout", bytes: size };
  const encoding = sniffEncoding(bytes);
  if (encoding === "binary") return { kind: "unreadable", reason: "binary", detail: "binary content (NUL bytes)", bytes: size };
  const nul = encoding === "utf-8" ? bytes.indexOf(0) : -1;
  if (nul !== -1) return { kind: "unreadable", reason: "binary", detail: `binary content (a NUL byte at offset ${nul})`, bytes: size };
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { kind: "text", text, bytes: size };
  } catch {
    const lenientText = new TextDecoder(encoding, { fatal: false }).decode(bytes);
    return { kind: "unreadable", reason: "encoding", detail: `not valid ${encoding.toUpperCase()}${invalidAt(bytes)}`, bytes: size, lenientText };
  }
}
var LFS_POINTER = Buffer.from("version https://git-lfs.github.com/spec/");
function isLfsPointer(bytes) {
  if (bytes.byteLength > 1024 || bytes.byteLength < LFS_POINTER.length) return false;
  for (let i = 0; i < LFS_POINTER.length; i++) if (bytes[i] !== LFS_POINTER[i]) return false;
  return /\noid sha256:[0-9a-f]{64}\n/.test(Buffer.from(bytes).toString("latin1"));
}
function sniffEncoding(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  const end = Math.min(bytes.byteLength, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return "binary";
  return "utf-8";
}
function invalidAt(bytes) {
  let i = 0;
  while (i < bytes.byteLength) {
    const b = bytes[i];
    const len = b < 128 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return ` (invalid byte 0x${b.toString(16)} at offset ${i})`;
    for (let k = 1; k < len; k++) {
      if (i + k >= bytes.byteLength || bytes[i + k] >> 6 !== 2) return ` (invalid sequence at offset ${i})`;
    }
    i += len;
  }
  return "";
}
function* decodeChunks(byteChunks) {
  let decoder;
  let offset = 0;
  let utf8 = false;
  for (const chunk of byteChunks) {
    if (decoder === void 0) {
      const encoding = sniffEncoding(chunk);
      if (encoding === "binary") throw new DecodeError("binary", "binary content (NUL bytes)");
      decoder = new TextDecoder(encoding, { fatal: true });
      utf8 = encoding === "utf-8";
    }
    const nul = utf8 ? chunk.indexOf(0) : -1;
    if (nul !== -1) throw new DecodeError("binary", `binary content (a NUL byte at offset ${offset + nul})`);
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw new DecodeError("encoding", `not valid UTF-8 near offset ${offset}`);
    }
    offset += chunk.byteLength;
  }
  if (decoder !== void 0) {
    try {
      const tail = decoder.decode();
      if (tail !== "") yield tail;
    } catch {
      throw new DecodeError("encoding", "truncated UTF-8 sequence at the end of the file");
    }
  }
}
var DecodeError = class extends Error {
  constructor(reason, detail) {
    super(detail);
    this.reason = reason;
    this.detail = detail;
  }
  reason;
  detail;
};

// src/project/tree.ts
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
function modelWants(path) {
  return /\.ya?ml$/i.test(path);
}
var MAX_MODEL_FILE_BYTES = 512 * 1024;
function textTree(texts) {
  const paths = [...texts.keys()].sort();
  return { paths: () => paths, text: (path) => texts.get(path) };
}
function gitTree(root, commit) {
  const list = commit === void 0 ? spawnSync("git", ["-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }) : spawnSync("git", ["-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--name-only", commit], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (list.status !== 0) return void 0;
  const paths = list.stdout.split("\0").filter((p) => p !== "").sort();
  const cache = /* @__PURE__ */ new Map();
  const read = (path) => {
    if (!modelWants(path)) return void 0;
    if (commit === void 0) {
      const file = join(root, path);
      try {
        if (statSync(file).size > MAX_MODEL_FILE_BYTES) return void 0;
        return readFileSync(file, "utf8");
      } catch {
        return void 0;
      }
    }
    const shown = spawnSync("git", ["show", `${commit}:${path}`], { cwd: root, encoding: "utf8", maxBuffer: MAX_MODEL_FILE_BYTES * 2 });
    return shown.status === 0 && shown.stdout.length <= MAX_MODEL_FILE_BYTES ? shown.stdout : void 0;
  };
  return {
    paths: () => paths,
    text(path) {
      if (!cache.has(path)) cache.set(path, read(path));
      return cache.get(path);
    }
  };
}

export {
  decodeBytes,
  decodeChunks,
  DecodeError,
  modelWants,
  textTree,
  gitTree
};
