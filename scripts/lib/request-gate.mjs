// The front door of `npm start`'s HTTP server, before Next.js sees a request:
// - decides the client address for per-IP limits (client-address.mjs);
// - answers server-action calls that Next.js would refuse with HTTP 500 or a reset
//   connection with a clean 4xx instead: a cross-origin post 403, a body without a length
//   411, a body over the limit 413, and a call the framework could not decode 400.
// App code marks, through REQUEST_CONTEXT, that an action body started; a 500 after that
// is a real fault in the app and stays a 500 (it is logged in full by the app).
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import { applyClientAddress } from "./client-address.mjs";

/** Same limit as Next.js's serverActions.bodySizeLimit (its default, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** How much of a refused over-limit body is read and thrown away so the client sees the answer, not a reset. */
const DRAIN_LIMIT = 32 * 1024 * 1024;

export const REQUEST_CONTEXT = Symbol.for("samverka.requestContext");

// Next.js forwards a server action posted to a page that does not hold it to the right
// page, over HTTP to this same server, copying the request headers (but not the length).
// Every request gets this process's secret in FORWARD_HEADER, so the forwarded copy is
// recognised: it keeps the client address the first pass decided. The copy may reach another
// worker of the same server (scripts/lib/app-workers.mjs), so the workers share the secret
// through the environment their primary set (FORWARD_TOKEN_ENV).
const FORWARD_HEADER = "x-samverka-forwarded";
export const FORWARD_TOKEN_ENV = "SAMVERKA_FORWARD_TOKEN";
process.env[FORWARD_TOKEN_ENV] ??= crypto.randomBytes(24).toString("hex");
const FORWARD_TOKEN = process.env[FORWARD_TOKEN_ENV];

function isForwardedByThisServer(req) {
  const value = req.headers[FORWARD_HEADER];
  return typeof value === "string" && value.length === FORWARD_TOKEN.length && crypto.timingSafeEqual(Buffer.from(value), Buffer.from(FORWARD_TOKEN));
}
const requestContext = new AsyncLocalStorage();
globalThis[REQUEST_CONTEXT] = requestContext;

const log = (level, fields, msg) => console[level === "warn" ? "warn" : "log"](JSON.stringify({ level, time: Date.now(), source: "request-gate", ...fields, msg }));

function refuse(req, res, status, message, reason) {
  log("warn", { status, reason, path: req.url?.slice(0, 200), clientIp: req.headers["x-samverka-client-ip"] }, "server action request refused before the app");
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" });
  // Read (and drop) the rest of the body before the answer ends: Node closes a "connection:
  // close" socket as soon as the response has ended, and a client still sending its body then
  // gets EPIPE or a reset instead of this answer (it did, now and then, under load).
  let drained = 0;
  const finish = () => {
    if (!res.writableEnded) res.end(message);
  };
  req.on("data", (chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) {
      finish();
      req.destroy();
    }
  });
  req.on("end", finish);
  req.on("error", () => res.destroy());
  req.resume();
}

function originHost(origin) {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return "";
  }
}

/** The same comparison Next.js makes (origin host against x-forwarded-host or host), made first. */
function isCrossOrigin(req) {
  const origin = req.headers.origin;
  if (typeof origin !== "string") return false;
  const forwarded = req.headers["x-forwarded-host"];
  const host = (typeof forwarded === "string" && forwarded.split(",")[0].trim()) || req.headers.host;
  return !host || originHost(origin) !== host;
}

/** Wraps Next.js's request handler. */
export function gateRequests(handle, { trustedProxies }) {
  return (req, res) => {
    const forwarded = isForwardedByThisServer(req);
    if (!forwarded) {
      applyClientAddress(req, trustedProxies);
      req.headers[FORWARD_HEADER] = FORWARD_TOKEN;
    }
    const isAction = req.method === "POST" && req.headers["next-action"] !== undefined;
    if (!isAction) return handle(req, res);

    if (isCrossOrigin(req)) return refuse(req, res, 403, "Anropet kom från en annan webbplats och avvisades.", "cross-origin");
    const length = Number(req.headers["content-length"]);
    // Browsers always send the length of an action's body. Without one, Next.js would read
    // a body past the limit and then drop the connection mid-upload; refuse it up front.
    // (A call forwarded by this server has lost its length, but was checked on the way in.)
    if (!forwarded && req.headers["content-length"] === undefined) return refuse(req, res, 411, "Anropet saknar längduppgift (Content-Length).", "no length");
    if (Number.isFinite(length) && length > ACTION_BODY_LIMIT) return refuse(req, res, 413, "Anropet är för stort.", "too large");

    const context = { actionEntered: false };
    const writeHead = res.writeHead;
    res.writeHead = function gatedWriteHead(status, ...rest) {
      if (status === 500 && !context.actionEntered) {
        // The socket may already be detached when the framework gave up on the body.
        const tooLarge = (req.socket?.bytesRead ?? 0) > ACTION_BODY_LIMIT;
        const mapped = tooLarge ? 413 : 400;
        log("warn", { status: mapped, reason: tooLarge ? "too large" : "malformed", path: req.url?.slice(0, 200) }, "server action request refused by the framework");
        res.setHeader("connection", "close");
        return writeHead.call(this, mapped, ...rest);
      }
      return writeHead.call(this, status, ...rest);
    };
    return requestContext.run(context, () => handle(req, res));
  };
}
