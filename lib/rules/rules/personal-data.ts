import type { StepId } from "../../guide/step-ids";
import type { LegalBasis } from "../../reference/legal";
import { STATUTES } from "../../reference/legal";
import { scanForIdentityNumbers } from "../free-text";
import { defineRule, type Rule } from "../rule";

const SECTION_STEP: Record<string, StepId> = {
  parties: "2B",
  needs: "1",
  tasks: "2A",
  organisation: "2A",
  delegation: "2A",
  staff: "2A",
  economy: "2A",
  procurement: "2A",
  collaborationForm: "2C",
  control: "3A",
  information: "3B",
  anchoring: "3C",
  agreement: "4",
};

function stepOf(path: string): StepId {
  const section = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  return SECTION_STEP[section] ?? "1";
}

const MINIMISATION: LegalBasis = Object.freeze({
  statute: STATUTES.GDPR,
  provision: "artikel 5.1 c",
  note: "Uppgiftsminimering: personuppgifter som inte behövs för ändamålet ska inte behandlas.",
});
const DATASKYDDSLAGEN: LegalBasis = Object.freeze({
  statute: "Lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning",
  provision: "3 kap. 10 §",
  note: "Begränsar behandling av personnummer och samordningsnummer. Paragrafhänvisningen är inte kontrollerad mot lagtexten.",
  verify: true,
});

export const personalDataRules: readonly Rule[] = [
  defineRule({
    code: "PERSONAL_DATA_IN_FREE_TEXT",
    severity: "blocker",
    step: "1",
    area: "personal-data",
    title: "Personnummer i fritext",
    explanation:
      "Fältet innehåller ett personnummer eller samordningsnummer. Ett ärende i Samverka handlar om organisationer, inte om enskilda, och ska inte innehålla uppgifter om enskilda personer.",
    nextAction: "Ta bort numret och andra uppgifter som kan peka ut en enskild person.",
    legalBasis: [MINIMISATION, DATASKYDDSLAGEN],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      for (const hit of scanForIdentityNumbers(ctx.c)) {
        const kind = hit.kinds.includes("personnummer") ? "personnummer" : "samordningsnummer";
        emit([hit.path], `Ett ${kind} hittades i fältet ${hit.path}.`, stepOf(hit.path));
      }
    },
  }),
];
