import { LEGAL } from "../../reference/legal";
import { hasText } from "../labels";
import { defineRule, type Rule } from "../rule";

export const anchoringRules: readonly Rule[] = [
  defineRule({
    code: "ANCHOR_CONTRACTOR_MANDATE_UNCONFIRMED",
    severity: "warning",
    step: "3C",
    area: "anchoring",
    title: "Uppdragstagarens mandat är inte bekräftat",
    explanation:
      "Uppdragstagarens nämnd utför uppgiften åt andra kommuner. Nämndens uppgifter bestäms av fullmäktige i reglementet; ger det inte stöd för uppgiften behöver uppdragstagarens fullmäktige besluta om den. Enligt SKR:s rapport bör det vara klarlagt att samverkan går att inrätta i den egna kommunen.",
    nextAction: "Kontrollera uppdragstagarens reglemente och planera vid behov ett beslut i dess fullmäktige.",
    legalBasis: [LEGAL.KL_6_44],
    reportChapter: "5.1",
    check: (ctx, emit) => {
      if (ctx.c.anchoring.contractorMandate !== true) emit(["anchoring.contractorMandate"]);
    },
  }),
  defineRule({
    code: "ANCHOR_NO_DECISION_PATH",
    severity: "warning",
    step: "3C",
    area: "anchoring",
    title: "Beslutsvägen är inte planerad",
    explanation: "Enligt SKR:s rapport bör avtalet och de ekonomiska villkoren beslutas av ansvarig nämnd hos varje part. Är ärendet av principiell beskaffenhet eller annars av större vikt beslutar fullmäktige.",
    nextAction: "Planera när ärendet ska upp i nämnd, och i fullmäktige om det behövs.",
    legalBasis: [LEGAL.KL_5_1],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (ctx.c.anchoring.committeeDecisionPlanned !== true) emit(["anchoring.committeeDecisionPlanned"]);
    },
  }),
  defineRule({
    code: "ANCHOR_COUNCIL_DECISION_MISSING",
    severity: "blocker",
    step: "3C",
    area: "anchoring",
    title: "Fullmäktigebeslut saknas för ett principiellt avtal",
    explanation: "Avtalet är av principiell beskaffenhet eller annars av större vikt för kommunen. I sådana ärenden beslutar fullmäktige.",
    nextAction: "Planera beslut i fullmäktige hos varje part.",
    legalBasis: [LEGAL.KL_5_1],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (ctx.c.anchoring.principledCharacter === true && ctx.c.anchoring.councilDecisionPlanned !== true) {
        emit(["anchoring.councilDecisionPlanned"]);
      }
    },
  }),
  defineRule({
    code: "ANCHOR_PRINCIPLED_UNASSESSED",
    severity: "info",
    step: "3C",
    area: "anchoring",
    title: "Det är inte bedömt om avtalet är av principiell beskaffenhet",
    explanation: "Bedömningen avgör om fullmäktige måste besluta om avtalet.",
    nextAction: "Bedöm om avtalet är av principiell beskaffenhet eller annars av större vikt.",
    legalBasis: [LEGAL.KL_5_1],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (ctx.c.anchoring.principledCharacter === undefined) emit(["anchoring.principledCharacter"]);
    },
  }),
  defineRule({
    code: "ANCHOR_NO_UNION_CONSULTATION",
    severity: "warning",
    step: "3C",
    area: "anchoring",
    title: "Facklig samverkan är inte planerad",
    explanation:
      "Personal berörs av samverkan. Viktigare förändringar i verksamheten kräver förhandling med arbetstagarorganisationerna innan beslut fattas.",
    nextAction: "Planera information och förhandling enligt MBL innan beslut.",
    legalBasis: [LEGAL.MBL],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const u = ctx.c.anchoring.unionConsultation;
      if (ctx.staffAffected && u !== "genomford" && u !== "planerad") emit(["anchoring.unionConsultation"]);
    },
  }),
  defineRule({
    code: "ANCHOR_INTERNAL_COMMUNICATION_MISSING",
    severity: "info",
    step: "3C",
    area: "anchoring",
    title: "Förankring i de egna organisationerna är inte beskriven",
    explanation:
      "Varje part bör förankra samverkan i den egna organisationen, till exempel genom information eller workshop för berörda medarbetare.",
    nextAction: "Beskriv hur samverkan förankras hos varje part.",
    legalBasis: [],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (!hasText(ctx.c.anchoring.internalCommunication)) emit(["anchoring.internalCommunication"]);
    },
  }),
];
