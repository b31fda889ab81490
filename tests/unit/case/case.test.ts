import { describe, expect, it } from "vitest";
import {
  CASE_FORMAT_VERSION,
  MAX_TEXT,
  MAX_TITLE,
  caseInputSchema,
  caseSchema,
  costShareSchema,
  economySchema,
  emptyCase,
  parseCase,
  partySchema,
  textLimit,
} from "@/lib/case";
import { STEP_SPECS } from "@/lib/wizard/steps";

describe("parseCase", () => {
  it("accepts the smallest valid case and fills every section", () => {
    const result = parseCase({ formatVersion: CASE_FORMAT_VERSION });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.case).toEqual(emptyCase());
  });

  it("accepts an empty case", () => {
    expect(parseCase(emptyCase()).ok).toBe(true);
  });

  it("names each bad field with a readable path and a Swedish message", () => {
    const result = parseCase({
      formatVersion: 1,
      parties: [{ id: "a" }, { id: "b", type: "bolag" }],
      economy: { costShares: [{ partyId: "a", percent: 10 }, { partyId: "b", percent: 120 }] },
      information: { personalData: "ja" },
      okänt: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(byPath["economy.costShares[1].percent"]).toBe("Andelen får inte vara större än 100 %");
    // Messages name no internal values: the form shows the options' labels beside them.
    expect(byPath["parties[1].type"]).toBe("Välj ett av alternativen");
    expect(byPath["information.personalData"]).toBe("Svara ja eller nej");
    expect(byPath["okänt"]).toBe("Okänt fält");
  });

  // A number field typed "45 dagar" reaches the schema as NaN, which is a number to typeof:
  // the message read "Fel typ: förväntade tal, fick tal".
  it("a number field holding something else than a number asks for a number", () => {
    for (const baseline of [Number.NaN, "45 dagar"]) {
      const result = parseCase({ formatVersion: CASE_FORMAT_VERSION, needs: { goals: [{ id: "g1", baseline }] } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toEqual([{ path: "needs.goals[0].baseline", message: "Ange ett tal med siffror, till exempel 45" }]);
    }
  });

  it("refuses an amount above 100 billion kronor with a Swedish message, and accepts the limit itself", () => {
    const tooBig = parseCase({ formatVersion: CASE_FORMAT_VERSION, economy: { selfCostBudget: Number("99999999999999999999") } });
    expect(tooBig.ok).toBe(false);
    if (!tooBig.ok) expect(tooBig.errors).toEqual([{ path: "economy.selfCostBudget", message: "Beloppet får vara högst 100\u00a0000\u00a0000\u00a0000\u00a0kr" }]);
    expect(parseCase({ formatVersion: CASE_FORMAT_VERSION, economy: { selfCostBudget: 100_000_000_000 } }).ok).toBe(true);
    expect(parseCase({ formatVersion: CASE_FORMAT_VERSION, needs: { currentCostEstimate: 100_000_000_001 } }).ok).toBe(false);
  });

  it("rejects an unknown format version", () => {
    const result = parseCase({ formatVersion: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ path: "formatVersion", message: "Formatversionen ska vara 2" });
  });

  it("rejects non-objects at the root", () => {
    const result = parseCase(null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("(hela ärendet)");
  });

  it("reports a missing required id", () => {
    const result = parseCase({ formatVersion: 1, tasks: [{ description: "x" }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ path: "tasks[0].id", message: "Värdet saknas men krävs" });
  });

  it("rejects cost shares for unknown or repeated parties, and duplicate ids", () => {
    const result = parseCase({
      formatVersion: 1,
      parties: [{ id: "a" }, { id: "a" }],
      tasks: [{ id: "t" }, { id: "t" }],
      economy: { costShares: [{ partyId: "x" }, { partyId: "a" }, { partyId: "a" }] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["parties[1].id", "tasks[1].id", "economy.costShares[0].partyId", "economy.costShares[2].partyId"]),
    );
  });

  it("rejects impossible dates and fractional months", () => {
    const result = parseCase({
      formatVersion: 1,
      needs: { goals: [{ id: "g", targetDate: "2025-02-29" }] },
      economy: { term: { months: 1.5 } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(["needs.goals[0].targetDate", "economy.term.months"]);
  });

  it("rejects unknown clause ids", () => {
    const result = parseCase({ formatVersion: 1, agreement: { clauses: { hemlig: "x" } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain("agreement.clauses.hemlig");
  });
});

describe("sub-schemas", () => {
  it("can be used on their own by forms", () => {
    expect(partySchema.safeParse({ id: "p", type: "region", role: "bada", officialCode: "0180" }).success).toBe(true);
    expect(partySchema.safeParse({ id: "p", officialCode: "abc" }).success).toBe(false);
    expect(costShareSchema.safeParse({ partyId: "p", percent: -1 }).success).toBe(false);
    expect(economySchema.parse({}).term).toEqual({});
  });

  it("emptyCase returns a fresh object each time", () => {
    const a = emptyCase();
    a.parties.push({ id: "x" });
    expect(emptyCase().parties).toEqual([]);
    expect(caseSchema.safeParse(a).success).toBe(true);
  });
});

describe("a case's title", () => {
  const titled = (title: string) => ({ ...emptyCase(), title });

  it("is held to the case form's limit when answered (caseInputSchema), with the field's message", () => {
    expect(caseInputSchema.safeParse(titled("x".repeat(MAX_TITLE))).success).toBe(true);
    const refused = caseInputSchema.safeParse(titled("x".repeat(MAX_TITLE + 1)));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["title", "Titeln får vara högst 200 tecken"]]);
    expect(textLimit("title")).toBe(MAX_TITLE);
    expect(textLimit("needs.problem")).toBe(MAX_TEXT);
  });

  it("stored longer, before the limit, is still read (caseSchema), so no stored title is lost", () => {
    expect(caseSchema.safeParse(titled("x".repeat(MAX_TITLE + 1))).success).toBe(true);
  });
});

describe("an amount", () => {
  const amountPaths = STEP_SPECS.flatMap((s) => s.groups.flatMap((g) => g.fields)).flatMap((f) => ("kind" in f && f.kind === "amount" ? [f.path] : []));
  const withAmount = (path: string, amount: number) => {
    const c: Record<string, unknown> = { ...emptyCase(), parties: [{ id: "a", name: "Ankeby", role: "uppdragsgivare" }] };
    let at = c;
    const keys = path.split(".");
    keys.slice(0, -1).forEach((key) => (at = (at[key] = { ...(at[key] as object) }) as Record<string, unknown>));
    at[keys.at(-1)!] = amount;
    return c;
  };

  it("answered with öre is refused where it is asked, since every page shows whole kronor ('4 200 000,50' read as 4 200 001 kr)", () => {
    expect(amountPaths).toEqual(expect.arrayContaining(["economy.selfCostBudget", "economy.pricePerMonth", "economy.fixedTotalPrice"]));
    for (const path of amountPaths) {
      expect(caseInputSchema.safeParse(withAmount(path, 4_200_000)).success, path).toBe(true);
      const refused = caseInputSchema.safeParse(withAmount(path, 4_200_000.5));
      expect(refused.error?.issues.map((i) => [i.path.join("."), i.message]), path).toEqual([[path, "Ange beloppet i hela kronor, utan ören"]]);
    }
  });

  it("in a party's other direct awards is held to whole kronor too", () => {
    const c = (valueKr: number) => ({ ...emptyCase(), parties: [{ id: "a" }], procurement: { otherDirectAwards: [{ partyId: "a", valueKr }] } });
    expect(caseInputSchema.safeParse(c(90_000)).success).toBe(true);
    expect(caseInputSchema.safeParse(c(90_000.25)).error?.issues.map((i) => i.path.join("."))).toEqual(["procurement.otherDirectAwards.0.valueKr"]);
  });

  it("stored with öre is still read (caseSchema), so no stored amount is lost", () => {
    expect(caseSchema.safeParse(withAmount("economy.selfCostBudget", 4_200_000.5)).success).toBe(true);
  });
});
