export const TEST_INSTANCE: string;
export const TEST_PORT: number;
export const TEST_BROKERS: string;
export function ensureTestBroker(): Promise<{ started: boolean }>;
export function startTestBroker(): Promise<string>;
export function stopTestBroker(): Promise<number>;
