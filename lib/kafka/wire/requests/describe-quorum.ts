import 'server-only';
import { throwIfFailed, type Decoder, type InternalBroker } from '@/lib/kafka/wire/internals';
import { sendRequest } from '@/lib/kafka/wire/send';

// DescribeQuorum (API 55), flexible from v0. Under KRaft, Metadata names a random broker as "controller";
// the metadata quorum's leader is the real active controller. Brokers forward this to the controllers.
// Layout: clients/src/main/resources/common/message/DescribeQuorum{Request,Response}.json (apache/kafka).

export type QuorumInfo = { leaderId: number; leaderEpoch: number; voters: number[]; observers: number[] };

function decodeReplica(d: Decoder) {
  const id = d.readInt32();
  d.readInt64(); // log end offset
  d.readTaggedFields();
  return id;
}

export async function describeQuorum(broker: InternalBroker, timeoutMs: number): Promise<QuorumInfo> {
  const r = await sendRequest(broker, {
    apiKey: 55,
    apiName: 'DescribeQuorum',
    versions: [0],
    flexibleFrom: 0,
    timeoutMs,
    encode: (e, _v, sub) => {
      const partition = sub().writeInt32(0).writeUVarIntBytes();
      const topic = sub()
        .writeUVarIntString('__cluster_metadata')
        .writeUVarIntArray([partition])
        .writeUVarIntBytes();
      e.writeUVarIntArray([topic]).writeUVarIntBytes();
    },
    decode: (d) => {
      const errorCode = d.readInt16();
      const topics = d.readUVarIntArray((t) => {
        const name = t.readUVarIntString();
        const partitions = t.readUVarIntArray((p) => {
          const partition = {
            index: p.readInt32(),
            errorCode: p.readInt16(),
            leaderId: p.readInt32(),
            leaderEpoch: p.readInt32(),
            highWatermark: p.readInt64(),
            voters: p.readUVarIntArray(decodeReplica),
            observers: p.readUVarIntArray(decodeReplica),
          };
          p.readTaggedFields();
          return partition;
        });
        t.readTaggedFields();
        return { name, partitions };
      });
      return { errorCode, topics };
    },
  });
  throwIfFailed(r.errorCode);
  const p = r.topics[0]?.partitions[0];
  if (!p) throw new Error('DescribeQuorum answered without the metadata partition');
  throwIfFailed(p.errorCode);
  return { leaderId: p.leaderId, leaderEpoch: p.leaderEpoch, voters: p.voters, observers: p.observers };
}
