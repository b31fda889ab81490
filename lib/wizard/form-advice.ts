import type { CollaborationFormId } from "@/lib/case";

/** The step 2C questions that separate the forms in the report's Table 1. */
export interface FormQuestions {
  /** Does the collaboration need a legal person of its own? */
  ownLegalPerson?: boolean;
  /** Are state agencies (Arbetsförmedlingen, Försäkringskassan) to take part? */
  stateAgencies?: boolean;
  /** Are private actors to take part? */
  privateActors?: boolean;
  /** Is a legally binding agreement needed? */
  bindingAgreement?: boolean;
}

export interface FormAdvice {
  /** Best fit first. Empty while a question is unanswered. */
  fitting: CollaborationFormId[];
  /** Swedish sentences: why these forms, from the answers given. */
  reasons: string[];
  unanswered: (keyof FormQuestions)[];
}

const QUESTION_ORDER: (keyof FormQuestions)[] = ["stateAgencies", "privateActors", "ownLegalPerson", "bindingAgreement"];

/**
 * Points to the collaboration forms that fit the answers, following Table 1 of SKR's report
 * (ch. 2): who may take part, whether the form is a legal person, and whether it rests on a
 * binding agreement. Advice only: the parties decide, and any choice is respected.
 */
export function adviseForm(q: FormQuestions): FormAdvice {
  const unanswered = QUESTION_ORDER.filter((key) => q[key] === undefined);
  const reasons: string[] = [];

  if (q.stateAgencies) {
    reasons.push(
      "Staten kan inte vara part i avtalssamverkan, kommunalförbund eller gemensam nämnd. Ett samordningsförbund är den form där kommuner, regioner, Arbetsförmedlingen och Försäkringskassan samverkar, men bara för att samordna och finansiera rehabilitering som hjälper enskilda tillbaka till arbete.",
    );
    return { fitting: ["samordningsforbund"], reasons, unanswered };
  }
  if (q.privateActors) {
    reasons.push(
      "Privata aktörer kan inte vara part i avtalssamverkan. Samverkan med privata aktörer sker i privaträttslig form, till exempel ett interkommunalt bolag, som inte kan utöva myndighet, eller i ett nätverk utan bindande avtal.",
    );
    return { fitting: ["privatrattslig", "natverk"], reasons, unanswered };
  }
  if (q.ownLegalPerson) {
    reasons.push(
      "Ett kommunalförbund är en egen juridisk person och blir huvudman för uppgifterna; det passar storskalig och långsiktig samverkan och kan utöva myndighet. En privaträttslig form är också en egen juridisk person men kan inte utöva myndighet.",
    );
    return { fitting: ["kommunalforbund", "privatrattslig"], reasons, unanswered };
  }
  if (q.bindingAgreement === false) {
    reasons.push(
      "Utan behov av ett juridiskt bindande avtal räcker ett nätverk eller en informell överenskommelse. Det är enkelt att administrera men begränsat i omfång.",
    );
    return { fitting: ["natverk"], reasons, unanswered };
  }
  if (unanswered.length > 0) return { fitting: [], reasons, unanswered };

  reasons.push(
    "Avtalssamverkan kräver ingen ny organisation och kan komma i gång snabbt. Varje kommun behåller huvudmannaskapet och ansvaret för sina uppgifter, och myndighetsutövning kan ingå.",
    "En gemensam nämnd är ett alternativ om ni vill styra verksamheten gemensamt politiskt; den kräver mer administration, särskilt med många kommuner.",
  );
  return { fitting: ["avtalssamverkan", "gemensam_namnd"], reasons, unanswered };
}

/** What choosing a form other than avtalssamverkan means for the rest of the case. */
export function consequenceOfChoice(chosen: CollaborationFormId): string | null {
  if (chosen === "avtalssamverkan") return null;
  return "Samverka följer SKR:s metodguide för avtalssamverkan. Steg 3 och 4 och kontrollerna av avtalet gäller avtalssamverkan enligt kommunallagen 9 kap. 37 §. Ni kan fortsätta fylla i ärendet som underlag, men den valda formen har egna regler och dokument som ni behöver ta fram vid sidan av.";
}
