// The HTTP server of one app process: Next.js behind the request gate. `npm start` runs it in
// each worker process (scripts/app-worker.mjs), `npm run dev` in its own process.
import http from "node:http";
import path from "node:path";
import { projectRoot } from "./config.mjs";
import { gateRequests } from "./request-gate.mjs";

/** Resolves with the listening server; rejects when Next.js or the port fails. */
export async function serveApp({ dev, host, port, trustedProxies }) {
  process.env.NODE_ENV = dev ? "development" : "production";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const { default: next } = await import("next");
  const app = next({ dev, dir: path.resolve(projectRoot), hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The gate sets the trusted client address and answers refused server-action calls with 4xx.
  const server = http.createServer(gateRequests(handle, { trustedProxies }));
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}
