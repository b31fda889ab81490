import { LEGAL } from "../../reference/legal";
import { hasText } from "../labels";
import { defineRule, type Rule } from "../rule";

export const organisationRules: readonly Rule[] = [
  defineRule({
    code: "ORG_HUVUDMANNASKAP_TRANSFERRED",
    severity: "blocker",
    step: "2A",
    area: "organisation",
    title: "Huvudmannaskapet förs över",
    explanation:
      "I avtalssamverkan behåller uppdragsgivaren alltid huvudmannaskapet och ansvaret mot tillsynsmyndigheter och enskilda. Ska huvudmannaskapet flyttas krävs en annan samverkansform, till exempel kommunalförbund.",
    nextAction: "Utforma samverkan så att huvudmannaskapet stannar hos uppdragsgivaren, eller välj en annan samverkansform.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const o = ctx.c.organisation;
      if (o.huvudmannaskapRetained === false && o.jointUnit !== true) emit(["organisation.huvudmannaskapRetained"]);
    },
  }),
  defineRule({
    code: "ORG_HUVUDMANNASKAP_UNCONFIRMED",
    severity: "warning",
    step: "2A",
    area: "organisation",
    title: "Det är inte bekräftat att huvudmannaskapet stannar hos uppdragsgivaren",
    explanation: "Parterna bör uttryckligen bekräfta att huvudmannaskapet inte ändras genom samverkan.",
    nextAction: "Bekräfta att uppdragsgivaren behåller huvudmannaskapet.",
    legalBasis: [],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      const o = ctx.c.organisation;
      if (o.huvudmannaskapRetained === undefined && o.jointUnit !== true) emit(["organisation.huvudmannaskapRetained"]);
    },
  }),
  defineRule({
    code: "ORG_TAKE_BACK_NOT_POSSIBLE",
    severity: "blocker",
    step: "2A",
    area: "organisation",
    title: "Uppgiften kan inte tas tillbaka",
    explanation:
      "Uppdragsgivaren behåller ansvaret för uppgiften och behöver därför, enligt SKR:s rapport, kunna ta tillbaka den i egen regi om det uppstår brister i utförandet. Ett upplägg som hindrar det är inte förenligt med avtalssamverkan.",
    nextAction: "Ändra upplägget så att uppdragsgivaren kan återta uppgiften, och reglera hur det går till.",
    legalBasis: [{ ...LEGAL.KL_9_37, verify: true }],
    reportChapter: "1",
    check: (ctx, emit) => {
      if (ctx.c.organisation.takeBackPossible === false) emit(["organisation.takeBackPossible"]);
    },
  }),
  defineRule({
    code: "ORG_TAKE_BACK_UNADDRESSED",
    severity: "warning",
    step: "2A",
    area: "organisation",
    title: "Det är inte utrett hur uppgiften kan tas tillbaka",
    explanation: "Uppdragsgivaren behöver kunna återta uppgiften i egen regi. Det bör framgå hur det skulle gå till.",
    nextAction: "Beskriv hur uppgiften kan återtas, till exempel via uppsägning med en övergångsperiod.",
    legalBasis: [],
    reportChapter: "1",
    check: (ctx, emit) => {
      if (ctx.c.organisation.takeBackPossible === undefined) emit(["organisation.takeBackPossible"]);
    },
  }),
  defineRule({
    code: "ORG_TASK_ALLOCATION_MISSING",
    severity: "warning",
    step: "2A",
    area: "organisation",
    title: "Ansvarsfördelningen är inte beskriven",
    explanation:
      "Det bör framgå vem som gör vad. I rapportens exempel ledde oklar ansvarsfördelning till försummade och försenade uppgifter.",
    nextAction: "Beskriv hur ansvaret för uppgifterna fördelas mellan parterna.",
    legalBasis: [],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (!hasText(ctx.c.organisation.taskAllocation)) emit(["organisation.taskAllocation"]);
    },
  }),
  defineRule({
    code: "STAFF_TRANSFER_OF_UNDERTAKING",
    severity: "warning",
    step: "2A",
    area: "organisation",
    title: "Personal byter arbetsgivare – kan vara en verksamhetsövergång (verifiera)",
    explanation:
      "När personal går över till en annan arbetsgivare kan det vara en verksamhetsövergång, och då följer anställningsavtal och villkor automatiskt med. En överföring av administrativa uppgifter mellan offentliga myndigheter kan enligt direktiv 2001/23/EG falla utanför; om samverkan omfattas ska bedömas.",
    nextAction: "Låt en jurist bedöma om det är en verksamhetsövergång, informera och förhandla med arbetstagarorganisationerna och planera övergången.",
    legalBasis: [{ ...LEGAL.LAS_6B, verify: true }, LEGAL.TUPE_PUBLIC_ADMIN, LEGAL.MBL],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      if (ctx.c.staff.changesEmployer === true) emit(["staff.changesEmployer"]);
    },
  }),
  defineRule({
    code: "STAFF_WORK_ENVIRONMENT_NOT_PLACED",
    severity: "warning",
    step: "2A",
    area: "organisation",
    title: "Arbetsmiljöansvaret är inte placerat",
    explanation:
      "Uppdragsgivare och uppdragstagare har ett parallellt ansvar för arbetsmiljön, medan det långsiktiga ansvaret ligger hos arbetsgivaren. Fördelningen behöver bestämmas.",
    nextAction: "Bestäm och dokumentera vem som har arbetsledning och arbetsmiljöansvar i samverkan.",
    legalBasis: [LEGAL.AML],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.tasks.length === 0 && !ctx.staffAffected) return;
      if (ctx.c.staff.workEnvironmentResponsibilityPlaced !== true) emit(["staff.workEnvironmentResponsibilityPlaced"]);
    },
  }),
];
