import { z } from "zod";
import { AREA_IDS } from "@/lib/anonymisation/example";
import { COLLABORATION_FORMS, PROCUREMENT_ROUTES } from "@/lib/case/enums";
import { pageQuerySchema } from "@/lib/forms/page-query";

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, { error: `Ogiltigt val för ${label}` }).optional());

/** The catalogue's search: a Swedish text query and the filters. Same schema for the page and the API. */
export const catalogueQuerySchema = z.object({
  q: z.string().trim().max(200, { error: "Sökningen får vara högst 200 tecken" }).default(""),
  area: optionalEnum(AREA_IDS as unknown as [string, ...string[]], "verksamhetsområde"),
  form: optionalEnum(COLLABORATION_FORMS, "samverkansform"),
  route: optionalEnum(PROCUREMENT_ROUTES, "upphandlingsväg"),
  group: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^(A|B|C|A1|A2|B3|B4|B5|C6|C7|C8|C9)$/, { error: "Ogiltig kommungrupp" }).optional()),
  band: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[0-9a-z-]{1,20}$/, { error: "Ogiltigt befolkningsintervall" }).optional()),
  sida: pageQuerySchema.shape.sida,
  year: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number({ error: "Året ska vara ett årtal" }).int({ error: "Året ska vara ett årtal" }).min(2000, { error: "Året ska vara mellan 2000 och 2100" }).max(2100, { error: "Året ska vara mellan 2000 och 2100" }).optional()),
});
export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;
