import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  TrustedProxiesError,
  applyClientAddress,
  parseTrustedProxies,
  resolveClientAddress,
} from "../../../scripts/lib/client-address.mjs";
import type { IncomingMessage } from "node:http";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.10 fd00::/8");

describe("resolveClientAddress", () => {
  it("uses the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("198.51.100.4", "203.0.113.9", none)).toBe("198.51.100.4");
    expect(resolveClientAddress("198.51.100.4", "1.1.1.1, 2.2.2.2", none)).toBe("198.51.100.4");
    expect(resolveClientAddress("::ffff:127.0.0.1", "203.0.113.9", none)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("198.51.100.4", "203.0.113.9", proxies)).toBe("198.51.100.4");
  });

  it("takes the nearest untrusted hop behind trusted proxies", () => {
    expect(resolveClientAddress("10.1.2.3", "203.0.113.9", proxies)).toBe("203.0.113.9");
    // A client-forged entry on the left is never reached.
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // Two proxies in a row.
    expect(resolveClientAddress("192.0.2.10", "6.6.6.6, 203.0.113.9, 10.9.9.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:10.0.0.1", ["6.6.6.6", "203.0.113.9"], proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("fd00::1", "2001:db8::7", proxies)).toBe("2001:db8::7");
    expect(resolveClientAddress("10.0.0.1", "[2001:db8::7]:443", proxies)).toBe("2001:db8::7");
    expect(resolveClientAddress("10.0.0.1", "203.0.113.9:5555", proxies)).toBe("203.0.113.9");
  });

  it("stops at the hop that wrote an entry that is not an address", () => {
    expect(resolveClientAddress("10.1.2.3", "203.0.113.9, garbage", proxies)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", "", proxies)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", undefined, proxies)).toBe("10.1.2.3");
  });

  it("uses the leftmost entry when every hop is a trusted proxy", () => {
    expect(resolveClientAddress("10.1.2.3", "10.0.0.5, 10.0.0.6", proxies)).toBe("10.0.0.5");
  });

  it("has no address without a socket address", () => {
    expect(resolveClientAddress(undefined, "203.0.113.9", proxies)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it.each(["10.0.0.0/33", "nope", "10.0.0.0/8/1", "fd00::/129", "10.0.0.0/x"])("refuses %j, naming it", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(TrustedProxiesError);
    expect(() => parseTrustedProxies(value)).toThrow(value);
  });
});

describe("applyClientAddress", () => {
  it("replaces a client-sent copy of the trusted header", () => {
    const req = {
      headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7" },
      socket: { remoteAddress: "198.51.100.4" },
    } as unknown as IncomingMessage;
    applyClientAddress(req, none);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.4");
  });
});
