import { FocusedStatus } from "@/components/FocusedStatus";

const NOTICE_CLASS = "mt-6 rounded border-l-8 border-green-700 bg-green-50 p-4";

/**
 * The announcement after a deactivation (the page is reached by redirect with ?inaktiverad=<id>).
 * It names the cases' history, which every member sees, not the system log an organisation admin
 * cannot open (a walk followed the hint and got "Sidan finns inte").
 */
export function DeactivatedNotice({ name }: { name: string | null }) {
  if (!name) return null;
  return (
    <FocusedStatus className={NOTICE_CLASS}>
      <p className="font-semibold text-green-900">{name} är inaktiverad och har loggats ut överallt.</p>
      <p className="mt-1">Personen kan inte logga in förrän kontot aktiveras igen. Allt personen har gjort finns kvar i ärendena och i deras historik.</p>
    </FocusedStatus>
  );
}

/** The announcement after a reactivation (the page is reached by redirect with ?aktiverad=<id>). */
export function ReactivatedNotice({ name }: { name: string | null }) {
  if (!name) return null;
  return (
    <FocusedStatus className={NOTICE_CLASS}>
      <p className="font-semibold text-green-900">{name} är aktiv igen.</p>
      <p className="mt-1">Personen kan logga in med sitt tidigare lösenord och har samma roller i organisationer och ärenden som innan kontot inaktiverades.</p>
    </FocusedStatus>
  );
}
