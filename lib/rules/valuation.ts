/**
 * Estimated contract value per contracting authority (LOU 5 kap.).
 *
 * - What an authority buys is what IT pays. The contractor's own share of a joint service is not a
 *   purchase, so only paying parties (uppdragsgivare, or both roles) get a value.
 * - Main rule: the total amount payable, options and extensions included (a fixed total price).
 * - 5 kap. 13 §: a service contract that states no total price is valued over its whole term when
 *   that is at most 48 months, and as the monthly value × 48 when it has no fixed term.
 * - A fixed term over 48 months with a known price per period: the total over the term is
 *   computable too. Both readings are shown, the higher is compared, and the choice is marked
 *   for legal assessment, so the product never understates.
 * - Payment by counter-performance (another task) is consideration too: its value is what the
 *   client pays. Without a stated value it is never valued as money; the value is then unknown.
 * - Other direct awards of the same kind count per nämnd and financial year: only those of the
 *   planned award's year are added.
 */
import { deriveEconomy, fixedTermMonths, isPayingRole } from "../case/economy";
import type { Case } from "../case/schema";
import { NOUNS, formatCount } from "../format/count";
import { formatKronor, formatNumber, formatPercent } from "../format/money";
import { startSentence } from "../format/sentence";
import { joinSv, partyLabel } from "./labels";
import type { TaskSplit } from "./task-split";
import type { AuthorityValue, ValueEstimate, ValuationMethod } from "./types";

export const MONTHS_CAP = 48;

function roundOre(value: number): number {
  return Math.round(value * 100) / 100;
}

interface Payer {
  partyId: string;
  label: string;
  /** This payer's fraction of what the clients pay together, when known. */
  clientFraction: number | undefined;
  /** This payer's annual payment from the self-cost budget, when known. */
  annualFromBudget: number | undefined;
}

function payers(c: Case): Payer[] {
  const derived = deriveEconomy(c);
  const paying = derived.parties.filter((p) => p.pays);
  const clientTotal = paying.reduce<number | undefined>(
    (sum, p) => (sum === undefined || p.percent === undefined ? undefined : sum + p.percent),
    0,
  );
  if (paying.length > 0) {
    return paying.map((p) => ({
      partyId: p.partyId,
      label: partyLabel(c.parties[p.partyIndex] ?? { id: p.partyId }, p.partyIndex),
      clientFraction: p.percent !== undefined && clientTotal ? p.percent / clientTotal : undefined,
      annualFromBudget: p.annual,
    }));
  }
  // No shares given: a single paying party pays the whole stated price (but its share of the
  // self-cost budget is still unknown, because the contractor may use the service too).
  const clientParties = c.parties.map((party, index) => ({ party, index })).filter(({ party }) => isPayingRole(party.role));
  return clientParties.map(({ party, index }) => ({
    partyId: party.id,
    label: partyLabel(party, index),
    clientFraction: clientParties.length === 1 ? 1 : undefined,
    annualFromBudget: undefined,
  }));
}

/**
 * "208 333 kr × 12 ≈ 2 500 000 kr": the monthly value is shown in whole kronor, so where the
 * product of the rounded figures is not the amount counted, the sign says the line is rounded
 * (a tester read "208 333 kr × 12 = 2 500 000 kr" as a wrong sum).
 */
function product(monthly: number, months: number, amount: number): string {
  const exact = Math.round(monthly) * months === Math.round(amount);
  return `${formatKronor(monthly)} × ${formatNumber(months)} ${exact ? "=" : "≈"} ${formatKronor(amount)}`;
}
/**
 * This payer's other direct awards of the same kind in the planned award's financial year (LOU 19 a
 * kap.: counted per contracting authority and financial year). Entries of other years are named and
 * left out; entries without a year, or from several nämnder, are counted and marked for checking.
 */
