export const projectRoot: string;
export class ConfigError extends Error {}
export function readPort(value: string | undefined, fallback: number, name: string): number;
export interface EmbeddedDbConfig {
  dataDir: string;
  port: number;
  user: string;
  password: string;
  database: string;
}
export function embeddedDbConfig(env?: Record<string, string | undefined>): EmbeddedDbConfig;
export function embeddedUrl(cfg: EmbeddedDbConfig, database?: string): string;
export function withDatabase(url: string, database: string): string;
