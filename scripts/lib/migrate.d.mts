import type pg from "pg";

export const migrationsDir: string;
export class MigrationError extends Error {}
export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}
export function listMigrations(dir?: string): MigrationFile[];
export function ensureMigrationsTable(client: pg.Client | pg.PoolClient): Promise<void>;
export function applyMigration(client: pg.Client | pg.PoolClient, migration: MigrationFile): Promise<void>;
export function withMigrationLock<T>(client: pg.Client | pg.PoolClient, work: () => Promise<T>): Promise<T>;
export function migrate(databaseUrl: string, options?: { dir?: string; log?: (line: string) => void }): Promise<string[]>;
export function pendingMigrations(client: pg.Client | pg.PoolClient, dir?: string): Promise<string[]>;
