export function startTestDb(): Promise<{ url: string; stop: () => Promise<void> }>;
