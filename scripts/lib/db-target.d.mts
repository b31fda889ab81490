export interface TargetDatabase {
  url: string;
  describe: string;
  stop: () => Promise<void>;
}
export function openTargetDatabase(options?: { log?: (line: string) => void }): Promise<TargetDatabase>;
