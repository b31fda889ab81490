import { PARTY_TYPE_LABELS } from "../../case/enums";
import { LEGAL } from "../../reference/legal";
import { startSentence } from "../../format/sentence";
import { partyLabel } from "../labels";
import { defineRule, type Rule } from "../rule";

const INELIGIBLE = new Set(["kommunalt_bolag", "privat_aktor", "statlig_myndighet"]);

export const partyRules: readonly Rule[] = [
  defineRule({
    code: "PARTIES_TOO_FEW",
    severity: "blocker",
    step: "2B",
    area: "parties",
    title: "Färre än två parter",
    explanation:
      "Avtalssamverkan innebär att en kommun eller region utför en uppgift åt en annan. Det kräver minst två parter.",
    nextAction: "Lägg till samtliga kommuner och regioner som ska ingå i samverkan.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1",
    check: (ctx, emit) => {
      const n = ctx.c.parties.length;
      // The parties of the answers (step 2B), not the organisations in the case: those may differ, and the agreement names these.
      if (n < 2) emit(["parties"], n === 0 ? "Inga parter är angivna i steg 2B." : "Bara en part är angiven i steg 2B.");
    },
  }),
  defineRule({
    code: "PARTY_NOT_ELIGIBLE",
    severity: "blocker",
    step: "2B",
    area: "parties",
    title: "Part som inte får ingå i avtalssamverkan",
    explanation:
      "Avtalssamverkan får bara ingås mellan kommuner och regioner. Kommunala bolag, privata aktörer och staten kan inte vara parter.",
    nextAction:
      "Ta bort parten ur avtalet eller välj en annan samverkansform, till exempel upphandling eller en privaträttslig form.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      ctx.c.parties.forEach((party, index) => {
        if (party.type !== undefined && INELIGIBLE.has(party.type)) {
          emit([`parties[${index}].type`], `${startSentence(partyLabel(party, index))} är angiven som ${PARTY_TYPE_LABELS[party.type]}.`);
        }
      });
    },
  }),
  defineRule({
    code: "PARTY_KOMMUNALFORBUND_VERIFY",
    severity: "warning",
    step: "2B",
    area: "parties",
    title: "Kommunalförbund som part – verifiera uppdraget",
    explanation:
      "Enligt rapporten kan ett kommunalförbund vara part om uppgiften ingår i förbundets uppdrag. Det är inte bekräftat i övrigt och måste kontrolleras mot förbundsordningen.",
    nextAction: "Kontrollera i förbundsordningen att uppgiften ingår i förbundets uppdrag och låt en jurist bekräfta att förbundet kan vara part.",
    legalBasis: [{ ...LEGAL.KL_9_37, verify: true }],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      ctx.c.parties.forEach((party, index) => {
        if (party.type === "kommunalforbund") emit([`parties[${index}].type`], `${startSentence(partyLabel(party, index))} är ett kommunalförbund.`);
      });
    },
  }),
  defineRule({
    code: "PARTY_TYPE_MISSING",
    severity: "warning",
    step: "2B",
    area: "parties",
    title: "Partens typ saknas",
    explanation: "Det går inte att avgöra om parten får ingå i avtalssamverkan förrän det framgår vilken sorts organisation den är.",
    nextAction: "Ange om parten är en kommun, region, kommunalförbund eller annan organisation.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      ctx.c.parties.forEach((party, index) => {
        if (party.type === undefined) emit([`parties[${index}].type`], `Gäller ${partyLabel(party, index)}.`);
      });
    },
  }),
  defineRule({
    code: "PARTY_ROLE_MISSING",
    severity: "warning",
    step: "2A",
    area: "parties",
    title: "Partens roll saknas",
    explanation:
      "Det måste framgå vem som är uppdragsgivare och vem som är uppdragstagare. Ansvar, delegering och ersättning bygger på rollerna.",
    nextAction: "Ange partens roll: uppdragsgivare, uppdragstagare eller båda.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      ctx.c.parties.forEach((party, index) => {
        if (party.role === undefined) emit([`parties[${index}].role`], `Gäller ${partyLabel(party, index)}.`);
      });
    },
  }),
  defineRule({
    code: "PARTIES_NO_CLIENT",
    severity: "blocker",
    step: "2A",
    area: "parties",
    title: "Ingen uppdragsgivare",
    explanation: "Alla parter har en roll, men ingen är uppdragsgivare. Utan uppdragsgivare lämnas ingen uppgift över.",
    nextAction: "Ange vilken eller vilka parter som lämnar över uppgiften.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const parties = ctx.c.parties;
      if (parties.length === 0 || parties.some((p) => p.role === undefined)) return;
      if (!parties.some((p) => p.role === "uppdragsgivare" || p.role === "bada")) emit(["parties"]);
    },
  }),
  defineRule({
    code: "PARTIES_NO_CONTRACTOR",
    severity: "blocker",
    step: "2A",
    area: "parties",
    title: "Ingen uppdragstagare",
    explanation: "Alla parter har en roll, men ingen är uppdragstagare. Någon part måste utföra uppgiften åt de andra.",
    nextAction: "Ange vilken part som ska utföra uppgiften.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const parties = ctx.c.parties;
      if (parties.length === 0 || parties.some((p) => p.role === undefined)) return;
      if (!parties.some((p) => p.role === "uppdragstagare" || p.role === "bada")) emit(["parties"]);
    },
  }),
];
