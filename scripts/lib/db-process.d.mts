export interface EmbeddedDb {
  url: string;
  stop: () => Promise<void>;
}
export function startEmbeddedDb(env?: NodeJS.ProcessEnv): Promise<EmbeddedDb>;
export class DbStartError extends Error {}
