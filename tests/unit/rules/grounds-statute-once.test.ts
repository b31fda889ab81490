import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildDirectAwardRecord, buildHamburgMemo, buildMemo, inlineText, type DocumentModel } from "@/lib/documents";
import { describeLegalGrounds } from "@/lib/reference/legal";
import { ReviewProcurement } from "@/lib/review/components/review-procurement";
import type { ReviewData } from "@/lib/review/queries";
import { CLAUSE_CATALOGUE, RULE_CATALOGUE, evaluateCase, renderPretty } from "@/lib/rules";
import type { Case } from "@/lib/case/schema";
import { ProcurementVerdicts } from "@/lib/wizard/components/procurement-verdicts";
import { IN_2025, loadExample } from "./helpers";

// Statute names written out here (not imported), as a reader reads them.
const LOU = "Lagen (2016:1145) om offentlig upphandling (LOU)";
const KL = "Kommunallagen (2017:725)";

/**
 * A ground names a statute in full once, and its provisions after it: "Lagen (2016:1145) om offentlig
 * upphandling (LOU)" written out before every provision of LOU makes a ground hard to read and says
 * nothing more.
 */
describe("a ground names each statute once", () => {
  it("sets a provision in words off by a comma, so the statute's name and it do not run together", () => {
    expect(describeLegalGrounds([{ statute: LOU, provision: "lagens tillämpningsområde" }])).toBe(`${LOU}, lagens tillämpningsområde`);
    expect(describeLegalGrounds([{ statute: "Offentlighets- och sekretesslagen (2009:400) (OSL)", provision: "bestämmelse ej fastställd", verify: true }])).toBe(
      "Offentlighets- och sekretesslagen (2009:400) (OSL), bestämmelse ej fastställd (verifiera)",
    );
    expect(describeLegalGrounds([{ statute: "Direktiv 2014/24/EU", provision: "artikel 12.4" }])).toBe("Direktiv 2014/24/EU artikel 12.4");
  });

  it("with its provisions after it, unconfirmed ones marked, and other statutes after a semicolon", () => {
    expect(
      describeLegalGrounds([
        { statute: LOU, provision: "19 a kap.", verify: true },
        { statute: LOU, provision: "5 kap. 13 §" },
        { statute: KL, provision: "9 kap. 37 §" },
        { statute: LOU, provision: "3 kap. 17–18 §§" },
      ]),
    ).toBe(`${LOU} 19 a kap. (verifiera), 5 kap. 13 § och 3 kap. 17–18 §§; ${KL} 9 kap. 37 §`);
  });

  const EXAMPLES = ["bengtsfors-mellerud", "danderyd-familjeratt", "kopt-familjeradgivning-hamburg", "lund-social-jour", "lund-unga-vuxna", "norrstrom-fjallviken", "ostergotland-hvb"];
  const statutes = [...new Set([...RULE_CATALOGUE, ...CLAUSE_CATALOGUE].flatMap((x) => x.legalBasis.map((b) => b.statute)).concat(LOU, KL))];
  const plain = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "\n");
  const modelText = (doc: DocumentModel) => doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [inlineText(b.content)] : []));

  /** Every ground each surface shows for a case, as the reader reads it. */
  function shownGrounds(name: string, c: Case): Array<{ where: string; ground: string }> {
    const evaluation = evaluateCase(c, IN_2025);
    const lines = (where: string, text: string, start: string) =>
      text
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l.includes(start))
        .map((l) => ({ where: `${name}: ${where}`, ground: l.slice(l.indexOf(start)) }));
    const review = { evaluation } as unknown as ReviewData;
    const options = { date: IN_2025, caseVersion: 1 };
    const parties = c.parties.map((p) => p.id);
    return [
      ...evaluation.findings.map((f) => ({ where: `${name}: finding ${f.code}`, ground: describeLegalGrounds(f.legalBasis) })),
      ...lines("wizard verdicts", plain(renderToStaticMarkup(createElement(ProcurementVerdicts, { routes: evaluation.procurement.routes, verifyStates: new Map() }))), "Grund: "),
      ...lines("review procurement", plain(renderToStaticMarkup(createElement(ReviewProcurement, { review }))), "Grund: "),
      ...lines("plain-text report", renderPretty(c, evaluation), "Grund: "),
      ...lines("direct-award record", modelText(buildDirectAwardRecord(c, options)).join("\n"), "Rättslig grund: "),
      ...lines("Hamburg memo", modelText(buildHamburgMemo(c, options)).join("\n"), "Rättslig grund: "),
      ...parties.flatMap((id) => lines(`tjänsteskrivelse ${id}`, modelText(buildMemo(c, id, options)).join("\n"), "Rättslig grund: ")),
    ];
  }

  const shown = EXAMPLES.flatMap((name) => shownGrounds(name, loadExample(name)));

  it("on every surface that shows a ground: the wizard, the review, the plain-text report, the tjänsteskrivelse and its attachments", () => {
    // Not vacuous: each surface shows a ground citing two provisions of LOU (the direct-award route's).
    for (const surface of ["wizard verdicts", "review procurement", "plain-text report", "direct-award record", "tjänsteskrivelse"]) {
      expect(shown.some((s) => s.where.includes(surface) && s.ground.includes("19 a kap.") && s.ground.includes("5 kap. 13 §")), surface).toBe(true);
    }
    const count = (text: string, name: string) => text.split(name).length - 1;
    const offenders = shown.filter(({ ground }) => statutes.some((statute) => count(ground, statute) > 1)).map((s) => `${s.where}: ${s.ground}`);
    expect([...new Set(offenders)].slice(0, 5)).toEqual([]);
  });
});
