import { hasText } from "../labels";
import { defineRule, type Rule } from "../rule";

export const needsRules: readonly Rule[] = [
  defineRule({
    code: "NEEDS_PROBLEM_MISSING",
    severity: "warning",
    step: "1",
    area: "needs",
    title: "Problemet som samverkan ska lösa är inte beskrivet",
    explanation:
      "Metodguiden börjar med att konkretisera det problem samverkan ska lösa. Ett tydligt problem gör det lättare att avgränsa uppgiften.",
    nextAction: "Beskriv det konkreta problemet, till exempel brist på kompetens eller ojämnt inflöde av ärenden.",
    legalBasis: [],
    reportChapter: "5.1",
    check: (ctx, emit) => {
      if (!hasText(ctx.c.needs.problem)) emit(["needs.problem"]);
    },
  }),
  defineRule({
    code: "NEEDS_SCOPE_MISSING",
    severity: "warning",
    step: "1",
    area: "needs",
    title: "Avgränsningen är inte angiven",
    explanation:
      "Det bör framgå både vad samverkan omfattar och vad den inte omfattar. Oklara gränser gör uppgiften svår att precisera och följa upp.",
    nextAction: "Skriv vad som ingår och vad som uttryckligen inte ingår i samverkan.",
    legalBasis: [],
    reportChapter: "5.1",
    check: (ctx, emit) => {
      const fields: string[] = [];
      if (!hasText(ctx.c.needs.inScope)) fields.push("needs.inScope");
      if (!hasText(ctx.c.needs.outOfScope)) fields.push("needs.outOfScope");
      if (fields.length > 0) {
        emit(fields, fields.length === 2 ? "Varken det som ingår eller det som inte ingår är angivet." : undefined);
      }
    },
  }),
  defineRule({
    code: "NEEDS_GOALS_NOT_MEASURABLE",
    severity: "warning",
    step: "1",
    area: "needs",
    title: "Syftet saknar mätbara mål",
    explanation:
      "Inget mål har både ett nyckeltal och ett målvärde. Utan mätbara mål kan nämnden inte granska om samverkan ger det som utlovats.",
    nextAction: "Lägg till minst ett mål med nyckeltal, utgångsvärde och målvärde, till exempel väntetid i dagar.",
    legalBasis: [],
    reportChapter: "5.1",
    check: (ctx, emit) => {
      const goals = ctx.c.needs.goals;
      const measurable = goals.some((g) => hasText(g.keyFigure) && g.target !== undefined);
      if (!measurable) {
        emit(["needs.goals"], goals.length === 0 ? "Inga mål är angivna." : "Målen saknar nyckeltal eller målvärde.");
      }
    },
  }),
  defineRule({
    code: "NEEDS_BENEFITS_MISSING",
    severity: "info",
    step: "1",
    area: "needs",
    title: "Förväntade fördelar är inte angivna",
    explanation: "Behovsanalysen bör visa vilka fördelar samverkan väntas ge, till exempel lägre kostnader eller bättre kontinuitet.",
    nextAction: "Lista de fördelar som samverkan väntas ge.",
    legalBasis: [],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (!ctx.c.needs.benefits.some(hasText)) emit(["needs.benefits"]);
    },
  }),
];
