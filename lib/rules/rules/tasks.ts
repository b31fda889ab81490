import { LEGAL } from "../../reference/legal";
import { startSentence } from "../../format/sentence";
import { hasText } from "../labels";
import { defineRule, type Rule } from "../rule";
import { MIN_TASK_DESCRIPTION_LENGTH } from "../thresholds";

const EXCEPTION_ROUTES = ["direktupphandling", "hamburg", "icke_ekonomiska_tjanster", "myndighetsutovning"] as const;

export const taskRules: readonly Rule[] = [
  defineRule({
    code: "TASKS_MISSING",
    severity: "warning",
    step: "2A",
    area: "tasks",
    title: "Inga uppgifter är beskrivna",
    explanation: "Avtalssamverkan innebär att en annan kommun eller region utför bestämda uppgifter. Utan uppgifter går det inte att bedöma kompetens, upphandling eller delegering.",
    nextAction: "Beskriv varje uppgift som ska utföras i samverkan.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.tasks.length === 0) emit(["tasks"]);
    },
  }),
  defineRule({
    code: "TASK_KIND_MISSING",
    severity: "warning",
    step: "2A",
    area: "tasks",
    title: "Uppgiften är inte klassad som myndighetsutövning eller utförande av tjänster",
    explanation:
      "Myndighetsutövning (beslut) faller utanför LOU medan utförande av tjänster som skulle kunna köpas kan omfattas. Upphandlingsfrågan kan inte bedömas förrän uppgiften är klassad.",
    nextAction: "Ange om uppgiften är myndighetsutövning (utredning och beslut) eller utförande av tjänster som skulle kunna köpas.",
    legalBasis: [LEGAL.LOU_SCOPE_AUTHORITY],
    reportChapter: "3.1",
    check: (ctx, emit) => {
      for (const t of ctx.tasks.unknownKind) emit([`tasks[${t.index}].kind`], `Gäller ${t.label}.`);
    },
  }),
  defineRule({
    code: "TASK_OUTSIDE_COMPETENCE",
    severity: "blocker",
    step: "2A",
    area: "tasks",
    title: "Uppgiften ligger utanför kommunens kompetens",
    explanation:
      "Kommuner och regioner får bara samverka om uppgifter som de själva får utföra. En uppgift utanför den egna kompetensen kan inte lämnas över genom avtalssamverkan.",
    nextAction: "Ta bort uppgiften ur samverkan eller visa att den ligger inom kommunens kompetens.",
    legalBasis: [LEGAL.KL_9_37, LEGAL.KL_2_1],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      for (const t of ctx.tasks.all) {
        if (t.task.withinOwnCompetence === false) emit([`tasks[${t.index}].withinOwnCompetence`], `Gäller ${t.label}.`);
      }
    },
  }),
  defineRule({
    code: "TASK_COMPETENCE_UNCONFIRMED",
    severity: "warning",
    step: "2A",
    area: "tasks",
    title: "Det är inte bekräftat att uppgiften ligger inom kommunens kompetens",
    explanation: "För varje uppgift behöver det bekräftas att kommunen eller regionen själv får utföra den.",
    nextAction: "Bekräfta att uppgiften ligger inom den egna kompetensen.",
    legalBasis: [LEGAL.KL_9_37, LEGAL.KL_2_1],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      for (const t of ctx.tasks.all) {
        if (t.task.withinOwnCompetence === undefined) emit([`tasks[${t.index}].withinOwnCompetence`], `Gäller ${t.label}.`);
      }
    },
  }),
  defineRule({
    code: "TASK_DESCRIPTION_VAGUE",
    severity: "warning",
    step: "2A",
    area: "tasks",
    title: "Uppgiften är för vagt beskriven för att bära ett undantag",
    explanation:
      "När ett undantag från upphandlingsreglerna åberopas behöver det tydligt framgå vilken uppgift undantaget gäller. En kort eller saknad beskrivning räcker inte.",
    nextAction: "Beskriv uppgiften precist: vad som ska göras, för vilka målgrupper och i vilken omfattning.",
    legalBasis: [LEGAL.LOU_19A, LEGAL.LOU_3_17_18, LEGAL.LOU_SCOPE_AUTHORITY],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (!EXCEPTION_ROUTES.some((r) => ctx.relied.has(r))) return;
      for (const t of ctx.tasks.all) {
        const text = t.task.description?.trim() ?? "";
        if (text.length < MIN_TASK_DESCRIPTION_LENGTH) {
          emit([`tasks[${t.index}].description`], text === "" ? `${startSentence(t.label)} saknar beskrivning.` : `Gäller ${t.label}.`);
        }
      }
    },
  }),
  defineRule({
    code: "TASK_GOVERNING_LAW_MISSING",
    severity: "info",
    step: "2A",
    area: "tasks",
    title: "Lagstiftning för uppgiften är inte angiven",
    explanation:
      "Den lagstiftning som gäller för själva uppgiften gäller även i avtalssamverkan. För socialtjänst gäller socialtjänstlagen (2025:400) från 2025-07-01, som ersätter socialtjänstlagen (2001:453).",
    nextAction: "Ange vilka lagar som styr uppgiften, till exempel SoL (2025:400), LVU eller LSS.",
    legalBasis: [LEGAL.SOL_2025],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      for (const t of ctx.tasks.all) {
        if (!hasText(t.task.governingLaw)) emit([`tasks[${t.index}].governingLaw`], `Gäller ${t.label}.`);
      }
    },
  }),
];
