import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");

function run(args: string[]) {
  return spawnSync(tsx, ["scripts/rules-cli.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
}

describe("rules CLI", () => {
  it("prints JSON with findings, procurement and clauses", () => {
    const result = run(["examples/cases/norrstrom-fjallviken.json", "--date", "2025-03-01"]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.evaluationDate).toBe("2025-03-01");
    expect(Array.isArray(json.findings)).toBe(true);
    expect(json.procurement.routes).toHaveLength(6);
    expect(json.clauses.missing).toEqual([]);
  }, 60_000);

  it("prints a Swedish summary from facts to conclusion with --pretty", () => {
    const result = run(["examples/cases/norrstrom-fjallviken.json", "--date=2025-03-01", "--pretty"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Uppskattat värde per upphandlande myndighet (LOU 5 kap.)");
    expect(result.stdout).toContain("Fakta som använts");
    expect(result.stdout).toContain("Antaganden");
    expect(result.stdout).toContain("Slutsats: Varje betalande parts värde understiger gränsen 8\u00a0109\u00a0450\u00a0kr");
  }, 60_000);

  it("names the bad fields and exits 2 on invalid input", () => {
    const dir = mkdtempSync(join(tmpdir(), "samverka-cli-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ formatVersion: 1, economy: { costShares: [{ partyId: "x", percent: 150 }] } }));
    const result = run([file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("economy.costShares[0].percent");
  }, 60_000);

  it("exits 2 on a bad date", () => {
    const result = run(["examples/cases/norrstrom-fjallviken.json", "--date", "2025-02-30"]);
    expect(result.status).toBe(2);
  }, 60_000);

  // Issue 9 §2: without --date the CLI assesses the case on its procurement start date, as the wizard does.
  it("uses the case's procurement start date when --date is not given", () => {
    const result = run(["examples/cases/norrstrom-fjallviken.json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).evaluationDate).toBe("2025-10-01");
  }, 60_000);

  // Issue 9 §5: two dates compared; 2026 has no confirmed direct-award limit. The limit is the one of
  // the day the procurement starts (LOU 5 kap.), so the case here gives no start date.
  it("compares two dates and says what changed", () => {
    const example = JSON.parse(readFileSync(join(root, "examples/cases/norrstrom-fjallviken.json"), "utf8")) as { procurement: Record<string, unknown> };
    delete example.procurement.procurementStartDate;
    const file = join(mkdtempSync(join(tmpdir(), "samverka-cli-")), "utan-startdatum.json");
    writeFileSync(file, JSON.stringify(example));
    const result = run([file, "--date", "2026-03-01", "--compare-date", "2025-10-01", "--pretty"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Direktupphandling: tillämplig → kräver juridisk bedömning, eftersom gränsen för 2026 saknas");
  }, 60_000);
});
