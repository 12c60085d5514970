import { brokerMatrix } from './suite';

// Kafka 4.1 (KRaft only since 4.0): share groups are a preview that is off unless share.version is set.
brokerMatrix('4.1-kraft', {
  controllerSource: 'quorum',
  kafkaVersion: /^4\.1 or later$/,
  lacks: ['share-groups'],
});
