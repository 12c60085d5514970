import 'server-only';
import type { ApiVersions } from '@/lib/kafka/wire/internals';

// Kafka does not report its version over the protocol; ApiVersions fingerprints it. Markers used:
// - Kafka 4.0 removed Fetch v0-v3 (KIP-896), so Fetch min >= 4 means 4.x.
// - Kafka 4.1 answers Produce up to v13 (seen on 4.1.2); 4.0 stops at v12.
// Anything else is reported as a range, never a guess.
export function kafkaVersionFromApis(v: ApiVersions): string | null {
  const produce = v[0];
  const fetch = v[1];
  if (!produce || !fetch) return null;
  if (fetch.minVersion >= 4) {
    if (produce.maxVersion >= 13) return '4.1 or later';
    if (produce.maxVersion === 12) return '4.0';
    return '4.x';
  }
  return '3.x or earlier';
}
