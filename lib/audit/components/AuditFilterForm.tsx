import { INPUT_CLASS } from "@/components/forms/Field";
import type { FieldError } from "@/lib/errors/app-error";
import { AUDIT_OUTCOME_LABELS } from "../labels";
import { AUDIT_KINDS } from "../sentence";

export interface AuditFilterValues {
  typ?: string;
  utfall?: string;
  person?: string;
  fran?: string;
  till?: string;
}

const id = (name: string) => `logg-${name}`;

/** The log's filters as a plain GET form: works without JavaScript, and the URL can be shared. */
export function AuditFilterForm({ values, errors }: { values: AuditFilterValues; errors: FieldError[] }) {
  const errorFor = (name: string) => errors.find((e) => e.path === name)?.message;
  const described = (name: string) => (errorFor(name) ? `${id(name)}-fel` : undefined);
  const error = (name: string) =>
    errorFor(name) ? (
      <p id={`${id(name)}-fel`} className="mt-1 font-semibold text-red-800">
        <span className="sr-only">Fel: </span>
        {errorFor(name)}
      </p>
    ) : null;
  return (
    <form method="get" action="/admin/logg" className="mt-6 rounded border border-slate-300 p-4" aria-labelledby="filter-rubrik">
      <h2 id="filter-rubrik" className="text-lg font-semibold">
        Filtrera
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor={id("typ")} className="block font-semibold">Typ av händelse</label>
          <select id={id("typ")} name="typ" defaultValue={values.typ ?? ""} className={INPUT_CLASS}>
            <option value="">Alla</option>
            {Object.entries(AUDIT_KINDS).map(([value, kind]) => (
              <option key={value} value={value}>{kind.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("utfall")} className="block font-semibold">Utfall</label>
          <select id={id("utfall")} name="utfall" defaultValue={values.utfall ?? ""} className={INPUT_CLASS}>
            <option value="">Alla</option>
            {Object.entries(AUDIT_OUTCOME_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("person")} className="block font-semibold">Person</label>
          <input
            id={id("person")}
            name="person"
            type="search"
            defaultValue={values.person ?? ""}
            className={INPUT_CLASS}
            aria-invalid={errorFor("person") ? true : undefined}
            aria-describedby={[described("person"), `${id("person")}-hint`].filter(Boolean).join(" ")}
          />
          <p id={`${id("person")}-hint`} className="text-sm text-slate-700">Namn eller e-postadress, eller en del av dem.</p>
          {error("person")}
        </div>
        <div>
          <label htmlFor={id("fran")} className="block font-semibold">Från och med</label>
          <input id={id("fran")} name="fran" type="date" defaultValue={values.fran ?? ""} className={INPUT_CLASS} aria-invalid={errorFor("fran") ? true : undefined} aria-describedby={described("fran")} />
          {error("fran")}
        </div>
        <div>
          <label htmlFor={id("till")} className="block font-semibold">Till och med</label>
          <input id={id("till")} name="till" type="date" defaultValue={values.till ?? ""} className={INPUT_CLASS} aria-invalid={errorFor("till") ? true : undefined} aria-describedby={described("till")} />
          {error("till")}
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Visa händelser</button>
        <a href="/admin/logg" className="text-brand-700 underline">Rensa filtren</a>
      </div>
    </form>
  );
}
