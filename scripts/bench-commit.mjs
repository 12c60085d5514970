// Shared by the bench cases: commit offsets for many groups the way an admin tool does (generation -1, no
// member). kafkajs's admin.setOffsets joins each group, which takes seconds per group.
export async function offsetCommitter(kafka) {
  const sym = Object.getOwnPropertySymbols(kafka).find(
    (s) => s.description === 'private:Kafka:createCluster',
  );
  const cluster = kafka[sym]({});
  await cluster.connect();
  /** Commit `topics` ([{ topic, partitions: [{ partition, offset }] }]) for `groupId`. */
  const commit = async (groupId, topics) => {
    // On a new broker the offsets topic is still being created and loaded: retry until its coordinators answer.
    for (let attempt = 0; ; attempt++) {
      try {
        const broker = await cluster.findGroupCoordinator({ groupId });
        return await broker.offsetCommit({
          groupId,
          groupGenerationId: -1,
          memberId: '',
          retentionTime: -1,
          topics,
        });
      } catch (e) {
        if (!e.retriable || attempt > 40) throw e;
        await cluster.refreshMetadata();
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  return { commit, close: () => cluster.disconnect() };
}
