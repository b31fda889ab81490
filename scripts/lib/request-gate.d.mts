import type { IncomingMessage, ServerResponse } from "node:http";
import type { TrustedProxies } from "./client-address.mjs";

export const ACTION_BODY_LIMIT: number;
export const REQUEST_CONTEXT: unique symbol;
export function gateRequests(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  options: { trustedProxies: TrustedProxies },
): (req: IncomingMessage, res: ServerResponse) => unknown;
