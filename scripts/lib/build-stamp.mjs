// A content hash of everything `next build` reads, so `npm start` rebuilds only when the
// sources changed and a second start is fast.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./config.mjs";

const INPUTS = ["app", "components", "lib", "public", "instrumentation.ts", "proxy.ts", "prisma/schema.prisma", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];
const STAMP = path.join(projectRoot, ".next/samverka-build-stamp");

function* files(entry) {
  const full = path.join(projectRoot, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full).sort()) {
    if (child === "node_modules" || child.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, child));
  }
}

export function sourceHash() {
  const hash = crypto.createHash("sha256");
  for (const entry of INPUTS) {
    for (const file of files(entry)) {
      hash.update(file);
      hash.update(fs.readFileSync(path.join(projectRoot, file)));
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(hash) {
  return fs.existsSync(path.join(projectRoot, ".next/BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash;
}

export function writeBuildStamp(hash) {
  fs.writeFileSync(STAMP, hash);
}
