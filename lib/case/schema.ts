import * as z from "zod/mini";
import { CASE_FORMAT_VERSION } from "./version";
import { freeText, titleText, WHOLE_KRONOR_MESSAGE } from "./sections/common";
import { partiesSchema } from "./sections/parties";
import { needsSchema } from "./sections/needs";
import { tasksSchema } from "./sections/tasks";
import { delegationSchema, organisationSchema, staffSchema } from "./sections/organisation";
import { economySchema } from "./sections/economy";
import { procurementSchema } from "./sections/procurement";
import { collaborationFormSchema } from "./sections/collaboration-form";
import { controlSchema } from "./sections/control";
import { informationSchema } from "./sections/information";
import { anchoringSchema } from "./sections/anchoring";
import { agreementSchema } from "./sections/agreement";

/**
 * An answer from an older format version that could not be converted without guessing. It is
 * kept verbatim, shown to the editors as needing attention, and removed only when an editor has
 * dealt with it.
 */
export const attentionItemSchema = z.strictObject({
  /** Where the answer was stored in the old format, e.g. `economy.annualCompensation`. */
  path: z.string().check(z.maxLength(200)),
  /** The old value, as stored. */
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  /** Swedish: why it was not converted and what the editor should do. */
  reason: freeText(),
  fromVersion: z.number().check(z.int(), z.minimum(1)),
});

/**
 * The whole case document. Sections may be omitted in input and are filled
 * with empty values, so a half-finished wizard can always be saved; the rules
 * engine, not the schema, reports what is missing.
 */
export const caseObjectSchema = z.strictObject({
  formatVersion: z.literal(CASE_FORMAT_VERSION, {
    error: `Formatversionen ska vara ${CASE_FORMAT_VERSION}`,
  }),
  id: z.optional(z.string().check(z.maxLength(100))),
  title: z.optional(freeText()),
  description: z.optional(freeText()),
  parties: z._default(partiesSchema, []),
  needs: z.prefault(needsSchema, {}),
  tasks: z._default(tasksSchema, []),
  organisation: z.prefault(organisationSchema, {}),
  delegation: z.prefault(delegationSchema, {}),
  staff: z.prefault(staffSchema, {}),
  economy: z.prefault(economySchema, {}),
  procurement: z.prefault(procurementSchema, {}),
  collaborationForm: z.prefault(collaborationFormSchema, {}),
  control: z.prefault(controlSchema, {}),
  information: z.prefault(informationSchema, {}),
  anchoring: z.prefault(anchoringSchema, {}),
  agreement: z.prefault(agreementSchema, {}),
  needsAttention: z._default(z.array(attentionItemSchema).check(z.maxLength(100)), []),
});

type CaseObject = z.infer<typeof caseObjectSchema>;
type RefinementCtx = z.core.$RefinementCtx<CaseObject>;

// Cross-references are structural: a cost share for an unknown party can never
// become valid by answering more questions, so it is rejected here.
function checkReferences(value: CaseObject, ctx: RefinementCtx): void {
  const partyIds = new Set<string>();
  value.parties.forEach((party, index) => {
    if (partyIds.has(party.id)) {
      ctx.addIssue({ code: "custom", path: ["parties", index, "id"], message: `Part-id "${party.id}" används redan` });
    }
    partyIds.add(party.id);
  });
  const sharedParties = new Set<string>();
  value.economy.costShares.forEach((share, index) => {
    if (!partyIds.has(share.partyId)) {
      ctx.addIssue({
        code: "custom",
        path: ["economy", "costShares", index, "partyId"],
        message: `Kostnadsandelen hänvisar till en part som inte finns: "${share.partyId}"`,
      });
    }
    if (sharedParties.has(share.partyId)) {
      ctx.addIssue({
        code: "custom",
        path: ["economy", "costShares", index, "partyId"],
        message: `Parten "${share.partyId}" har redan en kostnadsandel`,
      });
    }
    sharedParties.add(share.partyId);
  });
  // One entry per party, nämnd and financial year: a party may report several nämnder or years.
  checkPartyList(value.procurement.otherDirectAwards, ["procurement", "otherDirectAwards"], partyIds, ctx, (o) =>
    JSON.stringify([o.partyId, o.committee?.trim().toLocaleLowerCase("sv") ?? "", o.financialYear ?? ""]),
  );
  checkPartyList(value.procurement.hamburg.contributions, ["procurement", "hamburg", "contributions"], partyIds, ctx);
  checkUniqueIds(value.tasks, ["tasks"], "Uppgifts-id", ctx);
  checkUniqueIds(value.needs.goals, ["needs", "goals"], "Mål-id", ctx);
}

function checkPartyList<T extends { partyId: string }>(
  items: readonly T[],
  path: readonly (string | number)[],
  partyIds: ReadonlySet<string>,
  ctx: RefinementCtx,
  /** What makes an entry unique; by default the party. */
  keyOf: (item: T) => string = (item) => item.partyId,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (!partyIds.has(item.partyId) || seen.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: [...path, index, "partyId"],
        message: seen.has(key)
          ? `Parten "${item.partyId}" finns redan i listan`
          : `Uppgiften hänvisar till en part som inte finns: "${item.partyId}"`,
      });
    }
    seen.add(key);
  });
}

function checkUniqueIds(
  items: readonly { id: string }[],
  path: readonly (string | number)[],
  label: string,
  ctx: RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: "custom", path: [...path, index, "id"], message: `${label} "${item.id}" används redan` });
    }
    seen.add(item.id);
  });
}

export const caseSchema = caseObjectSchema.check(z.superRefine(checkReferences));

/**
 * What a new answer is held to: the stored schema, with the title no longer than the case's own
 * form allows (MAX_TITLE). Kept apart from caseSchema because a document stored before the limit
 * may have a longer title, and reading it must not drop it; a save checks only the answers it
 * changes against this (lib/wizard/data.ts), the step form all of them, so such a title shows its
 * error where it is edited.
 */
export const caseInputSchema = z
  .extend(caseObjectSchema, { title: z.optional(titleText()) })
  .check(z.superRefine(checkReferences), z.superRefine(checkWholeKronor));

// Every page shows an amount in whole kronor, so "4 200 000,50" read as 4 200 001 kr without a
// word (a walk). A new answer is held to whole kronor instead; a stored amount with öre is read
// as it is, and shows this error where it is edited, as a long title does.
function checkWholeKronor(value: CaseObject, ctx: RefinementCtx): void {
  const check = (amount: number | undefined, path: (string | number)[]) => {
    if (amount !== undefined && !Number.isInteger(amount)) ctx.addIssue({ code: "custom", path, message: WHOLE_KRONOR_MESSAGE });
  };
  check(value.needs.currentCostEstimate, ["needs", "currentCostEstimate"]);
  check(value.economy.selfCostBudget, ["economy", "selfCostBudget"]);
  check(value.economy.counterPerformance.annualValue, ["economy", "counterPerformance", "annualValue"]);
  check(value.economy.pricePerMonth, ["economy", "pricePerMonth"]);
  check(value.economy.fixedTotalPrice, ["economy", "fixedTotalPrice"]);
  value.procurement.otherDirectAwards.forEach((award, index) => check(award.valueKr, ["procurement", "otherDirectAwards", index, "valueKr"]));
}

/** A parsed case document (defaults filled in). */
export type Case = z.infer<typeof caseSchema>;
/** What may be stored or sent: sections and lists may be left out. */
export type CaseInput = z.input<typeof caseSchema>;
export type AttentionItem = z.infer<typeof attentionItemSchema>;
