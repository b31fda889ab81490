// The client's address for per-IP limits, decided once, in the HTTP server, from facts a
// client cannot forge: the socket's peer address, and X-Forwarded-For only when that peer
// is a proxy the operator listed in TRUSTED_PROXIES. The result goes to the app in
// CLIENT_ADDRESS_HEADER; a copy sent by the client is always removed first.
import net from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-samverka-client-ip";

export class TrustedProxiesError extends Error {}

function normalize(address) {
  if (typeof address !== "string") return null;
  let value = address.trim();
  // "[2001:db8::1]:443" or "192.0.2.1:443" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1];
  const family = net.isIP(value);
  return family ? { address: value.toLowerCase(), family: family === 4 ? "ipv4" : "ipv6" } : null;
}

/**
 * Parses TRUSTED_PROXIES: a comma- or space-separated list of IP addresses and CIDR
 * blocks (for example "10.0.0.0/8, 192.0.2.10, fd00::/8"). Empty means none: the socket
 * address is the client. Throws TrustedProxiesError naming the bad entry.
 */
export function parseTrustedProxies(value) {
  const list = new net.BlockList();
  const entries = String(value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split("/");
    const ip = normalize(address);
    if (!ip || extra !== undefined) throw new TrustedProxiesError(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR block.`);
    if (prefix === undefined) {
      list.addAddress(ip.address, ip.family);
      continue;
    }
    const bits = Number(prefix);
    const max = ip.family === "ipv4" ? 32 : 128;
    if (!/^\d+$/.test(prefix) || bits > max) throw new TrustedProxiesError(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length (0–${max}).`);
    list.addSubnet(ip.address, bits, ip.family);
  }
  return { count: entries.length, isTrusted: (ip) => entries.length > 0 && list.check(ip.address, ip.family) };
}

/**
 * The client address: the socket peer, unless that peer is a trusted proxy; then the
 * X-Forwarded-For entries are read from the right (the nearest hop) and the first one
 * that is not itself a trusted proxy is the client. An entry that is not an address
 * stops the walk at the hop that wrote it.
 */
export function resolveClientAddress(socketAddress, forwardedFor, trusted) {
  const peer = normalize(socketAddress);
  if (!peer) return null;
  if (!trusted.isTrusted(peer)) return peer.address;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalize(hops[i]);
    if (!hop) break;
    client = hop;
    if (!trusted.isTrusted(hop)) break;
  }
  return client.address;
}

/** Sets the trusted client address on an incoming Node request, replacing any client-sent copy. */
export function applyClientAddress(req, trusted) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}
