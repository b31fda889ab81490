import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { prisma } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import {
  ABSOLUTE_LIFETIME_SECONDS,
  IDLE_TIMEOUT_SECONDS,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  appBaseUrl,
} from "./config";
import { hashPassword, verifyPassword } from "./password";
import { authSecret } from "./secret";
import { CLIENT_ADDRESS_HEADER } from "./request";

const baseURL = appBaseUrl();
const isHttps = baseURL.startsWith("https://");
if (process.env.NODE_ENV === "production" && !isHttps && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(baseURL)) {
  // Session cookies without Secure over a real network would be readable in transit.
  throw new Error(`BETTER_AUTH_URL must be https in production (got ${baseURL}).`);
}

/**
 * better-auth owns password checks, session creation and the signed session cookie. It
 * does not decide who may do what: that is lib/auth/permissions.ts.
 *
 * Sessions: the cookie lives for the absolute lifetime; the database row's expiresAt
 * starts at the idle timeout and is slid forward by lib/auth/session-policy.ts, which
 * also ends sessions older than the absolute lifetime. better-auth's own refresh is off
 * so that it never pushes expiresAt past what that policy allows.
 */
export const auth = betterAuth({
  baseURL,
  secret: authSecret(),
  trustedOrigins: [baseURL],
  database: prismaAdapter(prisma, { provider: "postgresql", transaction: true }),
  emailAndPassword: {
    enabled: true,
    // Accounts are created only by accepting an invitation (lib/cases/invitations.ts) or by the seed.
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
    password: { hash: hashPassword, verify: verifyPassword },
  },
  session: {
    expiresIn: ABSOLUTE_LIFETIME_SECONDS,
    disableSessionRefresh: true,
    cookieCache: { enabled: false },
  },
  databaseHooks: {
    session: {
      create: {
        before: async (session) => ({
          data: { ...session, expiresAt: new Date(Date.now() + IDLE_TIMEOUT_SECONDS * 1000) },
        }),
      },
    },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    modelName: "authRateLimit",
    window: 60,
    max: 60,
  },
  advanced: {
    cookiePrefix: "samverka",
    useSecureCookies: isHttps,
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: isHttps, path: "/" },
    database: { generateId: "uuid", joins: true },
    // Only the address the HTTP server decided (socket, or a trusted proxy's header).
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  telemetry: { enabled: false },
  // One log for the whole app: better-auth's messages go through pino, not the console.
  logger: {
    level: "warn",
    log: (level, message, ...args) => {
      const method = level === "error" ? "error" : level === "warn" ? "warn" : level === "debug" ? "debug" : "info";
      logger[method]({ source: "better-auth", details: args.length ? args : undefined }, message);
    },
  },
});

export type AuthSession = NonNullable<Awaited<ReturnType<typeof auth.api.getSession>>>;
