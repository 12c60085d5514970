import 'server-only';
import type { ResetOffsetsInput } from '@/lib/schemas/groups';
import type { ResetResult } from '@/lib/types';
import { withKafka } from '@/lib/kafka/base/client';
import { AppError } from '@/lib/http/errors';
import { collectGroup, topicsMetadata, type RawGroup } from './data';
import { createErrorFromCode, failure } from '@/lib/kafka/wire/internals';
import { brokerById, type RawTopic } from '@/lib/kafka/base/metadata';
import { offsetDelete } from '@/lib/kafka/wire/requests/groups';
import { describeOne } from '@/lib/kafka/base/metadata';
import { offsetsAt, watermarks } from '@/lib/kafka/base/offsets';
import { tpKey } from '@/lib/kafka/base/tp';

// Changing a group's offsets from outside the group. Not kafkajs's setOffsets/resetOffsets: they join the
// group to commit (and treat a Dead group as safe). We commit to the coordinator with generation -1 and an
// empty member id, as Java's AdminClient does; Kafka itself refuses that while the group has members.

const ACTIVE_FREE = new Set(['empty', 'dead']);
function blockedReason(grp: RawGroup): string | null {
  if (grp.members.length > 0)
    return `The group has ${grp.members.length} active member${grp.members.length === 1 ? '' : 's'} (state ${grp.state}). Stop its consumers first: offsets can only be changed on an empty group.`;
  if (!ACTIVE_FREE.has(grp.state.toLowerCase()))
    return `The group is ${grp.state}; offsets can only be changed on an empty group.`;
  return null;
}

/** Topics and partitions the reset covers, checked against what the group consumed and what exists. */
async function scopeOf(grp: RawGroup, input: ResetOffsetsInput) {
  const consumed = new Set([...grp.offsets.values()].map((o) => o.topic));
  let described: RawTopic | null = null;
  if (input.topic) {
    described = (await describeOne(input.topic)).topic; // 404 for a topic that does not exist
    if (!consumed.has(input.topic))
      throw new AppError(
        'bad_request',
        `Group "${grp.groupId}" has no committed offsets on topic "${input.topic}"; it never consumed it.`,
      );
  }
  if (!consumed.size) throw new AppError('bad_request', `Group "${grp.groupId}" has no committed offsets.`);
  const meta = described ? [described] : await topicsMetadata([...consumed]);
  if (input.partitions) {
    const have = new Set(meta[0]!.partitionMetadata.map((p) => p.partitionId));
    const bad = input.partitions.filter((p) => !have.has(p));
    if (bad.length)
      throw new AppError(
        'bad_request',
        `Topic "${input.topic}" has no partition ${bad.join(', ')} (it has ${have.size}).`,
      );
  }
  const wm = await watermarks(meta);
  const parts = meta.flatMap((t) =>
    t.partitionMetadata
      .map((p) => p.partitionId)
      .filter((p) => !input.partitions || input.partitions.includes(p))
      .sort((a, b) => a - b)
      .map((partition) => ({ topic: t.topic, partition })),
  );
  return { parts, wm, meta };
}

// POST /api/groups/:group/reset-offsets
export function resetOffsets(groupId: string, input: ResetOffsetsInput): Promise<ResetResult> {
  return withKafka(async () => {
    const { group: grp } = await collectGroup(groupId);
    if (input.to === 'timestamp' && input.timestamp! > Date.now() + 1000)
      throw new AppError(
        'bad_request',
        `The timestamp ${new Date(input.timestamp!).toISOString()} is in the future; no message is there yet.`,
      );
    const { parts, wm, meta } = await scopeOf(grp, input);
    // One ListOffsets by time per leader for every topic in scope, not a call per topic.
    const byTime = input.to === 'timestamp' ? await offsetsAt(meta, input.timestamp!) : null;
    const partitions = parts.map(({ topic, partition }) => {
      const k = tpKey(topic, partition);
      const low = wm.low.get(k) ?? 0;
      const end = wm.high.get(k) ?? 0;
      const current = grp.offsets.get(k)?.offset ?? null;
      let wanted: number;
      switch (input.to) {
        case 'earliest':
          wanted = low;
          break;
        case 'latest':
          wanted = end;
          break;
        case 'timestamp': {
          const o = byTime!.get(k) ?? -1;
          wanted = o < 0 ? end : o;
          break;
        }
        case 'offset':
          wanted = input.offset!;
          if (wanted < low || wanted > end)
            throw new AppError(
              'bad_request',
              `Offset ${wanted} is out of range for ${topic} partition ${partition}: it holds offsets ${low} to ${end}.`,
            );
          break;
        case 'shift':
          wanted = (current ?? low) + input.shift!;
          break;
      }
      const target = Math.min(end, Math.max(low, wanted));
      return {
        topic,
        partition,
        current,
        target,
        low,
        end,
        lagAfter: end - target,
        clamped: target !== wanted,
      };
    });
    const blocked = blockedReason(grp);
    if (input.apply) {
      if (blocked) throw new AppError('conflict', blocked);
      const broker = await brokerById(grp.coordinator);
      const topics = [...new Set(partitions.map((p) => p.topic))].map((topic) => ({
        topic,
        partitions: partitions
          .filter((p) => p.topic === topic)
          .map((p) => ({ partition: p.partition, offset: String(p.target) })),
      }));
      await broker.offsetCommit({ groupId, groupGenerationId: -1, memberId: '', retentionTime: -1, topics });
    }
    return { groupId, applied: input.apply, blocked, partitions };
  });
}

// DELETE /api/groups/:group
export function deleteGroup(groupId: string): Promise<{ deleted: string }> {
  return withKafka(async () => {
    const { group: grp } = await collectGroup(groupId);
    const blocked = blockedReason(grp);
    if (blocked) throw new AppError('conflict', blocked.replace('offsets can only be changed on', 'only'));
    const broker = await brokerById(grp.coordinator);
    const { results } = await broker.deleteGroups([groupId]);
    const r = results.find((x) => x.groupId === groupId);
    if (r && failure(r.errorCode)) throw createErrorFromCode(r.errorCode);
    return { deleted: groupId };
  });
}

// DELETE /api/groups/:group/offsets?topic=
export function deleteTopicOffsets(groupId: string, topic: string) {
  return withKafka(async () => {
    const { group: grp } = await collectGroup(groupId);
    const partitions = [...grp.offsets.values()].filter((o) => o.topic === topic).map((o) => o.partition);
    if (!partitions.length)
      throw new AppError('bad_request', `Group "${groupId}" has no committed offsets on topic "${topic}".`);
    const broker = await brokerById(grp.coordinator);
    const res = await offsetDelete(broker, groupId, [{ topic, partitions }]);
    const bad = res.find((r) => failure(r.errorCode));
    if (bad) throw createErrorFromCode(bad.errorCode);
    return { groupId, topic, partitions: partitions.sort((a, b) => a - b) };
  });
}
