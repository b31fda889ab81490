import { LEGAL } from "../../reference/legal";
import { hasText } from "../labels";

// "Vet inte – juristen ska ta ställning" and similar answers say the basis is unknown: they are
// not a stated legal basis and are treated as unanswered (and flagged for the jurist).
const UNDECIDED = /^\s*(vet inte|vet ej)\b|juristen? ska ta ställning/i;

export function isUndecidedAnswer(text: string | undefined): boolean {
  return text !== undefined && UNDECIDED.test(text);
}
import { defineRule, type Rule } from "../rule";

export const informationRules: readonly Rule[] = [
  defineRule({
    code: "INFO_PERSONAL_DATA_UNANSWERED",
    severity: "warning",
    step: "3B",
    area: "information",
    title: "Det är inte angivet om personuppgifter behandlas",
    explanation: "Om samverkan innebär att personuppgifter behandlas behöver parterna bestämma hur personuppgiftsansvaret är fördelat: gemensamt ansvar kräver ett arrangemang mellan parterna (artikel 26) och ett personuppgiftsbiträde ett avtal (artikel 28).",
    nextAction: "Ange om personuppgifter behandlas i samverkan.",
    legalBasis: [LEGAL.GDPR_26, LEGAL.GDPR_28],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.tasks.length > 0 && ctx.c.information.personalData === undefined) emit(["information.personalData"]);
    },
  }),
  defineRule({
    code: "INFO_PERSONAL_DATA_DENIED_FOR_CASEWORK",
    severity: "warning",
    step: "3B",
    area: "information",
    title: "Svaret säger att inga personuppgifter behandlas, fast samverkan gäller enskildas ärenden",
    explanation:
      "Uppgifter om enskilda som socialtjänsten handlägger är personuppgifter, och att utföra uppgiften innebär att de samlas in, registreras och lagras. Kontrollera svaret: behandlas personuppgifter behöver parterna bestämma hur personuppgiftsansvaret är fördelat, och avtalet bör säga det.",
    nextAction: "Kontrollera om personuppgifter behandlas i samverkan, och ändra svaret om de gör det.",
    legalBasis: [LEGAL.GDPR_4_1_2],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      // A walk answered "Nej" for a familjerätt case with myndighetsutövning, and the data-protection findings went away.
      if (ctx.c.information.personalData !== false) return;
      const individualArea = ctx.c.needs.activityArea !== undefined && ctx.c.needs.activityArea !== "ledning" && ctx.c.needs.activityArea !== "ovrigt";
      if (ctx.tasks.authority.length > 0 || individualArea) emit(["information.personalData"]);
    },
  }),
  defineRule({
    code: "INFO_NO_CONTROLLER_ARRANGEMENT",
    severity: "blocker",
    step: "3B",
    area: "information",
    title: "Personuppgiftsansvaret är inte reglerat",
    explanation:
      "Personuppgifter behandlas, men det finns varken ett dokumenterat arrangemang för gemensamt personuppgiftsansvar eller ett personuppgiftsbiträdesavtal. Personuppgiftsansvarig är respektive ansvarig nämnd, inte kommunen eller \"parterna\".",
    nextAction:
      "Bestäm om parterna är gemensamt personuppgiftsansvariga eller om en part är biträde. Ett biträdesavtal ska vara skriftligt (artikel 28); ett arrangemang för gemensamt ansvar bör dokumenteras.",
    legalBasis: [LEGAL.GDPR_26, LEGAL.GDPR_28],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const i = ctx.c.information;
      if (i.personalData !== true) return;
      // The document the chosen model needs (art. 26 or art. 28), asked only for that model in
      // step 3B; without a model, either document counts and the model is what to answer.
      if (i.controllerModel === "gemensamt_personuppgiftsansvar") {
        if (i.jointControllerArrangementDocumented !== true) emit(["information.jointControllerArrangementDocumented"]);
      } else if (i.controllerModel === "personuppgiftsbitrade") {
        if (i.processorAgreement !== true) emit(["information.processorAgreement"]);
      } else if (i.controllerModel === "separata_personuppgiftsansvariga") {
        // Neither document applies; INFO_SEPARATE_CONTROLLERS_VERIFY asks for the model to be verified.
      } else if (i.jointControllerArrangementDocumented !== true && i.processorAgreement !== true) {
        emit(["information.controllerModel"]);
      }
    },
  }),
  defineRule({
    code: "INFO_SEPARATE_CONTROLLERS_VERIFY",
    severity: "info",
    step: "3B",
    area: "information",
    title: "Att varje nämnd ansvarar för sin egen behandling bör bedömas av en jurist",
    explanation:
      "Parterna anger att varje parts nämnd är personuppgiftsansvarig för sin egen behandling. Då krävs varken ett arrangemang för gemensamt ansvar eller ett biträdesavtal, men varje utlämnande av personuppgifter mellan parterna behöver rättslig grund och stöd i sekretessreglerna. Vilken modell som passar avtalssamverkan är inte klarlagt.",
    nextAction: "Låt en jurist bekräfta att parterna inte gemensamt bestämmer ändamål och medel, och att ingen part behandlar uppgifter för en annans räkning.",
    legalBasis: [LEGAL.GDPR_4_7, LEGAL.GDPR_26, LEGAL.GDPR_28],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      if (ctx.c.information.personalData === true && ctx.c.information.controllerModel === "separata_personuppgiftsansvariga") emit(["information.controllerModel"]);
    },
  }),
  defineRule({
    code: "INFO_AUTHORITY_RECORDS_ROUTINES_MISSING",
    severity: "warning",
    step: "3B",
    area: "information",
    title: "Rutiner för diarieföring och arkivering saknas",
    explanation:
      "Samverkan omfattar myndighetsutövning och handläggning av ärenden. Allmänna handlingar ska som huvudregel registreras (OSL 5 kap. 1 §) och arkiveras (arkivlagen), så det bör vara klart hur handlingarna diarieförs och arkiveras och hos vilken part.",
    nextAction: "Ta fram rutiner för diarieföring och arkivering.",
    legalBasis: [LEGAL.OSL_5_1, LEGAL.ARKIVLAGEN],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.tasks.authority.length === 0) return;
      const fields: string[] = [];
      if (ctx.c.information.registrationRoutine !== true) fields.push("information.registrationRoutine");
      if (ctx.c.information.archivingRoutine !== true) fields.push("information.archivingRoutine");
      if (fields.length > 0) emit(fields);
    },
  }),
  defineRule({
    code: "INFO_SECRET_DATA_NO_LEGAL_BASIS",
    severity: "blocker",
    step: "3B",
    area: "information",
    title: "Sekretessbelagda uppgifter delas utan identifierat lagstöd",
    explanation:
      "Sekretessbelagda uppgifter får bara lämnas till en annan myndighet med stöd i lag. Vilken bestämmelse i OSL som gäller vid avtalssamverkan är inte bekräftat.",
    nextAction: "Identifiera lagstödet för att lämna uppgifterna och låt en jurist bekräfta det.",
    // The ban is settled law (OSL 8 kap. 1 §); only the provision that could lift it is not confirmed.
    legalBasis: [LEGAL.OSL_8_1, LEGAL.OSL_VERIFY],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      const basis = ctx.c.information.secrecyLegalBasis;
      if (ctx.c.information.secretData === true && (!hasText(basis) || isUndecidedAnswer(basis))) {
        emit(["information.secrecyLegalBasis"], isUndecidedAnswer(basis) ? "Svaret säger att lagstödet inte är känt än; det räknas som obesvarat tills juristen har tagit ställning." : undefined);
      }
    },
  }),
  defineRule({
    code: "INFO_SECRECY_BASIS_VERIFY",
    severity: "info",
    step: "3B",
    area: "information",
    title: "Lagstödet för att dela sekretessbelagda uppgifter ska verifieras",
    explanation: "Ärendet anger ett lagstöd. Vilken bestämmelse som gäller vid avtalssamverkan är inte bekräftat och ska kontrolleras.",
    nextAction: "Låt en jurist bekräfta att den angivna bestämmelsen ger stöd för att lämna uppgifterna.",
    legalBasis: [LEGAL.OSL_VERIFY],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      const basis = ctx.c.information.secrecyLegalBasis;
      if (ctx.c.information.secretData === true && hasText(basis) && !isUndecidedAnswer(basis)) {
        emit(["information.secrecyLegalBasis"]);
      }
    },
  }),
  defineRule({
    code: "INFO_SENSITIVE_DATA_UNANSWERED",
    severity: "warning",
    step: "3B",
    area: "information",
    title: "Det är inte angivet om känsliga personuppgifter behandlas",
    explanation:
      "Uppgifter i socialtjänsten är ofta känsliga personuppgifter, till exempel om hälsa. Sådana får bara behandlas med särskilt stöd, och socialtjänstens egna regler om behandling av personuppgifter gäller.",
    nextAction: "Ange om känsliga personuppgifter behandlas, och låt en jurist peka ut vilka regler som gäller.",
    legalBasis: [LEGAL.GDPR_9],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.information.personalData === true && ctx.c.information.sensitiveData === undefined) emit(["information.sensitiveData"]);
    },
  }),
  defineRule({
    code: "INFO_SOCIAL_SERVICES_DATA_RULES_UNCHECKED",
    severity: "warning",
    step: "3B",
    area: "information",
    title: "Socialtjänstens särskilda regler för personuppgifter är inte genomgångna",
    explanation:
      "Socialtjänsten har egna regler om behandling av personuppgifter utöver dataskyddsförordningen. Avtalet kan inte säga att behandlingen sker enligt dem förrän parterna har gått igenom vilka regler som gäller.",
    nextAction: "Gå igenom socialtjänstens regler för behandling av personuppgifter och låt en jurist peka ut vilka bestämmelser som gäller.",
    legalBasis: [LEGAL.SOCIAL_SERVICES_DATA],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      const info = ctx.c.information;
      if (info.personalData !== true || info.socialServicesDataRulesChecked === true) return;
      emit(
        ["information.socialServicesDataRulesChecked"],
        info.socialServicesDataRulesChecked === false ? "Enligt svaret har reglerna inte gåtts igenom." : "Frågan är inte besvarad.",
      );
    },
  }),
  defineRule({
    code: "INFO_ARCHIVING_ROUTINE_NO",
    severity: "warning",
    step: "3B",
    area: "information",
    title: "Rutin för arkivering saknas",
    explanation: "Det bör vara klart hos vilken part handlingarna i samverkan arkiveras och enligt vilka regler. Enligt svaret finns ingen rutin.",
    nextAction: "Ta fram en rutin för arkivering och bestäm hos vilken part handlingarna arkiveras.",
    legalBasis: [LEGAL.ARKIVLAGEN],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.information.archivingRoutine === false && ctx.tasks.authority.length === 0) emit(["information.archivingRoutine"]);
    },
  }),
  defineRule({
    code: "INFO_SECURITY_ROUTINES_MISSING",
    severity: "warning",
    step: "3B",
    area: "information",
    title: "Rutiner för informationssäkerhet saknas",
    explanation: "Känsliga uppgifter hanteras i samverkan. Det behövs rutiner för säkerhet och informationsutbyte mellan parterna.",
    nextAction: "Beskriv rutiner för åtkomst, överföring och skydd av uppgifterna.",
    legalBasis: [LEGAL.GDPR_32],
    reportChapter: "5.1",
    check: (ctx, emit) => {
      const i = ctx.c.information;
      if ((i.personalData === true || i.secretData === true) && !hasText(i.securityRoutines)) emit(["information.securityRoutines"]);
    },
  }),
];
