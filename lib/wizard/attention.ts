import type { AttentionItem } from "@/lib/case";
import { formatKronor } from "@/lib/format";

/** Swedish names of the version-1 answers that an upgrade may keep aside. */
const OLD_ANSWER_LABELS: Record<string, string> = {
  "economy.annualCompensation": "Tidigare svar: ersättning per år",
  "economy.monthlyValue": "Tidigare svar: tjänsternas värde per månad",
  "economy.contractValue": "Tidigare svar: totalt kontraktsvärde",
  "procurement.otherDirectAwardsSameKindValue": "Tidigare svar: andra direktupphandlingar av samma slag i år",
};

/** An answer kept from an older format version, as the editors read it. */
export function describeAttentionItem(item: AttentionItem): { label: string; value: string; reason: string } {
  return {
    label: OLD_ANSWER_LABELS[item.path] ?? "Tidigare svar",
    value: typeof item.value === "number" ? formatKronor(item.value) : String(item.value ?? ""),
    reason: item.reason,
  };
}
