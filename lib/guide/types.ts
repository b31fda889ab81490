import type { ReportSection } from "../reference/report";
import type { AnswerCondition } from "./conditions";
import type { StepId } from "./step-ids";

export interface GuideQuestion {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  /** Case path the answer is stored at; `[]` stands for every item of a list. */
  readonly field: string;
  readonly reportChapter: ReportSection;
  /** Asked only when this earlier answer holds; a hidden answer is kept, not deleted. */
  readonly appliesWhen?: AnswerCondition;
  /**
   * Left empty on purpose when it does not apply (its help says when: "Lämna tomt om …"), so an
   * empty answer is not counted as an unanswered question.
   */
  readonly optional?: true;
}

export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
  readonly reportChapter: ReportSection;
}

export interface HelpText {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly reportChapter: ReportSection;
}

export interface GuideStep {
  readonly id: StepId;
  readonly title: string;
  readonly summary: string;
  readonly reportChapter: ReportSection;
  readonly questions: readonly GuideQuestion[];
  readonly checklist: readonly ChecklistItem[];
  readonly help: readonly HelpText[];
}
