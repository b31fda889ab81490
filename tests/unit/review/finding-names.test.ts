import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { answeredAbout } from "@/lib/review/components/answer-anchors";
import { keyFindings } from "@/lib/review/findings";
import { evaluateCase } from "@/lib/rules";
import { FindingBody } from "@/lib/wizard/components/finding-body";

// What a screen reader hears: a heading's name is its text with no space added between inline
// elements, and a link's name must tell one finding's link from another's (WCAG 2.4.4, 2.4.6).
const accessibleText = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();

describe("a finding's name", () => {
  it("parts its severity, title and \"Verifiera\" in its heading's name", () => {
    const findings = evaluateCase(emptyCase(), "2026-06-01").findings;
    const blocker = findings.find((f) => f.severity === "blocker")!;
    const heading = accessibleText(renderToStaticMarkup(createElement(FindingBody, { finding: { ...blocker, verify: true }, headingLevel: 4 })).split("</h4>")[0]!);
    expect(heading).toBe(`Hinder: ${blocker.title}, Verifiera`);
  });

  it("names what each finding of a rule that fires more than once is about", () => {
    const findings = keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings);
    const repeated = findings.filter((k) => k.key.includes("@"));
    expect(repeated.length).toBeGreaterThan(1);
    const names = repeated.map((k) => `${k.finding.title} (${answeredAbout(k.finding.fields[0]!)})`);
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((n) => n.includes("(Avtalsklausul: "))).toBe(true);
  });

  it("names a question for a part of an answer, and nothing for a path no question holds", () => {
    expect(answeredAbout("parties[1].name")).toMatch(/\S/);
    expect(answeredAbout("no.such.path")).toBeUndefined();
  });
});
