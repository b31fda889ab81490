import type { Metadata } from "next";
import localFont from "next/font/local";
import { ClientNavigation } from "@/components/ClientNavigation";
import Link from "@/components/Link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/SiteHeader";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Samverka", template: "%s – Samverka" },
  description: "Stöd för kommuner som vill samverka genom avtal enligt SKR:s metodguide.",
};

// Source Sans 3 (SIL Open Font License), shipped with the app from the npm package
// @fontsource-variable/source-sans-3 and served from our own origin: nothing is fetched from a
// font service. One variable file per style covers every weight; Latin covers å, ä and ö.
const sourceSans = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2", style: "normal", weight: "200 900" },
    { path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-italic.woff2", style: "italic", weight: "200 900" },
  ],
  variable: "--font-source-sans",
  display: "swap",
  fallback: ["system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"],
});

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next.js can put this request's CSP nonce (proxy.ts)
  // on its scripts; a page prerendered at build time would carry none and not hydrate.
  await connection();
  return (
    <html lang="sv" className={sourceSans.variable}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900">
        <a
          href="#huvudinnehall"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-brand-800 focus:underline"
        >
          Hoppa till huvudinnehållet
        </a>
        <SiteHeader />
        <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-slate-50">
          <div className="mx-auto flex max-w-5xl flex-wrap gap-6 px-4 py-6 text-sm">
            <Link href="/tillganglighet" className="text-brand-700 underline">
              Tillgänglighetsredogörelse
            </Link>
            <span className="text-slate-700">Bygger på SKR:s rapport Avtalssamverkan inom socialtjänsten (2023).</span>
          </div>
        </footer>
        <ClientNavigation />
      </body>
    </html>
  );
}
