import { DateTime } from "@/components/DateTime";
import { AUDIT_OUTCOME_LABELS, auditActionLabel } from "../labels";

interface Entry {
  id: string;
  at: Date;
  actorEmail: string | null;
  action: string;
  caseId: string | null;
  outcome: keyof typeof AUDIT_OUTCOME_LABELS;
  details: unknown;
}

function summary(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const text = JSON.stringify(details);
  return text === "{}" ? "" : text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function AuditTable({ entries, caption, showCase = false }: { entries: Entry[]; caption: string; showCase?: boolean }) {
  if (entries.length === 0) return <p className="mt-4">Loggen är tom.</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">Tid</th>
            <th scope="col" className="py-2 pr-4">Vem</th>
            <th scope="col" className="py-2 pr-4">Händelse</th>
            <th scope="col" className="py-2 pr-4">Utfall</th>
            {showCase ? <th scope="col" className="py-2 pr-4">Ärende</th> : null}
            <th scope="col" className="py-2">Detaljer</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-300 align-top">
              <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={entry.at} /></td>
              <td className="py-2 pr-4">{entry.actorEmail ?? "Inte inloggad"}</td>
              <td className="py-2 pr-4">{auditActionLabel(entry.action)}</td>
              <td className="py-2 pr-4">{AUDIT_OUTCOME_LABELS[entry.outcome]}</td>
              {showCase ? <td className="py-2 pr-4 font-mono text-xs">{entry.caseId ?? "–"}</td> : null}
              <td className="py-2 font-mono text-xs break-all">{summary(entry.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
