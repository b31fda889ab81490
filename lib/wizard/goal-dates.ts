import type { Case } from "@/lib/case";
import { joinList } from "@/lib/format";
import { clipAtWord } from "@/lib/format/sentence";

/**
 * Step 1's word on goal dates already passed. The rules assess the case as of its valuation date,
 * not today, so no finding says it; the documents list such a date as an open point. A re-walk
 * read "Inga anmärkningar" on step 1 and that open point in every approved document. "" when none.
 */
export function passedGoalDatesText(c: Case, today: string): string {
  const passed = c.needs.goals.flatMap((g, index) => (g.targetDate && g.targetDate < today ? [{ g, index }] : []));
  if (passed.length === 0) return "";
  const named = passed.map(({ g, index }) => `${g.description?.trim() ? `”${clipAtWord(g.description.trim(), 60)}”` : `mål ${index + 1}`} (${g.targetDate})`);
  return `Måldatumet har passerat för ${joinList(named)}. Dokumenten tar upp det som en öppen punkt tills ni anger ${passed.length === 1 ? "ett nytt datum" : "nya datum"}.`;
}
