import type { Kafka } from 'kafkajs';
export const DEMO_TOPICS: { topic: string; numPartitions: number }[];
export const SLOW_GROUP: string;
export const FAST_GROUP: string;
export function order(i: number): { key: string; value: string; headers: Record<string, string> };
export function seedDemo(kafka: Kafka, opts?: { log?: (m: string) => void }): Promise<string[]>;
export function runDemoTraffic(
  kafka: Kafka,
  opts?: { log?: (m: string) => void },
): Promise<() => Promise<void>>;
