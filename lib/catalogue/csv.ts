import { publishedRows, type SuppressedTable } from "@/lib/anonymisation";
import { MUNICIPALITY_GROUP_NOTE } from "@/lib/reference/municipalities";
import { hiddenCountRange } from "./wording";

const cell = (v: string) => (/[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A published table as CSV: semicolons and a BOM so Swedish Excel opens it as it is. Hidden cells are "–". */
export function tableCsv(title: string, table: SuppressedTable): string {
  const { header, rows } = publishedRows(table);
  const lines = [
    [title],
    header,
    ...rows,
    [],
    [`Celler med ${hiddenCountRange(table.minCount)}, celler som lämnar ${hiddenCountRange(table.minCount, false)} av kommungruppens ärenden utanför, och celler som annars skulle avslöja dem, visas som –.`],
    // Said here because the missing Totalt row would otherwise look like an omission.
    ...(table.multiResponse ? [["Ett ärende kan räknas på flera rader, så kolumnerna summeras inte."]] : []),
    [MUNICIPALITY_GROUP_NOTE],
  ];
  return `\uFEFF${lines.map((l) => l.map(cell).join(";")).join("\r\n")}\r\n`;
}
