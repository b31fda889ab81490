import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER: "x-samverka-client-ip";
export class TrustedProxiesError extends Error {}
export interface TrustedProxies {
  count: number;
  isTrusted(ip: { address: string; family: "ipv4" | "ipv6" }): boolean;
}
export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null;
export function applyClientAddress(req: IncomingMessage, trusted: TrustedProxies): void;
