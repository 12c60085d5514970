import 'server-only';
import {
  DecoderClass,
  EncoderClass,
  createErrorFromCode,
  failure,
  pickVersion,
  type Decoder,
  type InternalBroker,
} from '@/lib/kafka/wire/internals';

// DescribeQuorum (API 55), flexible from v0. Under KRaft, Metadata names a random broker as "controller";
// the metadata quorum's leader is the real active controller. Brokers forward this to the controllers.
// Layout: clients/src/main/resources/common/message/DescribeQuorum{Request,Response}.json (apache/kafka).
const API_KEY = 55;

export type QuorumInfo = { leaderId: number; leaderEpoch: number; voters: number[]; observers: number[] };

function decodeReplica(d: Decoder) {
  const id = d.readInt32();
  d.readInt64(); // log end offset
  d.readTaggedFields();
  return id;
}

export async function describeQuorum(broker: InternalBroker, timeoutMs: number): Promise<QuorumInfo> {
  const apiVersion = pickVersion(broker, API_KEY, [0], 'DescribeQuorum');
  const result = await broker.connectionPool.send({
    requestTimeout: timeoutMs,
    request: {
      apiKey: API_KEY,
      apiVersion,
      apiName: 'DescribeQuorum',
      encode: async () => {
        const partition = new EncoderClass().writeInt32(0).writeUVarIntBytes();
        const topic = new EncoderClass()
          .writeUVarIntString('__cluster_metadata')
          .writeUVarIntArray([partition])
          .writeUVarIntBytes();
        // Leading empty tagged fields: kafkajs writes request header v1, the flexible header's tags go here.
        return new EncoderClass().writeUVarIntBytes().writeUVarIntArray([topic]).writeUVarIntBytes();
      },
    },
    response: {
      decode: async (raw: Buffer) => {
        const d = new DecoderClass(raw);
        d.readTaggedFields();
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
      parse: async (data) => {
        const r = data as { errorCode: number; topics: { partitions: { errorCode: number }[] }[] };
        if (failure(r.errorCode)) throw createErrorFromCode(r.errorCode);
        const p = r.topics[0]?.partitions[0];
        if (p && failure(p.errorCode)) throw createErrorFromCode(p.errorCode);
        return data;
      },
    },
  });
  const r = result as {
    topics: {
      partitions: { leaderId: number; leaderEpoch: number; voters: number[]; observers: number[] }[];
    }[];
  };
  const p = r.topics[0]?.partitions[0];
  if (!p) throw new Error('DescribeQuorum answered without the metadata partition');
  return { leaderId: p.leaderId, leaderEpoch: p.leaderEpoch, voters: p.voters, observers: p.observers };
}
