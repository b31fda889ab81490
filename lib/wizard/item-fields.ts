import { PARTY_ROLE_LABELS, PARTY_TYPE_LABELS, TASK_KIND_LABELS } from "@/lib/case/enums";
import type { QuestionInfo } from "./questions";

// The parts of a list answer's items (a goal's key figure, a party's type): the form draws them
// and the error summary and conflict panel name them, so both read them from here.

type Options = Readonly<Record<string, string>>;

export interface ItemField {
  key: string;
  kind: "text" | "textarea" | "number" | "yesno" | "choice";
  label: string;
  hint?: string;
  options?: Options;
}

export type ItemListKind = "goals" | "tasks" | "parties";

export const isItemListKind = (kind: string): kind is ItemListKind => kind === "goals" || kind === "tasks" || kind === "parties";

/**
 * The guide's questions whose labels name the parts of a list item (below): a step page sends
 * these labels with its own questions (questionsForPage), whichever step asks them.
 */
export const ITEM_FIELD_QUESTIONS = ["1.mal-nyckeltal", "1.mal-utgangsvarde", "1.mal-malvarde", "2A.uppgift", "2A.typ", "2A.kompetens", "2A.lag", "2B.typ", "2B.kod", "2A.roll"] as const;

function label(questions: Readonly<Record<string, QuestionInfo>>, id: (typeof ITEM_FIELD_QUESTIONS)[number], fallback: string): string {
  return questions[id]?.label ?? fallback;
}

/** The fields of one item of a list answer, labelled by the guide's questions where it has them. */
export function itemFields(kind: ItemListKind, q: Readonly<Record<string, QuestionInfo>>): { itemName: string; fields: ItemField[] } {
  switch (kind) {
    case "goals":
      return {
        itemName: "Mål",
        fields: [
          { key: "description", kind: "textarea", label: "Beskriv målet" },
          { key: "keyFigure", kind: "text", label: label(q, "1.mal-nyckeltal", "Nyckeltal") },
          { key: "baseline", kind: "number", label: label(q, "1.mal-utgangsvarde", "Utgångsvärde") },
          { key: "target", kind: "number", label: label(q, "1.mal-malvarde", "Målvärde") },
          { key: "unit", kind: "text", label: "Enhet", hint: "Till exempel dagar, procent eller antal ärenden." },
          { key: "targetDate", kind: "text", label: "När ska målvärdet vara nått?", hint: "Skriv datumet som ÅÅÅÅ-MM-DD." },
        ],
      };
    case "tasks":
      return {
        itemName: "Uppgift",
        fields: [
          { key: "description", kind: "textarea", label: label(q, "2A.uppgift", "Beskrivning") },
          { key: "kind", kind: "choice", label: label(q, "2A.typ", "Typ av uppgift"), options: TASK_KIND_LABELS },
          { key: "withinOwnCompetence", kind: "yesno", label: label(q, "2A.kompetens", "Inom kommunens kompetens?") },
          { key: "governingLaw", kind: "text", label: label(q, "2A.lag", "Lagstiftning") },
        ],
      };
    case "parties":
      return {
        itemName: "Part",
        fields: [
          { key: "name", kind: "text", label: "Namn" },
          { key: "type", kind: "choice", label: label(q, "2B.typ", "Typ av organisation"), options: PARTY_TYPE_LABELS },
          { key: "officialCode", kind: "text", label: label(q, "2B.kod", "Kommunkod eller organisationsnummer"), hint: "Kommunkod (4 siffror), länskod (2 siffror) eller organisationsnummer (NNNNNN-NNNN)." },
          { key: "role", kind: "choice", label: label(q, "2A.roll", "Roll"), options: PARTY_ROLE_LABELS },
          { key: "population", kind: "number", label: "Antal invånare", hint: "Behövs om kostnaderna fördelas efter befolkning." },
          { key: "committee", kind: "text", label: "Ansvarig nämnd hos parten", hint: "Nämnden som beslutar om samverkan, till exempel Socialnämnden. Står i partens tjänsteskrivelse." },
          { key: "diaryNumber", kind: "text", label: "Partens diarienummer", hint: "Varje part diarieför ärendet hos sig. Står i partens tjänsteskrivelse." },
        ],
      };
  }
}
