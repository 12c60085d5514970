import type { Kafka } from 'kafkajs';
type Encoded = { key: string; value: Buffer };
export type RegistryEncoders = {
  payment(i: number): Encoded;
  shipment(i: number): Encoded;
  user(i: number): Encoded;
};
export const REGISTRY_TOPICS: { topic: string; numPartitions: number }[];
export const PAYMENTS_GROUP: string;
export function registryEncoders(url: string): Promise<RegistryEncoders>;
export function seedRegistryDemo(
  kafka: Kafka,
  url: string,
  opts?: { log?: (m: string) => void },
): Promise<RegistryEncoders>;
export function runRegistryTraffic(
  kafka: Kafka,
  enc: RegistryEncoders,
  opts?: { log?: (m: string) => void },
): Promise<() => Promise<void>>;
