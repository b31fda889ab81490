import { describe, expect, it } from "vitest";
import {
  type ExampleSection,
  maskOmitted,
  omittedMentions,
  placeholderSpans,
  prepareExample,
  quasiIdentifiersOf,
  withoutOmitted,
} from "@/lib/anonymisation";
import { COLLABORATION_FORM_LABELS, PROCUREMENT_ROUTE_LABELS } from "@/lib/case/enums";
import { caseOfKind } from "@/lib/demo/example-cases";

// A collaboration form or procurement route the k-anonymity check leaves out must not be stated
// by anything published from the example: not by its generated lines, not by its free text.

// Two parties: every party letter the anonymiser writes for them (A, B) may stay.
const BOTH_OUT = { collaborationForm: null, procurementRoute: null, populationBand: "10000-24999", partyCount: "2" };
const BOTH_IN = { collaborationForm: "gemensam_namnd", procurementRoute: "myndighetsutovning", populationBand: "10000-24999", partyCount: "2" };
const section = (id: string, text: string, spans: ExampleSection["spans"] = []): ExampleSection => ({ id, heading: id, text, spans });

describe("an example's text without the quasi-identifiers it leaves out", () => {
  it("a case proposed with a form and route no other case shares states neither, anywhere", () => {
    const kind = {
      contractor: { code: "1438", name: "Dals-Eds kommun" },
      partner: { code: "1439", name: "Färgelanda kommun" },
      area: "ekonomiskt_bistand" as const,
      completedSteps: [],
    };
    const spec = caseOfKind({ ...kind, form: "gemensam_namnd", route: "myndighetsutovning" }, 1);
    const doc = { ...spec.doc, collaborationForm: { ...spec.doc.collaborationForm, motivation: "Nämnden ger ett gemensamt ansvar." } };
    const others = [2, 3, 4].map((n) => caseOfKind({ ...kind, form: "avtalssamverkan", route: "hamburg" }, n)).map((s) => quasiIdentifiersOf(s.doc, s.owner, "ekonomiskt_bistand"));
    const prepared = prepareExample({
      doc,
      caseTitle: "Mottagning",
      owner: spec.owner,
      area: "ekonomiskt_bistand",
      lessonsLearned: "Den gemensamma nämnden behöver ett reglemente. Myndighetsutövning (utanför LOU) krävde delegation.",
      routes: [{ route: "myndighetsutovning", title: PROCUREMENT_ROUTE_LABELS.myndighetsutovning, verdictLabel: "Uppfyllt", reliedOn: true }],
      context: {},
      otherCases: others,
      k: 3,
      createdAt: new Date("2025-01-01"),
    });
    expect(prepared.check.published).toMatchObject({ collaborationForm: null, procurementRoute: null });
    const published = JSON.stringify([prepared.title, prepared.sections]);
    expect(published).not.toMatch(new RegExp(COLLABORATION_FORM_LABELS.gemensam_namnd, "i"));
    expect(published).not.toMatch(/gemensamma nämnd/i);
    expect(published).not.toContain(PROCUREMENT_ROUTE_LABELS.myndighetsutovning);
    expect(prepared.sections.map((s) => s.id)).not.toEqual(expect.arrayContaining(["form"]));
    expect(prepared.sections.map((s) => s.id)).not.toEqual(expect.arrayContaining(["upphandling"]));
    expect(prepared.sections.find((s) => s.id === "lardomar")!.text).toBe("Den [samverkansform] behöver ett reglemente. [upphandlingsväg] krävde delegation.");
  });

  it("keeps the sections and the text when the fields are published", () => {
    const example = { title: "Gemensam nämnd för bistånd", sections: [section("form", "Vald form: gemensam nämnd."), section("upphandling", "Teckalundantaget.")] };
    expect(withoutOmitted(example, BOTH_IN)).toEqual(example);
  });

  it("leaves out only what is left out: the route's section goes, the form's stays", () => {
    const example = { title: "T", sections: [section("form", "Vald form: avtalssamverkan."), section("upphandling", "Parterna stöder sig på: Hamburgundantaget."), section("lardomar", "Hamburgundantaget höll.")] };
    const result = withoutOmitted(example, { collaborationForm: "avtalssamverkan", procurementRoute: null, populationBand: "10000-24999", partyCount: "2" });
    expect(result.sections.map((s) => [s.id, s.text])).toEqual([
      ["form", "Vald form: avtalssamverkan."],
      ["lardomar", "[upphandlingsväg] höll."],
    ]);
  });

  it.each<[string, string]>([
    ["Vi valde avtalssamverkan.", "Vi valde [samverkansform]."],
    ["Avtalssamverkan fungerade.", "[samverkansform] fungerade."],
    ["en gemensam nämnd, den gemensamma nämnden och gemensamma nämnder", "en [samverkansform], den [samverkansform] och [samverkansform]"],
    ["Ett kommunalförbund eller samordningsförbundet.", "Ett [samverkansform] eller [samverkansform]."],
    ["en privaträttslig samverkansform", "en [samverkansform]"],
    ["Nätverk och informella överenskommelser räckte inte.", "[samverkansform] räckte inte."],
  ])("masks the form in %j", (text, masked) => {
    expect(maskOmitted(text, [], BOTH_OUT).text).toBe(masked);
    expect(omittedMentions(text, BOTH_OUT)).toEqual(["collaborationForm"]);
  });

  it.each<[string, string]>([
    ["Myndighetsutövning (utanför LOU) gäller.", "[upphandlingsväg] gäller."],
    ["om direktupphandling går", "om [upphandlingsväg] går"],
    ["Hamburgundantaget och Teckalundantaget", "[upphandlingsväg] och [upphandlingsväg]"],
    ["icke-ekonomiska tjänster av allmänt intresse", "[upphandlingsväg]"],
    ["Upphandling enligt LOU, en ordinarie upphandling", "[upphandlingsväg], en [upphandlingsväg]"],
    ["Annonserad upphandling enligt LOU: krävs inte", "[upphandlingsväg]: krävs inte"],
  ])("masks the route in %j", (text, masked) => {
    expect(maskOmitted(text, [], BOTH_OUT).text).toBe(masked);
    expect(omittedMentions(text, BOTH_OUT)).toEqual(["procurementRoute"]);
  });

  it("leaves other words and the anonymiser's placeholders alone", () => {
    for (const text of ["Kommunalförbund A och [kommunalförbund] ansvarar.", "Varje nämnd beslutar.", "Gemensam mottagning.", "myndighetsutövning (utredning och beslut)", "upphandlingen"]) {
      expect(maskOmitted(text, [], BOTH_OUT).text).toBe(text);
    }
  });

  it("moves the highlights with the text, adds one per placeholder, and changes nothing the second time", () => {
    const text = "Kommun A valde gemensam nämnd med Kommun B.";
    const spans = placeholderSpans(text);
    const once = maskOmitted(text, spans, BOTH_OUT);
    expect(once.text).toBe("Kommun A valde [samverkansform] med Kommun B.");
    expect(once.spans.map((s) => [once.text.slice(s.start, s.end), s.kind])).toEqual([
      ["Kommun A", "part"],
      ["[samverkansform]", "samverkansform"],
      ["Kommun B", "part"],
    ]);
    // An editor's edit is highlighted again the same way.
    expect(placeholderSpans(once.text)).toEqual(once.spans);
    const example = { title: once.text, sections: [section("behov", once.text, once.spans)] };
    expect(withoutOmitted(example, BOTH_OUT)).toEqual(example);
  });
});
