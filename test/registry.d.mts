export const TEST_REGISTRY_URL: string;
export function ensureTestRegistry(): Promise<string>;
export function stopTestRegistryIfStarted(pid?: number): Promise<void>;
export function startTestRegistry(): Promise<{ url: string; started: boolean }>;
export function stopTestRegistry(): Promise<boolean>;
