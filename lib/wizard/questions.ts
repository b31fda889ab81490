import { GLOSSARY, GUIDE_STEPS, type AnswerCondition } from "@/lib/guide";
import { REPORT_SECTIONS } from "@/lib/reference/report";

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

/** Glossary terms a text uses, so they can be explained where the question is asked. */
function termsIn(text: string): GlossaryNote[] {
  const lower = text.toLocaleLowerCase("sv");
  return GLOSSARY.filter((entry) => lower.includes(entry.term.toLocaleLowerCase("sv")))
    .slice(0, MAX_TERMS_PER_QUESTION)
    .map((entry) => ({ term: entry.term, definition: entry.definition }));
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
 * What one page's form needs: its own questions whole, and only the label (and condition) of every other (list
 * items and finding labels name questions asked elsewhere). All of them whole would be sent
 * to the browser with every step page: some 40 kB of help text the page never shows.
 */
export function questionsForPage(page: { readonly groups: readonly { readonly fields: readonly { readonly question?: string }[] }[] }): Record<string, QuestionInfo> {
  const own = new Set(page.groups.flatMap((group) => group.fields.map((field) => field.question)));
  return Object.fromEntries(
    Object.entries(guideQuestions()).map(([id, info]) => [id, own.has(id) ? info : { label: info.label, ...(info.appliesWhen ? { appliesWhen: info.appliesWhen } : {}) }]),
  );
}
