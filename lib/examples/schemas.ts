import { z } from "zod";
import { AREA_IDS } from "@/lib/anonymisation/example";

const names = (label: string) =>
  z
    .string()
    .max(2_000, { error: `${label} får vara högst 2 000 tecken` })
    .default("")
    .transform((s) => s.split(/\r?\n|,/).map((n) => n.trim()).filter(Boolean));

/** "Dela som exempel": what the editors choose when they propose the case. */
export const proposeExampleSchema = z.object({
  area: z.enum(AREA_IDS, { error: "Välj ett verksamhetsområde" }),
  lessonsLearned: z.string().trim().max(5_000, { error: "Lärdomarna får vara högst 5 000 tecken" }).default(""),
  markedNames: names("Namn på orter och organisationer"),
  markedPersons: names("Personnamn"),
  /** The example's version the form was read at, or empty when there was none: a proposal replaces the text, so it must not replace one edited since. */
  version: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().min(1).optional()),
});
export type ProposeExampleInput = z.input<typeof proposeExampleSchema>;

export const versionSchema = z.object({
  version: z.coerce.number({ error: "Versionen saknas" }).int().min(1, { error: "Versionen saknas" }),
});

/** Edited section texts arrive as "section:<id>" fields, and the title as "title" (left as it is when absent). */
export const editExampleSchema = versionSchema.extend({
  title: z
    .string()
    .trim()
    .min(1, { error: "Skriv en rubrik" })
    .max(300, { error: "Rubriken får vara högst 300 tecken" })
    .optional(),
  sections: z.record(z.string(), z.string().max(20_000, { error: "Texten får vara högst 20 000 tecken" })),
});