function otherAwardsInYear(c: Case, payer: Payer, year: number, steps: string[], assumptions: string[]): number | undefined {
  const entries = c.procurement.otherDirectAwards.filter((o) => o.partyId === payer.partyId && o.valueKr !== undefined);
  if (entries.length === 0) return undefined;
  const counted = entries.filter((o) => o.financialYear === undefined || o.financialYear === year);
  for (const o of entries.filter((e) => !counted.includes(e))) {
    steps.push(`Andra direktupphandlingar ${formatKronor(o.valueKr ?? 0)}${o.committee ? ` (${o.committee})` : ""} gäller räkenskapsåret ${o.financialYear} och räknas inte med räkenskapsåret ${year}.`);
  }
  if (counted.length === 0) return undefined;
  // An undated zero changes nothing, so it needs no check.
  if (counted.some((o) => o.financialYear === undefined && (o.valueKr ?? 0) > 0)) {
    assumptions.push(`${startSentence(payer.label)}: för andra direktupphandlingar utan angivet räkenskapsår antas de höra till ${year} – verifiera.`);
  }
  const committees = new Set(counted.map((o) => o.committee?.trim()).filter((n): n is string => !!n));
  if (committees.size > 1) {
    assumptions.push(
      `${startSentence(payer.label)}: direktupphandlingar från flera nämnder (${joinSv([...committees])}) räknas alla med så att värdet inte underskattas. Bara den nämnd som gör direktupphandlingen räknar sina egna – verifiera vilken nämnd det är.`,
    );
  }
  return counted.reduce((sum, o) => sum + (o.valueKr ?? 0), 0);
}

interface InKind {
  /** What the counter-performance is worth per month for this payer. */
  monthly: number;
}

/**
 * The payer's share of a counter-performance, valued as consideration (LOU 5 kap., main rule: the
 * total payable, including what is not paid in money). Undefined when the payment is money; "unknown"
 * when the counter-performance has no stated value or cannot be divided among the payers.
 */
function inKindFor(c: Case, payer: Payer, steps: string[], missing: string[]): InKind | "unknown" | undefined {
  const { economy } = c;
  if (economy.compensationForm !== "motprestation") return undefined;
  const annual = economy.counterPerformance.annualValue;
  if (annual === undefined) {
    missing.push("vad motprestationen är värd per år; en motprestation värderas inte som pengar, och hur den ska värderas kräver juridisk bedömning");
    return "unknown";
  }
  if (payer.clientFraction === undefined) {
    missing.push("hur motprestationen fördelas mellan de betalande parterna");
    return "unknown";
  }
  const mine = annual * payer.clientFraction;
  steps.push(
    `Ersättningen lämnas som motprestation värd ${formatKronor(annual)} per år; partens del är ${formatKronor(mine)} per år. ` +
      "Enligt huvudregeln i LOU 5 kap. räknas det totala belopp som ska betalas, också ersättning som inte är pengar.",
  );
  return { monthly: mine / 12 };
}

