import 'server-only';
import { throwIfFailed, type Decoder, type InternalBroker } from '@/lib/kafka/wire/internals';
import { sendRequest } from '@/lib/kafka/wire/send';

// ApiVersions (API 18) v3: kafkajs stops at v2, which lacks the cluster's finalized feature levels (tagged
// field 2 of the response), e.g. share.version: Kafka 4.1 lists the share-group APIs but leaves
// share.version at 0 (off) unless an operator raises it. The response header is v0 at every version.
// Layout: clients/src/main/resources/common/message/ApiVersions{Request,Response}.json (apache/kafka).

const FINALIZED_FEATURES = 2;

function readFinalized(d: Decoder): Record<string, number> {
  const out: Record<string, number> = {};
  d.readUVarIntArray((f) => {
    const name = f.readUVarIntString() ?? '';
    out[name] = f.readInt16(); // MaxVersionLevel
    f.readInt16(); // MinVersionLevel
    f.readTaggedFields();
    return null;
  });
  return out;
}

/** The cluster's finalized feature levels (name -> level); null when the broker answers no v3. */
export async function finalizedFeatures(
  broker: InternalBroker,
  timeoutMs?: number,
): Promise<Record<string, number> | null> {
  const theirs = broker.versions[18];
  if (!theirs || theirs.maxVersion < 3) return null;
  return sendRequest(broker, {
    apiKey: 18,
    apiName: 'ApiVersions',
    versions: [3],
    flexibleFrom: 3,
    plainResponseHeader: true,
    timeoutMs,
    encode: (e) => {
      e.writeUVarIntString('kafscope').writeUVarIntString('1').writeUVarIntBytes();
    },
    decode: (d) => {
      throwIfFailed(d.readInt16());
      d.readUVarIntArray((a) => {
        a.readInt16();
        a.readInt16();
        a.readInt16();
        a.readTaggedFields();
        return null;
      });
      d.readInt32(); // throttle time
      let features: Record<string, number> = {};
      const tags = d.readUVarInt();
      for (let i = 0; i < tags; i++) {
        const tag = d.readUVarInt();
        const size = d.readUVarInt();
        if (tag === FINALIZED_FEATURES) features = readFinalized(d);
        else d.forward(size);
      }
      return features;
    },
  });
}
