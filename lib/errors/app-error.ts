// The project's one error type: a stable code for code and tests, a Swedish message for
// the user. Anything else that is thrown is unexpected and reaches the user only as
// GENERIC_ERROR_MESSAGE (see toUserMessage), while the log gets it in full.

export type AppErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

export interface FieldError {
  /** Dotted path of the field, e.g. "economy.costShares.1.percent". */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: FieldError[];

  constructor(code: AppErrorCode, userMessage: string, options: { fieldErrors?: FieldError[]; cause?: unknown } = {}) {
    super(`${code}: ${userMessage}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = options.fieldErrors ?? [];
  }
}

export const GENERIC_ERROR_MESSAGE = "Något gick fel hos oss. Försök igen om en stund. Om felet finns kvar, kontakta support.";

export function toUserMessage(error: unknown): string {
  return error instanceof AppError ? error.userMessage : GENERIC_ERROR_MESSAGE;
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};
