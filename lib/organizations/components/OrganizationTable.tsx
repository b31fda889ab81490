import Link from "@/components/Link";
import { TableScroll } from "@/components/TableScroll";
import type { OrganizationType } from "@/lib/db/generated/enums";
import { ORGANIZATION_TYPE_LABELS } from "../schemas";

export interface OrganizationRow {
  id: string;
  name: string;
  type: OrganizationType;
  officialCode: string | null;
  people: number;
  owned: number;
  participating: number;
}

/** Organisations with their people and cases, each linking to its page; the admin start page and the system admin's list. */
export function OrganizationTable({ organizations, caption }: { organizations: OrganizationRow[]; caption: string }) {
  return (
    <>
      <TableScroll label={caption} className="mt-4">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">Namn</th>
              <th scope="col" className="py-2 pr-4">Typ</th>
              <th scope="col" className="py-2 pr-4">Kod</th>
              <th scope="col" className="py-2 pr-4 text-right">Personer</th>
              <th scope="col" className="py-2 pr-4 text-right">Egna ärenden</th>
              <th scope="col" className="py-2 text-right">Deltar i</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((org) => (
              <tr key={org.id} className="border-b border-slate-300">
                <td className="py-2 pr-4">
                  <Link href={`/admin/organisationer/${org.id}`} className="text-brand-700 underline">{org.name}</Link>
                </td>
                <td className="py-2 pr-4">{ORGANIZATION_TYPE_LABELS[org.type]}</td>
                <td className="py-2 pr-4">{org.officialCode ?? "–"}</td>
                <td className="py-2 pr-4 text-right">{org.people}</td>
                <td className="py-2 pr-4 text-right">{org.owned}</td>
                <td className="py-2 text-right">{org.participating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="mt-2 text-sm text-slate-700">
        ”Deltar i” räknar ärenden som en annan organisation äger och där någon deltar för organisationens räkning, efter en inbjudan till ärendet.
      </p>
    </>
  );
}
