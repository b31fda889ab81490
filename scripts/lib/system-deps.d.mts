export const SYSTEM_TOOLS: Record<string, unknown>;
export function ensureSystemTools(
  names: string[],
  options?: { env?: Record<string, string | undefined>; log?: (line: string) => void; run?: unknown; isRoot?: boolean },
): string | null;
