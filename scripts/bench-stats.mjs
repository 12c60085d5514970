// Shared by the bench cases: timing loops and percentiles.
/** The q-quantile (0..1) of `a`, nearest rank. */
export const percentile = (a, q) =>
  [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * q))];
export const median = (a) => percentile(a, 0.5);
export const p95 = (a) => percentile(a, 0.95);

/** `n` timed calls of `fn` after `warm` untimed ones; milliseconds each. */
export async function time(n, warm, fn) {
  for (let i = 0; i < warm; i++) await fn();
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
