import { describe, expect, it } from "vitest";
import { signedAgreementNotice } from "@/lib/decisions/notice";

describe("the step pages' word once the agreement is signed", () => {
  // A walk changed an answer after both parties' signatures were registered, and nothing said so.
  it("names the version signed, the newest, and that a change now is not in the signed agreement", () => {
    expect(signedAgreementNotice([{ caseVersion: 4 }, { caseVersion: 5 }])).toBe(
      "Underskrifter av avtalet är registrerade, för version 5 av ärendet. Ett svar som ändras nu ändrar inte det undertecknade avtalet, och beslutssidan visar då att ärendet har ändrats sedan beslutet.",
    );
  });

  it("says nothing before any signature", () => {
    expect(signedAgreementNotice([])).toBeNull();
  });
});
