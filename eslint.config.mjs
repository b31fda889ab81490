import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Pure modules: plain TypeScript that runs anywhere (browser, server, CLI, tests).
  {
    files: ["lib/anonymisation/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", "server-only", "@prisma/*", "@/lib/db/*", "**/db/*"], message: "lib/anonymisation is a pure module: no Next.js, React, Prisma or server-only." },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".data/**", "node_modules/**", "lib/db/generated/**", "tools/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
