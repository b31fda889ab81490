import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Links between pages go through components/Link.tsx: a plain link that one listener follows
    // in the page, where next/link is a client component per link (measurably heavier to render)
    // that prefetches pages which are dynamic anyway. Before the pure modules' block, which bans
    // all of Next.js there and replaces this rule for those files.
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use @/components/Link (a plain link the app follows in the page)." }] }],
    },
  },
  {
    // Pure modules: the guide, the case format, the rules engine and the document model are
    // plain TypeScript that the CLI, tests and any server can run (see BRIEF style rule 2).
    files: ["lib/guide/**", "lib/case/**", "lib/rules/**", "lib/documents/**", "lib/anonymisation/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "Pure module: no Next.js or React." },
            { group: ["@prisma/*", "@/lib/db/*", "**/lib/db/*", "server-only"], message: "Pure module: no Prisma, database or server-only." },
          ],
        },
      ],
    },
  },
  {
    // A form's server action is bound by the page (a server component) and handed to the form.
    // Bound in the browser, a post made without JavaScript runs but never gets its answer
    // (vercel/next.js#98045; lib/forms/action-state.ts, FormAction).
    files: ["lib/**/components/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='bind'][callee.object.name=/Action$/]",
          message: "Bind server actions in the page and pass the bound action to the form (FormAction).",
        },
      ],
    },
  },
  globalIgnores([".next/**", ".data/**", "node_modules/**", "lib/db/generated/**", "tools/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
