/**
 * Converts a stored case document from an older format version to the current one, before it is
 * parsed (`parseCase(upgrade(raw))`). Pure: the caller decides whether to log and write back.
 *
 * Version 1 → 2 (the one economy model, issue 9):
 * - `economy.annualCost` becomes `economy.selfCostBudget`.
 * - `economy.contractValue` (a total price incl. options) becomes `economy.fixedTotalPrice`, unless
 *   the term is open-ended, where a total cannot bound the contract.
 * - `economy.annualCompensation` and `economy.monthlyValue` are dropped only when they merely repeat
 *   the self-cost budget (within rounding). Otherwise their meaning is ambiguous (the whole
 *   compensation, or what the partner pays?) and they are kept in `needsAttention`.
 * - `procurement.plannedAwardDate` becomes `procurement.procurementStartDate` (the value is
 *   estimated when the procurement starts).
 * - `procurement.otherDirectAwardsSameKindValue` (one figure) becomes the paying party's own entry in
 *   `procurement.otherDirectAwards` when exactly one party pays; otherwise it is kept in
 *   `needsAttention`, because the figure belongs to one contracting authority and cannot be
 *   given to everyone.
 *
 * A version-1 document whose economy or procurement section is not valid version 1 is rejected as
 * it is (parseCase reports its errors by their version-1 paths), unless the caller asks to salvage
 * it: then, for a stored document, the invalid answers are taken out, kept in `needsAttention`,
 * and the rest is converted.
 */
import type * as z from "zod/mini";
import { economySchemaV1, procurementSchemaV1, type EconomyV1, type ProcurementV1 } from "./v1/schema-v1";
import { CASE_FORMAT_VERSION } from "./version";
import type { AttentionItem } from "./schema";
import { salvage } from "./salvage";

export interface UpgradeReport {
  /** The document in the current format, or the input unchanged when it cannot be upgraded. */
  readonly value: unknown;
  /** The version the input had, when it had a readable one. */
  readonly fromVersion: number | undefined;
  /** Answers kept unconverted by this upgrade (also appended to the document's `needsAttention`). */
  readonly unconverted: readonly AttentionItem[];
}

// Monthly figures were often rounded to whole kronor: 2 500 000 / 12 = 208 333,33.
const ROUNDING_TOLERANCE_KR = 12;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export interface UpgradeOptions {
  /** For stored documents only: take out invalid version-1 answers (kept aside) instead of giving up. */
  readonly salvage?: boolean;
}

export function upgradeWithReport(raw: unknown, options: UpgradeOptions = {}): UpgradeReport {
  if (!isRecord(raw)) return { value: raw, fromVersion: undefined, unconverted: [] };
  const version = raw.formatVersion;
  if (version === CASE_FORMAT_VERSION) return { value: raw, fromVersion: version, unconverted: [] };
  if (version !== 1) return { value: raw, fromVersion: typeof version === "number" ? version : undefined, unconverted: [] };
  const unconverted: AttentionItem[] = [];
  let economy = economySchemaV1.safeParse(raw.economy ?? {});
  let procurement = procurementSchemaV1.safeParse(raw.procurement ?? {});
  if (options.salvage) {
    if (!economy.success) economy = salvagedSection(economySchemaV1, raw.economy, "economy", unconverted) ?? economy;
    if (!procurement.success) procurement = salvagedSection(procurementSchemaV1, raw.procurement, "procurement", unconverted) ?? procurement;
  }
  // A version-1 document that is not valid version 1 cannot be converted faithfully; the parse
  // that follows reports its errors field by field.
  if (!economy.success || !procurement.success) return { value: raw, fromVersion: 1, unconverted: [] };
  const parties = Array.isArray(raw.parties) ? raw.parties.filter(isRecord) : [];
  const value = {
    ...raw,
    formatVersion: CASE_FORMAT_VERSION,
    economy: upgradeEconomy(economy.data, unconverted),
    procurement: upgradeProcurement(procurement.data, parties, unconverted),
    needsAttention: [...(Array.isArray(raw.needsAttention) ? raw.needsAttention : []), ...unconverted],
  };
  return { value, fromVersion: 1, unconverted };
}

