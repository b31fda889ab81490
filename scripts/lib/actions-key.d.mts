export const ACTIONS_KEY_ENV: string;
export function serverActionsKey(env?: Record<string, string | undefined>, file?: string): { key: string; source: string };
