import { CLAUSE_IDS } from "../../case/enums";
import { CLAUSE_GAP } from "../../case/enums";
import { clauseDefinition } from "../clauses";
import { clauseFigureMismatches, figuresIn, listFigures, noticePeriodsIn, showFigure } from "../clause-figures";
import { joinSv } from "../labels";
import { defineRule, type Rule } from "../rule";

/** A right to terminate, in its usual forms: "säga upp", "sägas upp", "säger upp", "uppsägning". */
const TERMINATION_RIGHT = /säg(?:a|as|er|s)\s+upp|uppsäg/i;
/** Clauses that mean no notice: none may terminate, the term ends by itself, or termination with immediate effect for breach. */
const NO_NOTICE_MEANT = /(?:ingen|inte|ej)\s+(?:part\s+)?(?:får|kan|äger)?\s*säg|utan\s+föregående\s+uppsägning|omedelbar\s+verkan/i;
/** A period in any unit, in figures or words, with a figure in brackets too ("sex (6) månaders", "ett års", "90 dagars"). */
const STATED_PERIOD = /(?<![\p{L}\d])(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|arton|tjugofyra)\s*(?:\(\d+\)\s*)?(?:dag|dagar|dagars|vecka|veckor|veckors|månad|månads|månader|månaders|år|års)(?!\p{L})/iu;

