import { GLOSSARY, GUIDE_STEPS, type AnswerCondition } from "@/lib/guide";
import { REPORT_SECTIONS } from "@/lib/reference/report";
import { ITEM_FIELD_QUESTIONS } from "./item-fields";

export interface GlossaryNote {
  term: string;
  definition: string;
}

export interface QuestionInfo {
  label: string;
  /** Help, source and glossary: left out for the questions a page only names (questionsForPage). */
  help?: string;
  /** "avsnitt 5.1, Kapitel 5: …" */
  chapter?: string;
  glossary?: GlossaryNote[];
  /** Asked only when this earlier answer holds (see fieldApplies). */
  appliesWhen?: AnswerCondition;
  /** May be left empty on purpose: not counted among the questions a step asks (progress.ts). */
  optional?: true;
}

const MAX_TERMS_PER_QUESTION = 3;

/**
 * One note per glossary term, shared by every question that uses the term: a page's props carry
 * each note once (React sends a repeated object as a reference to the first), not once per question.
 */
const NOTES: readonly { lower: string; note: GlossaryNote }[] = GLOSSARY.map((entry) => ({
  lower: entry.term.toLocaleLowerCase("sv"),
  note: Object.freeze({ term: entry.term, definition: entry.definition }),
}));

/** Glossary terms a text uses, so they can be explained where the question is asked. */
function termsIn(text: string): GlossaryNote[] {
  const lower = text.toLocaleLowerCase("sv");
  return NOTES.filter((entry) => lower.includes(entry.lower))
    .slice(0, MAX_TERMS_PER_QUESTION)
    .map((entry) => entry.note);
}

let questions: Readonly<Record<string, QuestionInfo>> | undefined;

/**
 * Every guide question, keyed by id, ready for the forms (plain, serialisable data). A step's
 * form may ask a question the guide places in another step (the party's role, asked where
 * the parties are entered), so forms get all of them. Built once; the guide does not change.
 */
export function guideQuestions(): Readonly<Record<string, QuestionInfo>> {
  questions ??= Object.freeze(
    Object.fromEntries(
      GUIDE_STEPS.flatMap((step) => step.questions).map((q): [string, QuestionInfo] => [
        q.id,
        {
          label: q.label,
          help: q.help,
          chapter: `avsnitt ${q.reportChapter}, ${REPORT_SECTIONS[q.reportChapter]}`,
          glossary: termsIn(`${q.label} ${q.help}`),
          ...(q.appliesWhen ? { appliesWhen: q.appliesWhen } : {}),
          ...(q.optional ? { optional: true as const } : {}),
        },
      ]),
    ),
  );
  return questions;
}

/**
 * What one page's form needs: its own questions whole (label, help, source, glossary, condition),
 * and the labels of the questions that name a list item's parts (ITEM_FIELD_QUESTIONS). The form
 * names nothing else: its error summary and conflicts are about its own answers. Every question
 * whole would send some 40 kB of help text the page never shows, and every label some 7 kB more
 * to serialize into each step page.
 */
export function questionsForPage(page: { readonly groups: readonly { readonly fields: readonly { readonly question?: string }[] }[] }): Record<string, QuestionInfo> {
  const all = guideQuestions();
  const own = page.groups.flatMap((group) => group.fields.flatMap((field) => (field.question && all[field.question] ? [[field.question, all[field.question]!] as const] : [])));
  const named = ITEM_FIELD_QUESTIONS.flatMap((id) => (all[id] ? [[id, { label: all[id]!.label }] as const] : []));
  return Object.fromEntries([...named, ...own]);
}
