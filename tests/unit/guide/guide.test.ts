import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { caseSchema } from "@/lib/case/schema";
import { COLLABORATION_FORMS, TASK_KIND_LABELS } from "@/lib/case/enums";
import { RULE_CATALOGUE } from "@/lib/rules/catalogue";
import { COLLABORATION_FORM_TABLE, GLOSSARY, GUIDE_STEPS, STEP_IDS, guideStep } from "@/lib/guide";
import { isReportSection } from "@/lib/reference/report";

type AnySchema = z.core.$ZodType;

/** Unwraps optional/default/prefault/pipe wrappers to the underlying schema. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if ((def.type === "optional" || def.type === "default" || def.type === "prefault" || def.type === "nullable") && def.innerType) {
      current = def.innerType;
    } else if (def.type === "pipe" && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
}

/** Resolves a guide field path such as `economy.costShares[].percent` against the case schema. */
function resolve(path: string): AnySchema | undefined {
  let schema: AnySchema | undefined = unwrap(caseSchema);
  for (const raw of path.split(".")) {
    const isList = raw.endsWith("[]");
    const key = isList ? raw.slice(0, -2) : raw;
    const def = schema?._zod.def as { type: string; shape?: Record<string, AnySchema>; keyType?: AnySchema; valueType?: AnySchema };
    if (def?.type === "object" && def.shape) schema = def.shape[key];
    else if (def?.type === "record" && def.keyType && def.valueType) {
      const keys = (def.keyType._zod.def as { entries?: Record<string, string> }).entries ?? {};
      schema = key in keys ? def.valueType : undefined;
    } else return undefined;
    if (!schema) return undefined;
    schema = unwrap(schema);
    if (isList) {
      const listDef = schema._zod.def as { type: string; element?: AnySchema };
      if (listDef.type !== "array" || !listDef.element) return undefined;
      schema = unwrap(listDef.element);
    }
  }
  return schema;
}

