// One app process of `npm start` (scripts/lib/app-workers.mjs forks them). It reads what the
// primary decided from the environment: the database, the port, the server-actions key.
import { parseTrustedProxies } from "./lib/client-address.mjs";
import { readPort } from "./lib/config.mjs";
import { serveApp } from "./lib/app-server.mjs";

// Without its primary (killed, or crashed) a worker must not go on serving on its own.
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => {}); // the primary decides when to stop on Ctrl-C

try {
  const server = await serveApp({
    dev: false,
    host: process.env.HOST ?? "localhost",
    port: readPort(process.env.PORT, 3000, "PORT"),
    trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES),
  });
  server.on("error", (error) => {
    console.error(`[samverka] The web server of process ${process.pid} stopped: ${error.message}`);
    process.exit(1);
  });
  process.send?.({ type: "listening" });
} catch (error) {
  process.send?.({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
