import { isSafeText } from "@/lib/format/safe-text";
import { z } from "zod";
import { isIsoDate } from "@/lib/format/date";
import { pageQuerySchema } from "@/lib/forms/page-query";
import { AUDIT_KINDS } from "./sentence";

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || isIsoDate(value), { message: `Ange ${label} som ÅÅÅÅ-MM-DD, till exempel 2026-11-25.` });

/** The filters of the system-wide audit log (query string of /admin/logg). */
export const auditFilterSchema = z
  .object({
    typ: z
      .string()
      .optional()
      .transform((value) => (value && value in AUDIT_KINDS ? (value as keyof typeof AUDIT_KINDS) : undefined)),
    utfall: z
      .string()
      .optional()
      .transform((value) => (value === "SUCCESS" || value === "FAILURE" || value === "DENIED" ? value : undefined)),
    person: z
      .string()
      .trim()
      .max(100, "Personfältet får vara högst 100 tecken.")
      // PostgreSQL refuses NUL in text: the search would fail in the query instead of finding nothing.
      .refine(isSafeText, "Personfältet innehåller ett osynligt tecken. Skriv om det och försök igen.")
      .optional()
      .transform((value) => (value ? value : undefined)),
    fran: optionalDate("från-datumet"),
    till: optionalDate("till-datumet"),
    sida: pageQuerySchema.shape.sida,
  })
  // Compared only when both dates can be read: "2026-13-45" is already named as unreadable, and a
  // second message comparing it contradicted the first (a walk).
  .refine((value) => !value.fran || !value.till || !isIsoDate(value.fran) || !isIsoDate(value.till) || value.fran <= value.till, {
    path: ["till"],
    message: "Till-datumet kan inte vara före från-datumet.",
  });
export type AuditFilter = z.output<typeof auditFilterSchema>;
