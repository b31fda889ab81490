// Session and sign-in limits in one place, so tests and docs name the same numbers.

/** A session ends after this long without a request. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
/** A session ends this long after sign-in, however active it is. */
export const ABSOLUTE_LIFETIME_SECONDS = 10 * 60 * 60;
/** Sliding the idle expiry costs a write, so do it at most this often per session. */
export const SESSION_TOUCH_INTERVAL_SECONDS = 60;

/** Sign-in attempts for one e-mail address within the window lock that address (counted before the password is checked; a success gives its attempt back). */
export const EMAIL_MAX_FAILURES = 5;
/** Sign-in attempts from one IP address (any e-mail) within the window lock that address. */
export const IP_MAX_FAILURES = 30;
/**
 * No longer than the lock: an attempt is counted before the lock is checked again, so with a
 * window outlasting the lock, the first attempt after a lock would count into the old window,
 * be refused and lock again.
 */
export const FAILURE_WINDOW_SECONDS = 15 * 60;
export const LOCKOUT_SECONDS = 15 * 60;

/** Invitation links are valid this long and only once. */
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** The public address of the app: BETTER_AUTH_URL, or the local server started by npm start. */
export function appBaseUrl(): string {
  const configured = process.env.BETTER_AUTH_URL ?? process.env.APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  return `http://${process.env.HOST ?? "localhost"}:${process.env.PORT ?? "3000"}`;
}
