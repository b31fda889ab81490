import { createRequire } from "node:module";
import { type ProductionServer, type RawResponse, type ServerActionRef, rawRequest } from "./production-server";

// Calls a server action over HTTP the way the browser does: POST with the Next-Action
// header and the arguments in React's reply encoding (JSON text, or multipart when an
// argument is a FormData).

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

export interface ActionCall {
  status: number;
  /** The connection failed instead of answering (for example reset). */
  networkError?: string;
  body: string;
  redirect?: string;
  /** The app answered with an error state, or the HTTP status is 4xx. */
  refused: boolean;
  response?: RawResponse;
}

export async function encodeArgs(args: unknown[]): Promise<{ body: Buffer; contentType: string }> {
  const encoded = await encodeReply(args);
  if (typeof encoded === "string") return { body: Buffer.from(encoded, "utf8"), contentType: "text/plain;charset=UTF-8" };
  const response = new Response(encoded);
  return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type")! };
}

export async function postAction(
  server: ProductionServer,
  action: ServerActionRef,
  payload: { body: Buffer | string | Buffer[]; contentType: string },
  options: { cookie?: string; headers?: Record<string, string>; localAddress?: string; timeoutMs?: number } = {},
): Promise<ActionCall> {
  const headers: Record<string, string> = {
    "next-action": action.id,
    accept: "text/x-component",
    "content-type": payload.contentType,
    origin: server.origin,
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...options.headers,
  };
  try {
    const response = await rawRequest(`${server.origin}${action.path}`, {
      method: "POST",
      headers,
      body: payload.body,
      localAddress: options.localAddress,
      timeoutMs: options.timeoutMs,
    });
    const redirect = response.headers["x-action-redirect"];
    const refused = response.status >= 400 || /"status":"error"|"ok":false/.test(response.body);
    return { status: response.status, body: response.body, redirect: typeof redirect === "string" ? redirect : undefined, refused, response };
  } catch (error) {
    return { status: 0, networkError: (error as NodeJS.ErrnoException).code ?? String(error), body: "", refused: true };
  }
}

export async function callAction(
  server: ProductionServer,
  action: ServerActionRef,
  args: unknown[],
  options: { cookie?: string; headers?: Record<string, string>; localAddress?: string; timeoutMs?: number } = {},
): Promise<ActionCall> {
  return postAction(server, action, await encodeArgs(args), options);
}

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
