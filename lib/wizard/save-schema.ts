import { z } from "zod";
import { COMPLETION_KEYS } from "./pages";
import { ALL_ANSWER_PATHS } from "./steps";

export const answerChangeSchema = z.strictObject({
  path: z.string().refine((path) => ALL_ANSWER_PATHS.has(path), { error: "Okänd fråga" }),
  value: z.unknown().optional(),
  base: z.unknown().optional(),
});

/** One autosave: the answers changed since the version the editor started from. */
export const saveAnswersSchema = z.strictObject({
  caseId: z.uuid({ error: "Ogiltigt ärende-id" }),
  baseVersion: z.number().int().min(1),
  changes: z.array(answerChangeSchema).min(1).max(300),
  /** Who opened the page: another person signed in since (in another tab) does not save its answers under their name. */
  pageUserId: z.uuid().optional(),
});

export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;

/** An editor's open step page asking whether others have saved since the version it has. */
export const readAnswersSchema = z.strictObject({
  caseId: z.uuid({ error: "Ogiltigt ärende-id" }),
  knownVersion: z.number().int().min(1),
  pageUserId: z.uuid().optional(),
});

export const stepCompletionSchema = z.strictObject({
  caseId: z.uuid({ error: "Ogiltigt ärende-id" }),
  /** A step, or one topic of a split step ("2A:ekonomi"). */
  step: z.enum(COMPLETION_KEYS, { error: "Okänt steg" }),
  complete: z.enum(["ja", "nej"], { error: "Välj om avsnittet är klart" }),
  /** Set when the user has confirmed completing a step with blockers or unanswered questions. */
  confirmIncomplete: z.literal("ja").optional(),
  /**
   * What the confirmation said was open (the form sends back the counts it showed): if more is
   * open when the confirmation arrives — answers removed or a blocker added meanwhile, here or by
   * the colleague — the person is asked again with the new counts instead of confirming what
   * they were not told.
   */
  confirmedBlockers: z.coerce.number({ error: "Ogiltigt antal hinder" }).int().min(0).max(10_000).optional(),
  confirmedUnanswered: z.coerce.number({ error: "Ogiltigt antal frågor" }).int().min(0).max(10_000).optional(),
  /**
   * The case version the page's answers are from (the page's, or its last autosave's): a newer
   * case means another tab or the colleague has saved since, and the page shows answers that are
   * no longer the case's, so a confirmation says so.
   */
  seenVersion: z.coerce.number({ error: "Ogiltig version" }).int().min(1).optional(),
});