describe("method guide", () => {
  it("has the eight steps in order", () => {
    expect(GUIDE_STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(guideStep("2C").title).toContain("samverkansform");
  });

  it("every question points at a real case field", () => {
    for (const step of GUIDE_STEPS) {
      for (const q of step.questions) {
        expect(resolve(q.field), `${q.id} → ${q.field}`).toBeDefined();
      }
    }
  });

  it("the resolver rejects paths that do not exist", () => {
    expect(resolve("economy.nope")).toBeUndefined();
    expect(resolve("agreement.clauses.hemlig")).toBeUndefined();
    expect(resolve("parties.name")).toBeUndefined();
  });

  it("covers every section of the case in some question", () => {
    const sections = new Set(GUIDE_STEPS.flatMap((s) => s.questions.map((q) => q.field.split(/[.[]/)[0])));
    for (const section of ["parties", "needs", "tasks", "organisation", "delegation", "staff", "economy", "procurement", "collaborationForm", "control", "information", "anchoring", "agreement"]) {
      expect(sections.has(section), section).toBe(true);
    }
  });

  it("has unique ids, report chapters that exist, and questions, checklist and help in every step", () => {
    const ids = GUIDE_STEPS.flatMap((s) => [...s.questions, ...s.checklist, ...s.help].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of GUIDE_STEPS) {
      expect(step.questions.length).toBeGreaterThan(0);
      expect(step.checklist.length).toBeGreaterThan(0);
      expect(step.help.length).toBeGreaterThan(0);
      for (const item of [step, ...step.questions, ...step.checklist, ...step.help]) {
        expect(isReportSection(item.reportChapter), `${step.id}: ${item.reportChapter}`).toBe(true);
      }
    }
  });
});

describe("glossary", () => {
  const terms = GLOSSARY.map((g) => g.id);

  it.each([
    "avtalssamverkan",
    "uppdragsgivare",
    "uppdragstagare",
    "huvudmannaskap",
    "extern-delegering",
    "sjalvkostnadsprincipen",
    "myndighetsutovning",
    "direktupphandling",
    "hamburgundantaget",
    "teckalundantaget",
    "kommunalforbund",
    "gemensam-namnd",
    "samordningsforbund",
    "verksamhetsovergang",
    "personuppgiftsbitrade",
    "personuppgiftsansvarig",
    "gemensamt-personuppgiftsansvar",
    "uppsiktsplikt",
    "avsiktsforklaring",
    "nyckeltal",
  ])("defines %s with a source", (id) => {
    expect(terms).toContain(id);
    const entry = GLOSSARY.find((g) => g.id === id);
    expect(entry?.definition.length).toBeGreaterThan(20);
    expect(entry?.sources.length).toBeGreaterThan(0);
  });

  it("has unique ids and related links that resolve", () => {
    expect(new Set(terms).size).toBe(terms.length);
    for (const entry of GLOSSARY) for (const r of entry.related ?? []) expect(terms).toContain(r);
  });
});

describe("collaboration forms (report Table 1)", () => {
  it("has one column per form", () => {
    expect(COLLABORATION_FORM_TABLE.map((f) => f.id).sort()).toEqual([...COLLABORATION_FORMS].sort());
  });

  it("records that only kommunalförbund moves huvudmannaskap among the public-law forms", () => {
    const avtal = COLLABORATION_FORM_TABLE.find((f) => f.id === "avtalssamverkan");
    const kf = COLLABORATION_FORM_TABLE.find((f) => f.id === "kommunalforbund");
    expect(avtal?.ownLegalPerson).toBe("nej");
    expect(kf?.ownLegalPerson).toBe("ja");
    expect(kf?.huvudmannaskap).toContain("huvudman");
  });
});

// SFS 2025:400 (prop. 2024/25:89): "insats" is the act's umbrella word for all help, decided or not,
// so it cannot name the side of the line that procurement law may reach.
describe("the line between exercise of public authority and services (SFS 2025:400)", () => {
  const question = GUIDE_STEPS.flatMap((s) => s.questions).find((q) => q.id === "2A.typ");

  // Myndighetsutövning is the decision and the handling that leads to it (an investigation under
  // SoL or föräldrabalken is part of it), not the decision alone.
  it("asks about exercise of public authority (investigation and decision) versus performing services that could be bought, not 'insats'", () => {
    expect(question?.label).toBe("Är uppgiften myndighetsutövning (utredning och beslut) eller utförande av tjänster som skulle kunna köpas?");
    expect(TASK_KIND_LABELS.insats).toBe("utförande av tjänster som skulle kunna köpas");
    expect(TASK_KIND_LABELS.myndighetsutovning).toBe("myndighetsutövning (utredning och beslut)");
  });

  it("defines insats as the new act's umbrella word", () => {
    const insats = GLOSSARY.find((g) => g.id === "insats");
    expect(insats?.definition).toContain("samlingsordet för all hjälp");
    expect(insats?.sources.some((s) => s.title.includes("2025:400"))).toBe(true);
  });

  it("uses no rule text that sets 'insats' against exercise of public authority", () => {
    for (const rule of RULE_CATALOGUE) {
      const text = `${rule.title} ${rule.explanation} ${rule.nextAction}`;
      expect(text, rule.code).not.toMatch(/myndighetsutövning eller (en )?insats|insatser(na)? (kan omfattas|behöver upphandlas|måste upphandlas)/i);
    }
  });
});

// "Ska" only where the law says it; SKR's guidance is "bör" and cited as the report. A legal review
// found these guide texts stating the report's advice, or an unsettled point, as a duty or a fact.
describe("the guide says 'bör' for the report's advice and names what is unsettled", () => {
  const texts = new Map<string, string>();
  for (const step of GUIDE_STEPS) {
    for (const q of step.questions) texts.set(q.id, `${q.label} ${q.help}`);
    for (const c of step.checklist) texts.set(c.id, c.text);
    for (const h of step.help) texts.set(h.id, `${h.title} ${h.text}`);
  }
  const text = (id: string) => texts.get(id) ?? "";

  it.each([
    // KL 9 kap. 37 § prescribes no contents; report 2.1.2 lists what an agreement "bör" contain.
    ["4.h1", /bör alltid finnas med/, /\bska alltid\b/],
    ["4.c1", /bör finnas med/, /obligatorisk/],
    // OSL asks no clause of the agreement; the report advises one.
    ["4.sekretess", /Bör finnas/, /^Sekretess Krävs/],
    // KL 2 kap. 6 § caps the compensation at cost; that it covers the cost is the report's advice.
    ["2A.h1", /får inte överstiga.*bör/, /\bska få sina kostnader\b/],
    // Who decides follows KL 5 kap. 1 § and the committee's delegation within what KL 6 kap. 38 § keeps
    // from it; no statute sends every case to fullmäktige.
    ["2A.beslutsunderlag", /KL 5 kap\. 1 §.*beror på delegationsordningen och KL 6 kap\. 38 §/, /kan inte själva besluta/],
    // Terms over 48 months: the engine shows both readings, the question is open.
    ["2A.h2", /oklart/, /längre än 48 månader räknas månadsvärdet gånger 48/],
    // Whether a kommunalförbund may be a party is marked for verification by the rules.
    ["2B.typ", /inte klarlagt/, /Kommunalförbund kan vara part/],
  ])("%s", (id, says, never) => {
    expect(text(id)).toMatch(says);
    expect(text(id)).not.toMatch(never);
  });

  it("defines the self-cost principle as a cap, with covering the cost as the report's advice", () => {
    const entry = GLOSSARY.find((g) => g.definition.includes("högre avgifter än vad tjänsten kostar"));
    expect(entry?.definition).toMatch(/får ersättningen inte överstiga.*bör den täcka/);
  });
});

// GDPR art. 26.1: joint controllers determine their responsibilities "by means of an arrangement
// between them", with no form prescribed; art. 28.3 and 28.9: a processor is governed by a contract
// "in writing, including in electronic form". The report advises ("bör") a data-protection part in the
// agreement; no statute requires one, and separate controllers need neither instrument.
describe("data protection in the guide's words", () => {
  const texts = [
    ...GUIDE_STEPS.flatMap((s) => s.questions.map((q) => ({ where: q.id, text: `${q.label} ${q.help ?? ""}` }))),
    ...GUIDE_STEPS.flatMap((s) => [...s.checklist, ...s.help].map((h) => ({ where: h.id, text: h.text }))),
    ...GLOSSARY.map((g) => ({ where: g.id, text: g.definition })),
    ...RULE_CATALOGUE.map((r) => ({ where: r.code, text: `${r.title} ${r.explanation} ${r.nextAction}` })),
  ];

  it("never says that article 26 asks for a written arrangement", () => {
    expect(texts.filter((t) => /skriftligt arrangemang|reglerat skriftligt|dokumentera det skriftligt/.test(t.text)).map((t) => t.where)).toEqual([]);
  });

  // Reading exceptions narrowly is the Court of Justice's case law, not a "ska" in LOU: the guide's
  // help and checklists too, not only the rules (a review found the step 2A help still saying it).
  it("never says that an exception 'ska användas/tillämpas restriktivt'", () => {
    expect(texts.filter((t) => /ska (användas|tillämpas) restriktivt/i.test(t.text)).map((t) => t.where)).toEqual([]);
  });

  it("never says that any processing of personal data requires an arrangement or the agreement's part", () => {
    expect(texts.filter((t) => /krävs ett arrangemang för personuppgiftsansvaret|behövs ett arrangemang för personuppgiftsansvaret/.test(t.text)).map((t) => t.where)).toEqual([]);
    const part = GUIDE_STEPS.flatMap((s) => s.questions).find((q) => q.id === "4.dataskydd");
    expect(part?.help).toMatch(/^Bör finnas när personuppgifter behandlas \(SKR:s rapport\)/);
    expect(part?.help).toMatch(/skriftligt avtal \(artikel 28\)/);
  });
});

// KL 6 kap. 38 § lists what a nämnd may not delegate; external delegation (KL 9 kap. 37 §) cannot reach
// further, and special legislation may limit it more. Which paragraphs apply to external delegation is
// not checked against the statute here, so the guide says "verifiera".
describe("external delegation's limits", () => {
  it("are said where the decisions to delegate are listed", () => {
    const scope = GUIDE_STEPS.flatMap((s) => s.questions).find((q) => q.field === "delegation.scope");
    expect(scope?.help).toMatch(/6 kap\. 38 § kommunallagen/);
    expect(scope?.help).toMatch(/speciallagstiftning/);
    expect(scope?.help).toMatch(/verifiera/);
  });
});
