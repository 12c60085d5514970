import { brokerMatrix } from './suite';

// Kafka 3.9 in KRaft mode: a quorum to describe; KIP-848 only as early access (group.version not
// finalized), no share groups.
brokerMatrix('3.9-kraft', {
  controllerSource: 'quorum',
  kafkaVersion: /^3\.x/,
  lacks: ['consumer-protocol', 'share-groups'],
});
