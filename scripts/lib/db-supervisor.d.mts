export interface SupervisedDb {
  url: string;
  child: () => import("node:child_process").ChildProcess;
  stop: () => Promise<void>;
}
export function superviseEmbeddedDb(options?: { env?: NodeJS.ProcessEnv; log?: (line: string) => void }): Promise<SupervisedDb>;
