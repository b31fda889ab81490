import * as z from "zod/mini";

// Plain module: the one e-mail address field of every form (sign-in, case and organisation
// invitations), in the browser and on the server alike.

/** RFC 5321's limit on an address that mail can be sent to; a walk invited a 318-character one. */
export const MAX_EMAIL = 254;

/** An e-mail address, trimmed; `missing` is what an empty field is told. */
export function emailField(missing: string) {
  return z.pipe(
    z.string().check(z.trim(), z.minLength(1, missing), z.maxLength(MAX_EMAIL, `E-postadressen får vara högst ${MAX_EMAIL} tecken.`)),
    z.email("Ange en giltig e-postadress, till exempel namn@kommun.se."),
  );
}
