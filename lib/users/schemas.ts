import { z } from "zod";
import { pageQuerySchema } from "@/lib/forms/page-query";
import { isSafeText } from "@/lib/format/safe-text";

/** The system admin's user search: free text over name and e-mail, and a page number. */
export const userSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100, "Sökningen får vara högst 100 tecken.")
    // PostgreSQL refuses NUL in text: the search would fail in the query instead of finding nothing.
    .refine(isSafeText, "Sökningen innehåller ett osynligt tecken. Skriv om den och försök igen.")
    .optional()
    .default(""),
  sida: pageQuerySchema.shape.sida,
});
export type UserSearch = z.output<typeof userSearchSchema>;
