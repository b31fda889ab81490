import { z } from "zod";
import { pageQuerySchema } from "@/lib/forms/page-query";

/** The system admin's user search: free text over name and e-mail, and a page number. */
export const userSearchSchema = z.object({
  q: z.string().trim().max(100, "Sökningen får vara högst 100 tecken.").optional().default(""),
  sida: pageQuerySchema.shape.sida,
});
export type UserSearch = z.output<typeof userSearchSchema>;
