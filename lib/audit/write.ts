import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditOutcome } from "@/lib/db/generated/enums";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { withoutUnsafeCharacters } from "@/lib/format/safe-text";

type Db = Pick<typeof prisma, "auditLog"> | Prisma.TransactionClient;

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  /** A case id; anything else a caller passes (a guessed or malformed id) is kept in details. */
  caseId?: unknown;
  /** Structured facts; never passwords or tokens. */
  details?: unknown;
  /** For sign-in attempts, where there is no actor yet but an e-mail address. */
  email?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OUTCOMES = new Set<string>(["SUCCESS", "FAILURE", "DENIED"]);
const MAX_DEPTH = 6;
const MAX_ITEMS = 50;
const MAX_STRING = 2_000;

/** A string PostgreSQL will store: unsafe characters replaced, length capped. */
function text(value: string, max = MAX_STRING): string {
  // A cut through a surrogate pair leaves a lone half, which the replacement then removes.
  return withoutUnsafeCharacters(value.length > max ? `${value.slice(0, max)}…` : value);
}

/**
 * A JSON value that can always be stored: bounded depth, breadth and string length, no
 * NUL or lone surrogate, no functions, cycles or non-finite numbers. Refusals record what
 * an attacker sent, so the details are whatever arrived.
 */
export function auditSafeJson(value: unknown, depth = 0): Prisma.InputJsonValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return text(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return value;
  if (typeof value === "bigint") return text(value.toString());
  if (typeof value !== "object") return `[${typeof value}]`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => auditSafeJson(item, depth + 1));
    if (value.length > MAX_ITEMS) items.push(`[${value.length - MAX_ITEMS} more]`);
    return items;
  }
  const out: Record<string, Prisma.InputJsonValue | null> = {};
  let count = 0;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return "[unreadable]";
  }
  for (const key of keys) {
    if (count++ >= MAX_ITEMS) {
      out["[more]"] = `${keys.length - MAX_ITEMS} more keys`;
      break;
    }
    let item: unknown;
    try {
      item = (value as Record<string, unknown>)[key];
    } catch {
      item = "[unreadable]";
    }
    out[text(key, 200)] = auditSafeJson(item, depth + 1);
  }
  return out;
}

function summarize(value: unknown): string {
  if (typeof value === "string") return text(value, 100);
  try {
    return text(`${typeof value}: ${JSON.stringify(auditSafeJson(value))}`, 100);
  } catch {
    return typeof value;
  }
}

/**
 * Appends one entry to the audit log. Pass the transaction client when the entry belongs
 * to a change, so the change and its entry are written together or not at all. Whatever
 * the entry holds (a refusal records what a caller sent), it is made storable first: the
 * only way this fails is the database itself failing.
 */
export async function writeAudit(actor: Actor, entry: AuditEntry, db: Db = prisma): Promise<void> {
  const rawCaseId = entry.caseId;
  // A guessed case id in a URL may not even be a UUID; keep it, but in details.
  const caseId = typeof rawCaseId === "string" && UUID.test(rawCaseId) ? rawCaseId.toLowerCase() : null;
  let details = auditSafeJson(entry.details ?? {});
  if (details === null || typeof details !== "object" || Array.isArray(details)) details = { value: details };
  if (rawCaseId !== undefined && rawCaseId !== null && rawCaseId !== "" && !caseId) {
    details = { ...(details as Record<string, Prisma.InputJsonValue>), requestedCaseId: summarize(rawCaseId) };
  }
  const user = actor?.kind === "user" ? actor : null;
  const email = user ? user.email : typeof entry.email === "string" ? text(entry.email, 320) : null;
  await db.auditLog.create({
    data: {
      actorUserId: user && UUID.test(user.userId) ? user.userId : null,
      actorEmail: email,
      action: text(String(entry.action), 100),
      caseId,
      outcome: OUTCOMES.has(entry.outcome) ? entry.outcome : "FAILURE",
      details: details as Prisma.InputJsonValue,
    },
  });
}

// Errors whose refusal has already been written to the audit log (a denial, a failed
// sign-in), so the action boundary does not write a second entry for them.
const audited = new WeakSet<object>();

export function markAudited<E extends object>(error: E): E {
  audited.add(error);
  return error;
}

export function wasAudited(error: unknown): boolean {
  return typeof error === "object" && error !== null && audited.has(error);
}
