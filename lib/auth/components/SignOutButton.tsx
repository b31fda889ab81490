import { signOutAction, signOutEverywhereAction } from "../actions";

/** A plain form, so signing out works without JavaScript too. */
export function SignOutButton({ everywhere = false, className }: { everywhere?: boolean; className?: string }) {
  return (
    <form action={everywhere ? signOutEverywhereAction : signOutAction}>
      <button type="submit" className={className}>
        {everywhere ? "Logga ut från alla enheter" : "Logga ut"}
      </button>
    </form>
  );
}
