// Next calls register() once when the server starts. A clusters file (KAFSCOPE_CONFIG) with errors stops the
// server here, each error with its path, before anything listens (issue 19). lib/clusters/file.ts is pure, so
// it loads outside the server-component bundle.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { readClustersFile } = await import('./lib/clusters/file');
  const r = readClustersFile();
  if (r && !r.ok) {
    console.error(`[kafscope] KAFSCOPE_CONFIG is not valid:\n  ${r.errors.join('\n  ')}`);
    process.exit(1);
  }
  if (r && process.env.KAFKA_BROKERS)
    console.warn(
      '[kafscope] KAFSCOPE_CONFIG lists the clusters: KAFKA_BROKERS and the other cluster env settings are not used.',
    );
}
