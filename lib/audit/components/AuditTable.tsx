import { DateTime } from "@/components/DateTime";
import { TableScroll } from "@/components/TableScroll";
import { AUDIT_OUTCOME_LABELS } from "../labels";

interface Entry {
  id: string;
  at: Date;
  outcome: keyof typeof AUDIT_OUTCOME_LABELS;
  /** From auditSentence: who did what, with names and case titles. */
  sentence: string;
}

const OUTCOME_CLASS: Record<Entry["outcome"], string> = {
  SUCCESS: "text-slate-800",
  FAILURE: "font-semibold text-amber-900",
  DENIED: "font-semibold text-red-800",
};

export function AuditTable({ entries, caption, empty = "Loggen är tom." }: { entries: Entry[]; caption: string; empty?: string }) {
  if (entries.length === 0) return <p className="mt-4">{empty}</p>;
  return (
    <TableScroll label={caption} className="mt-4">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">Tid</th>
            <th scope="col" className="py-2 pr-4">Händelse</th>
            <th scope="col" className="py-2">Utfall</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-300 align-top">
              <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={entry.at} /></td>
              <td className="py-2 pr-4">{entry.sentence}</td>
              <td className={`py-2 ${OUTCOME_CLASS[entry.outcome]}`}>{AUDIT_OUTCOME_LABELS[entry.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
