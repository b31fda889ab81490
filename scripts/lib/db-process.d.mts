export interface EmbeddedDb {
  url: string;
  stop: () => Promise<void>;
  child: import("node:child_process").ChildProcess;
}
export function startEmbeddedDb(env?: NodeJS.ProcessEnv): Promise<EmbeddedDb>;
export class DbStartError extends Error {}
