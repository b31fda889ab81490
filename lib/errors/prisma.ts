import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "./app-error";

/**
 * Turns the Prisma errors a feature expects into AppErrors with the feature's own Swedish
 * wording. Anything else is rethrown untouched and ends up as an unexpected error.
 */
export function mapPrismaError(error: unknown, messages: { conflict?: string; notFound?: string }): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002" && messages.conflict) throw new AppError("CONFLICT", messages.conflict, { cause: error });
    if (error.code === "P2025" && messages.notFound) throw new AppError("NOT_FOUND", messages.notFound, { cause: error });
  }
  throw error;
}