function salvagedSection<T>(schema: z.ZodMiniType<T>, value: unknown, section: string, unconverted: AttentionItem[]): { success: true; data: T } | undefined {
  const result = salvage(schema, value, 1, [section]);
  if (!result) return undefined;
  unconverted.push(...result.removed);
  return { success: true, data: result.data };
}

/** The document in the current format; see upgradeWithReport for what is kept aside. */
export function upgrade(raw: unknown): unknown {
  return upgradeWithReport(raw).value;
}

function keep(items: AttentionItem[], path: string, value: number | string, reason: string): void {
  items.push({ path, value, reason, fromVersion: 1 });
}

function upgradeEconomy(e: EconomyV1, unconverted: AttentionItem[]) {
  const budget = e.annualCost;
  if (e.annualCompensation !== undefined && !(budget !== undefined && Math.abs(e.annualCompensation - budget) <= 1)) {
    keep(
      unconverted,
      "economy.annualCompensation",
      e.annualCompensation,
      "Den tidigare frågan ”Vilken ersättning betalas per år?” sa inte om beloppet var hela ersättningen eller det motparten betalar. " +
        "Nu anges uppdragstagarens självkostnad per år och parternas andelar, och det varje part betalar räknas fram. Kontrollera att de framräknade beloppen stämmer med detta belopp.",
    );
  }
  if (e.monthlyValue !== undefined && !(budget !== undefined && Math.abs(e.monthlyValue * 12 - budget) <= ROUNDING_TOLERANCE_KR)) {
    keep(
      unconverted,
      "economy.monthlyValue",
      e.monthlyValue,
      "Det tidigare månadsvärdet stämmer inte med självkostnaden per år, eller så saknades självkostnaden. " +
        "Ange självkostnaden och andelarna, eller ett pris per månad om avtalet anger ett, och kontrollera mot detta belopp.",
    );
  }
  let fixedTotalPrice: number | undefined;
  if (e.contractValue !== undefined) {
    if (e.term.kind === "tillsvidare") {
      keep(
        unconverted,
        "economy.contractValue",
        e.contractValue,
        "Ett totalbelopp kan inte avgränsa ett avtal som gäller tills vidare. Ange ett pris per månad om avtalet anger ett.",
      );
    } else fixedTotalPrice = e.contractValue;
  }
  return stripUndefined({
    selfCostBudget: budget,
    costSplitMethod: e.costSplitMethod,
    costShares: e.costShares,
    compensationForm: e.compensationForm,
    counterPerformance: {},
    fixedTotalPrice,
    deficitSharing: e.deficitSharing,
    term: e.term,
    preparedForDecision: e.preparedForDecision,
  });
}

function upgradeProcurement(p: ProcurementV1, parties: readonly Record<string, unknown>[], unconverted: AttentionItem[]) {
  const otherDirectAwards: { partyId: string; valueKr: number }[] = [];
  if (p.otherDirectAwardsSameKindValue !== undefined) {
    const payers = parties.filter((party) => party.role === "uppdragsgivare" || party.role === "bada");
    const only = payers.length === 1 ? payers[0]?.id : undefined;
    if (typeof only === "string") otherDirectAwards.push({ partyId: only, valueKr: p.otherDirectAwardsSameKindValue });
    else {
      keep(
        unconverted,
        "procurement.otherDirectAwardsSameKindValue",
        p.otherDirectAwardsSameKindValue,
        "Andra direktupphandlingar av samma slag räknas per upphandlande myndighet och räkenskapsår. Det tidigare svaret var en enda siffra för alla parter. Ange varje betalande parts egen siffra.",
      );
    }
  }
  return stripUndefined({
    serviceCategory: p.serviceCategory,
    procurementStartDate: p.plannedAwardDate,
    reliedOnRoutes: p.reliedOnRoutes,
    otherDirectAwards,
    directAward: {},
    hamburg: { ...p.hamburg, contributions: [] },
    notes: p.notes,
  });
}

function stripUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
