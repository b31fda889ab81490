import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import type { Finding } from "@/lib/rules";
import {
  COMPLETION_KEYS,
  WIZARD_PAGES,
  applyCompletion,
  fieldApplies,
  findPage,
  isPageCompleted,
  isStepCompleted,
  pageOfField,
  pageOfFinding,
  pagesOfStep,
} from "@/lib/wizard/pages";
import { stepSpec, type FieldSpec } from "@/lib/wizard/steps";
import { guideQuestions } from "@/lib/wizard/questions";

const questions = guideQuestions();

const fieldAt = (path: string): FieldSpec => WIZARD_PAGES.flatMap((p) => p.groups.flatMap((g) => g.fields)).find((f) => f.path === path)!;

describe("step 2A's topics", () => {
  const topics = pagesOfStep("2A");

  it("are organisation, economy, and law and procurement, each with its own address", () => {
    expect(topics.map((p) => [p.topic?.title, p.path])).toEqual([
      ["Organisation", "2a/organisation"],
      ["Ekonomi", "2a/ekonomi"],
      ["Juridik och upphandling", "2a/juridik"],
    ]);
    expect(findPage("2a", "ekonomi")).toBe(topics[1]);
    expect(findPage("2a")).toBeUndefined();
    expect(findPage("2b")?.key).toBe("2B");
  });

  it("together ask every question of the step, each exactly once", () => {
    const inTopics = topics.flatMap((p) => p.groups.flatMap((g) => g.fields));
    expect(inTopics).toEqual(stepSpec("2A").groups.flatMap((g) => g.fields));
  });

  it("send a finding to the topic holding its first field the step asks", () => {
    expect(pageOfField("economy.costShares[0].percent")?.path).toBe("2a/ekonomi");
    expect(pageOfField("delegation.scope")?.path).toBe("2a/juridik");
    expect(pageOfField("parties.0.role")?.path).toBe("2b");
    const finding = (fields: string[]) => ({ step: "2A", fields }) as unknown as Finding;
    expect(pageOfFinding(finding(["parties", "economy.costShares"]))?.path).toBe("2a/ekonomi");
    expect(pageOfFinding(finding(["procurement.hamburg.publicInterestOnly"]))?.path).toBe("2a/juridik");
    expect(pageOfFinding(finding([]))?.path).toBe("2a/organisation");
  });

  it("are completed one by one, and a step completed as a whole counts for each of them", () => {
    expect(COMPLETION_KEYS).toContain("2A:ekonomi");
    const legacy = ["1", "2A"];
    expect(topics.every((p) => isPageCompleted(p, legacy))).toBe(true);
    const reopened = applyCompletion(legacy, "2A:ekonomi", false);
    expect(reopened.sort()).toEqual(["1", "2A:juridik", "2A:organisation"]);
    expect(isStepCompleted(stepSpec("2A"), reopened)).toBe(false);
    const done = applyCompletion(reopened, "2A:ekonomi", true);
    expect(isStepCompleted(stepSpec("2A"), done)).toBe(true);
    expect(applyCompletion(["1"], "2B", true)).toEqual(["1", "2B"]);
    expect(applyCompletion(["1", "2B"], "2B", false)).toEqual(["1"]);
  });
});

describe("fieldApplies", () => {
  it("shows the delegation's details only when decisions are delegated", () => {
    const c = emptyCase();
    const details = ["delegation.delegateTo", "delegation.scope", "delegation.subDelegation"].map(fieldAt);
    expect(fieldApplies(fieldAt("delegation.used"), c, questions)).toBe(true);
    expect(details.some((f) => fieldApplies(f, c, questions))).toBe(false);
    c.delegation.used = false;
    expect(details.some((f) => fieldApplies(f, c, questions))).toBe(false);
    c.delegation.used = true;
    expect(details.every((f) => fieldApplies(f, c, questions))).toBe(true);
  });

  it("shows the Hamburg questions only when the exception is considered, and keeps their answers", () => {
    const c = emptyCase();
    c.procurement.hamburg.openMarketSharePercent = 5;
    const share = fieldAt("procurement.hamburg.openMarketSharePercent");
    c.procurement.reliedOnRoutes = ["direktupphandling"];
    expect(fieldApplies(share, c, questions)).toBe(false);
    expect(fieldApplies(fieldAt("procurement.directAward.documented"), c, questions)).toBe(true);
    c.procurement.reliedOnRoutes = ["direktupphandling", "hamburg"];
    expect(fieldApplies(share, c, questions)).toBe(true);
    expect(fieldApplies(fieldAt("procurement.hamburg.contributions"), c, questions)).toBe(true);
    expect(c.procurement.hamburg.openMarketSharePercent).toBe(5);
  });

  it("asks for the counter-performance only when compensation is paid in kind", () => {
    const c = emptyCase();
    c.economy.compensationForm = "pengar";
    expect(fieldApplies(fieldAt("economy.counterPerformance.description"), c, questions)).toBe(false);
    c.economy.compensationForm = "motprestation";
    expect(fieldApplies(fieldAt("economy.counterPerformance.annualValue"), c, questions)).toBe(true);
  });
});
