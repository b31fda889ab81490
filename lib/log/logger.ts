import pino from "pino";

// JSON to stdout. pino's `transport` option breaks inside Next.js bundles, so pretty
// printing, if wanted, is a pipe: `npm run dev | npx pino-pretty`.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "samverka" },
  redact: { paths: ["password", "*.password", "token", "*.token", "headers.cookie"], remove: true },
});
