/** Where the lag history comes from: this server's memory, since it started sampling. */
export function HistoryNote({ since, intervalMs }: { since: number | null; intervalMs: number }) {
  if (since === null) return null;
  const at = new Date(since);
  return (
    <span title={at.toString()}>
      Lag history since {at.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}, when this server
      started sampling (every {Math.round(intervalMs / 1000)} s, kept in memory).
    </span>
  );
}
