import 'server-only';
import { ConfigResourceTypes } from 'kafkajs';
import type { AlterConfigsInput, ConfigEntry, ConfigList, ConfigSource } from '@/lib/schemas/configs';
import { getAdmin, kafkaConfig, withKafka } from '@/lib/kafka/base/client';
import { AppError } from '@/lib/http/errors';
import { toAppError } from '@/lib/kafka/base/errors';
import type { InternalBroker } from '@/lib/kafka/wire/internals';
import { brokerById, fetchMetadata } from '@/lib/kafka/base/metadata';
import { incrementalAlterConfigs, type ConfigOp } from '@/lib/kafka/wire/requests/incremental-alter-configs';
import { describeOne } from '@/lib/kafka/base/metadata';
import { forgetCleanupPolicy } from '@/lib/kafka/base/cleanup-policy';

// Topic and broker configs. Reading uses DescribeConfigs (kafkajs); writing uses IncrementalAlterConfigs,
// which changes only the named configs. kafkajs's alterConfigs would replace EVERY dynamic config of the
// resource, silently wiping the ones not sent.

export type ResourceType = 'topic' | 'broker';

// DescribeConfigs ConfigSource (v1+).
const SOURCES: Record<number, ConfigSource> = {
  1: 'topic',
  2: 'broker',
  3: 'cluster',
  4: 'static',
  5: 'default',
};

type RawEntry = {
  configName: string;
  configValue: string | null;
  readOnly: boolean;
  isSensitive: boolean;
  configSource?: number;
  isDefault?: boolean;
};

async function describe(type: ResourceType, name: string): Promise<ConfigEntry[]> {
  const admin = await getAdmin();
  const res = await admin.describeConfigs({
    includeSynonyms: false,
    // No configNames: kafkajs sends an empty list, which Kafka answers with every config.
    resources: [{ type: type === 'topic' ? ConfigResourceTypes.TOPIC : ConfigResourceTypes.BROKER, name }],
  });
  const entries = (res.resources[0]?.configEntries ?? []) as RawEntry[];
  return entries
    .map((e) => {
      const source = SOURCES[e.configSource ?? -1] ?? 'other';
      return {
        name: e.configName,
        // Kafka never sends sensitive values; make sure nothing that looks like one leaves the server either.
        value: e.isSensitive ? null : e.configValue,
        source,
        isDefault: source === 'default' || e.isDefault === true,
        readOnly: e.readOnly,
        sensitive: e.isSensitive,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Resolve the resource (404 when absent) and the broker an alter request must go to. */
async function target(type: ResourceType, name: string): Promise<InternalBroker> {
  if (type === 'topic') return (await describeOne(name)).broker;
  const { meta } = await fetchMetadata();
  if (!meta.brokers.some((b) => String(b.nodeId) === name))
    throw new AppError('not_found', `Broker ${name} is not part of this cluster.`);
  // Per-broker dynamic configs must be sent to that broker.
  return brokerById(Number(name));
}

const notFoundWording = (type: ResourceType, name: string) =>
  type === 'topic' ? `Topic "${name}" does not exist.` : `Broker ${name} is not part of this cluster.`;

/**
 * The configs once the change shows: the controller commits it, then each broker applies it from the
 * metadata log a moment later, so an immediate DescribeConfigs can still show the old value. Polls up to ~5 s.
 */
async function applied(type: ResourceType, name: string, input: AlterConfigsInput): Promise<ConfigEntry[]> {
  const until = Date.now() + 5000;
  for (;;) {
    const configs = await describe(type, name);
    const byName = new Map(configs.map((c) => [c.name, c]));
    const done =
      Object.entries(input.set).every(([n, v]) => {
        const c = byName.get(n);
        return !c || c.sensitive || c.value === v;
      }) && input.reset.every((n) => byName.get(n)?.source !== type);
    if (done || Date.now() > until) return configs;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// GET /api/topics/:topic/configs, GET /api/brokers/:id/configs
export function getConfigs(type: ResourceType, name: string): Promise<ConfigList> {
  return withKafka(async () => {
    if (type === 'broker') await target(type, name);
    try {
      return { resource: { type, name }, configs: await describe(type, name) };
    } catch (e) {
      const err = toAppError(e);
      throw err.code === 'not_found' ? new AppError('not_found', notFoundWording(type, name)) : err;
    }
  });
}

// PATCH /api/topics/:topic/configs, PATCH /api/brokers/:id/configs
export function alterConfigs(
  type: ResourceType,
  name: string,
  input: AlterConfigsInput,
): Promise<ConfigList> {
  return withKafka(async () => {
    const broker = await target(type, name);
    const ops: ConfigOp[] = [
      ...Object.entries(input.set).map(([n, value]) => ({ name: n, op: 'set' as const, value })),
      ...input.reset.map((n) => ({ name: n, op: 'delete' as const })),
    ];
    const resource = { type, name };
    const { requestTimeoutMs: timeoutMs } = kafkaConfig();
    try {
      // Validate the whole change first, so a bad value among several leaves everything as it was.
      await incrementalAlterConfigs(broker, resource, ops, { validateOnly: true, timeoutMs });
      await incrementalAlterConfigs(broker, resource, ops, { timeoutMs });
    } catch (e) {
      const err = toAppError(e);
      throw err.code === 'not_found' ? new AppError('not_found', notFoundWording(type, name)) : err;
    }
    if (type === 'topic') forgetCleanupPolicy(name);
    return { resource, configs: await applied(type, name, input) };
  });
}
