import { caseSchema, emptyCase, upgradeWithReport, type Case } from "@/lib/case";

/**
 * The stored document as the legal review reads, assesses and hashes it: upgraded from an older
 * format version as the wizard reads it (lib/wizard/data.ts, readDocument), so a reviewer never
 * sees, or approves, an older case as empty. A row without answers reads as an empty case with
 * its title.
 */
export function reviewDocument(row: { data: unknown; title: string }): Case {
  const parsed = caseSchema.safeParse(upgradeWithReport(row.data, { salvage: true }).value);
  return parsed.success ? parsed.data : { ...emptyCase(), title: row.title };
}
