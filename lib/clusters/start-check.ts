import { readClustersFile } from './file';

/**
 * The server's start (instrumentation.ts, Node runtime only): a clusters file (KAFSCOPE_CONFIG) with errors
 * stops the server here, each error with its path, before anything listens (issue 19).
 */
export function checkClustersFileAtStart() {
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
