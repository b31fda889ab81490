import { LEGAL } from "../../reference/legal";
import { hasText } from "../labels";
import { defineRule, type Rule } from "../rule";

export const controlRules: readonly Rule[] = [
  defineRule({
    code: "CONTROL_NO_FOLLOW_UP",
    severity: "warning",
    step: "3A",
    area: "control",
    title: "Rutin för uppföljning saknas",
    explanation:
      "Uppdragsgivaren behåller ansvaret för uppgiften och bör kunna följa upp hur den utförs. SKR:s rapport rekommenderar en rutin för uppföljning.",
    nextAction: "Beskriv hur, hur ofta och av vem verksamheten följs upp.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (!hasText(ctx.c.control.followUpRoutine)) emit(["control.followUpRoutine"]);
    },
  }),
  defineRule({
    code: "CONTROL_NO_ANNUAL_REPORT",
    severity: "warning",
    step: "3A",
    area: "control",
    title: "Årlig rapport till fullmäktige saknas",
    explanation:
      // Not the question's help sentence again: the finding stands right below the question (a walk).
      "Svaren visar inte att samverkan rapporteras till fullmäktige varje år. Den årliga rapporten krävs enligt kommunallagen (9 kap. 38 §): styrelsen lämnar den om all avtalssamverkan.",
    nextAction: "Bestäm hur samverkan redovisas för fullmäktige varje år, och vad uppdragstagaren lämnar som underlag.",
    legalBasis: [LEGAL.KL_9_38],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.control.annualReportToCouncil !== true) emit(["control.annualReportToCouncil"]);
    },
  }),
  defineRule({
    code: "CONTROL_NO_INTERNAL_CONTROL",
    severity: "warning",
    step: "3A",
    area: "control",
    title: "Intern kontroll är inte beskriven",
    explanation:
      "Uppdragsgivarens nämnd ansvarar fortsatt för den interna kontrollen av de uppgifter som samverkan avser.",
    nextAction: "Beskriv hur samverkan ingår i nämndens interna kontroll.",
    legalBasis: [LEGAL.KL_6_6],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (!hasText(ctx.c.control.internalControl)) emit(["control.internalControl"]);
    },
  }),
  defineRule({
    code: "CONTROL_OVERSIGHT_UNADDRESSED",
    severity: "info",
    step: "3A",
    area: "control",
    title: "Kommunstyrelsens uppsikt är inte beskriven",
    explanation: "Kommunstyrelsen har uppsiktsplikt över samverkan och behöver överblick för att kunna agera vid problem.",
    nextAction: "Beskriv hur kommunstyrelsen får information om samverkan.",
    legalBasis: [LEGAL.KL_6_1],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.control.executiveBoardOversight !== true) emit(["control.executiveBoardOversight"]);
    },
  }),
];
