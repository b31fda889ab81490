export function ensureSchemaDiffTool(): void;
export function diffSchemas(options: { from: string | null; to: string; databaseUrl: string }): string;
