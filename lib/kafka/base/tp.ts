import 'server-only';

/** Map key of a topic-partition. */
export const tpKey = (topic: string, partition: number) => `${topic}\u0000${partition}`;