export const agreementRules: readonly Rule[] = [
  defineRule({
    code: "AGREEMENT_REQUIRED_CLAUSE_MISSING",
    // A warning, not a Hinder: the report advises ("bör") and no statute prescribes the contents, so
    // the collaboration can be entered without the part (a legal review's finding).
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Avtalsdel som alltid bör finnas saknas",
    explanation: "Enligt SKR:s rapport bör varje avtal om avtalssamverkan innehålla vissa grundläggande delar. Lagen föreskriver inget innehåll.",
    nextAction: "Skriv avtalsdelen.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      for (const id of ctx.clauses.missing) {
        const definition = clauseDefinition(id);
        if (definition.always) emit([`agreement.clauses.${id}`], `”${definition.title}” saknas: ${definition.covers}`);
      }
    },
  }),
  defineRule({
    code: "AGREEMENT_CONDITIONAL_CLAUSE_MISSING",
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Avtalsdel som bör finnas för detta ärende saknas",
    explanation: "Enligt SKR:s rapport bör avtalet också reglera denna fråga, med de svar ärendet har.",
    nextAction: "Skriv avtalsdelen.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      for (const id of ctx.clauses.missing) {
        const definition = clauseDefinition(id);
        if (!definition.always) {
          emit([`agreement.clauses.${id}`], `”${definition.title}” saknas. ${definition.condition} Den bör omfatta: ${definition.covers}`);
        }
      }
    },
  }),
  defineRule({
    code: "AGREEMENT_NO_TERM_NOR_NOTICE",
    // A warning, as above: the report's advice, not a statute's requirement.
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Varken avtalstid eller uppsägningstid är angiven",
    explanation:
      "Enligt SKR:s rapport bör avtalet ange avtalstid och hur det sägs upp. Utan dem säger avtalet inte när eller hur samverkan upphör. Ett avtal utan angiven tid kan enligt allmänna avtalsrättsliga principer i regel sägas upp med skälig uppsägningstid, men vad som är skäligt blir då en fråga parterna kan tvista om, och uppdragsgivaren kan inte planera för att återta uppgiften.",
    nextAction: "Ange avtalstid eller uppsägningstid, helst båda.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.economy.term.kind === undefined && ctx.c.agreement.noticePeriodMonths === undefined) {
        emit(["economy.term.kind", "agreement.noticePeriodMonths"]);
      }
    },
  }),
  defineRule({
    code: "AGREEMENT_OPEN_TERM_NO_NOTICE",
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Tillsvidareavtal utan uppsägningstid",
    explanation: "Ett avtal som gäller tills vidare kan bara upphöra genom uppsägning. Uppsägningstiden behöver anges.",
    nextAction: "Ange uppsägningstid i månader.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      if (ctx.c.economy.term.kind === "tillsvidare" && ctx.c.agreement.noticePeriodMonths === undefined) {
        emit(["agreement.noticePeriodMonths"]);
      }
    },
  }),
  defineRule({
    // A walk: a fixed-term agreement whose own termination clause read "Varje part får säga upp
    // avtalet skriftligen." with no period, and the notice field empty, drew no remark.
    code: "AGREEMENT_TERMINATION_WITHOUT_NOTICE",
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Uppsägningen saknar uppsägningstid",
    explanation:
      "Avtalet ger parterna rätt att säga upp det men anger ingen uppsägningstid, varken i svaren eller i avtalsdelen Uppsägning. Enligt SKR:s rapport bör avtalet ange uppsägningstid och hur uppgiften tas tillbaka i egen regi när avtalet upphör. Utan uppsägningstid är det oklart när avtalet upphör efter en uppsägning.",
    nextAction: "Ange uppsägningstid i månader och skriv den i avtalsdelen Uppsägning, eller ta bort rätten att säga upp avtalet under avtalstiden.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const clause = ctx.c.agreement.clauses.uppsagning?.trim();
      // An open-ended term has its own finding (AGREEMENT_OPEN_TERM_NO_NOTICE), an unanswered one too
      // (AGREEMENT_NO_TERM_NOR_NOTICE); a clause with a gap has AGREEMENT_CLAUSE_HAS_GAPS.
      if (ctx.c.economy.term.kind !== "fast" || ctx.c.agreement.noticePeriodMonths !== undefined || !clause || clause.includes(CLAUSE_GAP)) return;
      if (TERMINATION_RIGHT.test(clause) && !NO_NOTICE_MEANT.test(clause) && !STATED_PERIOD.test(clause) && !figuresIn(clause).some((figure) => figure.endsWith("månader"))) {
        emit(["agreement.noticePeriodMonths", "agreement.clauses.uppsagning"]);
      }
    },
  }),
  defineRule({
    // A walk: the notice period was answered as 3 months while the description of how the task is
    // taken back said "sex månaders uppsägningstid"; the suggestion for "Uppsägning" wrote both, and
    // the figure check passed them, as both figures are in the answers.
    code: "AGREEMENT_NOTICE_PERIODS_DIFFER",
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Svaren anger olika uppsägningstider",
    explanation:
      "Förslaget till avtalsdelen Uppsägning tar med båda, så avtalet kan ange två uppsägningstider. Enligt SKR:s rapport bör avtalet ange uppsägningstiden; står två tider utan att det framgår för vem var och en gäller är det oklart när avtalet upphör efter en uppsägning.",
    nextAction:
      "Rätta den uppsägningstid som är fel, i frågan om uppsägningstid eller i beskrivningen av hur uppgiften tas tillbaka, och ersätt avtalsdelen Uppsägning med ett nytt förslag. Ska olika tider gälla för olika parter, skriv för vem var och en gäller och verifiera det i den juridiska granskningen.",
    legalBasis: [],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      const answered = ctx.c.agreement.noticePeriodMonths;
      const described = noticePeriodsIn(ctx.c.organisation.takeBackDescription ?? "").filter((months) => months !== answered);
      if (answered === undefined || described.length === 0) return;
      const months = (n: number) => showFigure(`${n} månader`);
      emit(
        ["agreement.noticePeriodMonths", "organisation.takeBackDescription", "agreement.clauses.uppsagning"],
        `Uppsägningstiden är ${months(answered)} i svaret om uppsägningstid men ${joinSv(described.map(months))} i beskrivningen av hur uppgiften tas tillbaka.`,
      );
    },
  }),
  defineRule({
    code: "AGREEMENT_CLAUSE_FIGURES_NOT_IN_ANSWERS",
    // A point to verify: the jurist's approval waits for it. A figure the answers do not hold may be
    // right (an hourly rate agreed beside the budget), so it is not a Hinder; but an agreement whose
    // figures differ from its tjänsteskrivelse's must not be approved unseen (a walk).
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Avtalsdelens siffror stämmer inte med svaren",
    explanation:
      "Tjänsteskrivelsen och bilagorna räknar med ärendets svar, så nämnden kan få ett förslag med andra belopp, andelar eller tider än avtalet. Det händer när en avtalsdel fylldes i från förslaget och svaren har ändrats sedan, eller när en andel eller ett belopp står vid fel part.",
    nextAction: "Ersätt avtalsdelen med ett nytt förslag från svaren, eller rätta siffrorna, eller rätta svaren om det är de som är fel. Är en siffra rätt av andra skäl, till exempel ett timpris som inte finns bland svaren, verifiera det i den juridiska granskningen.",
    legalBasis: [],
    reportChapter: "2.1.2",
    verify: true,
    check: (ctx, emit) => {
      for (const m of clauseFigureMismatches(ctx.c)) {
        const title = `”${clauseDefinition(m.clauseId).title}”`;
        const sentences = m.notInAnswers.length ? [`${title} har ${listFigures(m.notInAnswers)}, som inte finns i svaren.`] : [];
        // Grouped by the party the text names and the party the answers give them to.
        const groups = new Map<string, { party: string; belongsTo: string[]; figures: string[] }>();
        for (const f of m.misplaced) {
          const key = `${f.party}\u0000${f.belongsTo.join("\u0000")}`;
          const group = groups.get(key) ?? { party: f.party, belongsTo: f.belongsTo, figures: [] };
          group.figures.push(f.figure);
          groups.set(key, group);
        }
        for (const g of groups.values()) {
          const they = g.figures.length > 1 ? "de" : "den";
          sentences.push(`${sentences.length ? "Avtalsdelen" : title} anger ${listFigures(g.figures)} för ${g.party}, men enligt svaren gäller ${they} för ${joinSv(g.belongsTo)}.`);
        }
        const suggested = m.suggested.length ? ` Förslaget från svaren har ${listFigures(m.suggested)}.` : "";
        emit([`agreement.clauses.${m.clauseId}`], `${sentences.join(" ")}${suggested}`);
      }
    },
  }),
  defineRule({
    code: "AGREEMENT_CLAUSE_HAS_GAPS",
    severity: "warning",
    step: "4",
    area: "agreement",
    title: "Avtalstexten har luckor kvar",
    explanation: "Förslaget till avtalstext innehåller platser markerade med […] som svaren inte räckte till att fylla i.",
    nextAction: "Fyll i eller stryk varje […] i avtalsdelen, eller besvara frågorna som förslaget bygger på och skapa ett nytt förslag.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      for (const id of CLAUSE_IDS) {
        const text = ctx.c.agreement.clauses[id];
        if (text?.includes(CLAUSE_GAP)) emit([`agreement.clauses.${id}`], `”${clauseDefinition(id).title}” har luckor.`);
      }
    },
  }),
];
