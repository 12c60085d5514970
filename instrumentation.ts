// Next calls register() once when the server starts: the clusters file is checked there
// (lib/clusters/start-check.ts, which loads outside the server-component bundle: it is pure).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs')
    (await import('./lib/clusters/start-check')).checkClustersFileAtStart();
}
