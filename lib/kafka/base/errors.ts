import 'server-only';
import type { ErrorCode } from '@/lib/schemas/error';
import { AppError } from '@/lib/http/errors';

// Kafka protocol error types (kafkajs `error.type`) -> our codes and wording.
const protocol: Record<string, [ErrorCode, string?]> = {
  UNKNOWN_TOPIC_OR_PARTITION: ['not_found', 'The topic or partition does not exist.'],
  UNKNOWN_TOPIC_ID: ['not_found', 'The topic does not exist.'],
  GROUP_ID_NOT_FOUND: ['not_found', 'The consumer group does not exist.'],
  TOPIC_ALREADY_EXISTS: ['conflict', 'A topic with this name already exists.'],
  NON_EMPTY_GROUP: ['conflict', 'The consumer group still has active members.'],
  REBALANCE_IN_PROGRESS: ['conflict', 'The consumer group is rebalancing; try again.'],
  // Offsets committed "from outside" (generation -1) are refused while the group has members.
  UNKNOWN_MEMBER_ID: ['conflict', 'The consumer group has active members; stop them first.'],
  ILLEGAL_GENERATION: ['conflict', 'The consumer group has active members; stop them first.'],
  STALE_MEMBER_EPOCH: ['conflict', 'The consumer group has active members; stop them first.'],
  GROUP_SUBSCRIBED_TO_TOPIC: [
    'conflict',
    'A member of the consumer group is subscribed to this topic; stop the group first.',
  ],
  INVALID_TOPIC_EXCEPTION: ['bad_request'],
  INVALID_PARTITIONS: ['bad_request'],
  INVALID_REPLICATION_FACTOR: ['bad_request'],
  INVALID_REPLICA_ASSIGNMENT: ['bad_request'],
  INVALID_CONFIG: ['unprocessable'],
  INVALID_REQUEST: ['bad_request'],
  POLICY_VIOLATION: ['unprocessable'],
  OFFSET_OUT_OF_RANGE: ['bad_request', 'The offset is out of range.'],
  MESSAGE_TOO_LARGE: ['unprocessable'],
  RECORD_LIST_TOO_LARGE: ['unprocessable'],
  INVALID_RECORD: ['unprocessable'],
  TOPIC_AUTHORIZATION_FAILED: ['forbidden'],
  GROUP_AUTHORIZATION_FAILED: ['forbidden'],
  CLUSTER_AUTHORIZATION_FAILED: ['forbidden'],
  NOT_CONTROLLER: ['broker_unavailable'],
  LEADER_NOT_AVAILABLE: ['broker_unavailable'],
  NOT_LEADER_FOR_PARTITION: ['broker_unavailable'],
  NOT_COORDINATOR: ['broker_unavailable'],
  COORDINATOR_NOT_AVAILABLE: ['broker_unavailable'],
  COORDINATOR_LOAD_IN_PROGRESS: ['broker_unavailable'],
  // kafkajs's names for the same three (error codes 14-16)
  GROUP_LOAD_IN_PROGRESS: ['broker_unavailable'],
  GROUP_COORDINATOR_NOT_AVAILABLE: ['broker_unavailable'],
  NOT_COORDINATOR_FOR_GROUP: ['broker_unavailable'],
  REQUEST_TIMED_OUT: ['timeout'],
};

const unreachable = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTimeout',
  'KafkaJSLockTimeout',
]);

type KafkaLike = Error & {
  type?: string;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown[];
  partitions?: { error?: unknown }[];
};

/** Follow kafkajs wrappers (retries exceeded, aggregate errors) to the error that says what happened. */
function innermost(e: KafkaLike): KafkaLike {
  let cur = e;
  for (let i = 0; i < 10; i++) {
    const next =
      cur.originalError ??
      cur.cause ??
      (Array.isArray(cur.errors) ? cur.errors[0] : undefined) ??
      // KafkaJSDeleteTopicRecordsError: one error per partition
      (Array.isArray(cur.partitions) ? cur.partitions.find((p) => p.error)?.error : undefined);
    if (!(next instanceof Error)) break;
    cur = next as KafkaLike;
  }
  return cur;
}

/** The protocol error's type inside kafkajs's wrappers ("NOT_COORDINATOR_FOR_GROUP"), if there is one. */
export const kafkaErrorType = (e: unknown): string | undefined =>
  e instanceof Error ? innermost(e as KafkaLike).type : undefined;

/** True when the error means the cluster could not be reached (cached connections should be dropped). */
export function isUnreachable(e: unknown): boolean {
  return e instanceof AppError
    ? e.code === 'broker_unavailable' || e.code === 'timeout'
    : toAppError(e).status === 503;
}

const TLS_FAILURE =
  /certificate|SSL routines|ssl3_|tls|self[- ]signed|altnames|wrong version number|unable to get local issuer/i;

/**
 * The cluster answered but refused Kafscope's credentials or TLS handshake: a configuration problem on
 * our side, said plainly, and not retried (kafkajs does not retry SASL failures; a bad certificate fails
 * the same way every time).
 */
function securityFailure(e: KafkaLike, inner: KafkaLike): AppError | undefined {
  if (inner.name === 'KafkaJSSASLAuthenticationError' || e.name === 'KafkaJSSASLAuthenticationError')
    return new AppError(
      'broker_auth_failed',
      `Kafka refused Kafscope's login: ${inner.message.replace(/^SASL [\w -]+ authentication failed: /, '')}. ` +
        'Check KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD.',
    );
  if (/before secure TLS connection was established/i.test(inner.message))
    return new AppError(
      'broker_auth_failed',
      'The broker closed the connection during the TLS handshake: is this a TLS listener? ' +
        'Check KAFKA_BROKERS and KAFKA_TLS.',
    );
  if (TLS_FAILURE.test(inner.message) && /connection|ssl|tls|certificate/i.test(inner.message))
    return new AppError(
      'broker_auth_failed',
      `The TLS handshake with the Kafka cluster failed: ${inner.message.replace(/^Connection error: /, '')}. ` +
        "Check KAFKA_TLS_CA_FILE (the CA that signed the brokers' certificates) and, if the brokers ask for " +
        'a client certificate, KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE.',
    );
  return undefined;
}

/** Map anything thrown while talking to Kafka to an AppError. Never leaks a stack trace. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (!(e instanceof Error)) return new AppError('internal', 'Unexpected error.');
  const inner = innermost(e as KafkaLike);
  if (inner instanceof AppError) return inner;
  if (inner.type && protocol[inner.type]) {
    const [code, text] = protocol[inner.type]!;
    // Kafka's own message is the most precise reason for refusals (invalid config, policy...).
    return new AppError(code, text ?? `Kafka refused: ${inner.message}`);
  }
  const security = securityFailure(e, inner);
  if (security) return security;
  if (
    unreachable.has(inner.name) ||
    unreachable.has(e.name) ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(inner.message)
  ) {
    const hint =
      inner.message === 'Closed connection'
        ? ' (the broker closed the connection: if its listener needs SASL or TLS, set KAFKA_SASL_* or KAFKA_TLS)'
        : '';
    return new AppError('broker_unavailable', `The Kafka cluster is unreachable: ${inner.message}${hint}`);
  }
  if (inner.type) return new AppError('unprocessable', `Kafka refused: ${inner.message}`);
  return new AppError('internal', 'Unexpected error while talking to Kafka.');
}
