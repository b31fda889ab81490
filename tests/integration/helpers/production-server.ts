import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { projectRoot } from "../../../scripts/lib/config.mjs";
import { freePort } from "../../../scripts/lib/ports.mjs";

// The production server as `npm start` runs it (scripts/start.mjs: request gate, build
// when stale, Next.js), on the integration test database, for tests that must go over
// real HTTP: client addresses from the socket, the framework's own refusals, server
// actions invoked by id.

export interface ProductionServer {
  origin: string;
  port: number;
  /** The process `npm start` runs in (the app processes are its children). */
  pid: number;
  /** Every line the server printed, stdout and stderr. */
  log: string[];
  stop(): Promise<void>;
}

/** `logFile`: also append everything the server prints to this file (the bench's SERVER_LOG). */
export async function startProductionServer(
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  { logFile }: { logFile?: string } = {},
): Promise<ProductionServer> {
  const port = await freePort();
  const log: string[] = [];
  // Opened before the server starts, synchronously, so a path that cannot be written fails now,
  // with its reason, rather than as an unhandled stream error in the middle of a run.
  if (logFile) fs.mkdirSync(path.dirname(path.resolve(logFile)), { recursive: true });
  const logStream = logFile ? fs.createWriteStream(logFile, { fd: fs.openSync(logFile, "a") }) : null;
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "scripts/start.mjs", "--no-seed"], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let pending = "";
  const collect = (chunk: Buffer) => {
    logStream?.write(chunk);
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    log.push(...lines);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    const up = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      logStream?.end();
      throw new Error(`The production server did not start:\n${log.slice(-40).join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    origin,
    port,
    pid: child.pid!,
    log,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      await new Promise<void>((resolve) => (logStream ? logStream.end(() => resolve()) : resolve()));
    },
  };
}

export interface ServerActionRef {
  id: string;
  /** A page whose worker holds the action. Posted elsewhere, Next.js forwards the call to it over HTTP. */
  path: string;
}

function pagePath(worker: string): string {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\[id\]/g, "00000000-0000-4000-8000-000000000000")
    .replace(/\[steg\]/g, "1")
    .replace(/\[token\]/g, "x");
  return route === "" ? "/" : route;
}

/** Server actions by "file#export", from the production build's manifest. */
export function serverActions(): Map<string, ServerActionRef> {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }>;
  };
  const actions = new Map<string, ServerActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const worker = Object.keys(entry.workers ?? {}).find((w) => !w.includes("_not-found")) ?? "app/page";
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, path: pagePath(worker) });
  }
  return actions;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with node:http, so a test controls what fetch would not let it: the
 * local address it connects from (to be a "proxy" or a "client"), forged headers, and a
 * body sent in chunks without a length. A reset connection rejects with the socket error.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer | Buffer[]; localAddress?: string; timeoutMs?: number } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers };
    if (options.body !== undefined && !Array.isArray(options.body)) headers["content-length"] = String(Buffer.byteLength(options.body));
    const request = http.request(url, { method: options.method ?? "GET", headers, localAddress: options.localAddress, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.setTimeout(options.timeoutMs ?? 60_000, () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    // A single body is sent with its length, as browsers do; a list of parts is sent chunked.
    if (Array.isArray(options.body)) for (const part of options.body) request.write(part);
    else if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}
