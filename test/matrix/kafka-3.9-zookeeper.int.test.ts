import { brokerMatrix } from './suite';

// Kafka 3.9 in ZooKeeper mode: no KRaft quorum (the controller comes from Metadata), no KIP-848 groups.
brokerMatrix('3.9-zookeeper', {
  controllerSource: 'metadata',
  kafkaVersion: /^3\.x/,
  lacks: ['quorum', 'consumer-protocol', 'share-groups'],
});
