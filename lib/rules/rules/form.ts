import { COLLABORATION_FORM_LABELS } from "../../case/enums";
import { LEGAL } from "../../reference/legal";
import { defineRule, type Rule } from "../rule";

export const formRules: readonly Rule[] = [
  defineRule({
    code: "FORM_NOT_CHOSEN",
    severity: "warning",
    step: "2C",
    area: "form",
    title: "Samverkansform är inte vald",
    explanation:
      "Innan samverkan utformas bör parterna besluta om samverkansform. Formerna skiljer sig i huvudmannaskap, ansvar och administration.",
    nextAction: "Jämför samverkansformerna och välj den som passar behovet.",
    legalBasis: [],
    reportChapter: "2.2",
    check: (ctx, emit) => {
      if (ctx.c.collaborationForm.chosen === undefined) emit(["collaborationForm.chosen"]);
    },
  }),
  defineRule({
    code: "FORM_NOT_AVTALSSAMVERKAN",
    severity: "info",
    step: "2C",
    area: "form",
    title: "Annan samverkansform än avtalssamverkan är vald",
    explanation:
      "Kontrollerna i Samverka gäller avtalssamverkan enligt kommunallagen. Andra samverkansformer har egna regler som inte prövas här.",
    nextAction: "Kontrollera de regler som gäller för den valda samverkansformen.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.2",
    check: (ctx, emit) => {
      const chosen = ctx.c.collaborationForm.chosen;
      if (chosen !== undefined && chosen !== "avtalssamverkan") {
        emit(["collaborationForm.chosen"], `Vald form: ${COLLABORATION_FORM_LABELS[chosen]}.`);
      }
    },
  }),
  defineRule({
    code: "FORM_SAMORDNINGSFORBUND_SCOPE",
    severity: "warning",
    step: "2C",
    area: "form",
    title: "Samordningsförbund har ett begränsat ändamål",
    explanation:
      "Ett samordningsförbund samordnar och finansierar rehabilitering för att hjälpa individer tillbaka till arbete. Formen kan inte användas för andra ändamål.",
    nextAction: "Kontrollera att samverkan enbart gäller sådan rehabilitering, annars välj en annan form.",
    legalBasis: [LEGAL.FINSAM],
    reportChapter: "2.2",
    check: (ctx, emit) => {
      if (ctx.c.collaborationForm.chosen === "samordningsforbund") emit(["collaborationForm.chosen"]);
    },
  }),
  defineRule({
    code: "FORM_ALTERNATIVES_NOT_COMPARED",
    severity: "info",
    step: "2C",
    area: "form",
    title: "Andra samverkansformer har inte jämförts",
    explanation: "Valet av samverkansform blir bättre underbyggt om alternativen har jämförts.",
    nextAction: "Ange vilka andra former som har övervägts och varför de valts bort.",
    legalBasis: [],
    reportChapter: "2.2",
    check: (ctx, emit) => {
      if (ctx.c.collaborationForm.alternativesConsidered.length === 0) emit(["collaborationForm.alternativesConsidered"]);
    },
  }),
];
