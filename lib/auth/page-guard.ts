import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";

/**
 * Runs a page's loader (which checks the permission table) and turns a refusal into the
 * page response: sign-in for anonymous visitors, "not found" for everyone else, so a
 * guessed URL does not even reveal that the page or case exists.
 */
export async function guardPage<T>(path: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "UNAUTHENTICATED") redirect(`/logga-in?next=${encodeURIComponent(path)}`);
      if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}
