import { LEGAL } from "../../reference/legal";
import { hasText } from "../labels";
import { defineRule, type Rule } from "../rule";

export const delegationRules: readonly Rule[] = [
  defineRule({
    code: "DELEGATION_TO_NON_EMPLOYEES",
    severity: "blocker",
    step: "2A",
    area: "delegation",
    title: "Extern delegering till andra än uppdragstagarens anställda",
    explanation:
      "Beslutanderätt får delegeras externt bara till anställda hos uppdragstagaren. Konsulter räknas inte som anställda och kan inte få delegation.",
    nextAction: "Begränsa delegeringen till uppdragstagarens anställda.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const d = ctx.c.delegation;
      if (d.used === false) return;
      d.delegateTo.forEach((kind, index) => {
        if (kind === "konsulter") emit([`delegation.delegateTo[${index}]`], "Delegering till konsulter är angiven.");
        if (kind === "andra") emit([`delegation.delegateTo[${index}]`], "Delegering till andra än uppdragstagarens anställda är angiven.");
      });
    },
  }),
  defineRule({
    code: "DELEGATION_SUBDELEGATION_NOT_ADDRESSED",
    severity: "warning",
    step: "2A",
    area: "delegation",
    title: "Det är inte angivet om vidaredelegering är tillåten",
    explanation: "När beslutanderätt delegeras externt bör överenskommelsen klargöra om vidaredelegering får ske.",
    nextAction: "Ange om vidaredelegering är tillåten eller inte.",
    legalBasis: [LEGAL.KL_9_37, LEGAL.KL_7_4_8],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.delegation.used === true && ctx.c.delegation.subDelegation === undefined) emit(["delegation.subDelegation"]);
    },
  }),
  defineRule({
    code: "DELEGATION_SCOPE_MISSING",
    severity: "warning",
    step: "2A",
    area: "delegation",
    title: "Omfattningen av den externa delegeringen är inte beskriven",
    explanation: "Parterna bör komma överens om i vilken omfattning beslutanderätt delegeras till uppdragstagarens anställda.",
    nextAction: "Beskriv vilka beslut som delegeras och till vilka befattningar.",
    legalBasis: [LEGAL.KL_9_37, LEGAL.KL_6_38],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.delegation.used === true && !hasText(ctx.c.delegation.scope)) emit(["delegation.scope"]);
    },
  }),
  defineRule({
    code: "DELEGATION_UNANSWERED_FOR_AUTHORITY",
    severity: "warning",
    step: "2A",
    area: "delegation",
    title: "Det är inte angivet om beslutanderätt delegeras",
    explanation:
      "Samverkan omfattar myndighetsutövning. Då behöver det framgå om uppdragstagarens anställda ska fatta beslut på delegation från uppdragsgivarens nämnd.",
    nextAction: "Ange om extern delegering ska användas och i så fall hur.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.tasks.authority.length > 0 && ctx.c.delegation.used === undefined) emit(["delegation.used"]);
    },
  }),
];
