export function portIsFree(port: number, host?: string): Promise<boolean>;
export function freePort(): Promise<number>;
