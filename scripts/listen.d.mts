export function listenHost(env: Record<string, string | undefined>): string;
export function listenNote(host: string, env: Record<string, string | undefined>): string;
