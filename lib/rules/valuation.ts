import type { Case } from "../case/schema";
import { formatKronor, formatNumber } from "../format/money";
import type { ValueEstimate, ValuationMethod } from "./types";

// LOU 5 kap. 13 §: without a total price, a term over 48 months (or an open
// term) is valued as the monthly value times 48.
export const MONTHS_CAP = 48;

function roundOre(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Estimates the contract value per LOU 5 kap. 13 § and records each step in Swedish. */
export function estimateContractValue(c: Case): ValueEstimate {
  const { economy } = c;
  const steps: string[] = [];
  const assumptions: string[] = [];
  const missing: string[] = [];
  const fields: string[] = [];
  const term = economy.term;

  if (economy.contractValue !== undefined && term.kind !== "tillsvidare") {
    fields.push("economy.contractValue");
    steps.push(
      `Avtalet anger ett totalt belopp för hela avtalstiden inklusive optioner och förlängningar: ${formatKronor(economy.contractValue)}.`,
      "Enligt huvudregeln i LOU 5 kap. 13 § är det uppskattade värdet det totala belopp som ska betalas, så detta belopp används.",
    );
    assumptions.push("Det angivna totalbeloppet antas omfatta alla optioner och förlängningar.");
    return done("kontraktsvarde", economy.contractValue, undefined, undefined);
  }

  let monthly: number | undefined;
  if (economy.monthlyValue !== undefined) {
    monthly = economy.monthlyValue;
    fields.push("economy.monthlyValue");
    steps.push(`Månadsvärdet är ${formatKronor(monthly)} enligt ärendet.`);
  } else if (economy.annualCompensation !== undefined) {
    monthly = economy.annualCompensation / 12;
    fields.push("economy.annualCompensation");
    steps.push(
      `Månadsvärdet har räknats fram ur den årliga ersättningen: ${formatKronor(economy.annualCompensation)} / 12 = ${formatKronor(monthly)}.`,
    );
    assumptions.push("Den årliga ersättningen antas vara hela värdet av de tjänster som avtalet omfattar.");
  } else {
    missing.push("månadsvärde, årlig ersättning eller totalt kontraktsvärde (economy.monthlyValue, economy.annualCompensation, economy.contractValue)");
  }

  if (term.kind === undefined) {
    missing.push("avtalstid: bestämd tid eller tills vidare (economy.term.kind)");
    return done("okant", undefined, monthly, undefined);
  }
  fields.push("economy.term.kind");

  if (term.kind === "tillsvidare") {
    steps.push("Avtalet gäller tills vidare, utan bestämd avtalstid.");
    if (economy.contractValue !== undefined) {
      steps.push("Ett totalbelopp kan inte avgränsa ett avtal som löper tills vidare, så det angivna kontraktsvärdet används inte.");
    }
    if (monthly === undefined) return done("okant", undefined, undefined, undefined);
    const amount = roundOre(monthly * MONTHS_CAP);
    steps.push(
      `För avtal utan bestämd tid räknas månadsvärdet gånger 48: ${formatKronor(monthly)} × 48 = ${formatKronor(amount)}.`,
    );
    return done("manadsvarde_x48", amount, monthly, MONTHS_CAP);
  }

  if (term.months === undefined) {
    missing.push("avtalstidens längd i månader (economy.term.months)");
    return done("okant", undefined, monthly, undefined);
  }
  fields.push("economy.term.months");
  const extension = term.extensionMonths ?? 0;
  if (term.extensionMonths === undefined) {
    assumptions.push("Inga optioner eller förlängningar har angetts. Finns sådana ska de räknas in i avtalstiden.");
  } else {
    fields.push("economy.term.extensionMonths");
  }
  const totalMonths = term.months + extension;
  steps.push(
    `Avtalstiden är ${formatNumber(term.months)} månader plus ${formatNumber(extension)} månaders möjlig förlängning, sammanlagt ${formatNumber(totalMonths)} månader.`,
  );
  if (monthly === undefined) return done("okant", undefined, undefined, totalMonths);

  if (totalMonths <= MONTHS_CAP) {
    const amount = roundOre(monthly * totalMonths);
    steps.push(
      `Avtalstiden är högst 48 månader, så hela avtalstiden räknas: ${formatKronor(monthly)} × ${formatNumber(totalMonths)} = ${formatKronor(amount)}.`,
    );
    return done("hela_avtalstiden", amount, monthly, totalMonths);
  }
  const amount = roundOre(monthly * MONTHS_CAP);
  steps.push(
    `Avtalstiden är längre än 48 månader, så månadsvärdet räknas gånger 48: ${formatKronor(monthly)} × 48 = ${formatKronor(amount)}.`,
  );
  return done("manadsvarde_x48", amount, monthly, MONTHS_CAP);

  function done(
    method: ValuationMethod,
    amount: number | undefined,
    monthlyValue: number | undefined,
    countedMonths: number | undefined,
  ): ValueEstimate {
    return { method, amount, monthlyValue, countedMonths, steps, assumptions, missing, fields };
  }
}
