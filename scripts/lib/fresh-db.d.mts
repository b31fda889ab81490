export function createFreshDatabase(serverUrl: string, name: string): Promise<string>;
