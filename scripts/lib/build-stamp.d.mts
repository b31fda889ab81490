export function sourceHash(): string;
export function buildIsCurrent(hash: string): boolean;
export function writeBuildStamp(hash: string): void;
