import { z } from "zod";

/** The system admin's user search: free text over name and e-mail, and a page number. */
export const userSearchSchema = z.object({
  q: z.string().trim().max(100, "Sökningen får vara högst 100 tecken.").optional().default(""),
  sida: z.coerce.number().int().min(1).max(10_000).optional().default(1).catch(1),
});
export type UserSearch = z.output<typeof userSearchSchema>;
