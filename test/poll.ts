import { vi } from 'vitest';

// The one way integration tests wait for something to become true: vi.waitFor, asked again every
// `interval` ms. It answers the value once `ok` holds; after `timeout` it answers the last value seen (or
// throws the last error), so the test's own expect says what was wrong, not "timed out".

export async function pollUntil<T>(
  fn: () => Promise<T> | T,
  ok: (value: T) => boolean,
  { timeout = 20_000, interval = 250 }: { timeout?: number; interval?: number } = {},
): Promise<T> {
  let last: { value: T } | null = null;
  try {
    return await vi.waitFor(
      async () => {
        const value = await fn();
        last = { value };
        if (!ok(value)) throw new Error('not yet');
        return value;
      },
      { timeout, interval },
    );
  } catch (e) {
    if (last) return (last as { value: T }).value;
    throw e;
  }
}
