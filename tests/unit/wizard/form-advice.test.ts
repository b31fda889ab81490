import { describe, expect, it } from "vitest";
import { adviseForm, consequenceOfChoice } from "@/lib/wizard/form-advice";

describe("adviseForm (report Table 1)", () => {
  it("recommends avtalssamverkan between municipalities that need a binding agreement but no legal person", () => {
    const advice = adviseForm({ ownLegalPerson: false, stateAgencies: false, privateActors: false, bindingAgreement: true });
    expect(advice.fitting[0]).toBe("avtalssamverkan");
    expect(advice.reasons.join(" ")).toContain("huvudmannaskapet");
    expect(advice.unanswered).toEqual([]);
  });
  it("points to samordningsförbund when state agencies take part", () => {
    expect(adviseForm({ stateAgencies: true }).fitting).toEqual(["samordningsforbund"]);
  });
  it("rules out avtalssamverkan when private actors take part", () => {
    const advice = adviseForm({ stateAgencies: false, privateActors: true });
    expect(advice.fitting).not.toContain("avtalssamverkan");
    expect(advice.fitting).toContain("privatrattslig");
  });
  it("points to kommunalförbund when a legal person of its own is needed", () => {
    expect(adviseForm({ stateAgencies: false, privateActors: false, ownLegalPerson: true }).fitting[0]).toBe("kommunalforbund");
  });
  it("points to a network when nothing binding is needed", () => {
    expect(adviseForm({ stateAgencies: false, privateActors: false, ownLegalPerson: false, bindingAgreement: false }).fitting).toEqual(["natverk"]);
  });
  it("waits for the remaining answers before recommending avtalssamverkan", () => {
    const advice = adviseForm({ stateAgencies: false });
    expect(advice.fitting).toEqual([]);
    expect(advice.unanswered).toEqual(["privateActors", "ownLegalPerson", "bindingAgreement"]);
  });
  it("explains what another form than avtalssamverkan means", () => {
    expect(consequenceOfChoice("avtalssamverkan")).toBeNull();
    expect(consequenceOfChoice("kommunalforbund")).toContain("egna regler");
  });
});
