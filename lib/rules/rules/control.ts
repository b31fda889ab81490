import { LEGAL } from "../../reference/legal";
import { hasText } from "../labels";
import { defineRule, type Rule } from "../rule";

export const controlRules: readonly Rule[] = [
  defineRule({
    code: "CONTROL_NO_FOLLOW_UP",
    severity: "warning",
    step: "3A",
    area: "control",
    firesWhen: "`control.followUpRoutine` is empty.",
    why: "The client keeps huvudmannaskap and should be able to follow up the tasks it is responsible for; the report recommends a follow-up routine and lists follow-up among the parts every agreement should contain.",
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
    firesWhen: "`control.annualReportToCouncil` is not true.",
    why: "The report recommends an annual report to the council for an overview of the collaboration; it is not a statutory duty.",
    title: "Årlig rapport till fullmäktige saknas",
    explanation:
      "SKR:s rapport rekommenderar att samverkan redovisas för fullmäktige varje år, till exempel i ett eget ärende, i årsredovisningen eller i budgetförslaget. Det är en rekommendation, inte ett krav i lag.",
    nextAction: "Bestäm om och hur samverkan bör redovisas för fullmäktige varje år.",
    legalBasis: [],
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
    firesWhen: "`control.internalControl` is empty.",
    why: "Each committee remains responsible for internal control of the tasks covered by the collaboration.",
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
    firesWhen: "`control.executiveBoardOversight` is not true.",
    why: "The executive board has an oversight duty over the collaboration and must be able to act on problems.",
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