function valueForPayer(c: Case, payer: Payer, year: number, assumptions: string[]): AuthorityValue {
  const { economy } = c;
  const steps: string[] = [];
  const missing: string[] = [];
  const term = economy.term;
  const otherSameKind = otherAwardsInYear(c, payer, year, steps, assumptions);
  const result = (
    method: ValuationMethod,
    amount: number | undefined,
    monthlyValue: number | undefined,
    countedMonths: number | undefined,
    readings?: { overTerm: number; times48: number },
  ): AuthorityValue => ({
    partyId: payer.partyId,
    label: payer.label,
    method,
    amount,
    monthlyValue,
    countedMonths,
    readings,
    otherSameKind,
    compared: amount === undefined ? undefined : amount + (otherSameKind ?? 0),
    legalAssessment: method === "hogre_lasning",
    steps,
    missing,
  });

  const inKind = inKindFor(c, payer, steps, missing);
  if (inKind === "unknown") return result("okant", undefined, undefined, undefined);

  if (economy.fixedTotalPrice !== undefined && term.kind !== "tillsvidare") {
    if (payer.clientFraction === undefined) {
      missing.push("hur det fasta totalpriset fördelas mellan de betalande parterna (kostnadsandelar)");
      return result("okant", undefined, undefined, undefined);
    }
    const money = roundOre(economy.fixedTotalPrice * payer.clientFraction);
    steps.push(
      `Avtalet anger ett fast totalpris för hela avtalstiden inklusive optioner och förlängningar: ${formatKronor(economy.fixedTotalPrice)}. ` +
        `Parten betalar ${formatPercent(payer.clientFraction * 100)} av det: ${formatKronor(money)}. Enligt huvudregeln i LOU 5 kap. är värdet det totala belopp som ska betalas.`,
    );
    if (!inKind) return result("kontraktsvarde", money, undefined, undefined);
    const months = fixedTermMonths(c);
    if (months === undefined) {
      missing.push("avtalstidens längd i månader, för att räkna motprestationen över avtalstiden");
      return result("okant", undefined, undefined, undefined);
    }
    const amount = roundOre(money + inKind.monthly * months);
    steps.push(`Med motprestationen över ${formatCount(months, NOUNS.month)} blir det totala beloppet ${formatKronor(amount)}.`);
    return result("kontraktsvarde", amount, undefined, undefined);
  }

  let monthly: number | undefined;
  if (inKind) {
    monthly = inKind.monthly;
    if (economy.pricePerMonth !== undefined) monthly += economy.pricePerMonth * (payer.clientFraction ?? 0);
    steps.push(
      economy.pricePerMonth !== undefined
        ? `Med priset per månad i pengar betalar parten sammanlagt ${formatKronor(monthly)} per månad.`
        : `Partens betalning är motprestationen: ${formatKronor(monthly)} per månad.`,
    );
  } else if (economy.pricePerMonth !== undefined && payer.clientFraction !== undefined) {
    monthly = economy.pricePerMonth * payer.clientFraction;
    steps.push(
      `Avtalet anger ett pris per månad på ${formatKronor(economy.pricePerMonth)}; parten betalar ${formatPercent(payer.clientFraction * 100)} av det: ${formatKronor(monthly)} per månad.`,
    );
  } else if (payer.annualFromBudget !== undefined) {
    monthly = payer.annualFromBudget / 12;
    steps.push(
      `Parten betalar sin andel av uppdragstagarens självkostnad: ${formatKronor(payer.annualFromBudget)} per år, ${formatKronor(monthly)} per månad.`,
    );
  } else {
    missing.push(
      economy.selfCostBudget === undefined
        ? "uppdragstagarens självkostnad per år, ett pris per månad eller ett fast totalpris"
        : `andelen av kostnaderna för ${payer.label}`,
    );
  }

  if (term.kind === undefined) {
    missing.push("avtalstid: bestämd tid eller tills vidare");
    return result("okant", undefined, monthly, undefined);
  }
  if (term.kind === "tillsvidare") {
    if (monthly === undefined) return result("okant", undefined, undefined, undefined);
    const amount = roundOre(monthly * MONTHS_CAP);
    steps.push(`Avtalet gäller tills vidare. Utan totalpris räknas månadsvärdet gånger 48 (LOU 5 kap. 13 §): ${product(monthly, MONTHS_CAP, amount)}.`);
    return result("manadsvarde_x48", amount, monthly, MONTHS_CAP);
  }
  const totalMonths = fixedTermMonths(c);
  if (totalMonths === undefined) {
    missing.push("avtalstidens längd i månader");
    return result("okant", undefined, monthly, undefined);
  }
  steps.push(termStep(term.months ?? 0, term.extensionMonths, totalMonths));
  if (monthly === undefined) return result("okant", undefined, undefined, totalMonths);
  const overTerm = roundOre(monthly * totalMonths);
  if (totalMonths <= MONTHS_CAP) {
    steps.push(`Avtalstiden är högst 48 månader, så hela avtalstiden räknas: ${product(monthly, totalMonths, overTerm)}.`);
    return result("hela_avtalstiden", overTerm, monthly, totalMonths);
  }
  const times48 = roundOre(monthly * MONTHS_CAP);
  steps.push(
    `Avtalstiden är längre än 48 månader och priset per period är känt. Två läsningar: hela avtalstiden ${product(monthly, totalMonths, overTerm)}, ` +
      `och 48-månadersregeln i LOU 5 kap. 13 § ${product(monthly, MONTHS_CAP, times48)}. Det högre värdet, ${formatKronor(Math.max(overTerm, times48))}, jämförs så att värdet inte underskattas. Valet bör bedömas av en jurist.`,
  );
  return result("hogre_lasning", Math.max(overTerm, times48), monthly, totalMonths, { overTerm, times48 });
}

/**
 * The fixed term as counted: "Avtalstiden är 24 månader plus 1 månads möjlig förlängning, sammanlagt
 * 25 månader." An extension of 0 months is no extension option, and one not given is said to be missing
 * from the case rather than to be none.
 */
