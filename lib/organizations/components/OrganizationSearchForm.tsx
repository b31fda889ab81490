import { INPUT_CLASS } from "@/components/forms/Field";
import { ORGANIZATION_SEARCH_MAX } from "../schemas";

/**
 * The search of the system admin's organisation list: a GET form to /admin/organisationer with
 * its own button, so it works without JavaScript. Keyed by the search, as the field's default
 * is read when it mounts (a link to another search must mount it again).
 */
export function OrganizationSearchForm({ q = "" }: { q?: string }) {
  return (
    <form key={q} method="get" action="/admin/organisationer" role="search" aria-label="Sök organisationer" className="mt-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="sok-organisation" className="block font-semibold">Sök på namn eller kommunkod</label>
        <p id="sok-organisation-tips" className="text-sm text-slate-700">En del av namnet räcker. Länskod och organisationsnummer går också.</p>
        <input id="sok-organisation" name="q" type="search" defaultValue={q} maxLength={ORGANIZATION_SEARCH_MAX} aria-describedby="sok-organisation-tips" className={INPUT_CLASS} />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Sök</button>
    </form>
  );
}
