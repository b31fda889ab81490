// Prints each route's first-load JavaScript from the last production build (`npm run build`
// or `npm start`), uncompressed and gzipped, as Next.js's build output no longer shows it.
// Usage: npm run report:routes
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { projectRoot } from "./lib/config.mjs";

const statsFile = path.join(projectRoot, ".next/diagnostics/route-bundle-stats.json");
if (!fs.existsSync(statsFile)) {
  console.error("No production build found. Run `npm run build` first.");
  process.exit(2);
}
const stats = JSON.parse(fs.readFileSync(statsFile, "utf8"));
const gzipCache = new Map();
function gzipSize(chunk) {
  if (!gzipCache.has(chunk)) gzipCache.set(chunk, zlib.gzipSync(fs.readFileSync(path.join(projectRoot, chunk))).length);
  return gzipCache.get(chunk);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = stats
  .map((route) => ({
    route: route.route,
    raw: route.firstLoadUncompressedJsBytes,
    gzip: route.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipSize(chunk), 0),
  }))
  .sort((a, b) => a.route.localeCompare(b.route));
const width = Math.max(...rows.map((r) => r.route.length));
console.log(`${"Route".padEnd(width)}  ${"JS (raw)".padStart(10)}  ${"JS (gzip)".padStart(10)}`);
for (const row of rows) console.log(`${row.route.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}`);