function termStep(months: number, extension: number | undefined, total: number): string {
  const term = `Avtalstiden är ${formatCount(months, NOUNS.month)}`;
  if (extension === undefined) return `${term}; ärendet anger ingen möjlig förlängning, så ${formatCount(total, NOUNS.month)} räknas.`;
  if (extension === 0) return `${term}, utan möjlighet till förlängning.`;
  return `${term} plus ${formatCount(extension, NOUNS.monthGenitive)} möjlig förlängning, sammanlagt ${formatCount(total, NOUNS.month)}.`;
}

/** Estimates each paying authority's contract value; `date` is used when the case gives no procurement start date. */
export function estimateContractValue(c: Case, date: string, split?: TaskSplit): ValueEstimate {
  const valuationDate = c.procurement.procurementStartDate ?? date;
  const relevant = !(split && split.all.length > 0 && split.authority.length === split.all.length);
  const assumptions: string[] = [
    c.procurement.procurementStartDate
      ? `Värdet uppskattas per den dag upphandlingen påbörjas, ${valuationDate}, enligt ärendet.`
      : `Ärendet anger inte när upphandlingen påbörjas; värdet uppskattas per utvärderingsdatumet ${valuationDate}.`,
    "Uppdragstagarens andel för sina egna invånare är inget köp och räknas inte in i något värde.",
  ];
  const fields = [
    "economy.selfCostBudget",
    "economy.costShares",
    "economy.term",
    "economy.fixedTotalPrice",
    "economy.pricePerMonth",
    "economy.compensationForm",
    "economy.counterPerformance.annualValue",
    "procurement.otherDirectAwards",
  ];
  if (c.economy.compensationForm === "motprestation" && c.economy.counterPerformance.annualValue !== undefined) {
    assumptions.push("Motprestationens värde bygger på ärendets uppskattning – verifiera.");
  }
  const list = payers(c);
  const year = Number(valuationDate.slice(0, 4));
  const perAuthority = list.map((p) => valueForPayer(c, p, year, assumptions));
  const missing: string[] = [];
  if (list.length === 0) missing.push("vilken part som betalar (en uppdragsgivare bland parterna i steg 2B)");
  for (const a of perAuthority) for (const m of a.missing) if (!missing.includes(m)) missing.push(m);
  let top: AuthorityValue | undefined;
  for (const a of perAuthority) if (a.amount !== undefined && (top === undefined || (top.amount ?? 0) < a.amount)) top = a;
  const allKnown = perAuthority.length > 0 && perAuthority.every((a) => a.amount !== undefined);
  // With one payer, its name before each step says nothing (a walk read "Fjällvikens kommun (part 2):
  // Parten betalar …" three times over); with several, it says whose step it is.
  const steps = perAuthority.length === 1 ? [...perAuthority[0]!.steps] : perAuthority.flatMap((a) => a.steps.map((s) => `${startSentence(a.label)}: ${s}`));
  return {
    method: allKnown && top ? top.method : "okant",
    amount: allKnown ? top?.amount : undefined,
    monthlyValue: allKnown ? top?.monthlyValue : undefined,
    countedMonths: allKnown ? top?.countedMonths : undefined,
    valuationDate,
    perAuthority,
    relevant,
    steps,
    assumptions,
    missing,
    fields,
  };
}

/**
 * The estimated value as one Swedish sentence for the memo and the review page, or undefined where
 * it does not matter (no LOU route is relevant: only exercise of public authority) or is not known.
 * Where a fixed term over 48 months has two readings, both are named and the choice is left to a jurist.
 */
export function contractValueSummary(value: ValueEstimate): string | undefined {
  if (!value.relevant || value.amount === undefined) return undefined;
  const parts = value.perAuthority.map((a) => {
    const base = `${a.label} ${a.amount === undefined ? "kan inte beräknas" : formatKronor(a.amount)}`;
    return a.readings
      ? `${base} (hela avtalstiden ${formatKronor(a.readings.overTerm)}, 48-månadersregeln ${formatKronor(a.readings.times48)})`
      : base;
  });
  const twoReadings = value.perAuthority.some((a) => a.readings);
  return (
    `Uppskattat värde enligt 5 kap. lagen om offentlig upphandling, per betalande part, per den ${value.valuationDate}: ${parts.join("; ")}.` +
    (twoReadings
      ? " Avtalstiden är längre än 48 månader och priset per period är känt, så värdet kan läsas på två sätt. Det högre värdet har räknats; vilken läsning som gäller kräver juridisk bedömning."
      : "")
  );
}
